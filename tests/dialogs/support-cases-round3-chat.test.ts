import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { onlyPriorityOf } from '../../src/dialogs/intents/case-follow-ups';
import { supportRequestOf } from '../../src/dialogs/routing/support-questions';
import type { Case } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';
import { replyText } from '../fixtures/reply-text';

const SUPPORT = 'riley.park@demo.crmpro.dev';

/** A customer's words quoted, then what to answer: the quoted words are the question for agent assist. */
describe("a customer's quoted words, asked what to answer", () => {
  it.each([
    [
      "customer writes: 'your app logs me out every time after password reset, fix it!!' what i answer him",
      'your app logs me out every time after password reset, fix it!!',
    ],
    [
      "customer says 'my authenticator codes stopped working since I got a new phone' what do i tell them",
      'my authenticator codes stopped working since I got a new phone',
    ],
    [
      'customer asks: "if we cancel, how long do you keep our data before it\'s gone?" what should i tell them',
      "if we cancel, how long do you keep our data before it's gone?",
    ],
    [
      'the customer wrote "the export button is greyed out" - what should i say',
      'the export button is greyed out',
    ],
    ["client emailed: 'can we add more seats mid-year?' how do i reply", 'can we add more seats mid-year?'],
    ['customer is asking “do you support sso with okta?” how do i answer', 'do you support sso with okta?'],
    ['she says: "the dashboard won\'t load" what do i tell her', "the dashboard won't load"],
  ])('"%s" asks for a reply to the quoted words', (wording, question) => {
    expect(supportRequestOf(wording)).toEqual({ intent: 'agent_assist', question });
  });

  it.each([
    'what did the customer say in case 1203',
    'customer says they are unhappy',
    'log a call with acme: customer said "send the quote"',
    'open a case for globex: customer says "export fails"',
    "customer says 'the integration page shows token expired' - which case is that",
    'customer asks: "if we cancel, how long do you keep our data?"',
  ])('"%s" is no reply to suggest', (wording) => {
    expect(supportRequestOf(wording)?.intent).not.toBe('agent_assist');
  });
});

/** A customer's quoted words, asked which case they are: the cases whose words they share. */
describe("the case of a customer's quoted words", () => {
  it.each([
    [
      "customer says 'the integration page shows token expired' - which case is that",
      'the integration page shows token expired',
    ],
    ['customer wrote "webhooks return 401" is there a ticket for that', 'webhooks return 401'],
    ['a customer says "export times out" which ticket is it', 'export times out'],
    ["customer mentioned 'token expired' do we have a case for that?", 'token expired'],
    ["'duplicate contacts after import' - which case is this", 'duplicate contacts after import'],
    [
      'customer says "cannot log in after resetting password", any open ticket about it?',
      'cannot log in after resetting password',
    ],
  ])('"%s" looks for the case by those words', (wording, words) => {
    expect(supportRequestOf(wording)).toEqual({ intent: 'case_list', scope: 'words', words });
  });

  it.each(['which case is that', 'customer says "login broken" what do i tell them', 'case 1203'])(
    '"%s" is no search by words',
    (wording) => {
      expect(supportRequestOf(wording) ?? {}).not.toHaveProperty('words');
    },
  );
});

/** A problem said with an account, then whether a case exists: that account's cases with those words. */
describe("an account's case for a problem said", () => {
  it.each([
    [
      'webhooks failing with 401 for okafor & navarro, is there a ticket already',
      'webhooks failing with 401',
      'okafor & navarro',
    ],
    ['sso login broken for globex - is there a case for it?', 'sso login broken', 'globex'],
    [
      'invoices showing the wrong vat at initech, is there already a ticket?',
      'invoices showing the wrong vat',
      'initech',
    ],
    ['export timing out for acme, do we have a ticket for that', 'export timing out', 'acme'],
    ['reports not loading for stark industries; any open case?', 'reports not loading', 'stark industries'],
    ["customer's mad, acme, login broken again", 'login broken again', 'acme'],
    ['angry customer - globex - sso failing since this morning', 'sso failing since this morning', 'globex'],
  ])('"%s" looks for the account\'s case by those words', (wording, words, account) => {
    expect(supportRequestOf(wording)).toEqual({ intent: 'case_list', scope: 'words', words, account });
  });

  it.each([
    'is there a ticket for acme',
    'open a case for globex: export fails',
    'any open cases for them?',
    'globex, demo went well',
    "customer's happy, acme renewed",
  ])('"%s" is no search of an account\'s cases by words', (wording) => {
    expect(supportRequestOf(wording) ?? {}).not.toHaveProperty('words');
  });
});

/** A case's priority changed by its number. */
describe('changing the priority of a case', () => {
  it.each([
    ['change priority of case 1203 to high', 'high'],
    ['set case 1203 priority to urgent', 'urgent'],
    ['bump ticket #1203 to urgent', 'urgent'],
    ['make case 1203 high priority', 'high'],
    ['lower the priority on ticket 1203 to low', 'low'],
    ['case 1203 priority: normal', 'normal'],
    ['raise case 1203 to critical', 'urgent'],
    ['change case 1203 to high priority', 'high'],
    ['update the priority of case number 1203 to medium', 'normal'],
  ])('"%s" sets the priority', (wording, priority) => {
    expect(supportRequestOf(wording)).toEqual({ intent: 'case_update', number: 1203, priority });
  });

  it.each([
    "what's the priority of case 1203",
    'move case 1203 to riley',
    'high priority cases',
    'case 1203',
    'close case 1203: fixed by reset',
  ])('"%s" changes no priority', (wording) => {
    const request = supportRequestOf(wording);
    expect(request?.intent === 'case_update' && 'priority' in request).toBe(false);
  });
});

/** A case opened in one sentence, the account and the problem without a separator between them. */
describe('a case to open said in one run', () => {
  it.each([
    ['open a case for globex reports time out again high priority', 'globex reports time out again', 'high'],
    [
      'create a ticket for initech login fails for all users urgent',
      'initech login fails for all users',
      'urgent',
    ],
    ['log a case for acme export button missing', 'acme export button missing', 'normal'],
    [
      'new ticket for stark industries invoices show wrong vat',
      'stark industries invoices show wrong vat',
      'normal',
    ],
    [
      'open a ticket for umbrella corporation sso broken since this morning, high priority',
      'umbrella corporation sso broken since this morning',
      'high',
    ],
    ['raise a case for globex dashboards load slowly low priority', 'globex dashboards load slowly', 'low'],
  ])('"%s" opens a case, account and problem still together', (wording, accountAndProblem, priority) => {
    expect(supportRequestOf(wording)).toEqual({ intent: 'case_open', accountAndProblem, priority });
  });

  it.each([
    ['open a case for globex: reports time out', 'globex'],
    ['please create a ticket for Initech - reports time out for everyone, urgent', 'Initech'],
  ])('"%s" keeps the account said before the separator', (wording, account) => {
    expect(supportRequestOf(wording)).toMatchObject({ intent: 'case_open', account });
  });

  it.each(['open cases for globex', 'open a case', 'log a call with globex about the renewal'])(
    '"%s" is no case to open in one run',
    (wording) => {
      expect(supportRequestOf(wording) ?? {}).not.toHaveProperty('accountAndProblem');
    },
  );
});

/** Right after a case list, a priority alone narrows it. */
describe('narrowing the cases just listed to a priority', () => {
  it.each([
    ['only the high ones', 'high'],
    ['just the urgent ones', 'urgent'],
    ['high priority only', 'high'],
    ['and the low ones?', 'low'],
    ['which of them are urgent', 'urgent'],
    ['only high priority tickets', 'high'],
    ['show me only the critical ones', 'urgent'],
  ])('"%s" keeps the %s ones', (wording, priority) => {
    expect(onlyPriorityOf(wording)).toBe(priority);
  });

  it.each(['only mine', 'only annas', 'which one is due first', 'how high is the risk', 'high'])(
    '"%s" names no priority to narrow to',
    (wording) => {
      expect(onlyPriorityOf(wording)).toBeUndefined();
    },
  );
});

describe('support cases round 3, in chat', () => {
  let world: EvalWorld;
  let open: Case[];
  let turn = 0;
  const chatOf = () => new ChatDriver(world.services, `support-round3-${turn++}`, { localUser: SUPPORT });
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    open = await world.services.store.cases.find({ status: { $in: ['open', 'pending'] } });
  }, 120_000);
  afterAll(() => world.close());

  it('open cases, then only the high ones: exactly the open cases of that priority', async () => {
    // A priority some open cases have and others not (the small world may have no high ones).
    const priority = (['high', 'urgent', 'normal', 'low'] as const).find((p) => {
      const some = open.filter((c) => c.priority === p).length;
      return some > 0 && some < open.length;
    })!;
    const chat = chatOf();
    await chat.say('show open cases');
    const reply = replyText(await chat.say(`only the ${priority} ones`));
    for (const c of open.filter((o) => o.priority === priority)) expect(reply).toContain(`Case ${c.number}:`);
    for (const c of open.filter((o) => o.priority !== priority))
      expect(reply).not.toContain(`Case ${c.number}:`);
  }, 60_000);

  it("a case's priority changed after a yes, with its history", async () => {
    const target = open.find((c) => c.priority !== 'urgent')!;
    const chat = chatOf();
    const asked = replyText(await chat.say(`change priority of case ${target.number} to urgent`));
    expect(asked).toContain(target.subject);
    expect(asked).toContain(`from ${target.priority} to urgent`);
    expect(replyText(await chat.say('yes'))).toContain('urgent');
    const changed = (await world.services.store.cases.findOne({ number: target.number }))!;
    expect(changed.priority).toBe('urgent');
    expect(changed.history.at(-1)).toMatchObject({ action: 'priority', value: 'urgent' });
    const again = chatOf();
    expect(replyText(await again.say(`make case ${target.number} urgent priority`))).toContain(
      'already urgent',
    );
  }, 60_000);

  it('a case opened in one run: the account found in the words, the rest its subject', async () => {
    const before = await world.services.store.cases.find({}, { sort: { number: -1 }, limit: 1 });
    const chat = chatOf();
    const asked = replyText(await chat.say('open a case for globex reports time out again high priority'));
    expect(asked).toContain('Globex');
    expect(asked).toContain('Reports time out again');
    const done = replyText(await chat.say('yes'));
    const opened = (await world.services.store.cases.findOne({ number: before[0]!.number + 1 }))!;
    expect(done).toContain(`${opened.number}`);
    expect(opened).toMatchObject({ priority: 'high', subject: 'Reports time out again' });
    const account = (await world.services.store.accounts.findOne({ _id: opened.accountId }))!;
    expect(account.name).toMatch(/^Globex\b/);
    expect(done).toContain(account.name);
  }, 60_000);

  it("a customer's quoted words found in an open case's description", async () => {
    const target = open.find((c) => (c.description ?? '').split(/\s+/).length >= 8)!;
    const words = target.description!.split(/\s+/).slice(0, 8).join(' ').replace(/["']/g, '');
    const reply = replyText(await chatOf().say(`customer says '${words}' - which case is that`));
    expect(reply).toContain(`Case ${target.number}`);
  }, 60_000);

  it("a problem said with an account: that account's case holding those words", async () => {
    const target = open.find((c) => c.accountId && c.subject.split(/\s+/).length >= 3)!;
    const account = (await world.services.store.accounts.findOne({ _id: target.accountId }))!;
    const reply = replyText(
      await chatOf().say(`${target.subject.toLowerCase()} for ${account.name}, is there a ticket already`),
    );
    expect(reply).toContain(`Case ${target.number}`);
    expect(reply).toContain(account.name);
  }, 60_000);

  it("a customer's quoted words answered with a suggested reply", async () => {
    const reply = replyText(
      await chatOf().say(
        "customer says 'my authenticator codes stopped working since I got a new phone' what do i tell them",
      ),
    );
    expect(reply).toMatch(/clock|recovery code|reset/i);
  }, 60_000);
});
