import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import type { Case, User } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';
import { replyText } from '../fixtures/reply-text';

// Issue 19, nineteenth round (w20r): support's triage questions through the bot core on the demo
// CRM, every figure counted here from the store's cases: the case to pick up first, the pending
// cases only, two caseloads side by side, the caller's cases that came in on a day, and a person on
// the phone (their customer view and open case, not "no account called ...").
const SUPPORT = 'riley.park@demo.crmpro.dev';
const isOpen = (c: Case) => c.status === 'open' || c.status === 'pending';
const URGENCY = ['urgent', 'high', 'normal', 'low'];

describe("support's triage questions", () => {
  let world: EvalWorld;
  let cases: Case[];
  let riley: User;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    cases = await world.services.store.cases.find({}, { limit: 100_000 });
    riley = (await world.services.store.users.findOne({ email: SUPPORT }))!;
  }, 120_000);
  afterAll(() => world.close());

  const ask = async (question: string) =>
    replyText(
      await new ChatDriver(world.services, `triage-${question}`, { localUser: SUPPORT }).say(question),
    );

  it('"which case should i pick up first": the most urgent of the caller\'s open cases', async () => {
    const mine = cases.filter((c) => isOpen(c) && c.ownerId === riley._id);
    const top = Math.min(...mine.map((c) => URGENCY.indexOf(c.priority)));
    const reply = await ask('which case should i pick up first');
    expect(reply).toMatch(new RegExp(`^Of your ${mine.length} open cases, case (\\d+)`));
    const picked = Number(/case (\d+)/.exec(reply)![1]);
    expect(URGENCY.indexOf(cases.find((c) => c.number === picked)!.priority)).toBe(top);
    // Its priority is said once ("is the most urgent: high priority, open"), not twice.
    expect(reply.split('\n')[0]!.match(/ priority\b/g)).toHaveLength(1);
  }, 60_000);

  it('"which cases are pending": those waiting on the customer, and no open one', async () => {
    const reply = await ask('which cases are pending');
    for (const c of cases.filter((c) => c.status === 'pending')) expect(reply).toContain(`Case ${c.number}:`);
    for (const c of cases.filter((c) => c.status === 'open'))
      expect(reply).not.toContain(`Case ${c.number}:`);
  }, 60_000);

  it('"who\'s overloaded, me or anna?": each agent\'s open cases counted', async () => {
    const anna = (await world.services.store.users.findOne({ name: 'Anna Kowalski' }))!;
    const count = (id: string) => cases.filter((c) => isOpen(c) && c.ownerId === id).length;
    const reply = await ask("who's overloaded, me or anna?");
    expect(reply).toContain(`Riley Park ${count(riley._id)}`);
    expect(reply).toContain(`Anna Kowalski ${count(anna._id)}`);
  }, 60_000);

  it('"<a person> is on the line, what\'s their open case about?": the person, with their open case', async () => {
    const withContact = cases.find((c) => isOpen(c) && c.contactId)!;
    const person = (await world.services.store.contacts.findById(withContact.contactId!))!;
    const name = `${person.firstName} ${person.lastName}`;
    const theirs = cases.filter((c) => isOpen(c) && c.contactId === person._id);
    const reply = await ask(`${name} is on the line, what's their open case about?`);
    expect(reply).toMatch(new RegExp(`^${name}, `));
    expect(reply).not.toMatch(/couldn't find an account/);
    for (const c of theirs) expect(reply).toContain(`${c.number} ${c.subject}`);
  }, 60_000);
});
