import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import type { Deal } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19, seventh round: the rows of the last answer, in its order, picked by position or next to
// the row picked before, with a field asked of the picked row; a list asked "biggest first"; why the
// lost deals just counted were lost. Through the bot core on the demo CRM ("now" is 4 December 2026);
// the expected rows and counts come from the store.
const SAM = 'sam.rivera@demo.crmpro.dev';
const MORGAN = 'morgan.lee@demo.crmpro.dev';
const day = (d: Date) => d.toISOString().slice(0, 10);
const rowsOf = (text: string) =>
  text
    .split('\n')
    .filter((line) => line.startsWith('• '))
    .map((line) => line.slice(2));
const nameOf = (row: string) => row.split(' — ')[0]!;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the rows of the last answer', () => {
  let world: EvalWorld;
  let sams: Deal[];
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    const sam = (await world.services.store.users.findOne({ email: SAM }))!;
    sams = await world.services.store.deals.find({ ownerId: sam._id });
  }, 120_000);
  afterAll(() => world.close());

  it('answers a field of a row picked by position, then steps to the rows after it', async () => {
    const chat = new ChatDriver(world.services, 'c-rows', { localUser: SAM });
    const [list] = await chat.say('my open deals');
    const rows = rowsOf(list!.text);
    expect(rows.length).toBeGreaterThan(3);
    const [owner] = await chat.say('who owns the first one?');
    expect(owner!.text).toBe(`${nameOf(rows[0]!)} is owned by Sam Rivera.`);
    const [second] = await chat.say('the second one');
    expect(second!.text).toBe(rows[1]);
    const [close] = await chat.say('when does it close');
    expect(close!.text).toMatch(new RegExp(`^${escape(nameOf(rows[1]!))} closes on `));
    const [next] = await chat.say('and the one after that?');
    expect(next!.text).toBe(rows[2]);
    const [worth] = await chat.say('how much is it worth');
    expect(worth!.text).toMatch(new RegExp(`^${escape(nameOf(rows[2]!))} is worth `));
    // A field asked of "it" keeps the list's order: the next pick is still its second row.
    const [again] = await chat.say('the second one');
    expect(again!.text).toBe(rows[1]);
    const [stage] = await chat.say('what stage is the last one in?');
    expect(stage!.text).toMatch(new RegExp(`^${escape(nameOf(rows[rows.length - 1]!))} is in `));
  }, 120_000);

  it('reads "them" after one deal as its account, and "add them up" after a pick as the list it was picked from', async () => {
    const chat = new ChatDriver(world.services, 'c-rows-them', { localUser: SAM });
    const [biggest] = await chat.say("what's my biggest deal");
    const [row] = rowsOf(biggest!.text);
    const account = nameOf(row!).split(' - ')[0]!;
    const [talk] = await chat.say('when did we last talk to them');
    expect(talk!.text).toMatch(new RegExp(`^Last interaction with ${escape(account)}:`));

    const [list] = await chat.say('my deals in negotiation');
    const rows = rowsOf(list!.text);
    expect(rows.length).toBeGreaterThan(1);
    await chat.say('the second one');
    const [sum] = await chat.say('add them up');
    expect(sum!.text).toMatch(new RegExp(`across ${rows.length} deals`));
    // Another figure after that is still of the whole list, not of the row picked.
    const [median] = await chat.say('and the median?');
    expect(median!.text).toMatch(new RegExp(`\\(${rows.length} deals\\): median`));
    await chat.say('the first one');
    const [average] = await chat.say("what's the average");
    expect(average!.text).toMatch(new RegExp(`\\(${rows.length} deals\\): average`));
  }, 120_000);

  it('asks which list a row is of when none was just shown, instead of answering on every deal', async () => {
    const chat = new ChatDriver(world.services, 'c-no-list', { localUser: SAM });
    const [owner] = await chat.say('who owns the first one?');
    expect(owner!.text).toMatch(/^Which list do you mean\?/);
    await chat.say('my open deals');
    const [second] = await chat.say('the second one');
    expect(second!.text).not.toMatch(/^Which list/);
  }, 120_000);

  it('keeps the order a superlative follow-up asked for: "which one closes first?", then the one after that', async () => {
    const upcoming = sams
      .filter(
        (d) => d.stage !== 'closed_won' && d.stage !== 'closed_lost' && day(d.closeDate) >= '2026-12-04',
      )
      .sort((a, b) => a.closeDate.getTime() - b.closeDate.getTime());
    expect(upcoming.length).toBeGreaterThan(2);
    const chat = new ChatDriver(world.services, 'c-soonest', { localUser: SAM });
    await chat.say('my open deals');
    const [first] = await chat.say('which one closes first?');
    expect(first!.text).toMatch(new RegExp(`^${escape(upcoming[0]!.name)} closes on `));
    const [after] = await chat.say('and the one after that?');
    expect(after!.text).toMatch(new RegExp(`^${escape(upcoming[1]!.name)} — `));
    const [next] = await chat.say('the next one');
    expect(next!.text).toMatch(new RegExp(`^${escape(upcoming[2]!.name)} — `));
  }, 120_000);

  it('keeps the rows a first question ranked: "my biggest deal", then the one after that', async () => {
    const open = sams.filter((d) => d.stage !== 'closed_won' && d.stage !== 'closed_lost');
    const biggest = [...open].sort((a, b) => b.amount - a.amount).map((d) => d.name);
    const smallest = [...open].sort((a, b) => a.amount - b.amount).map((d) => d.name);
    const wordings: Array<[string, string, string[], number]> = [
      ['whats my biggest open deal', 'and the one after that', biggest, 1],
      ["what's my largest deal", 'the next one', biggest, 1],
      ['whats the biggest deal i have open', 'ok and after that?', biggest, 1],
      ['my biggest deal', 'the second one', biggest, 1],
      ['my smallest open deal', 'and the next one?', smallest, 1],
      ['my top 3 deals by amount', 'and the one after that', biggest, 3],
    ];
    for (const [n, [first, then, order, at]] of wordings.entries()) {
      const chat = new ChatDriver(world.services, `c-first-rank-${n}`, { localUser: SAM });
      await chat.say(first);
      const [next] = await chat.say(then);
      expect([first, then, next!.text]).toEqual([
        first,
        then,
        expect.stringMatching(new RegExp(`^${escape(order[at]!)} — `)),
      ]);
      const [after] = await chat.say('and the one after that?');
      expect(after!.text).toMatch(new RegExp(`^${escape(order[at + 1]!)} — `));
    }
    // Not a step: the soonest deal, and a sum of the deals of the question.
    const chat = new ChatDriver(world.services, 'c-first-rank-no', { localUser: SAM });
    await chat.say('whats my biggest open deal');
    const [soonest] = await chat.say('what about the next one to close');
    expect(soonest!.text).not.toMatch(new RegExp(`^${escape(biggest[1]!)} — `));
  }, 120_000);

  it('narrows a manager\'s list to one owner named alone: "only sam\'s", "just olivia\'s"', async () => {
    for (const [n, [name, wordings]] of (
      [
        ['sam', ["only sam's", "just sam's", "sam's only", "only sam's ones"]],
        ['olivia', ["just olivia's", "only olivia's please"]],
      ] as const
    ).entries()) {
      const expected = new ChatDriver(world.services, `c-narrow-owner-${n}`, { localUser: MORGAN });
      await expected.say("what's closing this month for the team");
      const [forName] = await expected.say(`and for ${name}?`);
      expect(forName!.text).toMatch(/^\d+ open deals? closing /);
      for (const [m, wording] of wordings.entries()) {
        const chat = new ChatDriver(world.services, `c-narrow-owner-${n}-${m}`, { localUser: MORGAN });
        await chat.say("what's closing this month for the team");
        const [narrowed] = await chat.say(wording);
        expect([wording, narrowed!.text]).toEqual([wording, forName!.text]);
      }
    }
  }, 120_000);

  it('lists deals "biggest first" whole, and narrowing them keeps every filter', async () => {
    const open = sams.filter((d) => d.stage !== 'closed_won' && d.stage !== 'closed_lost');
    const stage = ['negotiation', 'proposal', 'qualification'].find(
      (s) => open.filter((d) => d.stage === s).length > 1,
    )!;
    const inStage = open.filter((d) => d.stage === stage).sort((a, b) => b.amount - a.amount);
    const chat = new ChatDriver(world.services, 'c-order', { localUser: SAM });
    const [list] = await chat.say(`whats sitting in ${stage} for me, biggest first`);
    expect(rowsOf(list!.text).map(nameOf)).toEqual(inStage.slice(0, 25).map((d) => d.name));
    const thisMonth = inStage.filter(
      (d) => day(d.closeDate) >= '2026-12-01' && day(d.closeDate) <= '2026-12-31',
    );
    const [narrowed] = await chat.say('just the ones closing this month');
    if (!thisMonth.length) expect(narrowed!.text).toMatch(/^No open deals/);
    else expect(rowsOf(narrowed!.text).map(nameOf)).toEqual(thisMonth.map((d) => d.name));
  }, 120_000);

  it("names a ranking's owner by position: who's last, who came second, the one after that", async () => {
    const chat = new ChatDriver(world.services, 'c-ranking', { localUser: MORGAN });
    const [ranking] = await chat.say('who closed the most this year on my team');
    const owners = ranking!.text
      .split('\n')
      .filter((line) => /^\d+\. /.test(line))
      .map((line) => line.replace(/^\d+\. /, '').split(' — ')[0]!);
    expect(owners.length).toBeGreaterThan(2);
    const [last] = await chat.say("and who's last?");
    expect(last!.text).toMatch(
      new RegExp(
        `^${escape(owners[owners.length - 1]!)} is last \\(${owners.length}th of ${owners.length}\\)`,
      ),
    );
    const [second] = await chat.say('who came second');
    expect(second!.text).toMatch(new RegExp(`^${escape(owners[1]!)} is 2nd of ${owners.length}`));
    const [third] = await chat.say('and the one after that?');
    expect(third!.text).toMatch(new RegExp(`^${escape(owners[2]!)} is 3rd of`));
  }, 120_000);

  it('says why the lost deals just counted were lost, the main reason first, counted from the store', async () => {
    const { store } = world.services;
    const team = await store.users.find({ team: 'Enterprise' });
    const lost = (
      await store.deals.find({ ownerId: { $in: team.map((u) => u._id) }, stage: 'closed_lost' })
    ).filter((d) => d.closedAt && day(d.closedAt) >= '2026-10-01' && day(d.closedAt) <= '2026-12-31');
    expect(lost.length).toBeGreaterThan(1);
    const reasons = new Map<string, number>();
    for (const d of lost)
      reasons.set(
        d.lostReason ?? 'no reason recorded',
        (reasons.get(d.lostReason ?? 'no reason recorded') ?? 0) + 1,
      );
    const most = Math.max(...reasons.values());
    const chat = new ChatDriver(world.services, 'c-why', { localUser: MORGAN });
    await chat.say('how many deals did the team lose in q4');
    const [why] = await chat.say('what was the main reason');
    expect(why!.text).toMatch(/^The main reasons?: /);
    for (const [reason, n] of reasons) {
      expect(why!.text).toContain(`${reason} ${n}`);
      if (n === most) expect(why!.text.split('\n')[0]).toContain(reason);
    }
    expect(why!.text.split('\n')[0]).toContain(`of the ${lost.length} lost deals`);
    // A question of its own after it is not read as one more follow-up on the reasons.
    const [tasks] = await chat.say('what are my tasks');
    expect(tasks!.text).not.toMatch(/reason/i);
  }, 120_000);
});
