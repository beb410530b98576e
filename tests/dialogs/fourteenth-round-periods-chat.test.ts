import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import type { Account, Deal, User } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';
import { replyText } from '../fixtures/reply-text';

// Issue 19, fourteenth round (W15-R): periods, filters and getting started, asked in chat on the
// evaluation's demo CRM (4 December 2026). Figures are read from the seeded store.
const REP = 'sam.rivera@demo.crmpro.dev';

describe('fourteenth round periods and filters, in chat', () => {
  let world: EvalWorld;
  let rep: User;
  let deals: Deal[];
  let turn = 0;
  const say = async (message: string, user = REP) =>
    replyText(await new ChatDriver(world.services, `w15r-${(turn += 1)}`, { localUser: user }).say(message));
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    const users: User[] = await world.services.store.users.find({ active: true });
    rep = users.find((u) => u.email === REP)!;
    deals = await world.services.store.deals.find({});
  }, 120_000);
  afterAll(() => world.close());

  it.each(['how much deals i win in november', 'HOW MANY DEAL I WIN IN NOVEMBER?'])(
    '"%s" counts the rep\'s deals won in November just gone',
    async (message) => {
      const won = deals.filter(
        (d) =>
          d.ownerId === rep._id &&
          d.stage === 'closed_won' &&
          (d.closedAt ?? d.closeDate).toISOString().startsWith('2026-11'),
      );
      const reply = await say(message);
      expect(reply).toMatch(new RegExp(`\\b${won.length}\\b`));
      expect(reply).not.toMatch(/2027/);
    },
    60_000,
  );
  it.each([
    'which of my customer accounts have gone quiet, like no contact in 3 months?',
    'MY CUSTOMERS WITH NO CONTACT IN 90 DAYS',
  ])(
    '"%s" lists the rep\'s quiet customer accounts, not contacts',
    async (message) => {
      const accounts: Account[] = await world.services.store.accounts.find({ ownerId: rep._id });
      const since = new Date('2026-09-05T00:00:00Z');
      const touched = new Set(
        (await world.services.store.interactions.find({}))
          .filter((i) => i.occurredAt >= since)
          .map((i) => i.accountId),
      );
      const quiet = accounts.filter((a) => a.status === 'customer' && !touched.has(a._id));
      const reply = await say(message);
      expect(reply).not.toMatch(/\bcontacts\b/);
      const listed = [...reply.matchAll(/• ([^—\n]+?)(?: —|\n|$)/g)].map((m) => m[1]!.trim());
      for (const name of listed) expect(quiet.map((a) => a.name)).toContain(name);
      if (!quiet.length) expect(reply).toMatch(/^Every customer|\bno\b|\bnone\b/i);
      else expect(reply).toContain(quiet.length === 1 ? quiet[0]!.name : String(quiet.length));
    },
    60_000,
  );
  it.each(['ok where do i start', 'ok what should i do next'])(
    '"%s" gives the rep\'s open deals worth the effort first, not a cancel or a paragraph',
    async (message) => {
      const open = deals.filter(
        (d) => d.ownerId === rep._id && !['closed_won', 'closed_lost'].includes(d.stage),
      );
      const reply = await say(message);
      expect(reply).toContain(`of ${open.length} open deals, by the model's win chance`);
      expect(reply).not.toMatch(/nothing to cancel/);
    },
    60_000,
  );
  it.each<[string, string, string]>([
    ['deals created this month on my team', '2026-12-01', '2026-12-31'],
    ['how many deals were created last month', '2026-11-01', '2026-11-30'],
  ])(
    '"%s" counts the team\'s deals created %s to %s, whatever their stage',
    async (message, from, to) => {
      const users: User[] = await world.services.store.users.find({ active: true });
      const team = new Set(users.filter((u) => u.team === 'Enterprise').map((u) => u._id));
      const created = deals.filter((d) => {
        const day = d.createdAt?.toISOString().slice(0, 10);
        return team.has(d.ownerId) && day !== undefined && day >= from && day <= to;
      });
      const reply = await say(message, 'morgan.lee@demo.crmpro.dev');
      if (created.length) expect(reply).toMatch(new RegExp(`^${created.length} deals? created`));
      else expect(reply).toMatch(/^No deals created/);
      expect(reply).not.toMatch(/open deals/);
    },
    60_000,
  );
});
