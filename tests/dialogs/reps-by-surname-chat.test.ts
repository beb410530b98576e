import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { OPEN_STAGES, type Deal, type User } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';
import { replyText } from '../fixtures/reply-text';

// Issue 19, thirteenth round (W14-M): a manager names reps by surname alone and sets two reps, or a
// rep and the team, side by side on a win rate. Every figure is read from the seeded store.
const MANAGER = 'morgan.lee@demo.crmpro.dev';
const percent = (won: number, lost: number) => `${Math.round((won / (won + lost)) * 100)}%`;
const day = (d: Date) => d.toISOString().slice(0, 10);

describe('reps named by surname and set side by side, in chat', () => {
  let world: EvalWorld;
  let users: User[];
  let deals: Deal[];
  const user = (name: string) => users.find((u) => u.name === name)!;
  let turn = 0;
  const say = async (...messages: string[]) => {
    const chat = new ChatDriver(world.services, `surname-${(turn += 1)}`, { localUser: MANAGER });
    let last = '';
    for (const message of messages) last = replyText(await chat.say(message));
    return last;
  };
  /** Won and lost deals of these owners closed in 2026 (the day closed, else the close date). */
  const closedIn2026 = (owners: readonly User[]) => {
    const ids = new Set(owners.map((u) => u._id));
    const closed = deals.filter((d) => {
      const on = day(d.closedAt ?? d.closeDate);
      return ids.has(d.ownerId) && on >= '2026-01-01' && on <= '2026-12-31';
    });
    return {
      won: closed.filter((d) => d.stage === 'closed_won').length,
      lost: closed.filter((d) => d.stage === 'closed_lost').length,
    };
  };
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    users = await world.services.store.users.find({ active: true });
    deals = await world.services.store.deals.find({});
  }, 120_000);
  afterAll(() => world.close());

  it("reads a surname alone as that rep's summary, and a follow-up surname as the next rep's", async () => {
    const olivia = user('Olivia Chen');
    const open = deals.filter((d) => d.ownerId === olivia._id && OPEN_STAGES.includes(d.stage as never));
    const reply = await say('hows chen doing this quarter');
    expect(reply).toContain('Pipeline — Olivia Chen');
    expect(reply).toContain(`open pipeline: ${open.length} deals`);
    const followUp = await say('how did rivera do last month', 'and chen?');
    expect(followUp).toContain('Pipeline — Olivia Chen');
    expect(followUp).toContain('November 2026');
  }, 60_000);

  it("answers a surname's possessive with that rep's biggest open deal", async () => {
    const marcus = user('Marcus Johnson');
    const open = deals.filter((d) => d.ownerId === marcus._id && OPEN_STAGES.includes(d.stage as never));
    expect(new Set(open.map((d) => d.currency)).size).toBe(1);
    const biggest = open.reduce((a, b) => (b.amount > a.amount ? b : a));
    const reply = await say("johnson's biggest open deal");
    expect(reply).toContain(biggest.name);
    expect(reply).toContain('(Marcus Johnson)');
  }, 60_000);

  it('lists what a rep named by surname won last month', async () => {
    const lena = user('Lena Fischer');
    const won = deals.filter((d) => {
      const on = day(d.closedAt ?? d.closeDate);
      return d.ownerId === lena._id && d.stage === 'closed_won' && on >= '2026-11-01' && on <= '2026-11-30';
    });
    const reply = await say('what did fischer close last month');
    expect(reply).toContain('Lena Fischer');
    for (const deal of won) expect(reply).toContain(deal.name);
    for (const other of deals.filter((d) => d.ownerId !== lena._id && d.stage === 'closed_won'))
      expect(reply).not.toContain(`${other.name} —`);
  }, 60_000);

  it('sets two reps named by surname side by side on their win rates', async () => {
    const sam = closedIn2026([user('Sam Rivera')]);
    const marcus = closedIn2026([user('Marcus Johnson')]);
    const reply = await say('win rate rivera vs johnson this year');
    expect(reply).toContain(
      `Sam Rivera: ${percent(sam.won, sam.lost)} (won ${sam.won} of ${sam.won + sam.lost} closed)`,
    );
    expect(reply).toContain(
      `Marcus Johnson: ${percent(marcus.won, marcus.lost)} (won ${marcus.won} of ${marcus.won + marcus.lost} closed)`,
    );
  }, 60_000);

  it("sets a rep's win rate beside the team's", async () => {
    const sam = closedIn2026([user('Sam Rivera')]);
    const team = closedIn2026(users.filter((u) => u.team === 'Enterprise'));
    const reply = await say("sam's win rate this year vs the team");
    expect(reply).toContain(`Sam Rivera: ${percent(sam.won, sam.lost)}`);
    expect(reply).toContain(
      `Team Enterprise as a whole: ${percent(team.won, team.lost)} (won ${team.won} of`,
    );
  }, 60_000);
});
