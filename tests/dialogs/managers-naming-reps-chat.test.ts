import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { formatMoneyList } from '../../src/dialogs/replies/format';
import { OPEN_STAGES, type Deal, type User } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { MORGAN as MANAGER } from '../fixtures/demo-users';
import { replyText } from '../fixtures/reply-text';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19, seventeenth round (w18m): a manager names reps by a nickname ("jim's biggest deal"), by a
// first name nobody has ("how's dave doing": said so, with the team's reps, never the team's
// figures), sets two reps side by side on their open pipeline ("compare sam and marcus pipe") and
// ranks them on their sales cycle ("which rep has the longest sales cycle this quarter").
// Every figure and name is read from the seeded store.

describe('reps by nickname, unknown names and open pipelines side by side, in chat', () => {
  let world: EvalWorld;
  let users: User[];
  const user = (name: string) => users.find((u) => u.name === name)!;
  let turn = 0;
  const say = async (as: string, message: string) => {
    const chat = new ChatDriver(world.services, `nicknames-${(turn += 1)}`, { localUser: as });
    return replyText(await chat.say(message));
  };
  const openDealsOf = (owner: User): Promise<Deal[]> =>
    world.services.store.deals.find({ ownerId: owner._id, stage: { $in: [...OPEN_STAGES] } });
  /** An owner's open deals added up per currency, as the replies print them. */
  const totalsOf = (deals: Deal[]) => {
    const sums = new Map<string, number>();
    for (const d of deals) sums.set(d.currency, (sums.get(d.currency) ?? 0) + d.amount);
    return [...sums].map(([currency, amount]) => ({ currency, amount }));
  };
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    users = await world.services.store.users.find({ active: true });
  }, 120_000);
  afterAll(() => world.close());

  it('reads Jim as James Whitfield and names his biggest open deal', async () => {
    const open = await openDealsOf(user('James Whitfield'));
    expect(open.length).toBeGreaterThan(0);
    const reply = await say(MANAGER, "jim's biggest deal");
    expect(reply).toContain('James Whitfield');
    // The biggest is one of his open deals (amounts in several currencies are not converted).
    expect(open.some((d) => reply.includes(d.name))).toBe(true);
  }, 60_000);

  it('says nobody is called Dave or Jess, offers the team, and gives no team figures', async () => {
    const manager = users.find((u) => u.email === MANAGER)!;
    const reps = users.filter((u) => u.team === manager.team && u.role === 'rep');
    for (const [message, said] of [
      ["how's dave doing", 'Dave'],
      ["what's jess got closing", 'Jess'],
    ] as const) {
      const reply = await say(MANAGER, message);
      expect(reply).toContain(`anyone called ${said}`);
      for (const rep of reps) expect(reply).toContain(rep.name);
      expect(reply).not.toMatch(/open pipeline|open deals|worth/);
    }
  }, 60_000);

  it('ranks the reps on their sales cycle this quarter, the longest first', async () => {
    const manager = users.find((u) => u.email === MANAGER)!;
    const today = world.services.clock().toISOString().slice(0, 10);
    const [y, m] = today.split('-').map(Number) as [number, number];
    const q = Math.floor((m - 1) / 3);
    const from = `${y}-${String(q * 3 + 1).padStart(2, '0')}-01`;
    const to = new Date(Date.UTC(y, q * 3 + 3, 0)).toISOString().slice(0, 10);
    const team = users.filter((u) => u.team === manager.team);
    const means = new Map<string, number>();
    for (const rep of team) {
      const won = (await world.services.store.deals.find({ ownerId: rep._id, stage: 'closed_won' })).filter(
        (d) => {
          const closed = (d.closedAt ?? d.closeDate).toISOString().slice(0, 10);
          return closed >= from && closed <= to;
        },
      );
      if (!won.length) continue;
      const days = won.map((d) =>
        Math.max(0, Math.round(((d.closedAt ?? d.closeDate).getTime() - d.createdAt.getTime()) / 86_400_000)),
      );
      means.set(rep.name, days.reduce((a, b) => a + b, 0) / days.length);
    }
    const reply = await say(MANAGER, 'which rep has the longest sales cycle this quarter');
    if (!means.size) return expect(reply).toMatch(/^No deals won/);
    const longest = [...means].sort((a, b) => b[1] - a[1])[0]![0];
    expect(reply).toContain(`By rep:\n1. ${longest} — `);
  }, 60_000);

  it("compares two reps' open pipelines, not what they won", async () => {
    const sam = await openDealsOf(user('Sam Rivera'));
    const marcus = await openDealsOf(user('Marcus Johnson'));
    const reply = await say(MANAGER, 'compare sam and marcus pipe');
    expect(reply).toContain(`Sam Rivera is`);
    expect(reply).toContain(`of open pipeline`);
    expect(reply).toContain(
      `${sam.length} deal${sam.length === 1 ? '' : 's'} worth ${formatMoneyList(totalsOf(sam))}`,
    );
    expect(reply).toContain(
      `${marcus.length} deal${marcus.length === 1 ? '' : 's'} worth ${formatMoneyList(totalsOf(marcus))}`,
    );
    expect(reply).not.toContain('won');
  }, 60_000);
});
