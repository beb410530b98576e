import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { OPEN_STAGES, type Deal } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19, twenty-second round: "by stage", "break that down by source", "and by rep" said after a
// list of deals count or rank those same deals, filters kept. Before, "by stage" after a count got a
// knowledge passage about webhooks and "break that down by source" was read as a call to log.
// Every count is recomputed here from the store.
const SAM = 'sam.rivera@demo.crmpro.dev';
const MORGAN = 'morgan.lee@demo.crmpro.dev';
const isOpen = (d: Deal) => (OPEN_STAGES as readonly string[]).includes(d.stage);
const countedBy = (deals: Deal[], valueOf: (d: Deal) => string) => {
  const counts = new Map<string, number>();
  for (const deal of deals) counts.set(valueOf(deal), (counts.get(valueOf(deal)) ?? 0) + 1);
  return counts;
};

describe('a breakdown asked of the deals just listed', () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  it("a rep's open deals by stage, in the pipeline's order, then the same deals by source", async () => {
    const { store } = world.services;
    const sam = (await store.users.findOne({ email: SAM }))!;
    const open = (await store.deals.find({ ownerId: sam._id })).filter(isOpen);
    expect(open.length).toBeGreaterThan(3);
    const chat = new ChatDriver(world.services, 'c-by-stage', { localUser: SAM });
    await chat.say('how many open deals do i have');

    const [byStage] = await chat.say('by stage');
    expect(byStage!.text).toMatch(
      new RegExp(`^Open deals by stage \\(your deals, ${open.length} in all\\):`),
    );
    const stages = countedBy(open, (d) => d.stage);
    const shown = OPEN_STAGES.filter((stage) => stages.has(stage));
    const at = shown.map((stage) => byStage!.text.indexOf(`• ${stage} — ${stages.get(stage)},`));
    expect(at.every((index) => index > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);

    const [bySource] = await chat.say('break that down by source');
    expect(bySource!.text).toMatch(
      new RegExp(`^Open deals by source \\(your deals, ${open.length} in all\\):`),
    );
    for (const [source, count] of countedBy(open, (d) => d.source ?? '(not recorded)'))
      expect(bySource!.text).toContain(`• ${source} — ${count}`);
  }, 60_000);

  it("a manager's deals closing this month, by stage and then by rep, keep the close window", async () => {
    const { store } = world.services;
    const chat = new ChatDriver(world.services, 'c-by-rep', { localUser: MORGAN });
    const [listed] = await chat.say("team's deals closing this month");
    const total = /^(\d+) open deals? closing 1 Dec 2026–31 Dec 2026/.exec(listed!.text)?.[1];
    expect(total).toBeDefined();

    const [byStage] = await chat.say('per stage?');
    expect(byStage!.text).toContain(`by stage (team Enterprise, ${total} in all)`);
    expect(byStage!.text).toContain('closing 1 Dec 2026–31 Dec 2026');

    const [byRep] = await chat.say('and by rep');
    expect(byRep!.text).toMatch(
      /has the biggest open pipeline closing 1 Dec 2026–31 Dec 2026 \(team Enterprise\)/,
    );
    // The ranking counts only deals closing in December: each rep's count is theirs from the store.
    const users = await store.users.find({});
    const december = (await store.deals.find({})).filter(
      (d) => isOpen(d) && d.closeDate.toISOString().startsWith('2026-12'),
    );
    const perRep = countedBy(december, (d) => users.find((u) => u._id === d.ownerId)?.name ?? '');
    const rows = [...byRep!.text.matchAll(/^\d+\. (.+?) — (\d+) deals?/gm)];
    expect(rows.length).toBeGreaterThan(0);
    for (const [, name, count] of rows) expect(Number(count)).toBe(perRep.get(name!));
  }, 60_000);
});
