/**
 * Issue 19, twenty-sixth round (lead, from dev-qa47 and dev-qa48), through the bot core on the demo
 * CRM: one's own latest interaction with an account, two quarters set against each other with
 * nothing else asked, and wins asked without a period. The expected facts come from the store.
 */
import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { memberActivityReply } from '../../src/dialogs/intents/day-and-team-replies';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

const REP = 'sam.rivera@demo.crmpro.dev';

describe('twenty-sixth round record questions, in chat', () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  let n = 0;
  const say = async (who: string, text: string) => {
    const chat = new ChatDriver(world.services, `c-26th-lead-${n++}`, { localUser: who });
    return (await chat.say(text)).map((reply) => reply.text).join('\n');
  };

  it("'when did i last talk to <account>' is the caller's own latest interaction there", async () => {
    const rep = await world.services.store.users.findOne({ email: REP });
    const interactions = await world.services.store.interactions.find({}, { sort: { occurredAt: -1 } });
    // An account where someone else spoke to them after the rep did: the two readings differ there.
    const byAccount = new Map<string, typeof interactions>();
    for (const i of interactions)
      if (i.accountId) byAccount.set(i.accountId, [...(byAccount.get(i.accountId) ?? []), i]);
    const [accountId, rows] = [...byAccount].find(
      ([, list]) => list[0]!.userId !== rep!._id && list.some((i) => i.userId === rep!._id),
    )!;
    const account = await world.services.store.accounts.findById(accountId);
    const own = rows.find((i) => i.userId === rep!._id)!;
    const reply = await say(REP, `when did i last talk to ${account!.name}`);
    expect(reply).toContain(own.summary);
    expect(reply).not.toContain(rows[0]!.summary);
  }, 60_000);

  it('q4 vs q3 with nothing else asked compares the two quarters', async () => {
    const reply = await say(REP, 'q4 so far vs q3 for me');
    expect(reply).toMatch(/Q4 2026/);
    expect(reply).toMatch(/Q3 2026|Jul(y)?[^\n]*Sep/);
    expect(reply).toMatch(/Won/i);
  }, 60_000);

  it("'how much did i win' is this quarter's won deals, said as such", async () => {
    const reply = await say(REP, 'how much did i win');
    expect(reply).not.toMatch(/couldn't find an answer|documentation/i);
    expect(reply).toMatch(/won/i);
    expect(reply).toMatch(/Q4 2026|1 Oct 2026|this quarter/);
  }, 60_000);
});

describe('who logged the most', () => {
  const query = {
    record: 'interaction',
    owner: { scope: 'team' },
    aggregate: 'count',
    groupBy: 'owner',
    order: 'biggest',
    occurredFrom: '2026-11-23',
    occurredTo: '2026-11-29',
    interactionTypes: ['call'],
  } as const;
  const result = (counts: Array<[string, number]>) => ({
    scopeLabel: 'team Enterprise',
    total: 0,
    totals: [],
    memberActivity: counts.map(([name, count]) => ({ name, count, byType: { call: count } })),
  });

  it('names those tied at the top as tied', () => {
    const reply = memberActivityReply(
      query as never,
      result([
        ['James Whitfield', 12],
        ['Olivia Chen', 12],
        ['Sam Rivera', 12],
        ['Lena Fischer', 5],
      ]) as never,
    );
    expect(reply.text).toMatch(
      /^James Whitfield, Olivia Chen and Sam Rivera are tied for the most calls .*: 12 each\./,
    );
  });

  it('names the one ahead alone', () => {
    const reply = memberActivityReply(
      query as never,
      result([
        ['Sam Rivera', 16],
        ['Olivia Chen', 12],
      ]) as never,
    );
    expect(reply.text).toMatch(/^Sam Rivera logged the most calls .*: 16\./);
  });
});
