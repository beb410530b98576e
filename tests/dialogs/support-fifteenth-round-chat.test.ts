import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { OPEN_CASE_STATUSES, type Interaction } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { RILEY, SAM } from '../fixtures/demo-users';
import { replyText } from '../fixtures/reply-text';
import { openEvalScaleWorld } from '../fixtures/small-eval-world';

// W16S, issue 19 fifteenth round: support's queues, cases by number and agent, pasted customer
// messages, and whether someone contacted an account, through the bot core on the demo CRM ("now" is
// Friday 4 December 2026). Every figure is read from the store.
describe('support and contact questions (fifteenth round)', () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openEvalScaleWorld();
  }, 120_000);
  afterAll(() => world.close());

  const say = async (user: string, conversation: string, ...turns: string[]): Promise<string> => {
    const chat = new ChatDriver(world.services, conversation, { localUser: user });
    let text = '';
    for (const turn of turns) text = replyText(await chat.say(turn));
    return text;
  };
  const userName = async (id: string | undefined) =>
    id ? (await world.services.store.users.findById(id))?.name : undefined;
  const accountNamed = async (name: string) => (await world.services.store.accounts.findOne({ name }))!;

  it("'unassigned cases': the open cases with no owner, or none when every one has an owner", async () => {
    const open = await world.services.store.cases.find({ status: { $in: [...OPEN_CASE_STATUSES] } });
    const unassigned = open.filter((c) => !c.ownerId);
    const text = await say(RILEY, 'c-unassigned', 'any tickets nobody owns?');
    if (unassigned.length) for (const c of unassigned) expect(text).toContain(String(c.number));
    else expect(text).toMatch(/^There are no open cases not assigned to anyone: every one has an owner\./);
  }, 120_000);

  it("'whose case is N': the agent working it, with the case's account", async () => {
    const riley = (await world.services.store.users.findOne({ email: RILEY }))!;
    const open = await world.services.store.cases.find({ status: 'open' }, { sort: { number: -1 } });
    const one = open.find((c) => c.ownerId && c.ownerId !== riley._id);
    const agent = await userName(one!.ownerId);
    const account = one!.accountId
      ? (await world.services.store.accounts.findById(one!.accountId))?.name
      : '';
    const text = await say(RILEY, 'c-whose', `whose case is ${one!.number}`);
    expect(text).toContain(`Case ${one!.number} (${one!.subject}`);
    expect(text).toContain(account!);
    expect(text).toContain(`is assigned to ${agent}`);
  }, 120_000);

  it("'anna's open cases': that agent's open cases, no one else's", async () => {
    const anna = (await world.services.store.users.findOne({ name: 'Anna Kowalski' }))!;
    const open = await world.services.store.cases.find({ status: { $in: [...OPEN_CASE_STATUSES] } });
    const hers = open.filter((c) => c.ownerId === anna._id);
    const others = open.filter((c) => c.ownerId !== anna._id);
    const text = await say(RILEY, 'c-annas', "anna's open cases");
    expect(text).toMatch(new RegExp(`^${hers.length} open cases? assigned to Anna Kowalski`));
    for (const c of hers) expect(text).toContain(`Case ${c.number}:`);
    for (const c of others) expect(text).not.toContain(`Case ${c.number}:`);
  }, 120_000);

  it('a pasted e-mail, then "who is he?": the writer by the address in it, with account and owner', async () => {
    const kevin = (await world.services.store.contacts.findOne({ email: 'kevin.adams@acme.com' }))!;
    const acme = (await world.services.store.accounts.findById(kevin.accountId!))!;
    const text = await say(
      RILEY,
      'c-pasted-who',
      'just got this: "Hello, our contact import stops halfway again, please help. Cheers, kevin.adams@acme.com" - who is this guy?',
    );
    expect(text).toContain(`${kevin.firstName} ${kevin.lastName}, ${kevin.title} at ${acme.name}`);
    expect(text).toContain(`Account owner: ${await userName(acme.ownerId)}.`);
  }, 120_000);

  it('a pasted signature, then "which account is that and who owns it": the account and its owner', async () => {
    const bill = (await world.services.store.contacts.findOne({ firstName: 'Bill', lastName: 'Lumbergh' }))!;
    const initech = (await world.services.store.accounts.findById(bill.accountId!))!;
    const text = await say(
      RILEY,
      'c-signed',
      'customer mail signed "Thanks a lot, Bill Lumbergh" asks for a copy of the invoice. what company is he from and who owns it?',
    );
    expect(text).toContain(initech.name);
    expect(text).toContain(`Account owner: ${await userName(initech.ownerId)}.`);
  }, 120_000);

  it('a pasted "Hi team, I forgot my password": the suggested reply is the password reset', async () => {
    const text = await say(
      RILEY,
      'c-password',
      'customer says "Hi team, I forgot my password and cannot log in. Regards, Jane" what do i answer',
    );
    expect(text).toMatch(/Suggested reply:/);
    expect(text).toMatch(/Forgot password/);
    expect(text).not.toMatch(/Team plan costs/);
  }, 120_000);

  it('"any past cases for them?" after a person: the account\'s cases of every status', async () => {
    const kevin = (await world.services.store.contacts.findOne({ email: 'kevin.adams@acme.com' }))!;
    const cases = await world.services.store.cases.find({ accountId: kevin.accountId! });
    const text = await say(RILEY, 'c-past', 'who is kevin.adams@acme.com', 'any previous tickets for them?');
    expect(text).toMatch(new RegExp(`^${cases.length} cases? for `));
    for (const c of cases.slice(0, 3)) expect(text).toContain(String(c.number));
  }, 120_000);

  const lastOf = (list: Interaction[]) =>
    [...list].sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime())[0];

  it("'has anyone called initech this month?': yes or no, with the latest call", async () => {
    const initech = await accountNamed('Initech');
    const calls = await world.services.store.interactions.find({ accountId: initech._id, type: 'call' });
    const last = lastOf(calls)!;
    const thisMonth = last.occurredAt.toISOString().slice(0, 7) === '2026-12';
    const text = await say(SAM, 'c-anyone-called', 'has anybody rung initech this month?');
    expect(text).toMatch(thisMonth ? /^Yes — / : /^No — no one has called Initech/);
    expect(text).toContain(last.summary);
  }, 120_000);

  it("'have i called globex recently?': the caller's own latest call, yes or no", async () => {
    const sam = (await world.services.store.users.findOne({ email: SAM }))!;
    const globex = await accountNamed('Globex');
    const calls = await world.services.store.interactions.find({
      accountId: globex._id,
      type: 'call',
      userId: sam._id,
    });
    const last = lastOf(calls)!;
    const recent = last.occurredAt.getTime() >= new Date('2026-11-05T00:00:00Z').getTime();
    const text = await say(SAM, 'c-i-called', 'hav i phoned globex lately');
    expect(text).toMatch(recent ? /^Yes — you last called Globex/ : /^No — you haven't called Globex/);
    expect(text).toContain(last.summary);
  }, 120_000);

  it("'log a call with them' after one contact was shown: says whom it will log against", async () => {
    const text = await say(
      SAM,
      'c-log-them',
      'acme',
      'its deals',
      'the biggest',
      "who's the contact there",
      'log a call with them',
    );
    expect(text).toMatch(/^A call with .+ at Acme Corporation\. What was it about\?/);
    const named = /^A call with (.+) at Acme Corporation/.exec(text)![1]!;
    const acme = await accountNamed('Acme Corporation');
    const [first, ...last] = named.split(' ');
    expect(
      await world.services.store.contacts.findOne({
        firstName: first,
        lastName: last.join(' '),
        accountId: acme._id,
      }),
    ).toBeTruthy();
  }, 120_000);
});
