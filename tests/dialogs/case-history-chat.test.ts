import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { repeatedProblemsOf } from '../../src/dialogs/intents/case-history';
import type { CaseView } from '../../src/skills/cases';
import type { Account, Case } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';
import { replyText } from '../fixtures/reply-text';

const SUPPORT = 'riley.park@demo.crmpro.dev';

/** A case as the skill shows it, for the grouping. */
function view(number: number, subject: string, description?: string): CaseView {
  return {
    id: `c${number}`,
    number,
    subject,
    ...(description ? { description } : {}),
    status: 'closed',
    priority: 'normal',
    channel: 'email',
    openedAt: new Date('2026-06-01T00:00:00Z'),
    breached: false,
  };
}

describe('the problems that came back', () => {
  it('groups cases told in alike words, most cases first, and leaves single problems out', () => {
    const charged = 'The latest invoice charges us twice for the same seats.';
    const groups = repeatedProblemsOf([
      view(10, 'Charged twice this month', charged),
      view(11, 'Duplicate charge on the invoice', charged),
      view(12, 'Export is slow'),
      view(13, 'Invoice charges us twice for the same seats', charged),
      view(14, 'SSO login broken', 'Nobody can sign in through single sign-on.'),
      view(15, 'Cannot sign in with SSO', 'Nobody can log in through single sign-on.'),
    ]);
    expect(groups.map((g) => g.map((c) => c.number))).toEqual([
      [13, 11, 10],
      [15, 14],
    ]);
  });

  it('finds none among cases each about something else', () => {
    expect(repeatedProblemsOf([view(1, 'Export is slow'), view(2, 'Change the billing address')])).toEqual(
      [],
    );
  });
});

describe("an account's case history, in chat", () => {
  let world: EvalWorld;
  let account: Account;
  let cases: Case[];
  let turn = 0;
  const chatOf = () => new ChatDriver(world.services, `case-history-${turn++}`, { localUser: SUPPORT });
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    const all = await world.services.store.cases.find({});
    // The account with the most cases, some closed.
    const counts = new Map<string, number>();
    for (const c of all) if (c.accountId) counts.set(c.accountId, (counts.get(c.accountId) ?? 0) + 1);
    const [id] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    account = (await world.services.store.accounts.findOne({ _id: id }))!;
    cases = all.filter((c) => c.accountId === id).sort((a, b) => b.number - a.number);
  }, 120_000);
  afterAll(() => world.close());

  it('"last cases for X": every status, newest first', async () => {
    const reply = replyText(await chatOf().say(`last cases for ${account.name}`));
    expect(reply).toContain(`${cases.length} cases for ${account.name}, newest first`);
    expect(reply.indexOf(`Case ${cases[0]!.number}:`)).toBeGreaterThanOrEqual(0);
  }, 60_000);

  it('"the oldest case at X": its first case, whatever its status', async () => {
    const oldest = [...cases].sort((a, b) => a.createdAt!.getTime() - b.createdAt!.getTime())[0]!;
    const reply = replyText(await chatOf().say(`whats the oldest case at ${account.name}`));
    expect(reply).toContain(`case ${oldest.number}`);
  }, 60_000);

  it('a priority on the account\'s cases: those of it, or "no open … cases" when none', async () => {
    const open = cases.filter((c) => c.status === 'open' || c.status === 'pending');
    const missing = (['urgent', 'high', 'normal', 'low'] as const).find(
      (p) => !open.some((c) => c.priority === p),
    );
    if (missing) {
      const reply = replyText(await chatOf().say(`any ${missing} priority cases at ${account.name}?`));
      expect(reply).toContain(`There are no open ${missing} priority cases for ${account.name}`);
    }
    const had = cases[0]!.priority;
    const reply = replyText(await chatOf().say(`which ${account.name} cases were ${had} priority`));
    for (const c of cases.filter((x) => x.priority === had).slice(0, 20))
      expect(reply).toContain(`Case ${c.number}:`);
    for (const c of cases.filter((x) => x.priority !== had)) expect(reply).not.toContain(`Case ${c.number}:`);
  }, 60_000);

  it('a resolved case says how long resolving took', async () => {
    const resolved = (
      await world.services.store.cases.find({ resolvedAt: { $exists: true } }, { limit: 1 })
    )[0]!;
    const reply = replyText(await chatOf().say(`how long did case ${resolved.number} take to resolve?`));
    expect(reply).toMatch(/Resolved .*: \d+(?:\.\d)? (?:days|hours?|minutes) after it was opened\./);
  }, 60_000);

  it('"does X keep having the same problem?", then "who\'s their account manager?"', async () => {
    const chat = chatOf();
    const reply = replyText(await chat.say(`does ${account.name} keep having the same problem?`));
    expect(reply).toMatch(
      new RegExp(`^(?:Yes: ${account.name} has had|No: none of ${account.name}'s problems came back)`),
    );
    const owner = (await world.services.store.users.findOne({ _id: account.ownerId }))!;
    expect(replyText(await chat.say("who's their account manager?"))).toContain(owner.name);
  }, 60_000);

  it('"who worked the X <topic> case": the agent of that past case', async () => {
    const withOwner = cases.find((c) => c.ownerId && c.subject.split(/\s+/).length >= 2)!;
    const topic = withOwner.subject.split(/\s+/).slice(0, 2).join(' ').toLowerCase();
    const owner = (await world.services.store.users.findOne({ _id: withOwner.ownerId! }))!;
    const reply = replyText(await chatOf().say(`who worked the ${account.name} ${topic} case`));
    expect(reply).toMatch(new RegExp(`^(?:You \\()?${owner.name}\\)? worked case \\d+\\.`));
  }, 60_000);
});
