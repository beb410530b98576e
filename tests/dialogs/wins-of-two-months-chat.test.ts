import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { formatMoney } from '../../src/dialogs/replies/format';
import type { Deal, User } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';
import { replyText } from '../fixtures/reply-text';

// Issue 19, thirteenth round (W14-M): a manager sets one month's wins against another's ("november vs
// october wins for the team") and asks why they fell. Both months are the ones just gone (November
// and October 2026 on 4 December 2026); the counts and USD totals are read from the seeded store.
const MANAGER = 'morgan.lee@demo.crmpro.dev';

describe('wins of two months set against each other, in chat', () => {
  let world: EvalWorld;
  let team: Set<string>;
  let deals: Deal[];
  let turn = 0;
  const say = async (message: string) =>
    replyText(
      await new ChatDriver(world.services, `wins-${(turn += 1)}`, { localUser: MANAGER }).say(message),
    );
  /** The team's deals won in a month (the day closed, else the close date), and their USD total. */
  const wonIn = (month: string) => {
    const won = deals.filter(
      (d) =>
        team.has(d.ownerId) &&
        d.stage === 'closed_won' &&
        (d.closedAt ?? d.closeDate).toISOString().startsWith(month),
    );
    const usd = won.filter((d) => d.currency === 'USD').reduce((sum, d) => sum + d.amount, 0);
    return { count: won.length, usd };
  };
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    const users: User[] = await world.services.store.users.find({ active: true });
    team = new Set(users.filter((u) => u.team === 'Enterprise').map((u) => u._id));
    deals = await world.services.store.deals.find({});
  }, 120_000);
  afterAll(() => world.close());

  it.each(['november vs october wins for the team', 'how did november compare with october on wins?'])(
    '"%s" is both months won and the change',
    async (message) => {
      const nov = wonIn('2026-11');
      const oct = wonIn('2026-10');
      const reply = await say(message);
      expect(reply).toContain('November 2026 against October 2026 (team Enterprise):');
      expect(reply).toContain(`${nov.count} deals against ${oct.count}`);
      if (nov.usd || oct.usd)
        expect(reply).toContain(`(${formatMoney(oct.usd, 'USD')} → ${formatMoney(nov.usd, 'USD')})`);
      expect(reply).not.toMatch(/Forecast|2027/);
    },
    60_000,
  );

  it('answers why wins fell with both months and the reps whose wins moved', async () => {
    const reply = await say('why were wins down in november compared to october');
    expect(reply).toContain('November 2026 against October 2026 (team Enterprise):');
    expect(reply).not.toMatch(/Which account/);
    if (/What changed, by rep/.test(reply)) {
      const rep = /• ([^:]+): (\d+) deals?/.exec(reply.split('What changed, by rep')[1]!)!;
      const owner = (await world.services.store.users.find({ active: true })).find((u) => u.name === rep[1])!;
      const octWins = deals.filter(
        (d) =>
          d.ownerId === owner._id &&
          d.stage === 'closed_won' &&
          (d.closedAt ?? d.closeDate).toISOString().startsWith('2026-10'),
      );
      expect(Number(rep[2])).toBe(octWins.length);
    }
  }, 60_000);
});
