import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import type { Deal } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19: follow-ups that narrow or shift the last answer, or pick one of its rows, through the
// bot core on the demo CRM ("now" is Friday 4 December 2026). Counts are recomputed from the store.
const SAM = 'sam.rivera@demo.crmpro.dev';
const day = (d: Date) => d.toISOString().slice(0, 10);
const isOpen = (d: Deal) => d.stage !== 'closed_won' && d.stage !== 'closed_lost';

describe('follow-ups on the list or summary just shown', () => {
  let world: EvalWorld;
  let sams: Deal[];
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    const sam = (await world.services.store.users.findOne({ email: SAM }))!;
    sams = await world.services.store.deals.find({ ownerId: sam._id });
  }, 120_000);
  afterAll(() => world.close());

  it('narrows a deal list by stage, picks its second row, then tells who owns it and when it closes', async () => {
    const thisMonth = sams.filter(
      (d) => isOpen(d) && day(d.closeDate) >= '2026-12-01' && day(d.closeDate) <= '2026-12-31',
    );
    const candidates = thisMonth.filter((d) => d.stage === 'negotiation' || d.stage === 'proposal');
    expect(candidates.length).toBeGreaterThan(1);
    const stage = thisMonth.filter((d) => d.stage === 'negotiation').length > 1 ? 'negotiation' : 'proposal';
    const inStage = thisMonth.filter((d) => d.stage === stage);
    const chat = new ChatDriver(world.services, 'c-narrow', { localUser: SAM });
    await chat.say('which deals close this month?');
    const [narrowed] = await chat.say(`only the ones in ${stage}`);
    expect(narrowed!.text).toMatch(
      new RegExp(`^${inStage.length} open deals? in ${stage}, closing 1 Dec 2026`),
    );
    const rows = narrowed!.text.split('\n').filter((line) => line.startsWith('• '));
    expect(rows).toHaveLength(inStage.length);
    const [second] = await chat.say('the second one');
    expect(second!.text).toBe(rows[1]!.slice(2));
    const name = rows[1]!.slice(2).split(' — ')[0]!;
    const [owner] = await chat.say('and who owns it?');
    expect(owner!.text).toBe(`${name} is owned by Sam Rivera.`);
    const [close] = await chat.say('when does it close');
    expect(close!.text).toMatch(new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} closes on `));
    // Still the narrowed list: the next pick is its third row, not a row of a one-deal answer.
    if (rows[2]) {
      const [third] = await chat.say('the third one');
      expect(third!.text).toBe(rows[2].slice(2));
    }
  }, 120_000);

  it("shifts a summary's period and then its owner", async () => {
    const wonQ3 = sams.filter(
      (d) =>
        d.stage === 'closed_won' &&
        d.closedAt &&
        day(d.closedAt) >= '2026-07-01' &&
        day(d.closedAt) <= '2026-09-30',
    );
    const chat = new ChatDriver(world.services, 'c-shift', { localUser: SAM });
    const [now] = await chat.say("how's my pipeline looking");
    expect(now!.text).toContain('Q4 2026: won');
    const [before] = await chat.say('what about last quarter?');
    expect(before!.text).toContain(`Q3 2026: won ${wonQ3.length} deals`);
    const [olivia] = await chat.say('and for Olivia?');
    expect(olivia!.title).toBe('Pipeline — Olivia Chen');
    expect(olivia!.text).toContain('Q3 2026: won');
  }, 120_000);

  it('narrows an account count by region, and leaves a question of its own alone', async () => {
    const chat = new ChatDriver(world.services, 'c-accounts', { localUser: SAM });
    await chat.say('how many accounts are in emea');
    const [apac] = await chat.say('what about north america?');
    expect(apac!.text).toMatch(/^\d+ accounts? in NA \(accounts you can see\)|^No accounts in NA/);
    // "what about my tasks" is a question of its own, not the accounts in another region.
    const [tasks] = await chat.say('what about my tasks');
    expect(tasks!.text).not.toMatch(/accounts/);
  }, 120_000);

  it("lists a team's deals lost to competitors this quarter, with the reasons counted from the store", async () => {
    const { store } = world.services;
    const team = await store.users.find({ team: 'Enterprise' });
    const lost = (
      await store.deals.find({ ownerId: { $in: team.map((u) => u._id) }, stage: 'closed_lost' })
    ).filter((d) => d.closedAt && day(d.closedAt) >= '2026-10-01' && day(d.closedAt) <= '2026-12-31');
    const toCompetitors = lost.filter((d) => /competitor/i.test(d.lostReason ?? ''));
    const chat = new ChatDriver(world.services, 'c-lost', { localUser: 'morgan.lee@demo.crmpro.dev' });
    const [reply] = await chat.say('deals lost to competitors this quarter');
    if (!toCompetitors.length) expect(reply!.text).toMatch(/^No lost deals/);
    else {
      expect(reply!.text).toMatch(new RegExp(`^${toCompetitors.length} lost deals? lost for "competitor"`));
      expect(reply!.text).toContain(`By reason: ${toCompetitors[0]!.lostReason} ${toCompetitors.length}.`);
    }
    const [all] = await chat.say('why are we losing deals this quarter');
    const reasons = new Map<string, number>();
    for (const d of lost)
      reasons.set(d.lostReason ?? '(none)', (reasons.get(d.lostReason ?? '(none)') ?? 0) + 1);
    for (const [reason, n] of reasons) expect(all!.text).toContain(`${reason} ${n}`);
    // A stage is no filter of lost deals (they left the open stages): it asks about open deals instead.
    const [stage] = await chat.say('only the ones in negotiation');
    expect(stage!.text).not.toMatch(/lost deals? in negotiation/);
  }, 120_000);
});
