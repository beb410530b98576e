import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { formatMoneyExact, formatMoneyList } from '../../src/dialogs/replies/format';
import type { Deal } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19, tenth round (W8-G): deals by the rep's forecast category (commit, best case) counted,
// summed per currency and narrowed; a ranking's lowest row and the row after its top; logos and a
// to do list. Through the bot core on the demo CRM ("now" is 4 December 2026); every figure expected
// is computed from the store.
const SAM = 'sam.rivera@demo.crmpro.dev';
const MORGAN = 'morgan.lee@demo.crmpro.dev';
const isOpen = (d: Deal) => d.stage !== 'closed_won' && d.stage !== 'closed_lost';
const rowsOf = (text: string) =>
  text
    .split('\n')
    .filter((line) => line.startsWith('• '))
    .map((line) => line.slice(2).split(' — ')[0]!);

/** Per currency, in the order the deals come: what a reply says of them (one currency: to the unit too). */
function sumWords(deals: readonly Deal[]): string {
  const totals = new Map<string, number>();
  for (const d of deals) totals.set(d.currency, (totals.get(d.currency) ?? 0) + d.amount);
  return formatMoneyList([...totals].map(([currency, amount]) => ({ currency, amount })));
}

describe('deals by forecast category', () => {
  let world: EvalWorld;
  let sams: Deal[];
  let teams: Deal[];
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    const { store } = world.services;
    const sam = (await store.users.findOne({ email: SAM }))!;
    sams = (await store.deals.find({ ownerId: sam._id })).filter(isOpen);
    const team = await store.users.find({ team: 'Enterprise' });
    teams = (await store.deals.find({ ownerId: { $in: team.map((u) => u._id) } })).filter(isOpen);
  }, 120_000);
  afterAll(() => world.close());

  it("sets a rep's commit beside their best case, each summed from the store", async () => {
    const commit = sams.filter((d) => d.forecastCategory === 'commit');
    const bestCase = sams.filter((d) => d.forecastCategory === 'best_case');
    expect(commit.length).toBeGreaterThan(0);
    expect(bestCase.length).toBeGreaterThan(0);
    const chat = new ChatDriver(world.services, 'c-categories', { localUser: SAM });
    const [reply] = await chat.say('across all my open opps, how much is commit vs best case');
    const usd = (deals: Deal[]) => deals.reduce((sum, d) => sum + (d.currency === 'USD' ? d.amount : 0), 0);
    expect(reply!.text).toContain(`Commit: ${sumWords(commit)}`);
    expect(reply!.text).toContain(`across ${commit.length} deal`);
    expect(reply!.text).toContain(`Best case: ${sumWords(bestCase)}`);
    if (sams.every((d) => d.currency === 'USD'))
      expect(reply!.text).toContain(formatMoneyExact(usd(commit), 'USD'));
    // Every deal listed is in one of the two, and says which.
    expect(rowsOf(reply!.text).length).toBe(Math.min(25, commit.length + bestCase.length));
    expect(reply!.text).not.toMatch(/\(pipeline\) ·/);
  }, 120_000);

  it('narrows the deals just shown to one category, and swaps the category of a sum', async () => {
    const inNegotiation = sams.filter((d) => d.stage === 'negotiation');
    const chat = new ChatDriver(world.services, 'c-categories-narrow', { localUser: SAM });
    await chat.say('my deals in negotiation');
    const [narrowed] = await chat.say('which of those are commit');
    expect(new Set(rowsOf(narrowed!.text))).toEqual(
      new Set(inNegotiation.filter((d) => d.forecastCategory === 'commit').map((d) => d.name)),
    );

    const manager = new ChatDriver(world.services, 'c-categories-team', { localUser: MORGAN });
    const [commit] = await manager.say('team commit total on all open deals');
    expect(commit!.text).toContain(sumWords(teams.filter((d) => d.forecastCategory === 'commit')));
    const [bestCase] = await manager.say('and best case');
    expect(bestCase!.text).toMatch(/forecast as best case/);
    expect(bestCase!.text).toContain(sumWords(teams.filter((d) => d.forecastCategory === 'best_case')));
  }, 120_000);

  it("names a ranking's lowest row, and the row after the top one named", async () => {
    const chat = new ChatDriver(world.services, 'c-lowest', { localUser: MORGAN });
    const [ranking] = await chat.say('open pipeline by rep');
    const owners = ranking!.text
      .split('\n')
      .filter((line) => /^\d+\. /.test(line))
      .map((line) => line.replace(/^\d+\. /, '').split(' — ')[0]!);
    expect(owners.length).toBeGreaterThan(2);
    const [lowest] = await chat.say("who's lowest");
    expect(lowest!.text).toMatch(new RegExp(`^${owners[owners.length - 1]!} is last`));
    const [top] = await chat.say("who's top rep this quarter by bookings");
    const booked = top!.text
      .split('\n')
      .filter((line) => /^\d+\. /.test(line))
      .map((line) => line.replace(/^\d+\. /, '').split(' — ')[0]!);
    const [next] = await chat.say('and the one after that?');
    expect(next!.text).toMatch(new RegExp(`^${booked[1]!} is 2nd of ${booked.length}`));
    // Ranked smallest first, the lowest is the first row.
    const [fewest] = await chat.say('who has the fewest open deals on my team');
    const ascending = fewest!.text
      .split('\n')
      .filter((line) => /^\d+\. /.test(line))
      .map((line) => line.replace(/^\d+\. /, '').split(' — ')[0]!);
    const [lowestFirst] = await chat.say("who's lowest");
    expect(lowestFirst!.text).toMatch(new RegExp(`^${ascending[0]!} is 1st of ${ascending.length}`));
    const [highest] = await chat.say('who was highest');
    expect(highest!.text).toMatch(new RegExp(`^${ascending[ascending.length - 1]!} is last`));
  }, 120_000);

  it('counts logos as accounts and reads a to do list as tasks', async () => {
    const { store } = world.services;
    const sam = (await store.users.findOne({ email: SAM }))!;
    const accounts = await store.accounts.countDocuments({ ownerId: sam._id });
    const chat = new ChatDriver(world.services, 'c-logos', { localUser: SAM });
    const [logos] = await chat.say('how many logos do i own');
    expect(logos!.text).toMatch(new RegExp(`^${accounts} accounts? \\(your accounts\\)`));
    const overdue = (await store.tasks.find({ ownerId: sam._id, status: 'open' })).filter(
      (t) => t.dueAt && t.dueAt.toISOString().slice(0, 10) < '2026-12-04',
    );
    const [tasks] = await chat.say('anything overdue on my to do list');
    const rows = rowsOf(tasks!.text);
    expect(rows.length).toBe(overdue.length);
    if (overdue.length) expect(rows.every((row) => overdue.some((t) => row.startsWith(t.title)))).toBe(true);
    else expect(tasks!.text).toMatch(/no overdue tasks/);
  }, 120_000);
});
