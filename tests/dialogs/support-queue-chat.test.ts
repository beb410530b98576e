import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { supportRequestOf } from '../../src/dialogs/routing/support-questions';
import type { Case } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';
import { replyText } from '../fixtures/reply-text';

const SUPPORT = 'riley.park@demo.crmpro.dev';

/** Support's queue in other words: SLAs blown through, the backlog, the oldest case, a customer calling. */
describe('support queue wordings', () => {
  it.each([
    'which open cases blew through their sla',
    'tickets that blew past the sla',
    'cases that went past their sla',
    'which tickets have gone over their sla',
    'anything blowing through sla?',
    'cases that ran past their SLA',
  ])('"%s" lists the cases breaching their SLA', (wording) => {
    expect(supportRequestOf(wording)).toMatchObject({ intent: 'case_list', scope: 'breaching' });
  });

  it.each(['what happens if we blow through the sla', 'can you walk me through the sla'])(
    '"%s" is not a list of breaching cases',
    (wording) => {
      expect(supportRequestOf(wording) ?? {}).not.toMatchObject({ intent: 'case_list', scope: 'breaching' });
    },
  );

  it.each([
    'backlog?',
    'backlog',
    'whats the backlog',
    'how big is the backlog',
    'backlog size?',
    'hows backlog',
  ])('"%s" counts the open cases by priority', (wording) => {
    expect(supportRequestOf(wording)).toEqual({
      intent: 'case_list',
      scope: 'summary',
      summary: { summary: 'counts', by: 'priority', of: 'open' },
    });
  });

  it.each(['product backlog?', 'whats in the sprint backlog', 'what is a backlog in scrum'])(
    '"%s" is not the case backlog',
    (wording) => {
      expect(supportRequestOf(wording)).toBeUndefined();
    },
  );

  it.each([
    ['okafor & navarro on the phone, whats open for them', 'okafor & navarro'],
    ['stark industries on the line - any open tickets?', 'stark industries'],
    ['globex calling, what do they have open', 'globex'],
    ['initech is on the phone, what cases do they have open', 'initech'],
    ['acme on hold: anything open for them?', 'acme'],
    ['hooli on the phone - what issues are open', 'hooli'],
    ["customer from initech on the line, what's open for them", 'initech'],
  ])('"%s" lists the open cases of the account calling', (wording, account) => {
    expect(supportRequestOf(wording)).toEqual({ intent: 'case_list', scope: 'account', account });
  });

  it.each([
    ['umbrella corp on the phone', 'umbrella corp'],
    ['stark industries is on the phone, pull up everything on them', 'stark industries'],
    ['someone from globex is on the phone', 'globex'],
  ])('"%s" shows the customer calling', (wording, who) => {
    expect(supportRequestOf(wording)).toEqual({ intent: 'customer_view', who });
  });

  it.each(['i was on the phone with globex yesterday', 'someone is on the phone', 'put acme on hold'])(
    '"%s" is no customer calling',
    (wording) => {
      expect(String(supportRequestOf(wording)?.intent)).not.toMatch(/customer_view|case_list/);
    },
  );

  it.each([
    'whats the oldest ticket i have',
    'my oldest open case',
    'which of my cases has been open the longest',
    'oldest case in my queue',
    'the longest-open ticket i own',
    'which of my tickets has been waiting longest',
  ])('"%s" picks the oldest of the caller\'s cases', (wording) => {
    expect(supportRequestOf(wording)).toEqual({ intent: 'case_list', scope: 'mine', first: 'oldest' });
  });

  it.each([
    "who's waiting longest",
    'who has been waiting the longest',
    'which customer has been waiting longest?',
    'longest waiting ticket?',
    'which case has been open the longest',
    'whos been waiting the longest for us',
  ])('"%s" picks the oldest open case', (wording) => {
    expect(supportRequestOf(wording)).toEqual({
      intent: 'case_list',
      scope: 'open',
      order: 'oldest',
      first: 'oldest',
    });
  });

  it.each([
    'who is waiting for a callback from me',
    'oldest open cases?',
    'how long has case 1207 been waiting',
  ])('"%s" is not one oldest open case', (wording) => {
    expect(supportRequestOf(wording) ?? {}).not.toMatchObject({ first: 'oldest' });
  });

  it.each([
    ['close case for globex: customer confirmed the fix', 'globex', 'customer confirmed the fix'],
    ['close the case for Initech - password reset solved it', 'Initech', 'password reset solved it'],
    ['resolve the ticket for acme: duplicate of 1201', 'acme', 'duplicate of 1201'],
    ['close the globex case: fixed by reset', 'globex', 'fixed by reset'],
    ['please close the open ticket for stark industries, fixed', 'stark industries', 'fixed'],
    ['close case for okafor & navarro', 'okafor & navarro', undefined],
  ])('"%s" closes the open case of an account', (wording, account, resolution) => {
    expect(supportRequestOf(wording)).toEqual({
      intent: 'case_close',
      account,
      ...(resolution ? { resolution } : {}),
    });
  });

  it.each([
    'close the deal for globex',
    'when do we close globex',
    'closed cases for acme',
    'close case 1207: fixed',
  ])('"%s" is no case of an account to close', (wording) => {
    expect(supportRequestOf(wording) ?? {}).not.toMatchObject({
      intent: 'case_close',
      account: expect.anything(),
    });
  });
});

describe('support queue in chat', () => {
  let world: EvalWorld;
  let open: Case[];
  let riley: string;
  const name = async (userId: string | undefined) =>
    userId ? (await world.services.store.users.findOne({ _id: userId }))?.name : undefined;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    open = await world.services.store.cases.find({ status: { $in: ['open', 'pending'] } });
    riley = (await world.services.store.users.findOne({ email: SUPPORT }))!._id;
  }, 120_000);
  afterAll(() => world.close());
  const oldest = (cases: Case[]) =>
    [...cases].sort((a, b) => a.createdAt!.getTime() - b.createdAt!.getTime())[0]!;

  it('"backlog?" counts every open case', async () => {
    const chat = new ChatDriver(world.services, 'backlog', { localUser: SUPPORT });
    expect(replyText(await chat.say('backlog?'))).toMatch(new RegExp(`^${open.length} open cases?`));
  }, 60_000);

  it('the SLAs blown through are the open cases past their due time', async () => {
    const chat = new ChatDriver(world.services, 'blew-sla', { localUser: SUPPORT });
    const reply = replyText(await chat.say('which open cases blew through their sla'));
    const breached = open.filter((c) => c.slaDueAt && c.slaDueAt <= world.services.clock());
    expect(breached.length).toBeGreaterThan(0);
    for (const c of breached) expect(reply).toContain(`Case ${c.number}:`);
  }, 60_000);

  it.each([
    "who's it assigned to",
    'who owns it',
    'who is that one assigned to?',
    "who's working it",
    'which agent has it',
    'who is handling that case',
    // w28c: "on it", "got it", "looking at it".
    "who's on it?",
    "who's got that one?",
    'who is on that case',
    'whos looking at it',
  ])(
    'after the oldest open case, "%s" names its owner',
    async (followUp) => {
      const chat = new ChatDriver(world.services, `owner-${followUp}`, { localUser: SUPPORT });
      const first = oldest(open);
      expect(replyText(await chat.say("who's waiting longest"))).toContain(`case ${first.number} `);
      const reply = replyText(await chat.say(followUp));
      const owner = first.ownerId === riley ? 'you' : (await name(first.ownerId))!;
      expect(reply).toContain(`Case ${first.number}`);
      expect(reply).toContain(owner);
      expect(reply).not.toMatch(/identity provider|Which account/);
    },
    60_000,
  );

  it('the oldest of my cases, then its contact and its customer', async () => {
    const mine = open.filter((c) => c.ownerId === riley);
    const first = oldest(mine);
    const contact = (await world.services.store.contacts.findOne({ _id: first.contactId }))!;
    const account = (await world.services.store.accounts.findOne({ _id: first.accountId }))!;
    const chat = new ChatDriver(world.services, 'oldest-mine', { localUser: SUPPORT });
    expect(replyText(await chat.say('whats the oldest ticket i have'))).toContain(`case ${first.number} `);
    expect(replyText(await chat.say("who's the contact at that account"))).toMatch(
      new RegExp(`^${contact.firstName} ${contact.lastName},`),
    );
    const again = new ChatDriver(world.services, 'oldest-mine-customer', { localUser: SUPPORT });
    await again.say('whats the oldest ticket i have');
    expect(replyText(await again.say('tell me about that customer'))).toContain(account.name);
  }, 60_000);

  it('closing the one open case of an account asks first, then closes it', async () => {
    const counts = new Map<string, Case[]>();
    for (const c of open) if (c.accountId) counts.set(c.accountId, [...(counts.get(c.accountId) ?? []), c]);
    const [accountId, [only]] = [...counts].find(([, cases]) => cases.length === 1)!;
    const account = (await world.services.store.accounts.findOne({ _id: accountId }))!;
    const chat = new ChatDriver(world.services, 'close-for-account', { localUser: SUPPORT });
    expect(replyText(await chat.say(`close case for ${account.name}: customer confirmed the fix`))).toContain(
      `Close case ${only!.number} with the resolution "customer confirmed the fix"?`,
    );
    expect(replyText(await chat.say('no'))).toContain(`case ${only!.number} stays as it is`);
    const still = await world.services.store.cases.findOne({ number: only!.number });
    expect(still!.status).toBe(only!.status);
    const none = [...(await world.services.store.accounts.find({}))].find((a) => !counts.has(a._id))!;
    const other = new ChatDriver(world.services, 'close-none', { localUser: SUPPORT });
    expect(replyText(await other.say(`close case for ${none.name}: done`))).toContain(
      `${none.name} has no open case to close`,
    );
  }, 60_000);

  it('an account on the phone: its open cases', async () => {
    const withCase = open.find((c) => c.accountId)!;
    const account = (await world.services.store.accounts.findOne({ _id: withCase.accountId }))!;
    const chat = new ChatDriver(world.services, 'on-the-phone', { localUser: SUPPORT });
    const reply = replyText(
      await chat.say(`${account.name.toLowerCase()} on the phone, whats open for them`),
    );
    expect(reply).toContain(`Case ${withCase.number}:`);
  }, 60_000);
});
