import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';
import { replyText } from '../fixtures/reply-text';

const SUPPORT = 'riley.park@demo.crmpro.dev';

/** Support asking about the SLA of the one case just shown by its number. */
describe('a follow-up on the case just shown by its number', () => {
  let world: EvalWorld;
  let number: number;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    const withSla = await world.services.store.cases.findOne(
      { slaDueAt: { $exists: true } },
      { sort: { number: -1 } },
    );
    number = withSla!.number;
  }, 120_000);
  afterAll(() => world.close());

  it.each([
    'when was it due under the sla',
    'whats its sla due time',
    'is it breached',
    'when is that one due',
    'when was the sla deadline',
    'is it past its sla?',
  ])(
    '"%s" answers when that case is due under its SLA',
    async (followUp) => {
      const chat = new ChatDriver(world.services, `case-due-${followUp}`, { localUser: SUPPORT });
      await chat.say(`status of case ${number}`);
      const reply = replyText(await chat.say(followUp));
      expect(reply).toMatch(new RegExp(`^Case ${number} \\(.+\\) (?:is|was) due under its SLA on `));
      expect(reply).not.toMatch(/Which case number|open cases? past or reaching/);
    },
    60_000,
  );

  it.each([
    [
      'which cases breach their SLA today?',
      /open cases? past or reaching their SLA|There are no open cases past/,
    ],
    ["who's the contact on that one?", /^(?!Case \d+ \(.+\) (?:is|was) due)/],
  ])(
    '"%s" is not about the due time of that case',
    async (followUp, expected) => {
      const chat = new ChatDriver(world.services, `case-not-due-${followUp}`, { localUser: SUPPORT });
      await chat.say(`status of case ${number}`);
      expect(replyText(await chat.say(followUp))).toMatch(expected);
    },
    60_000,
  );
});

/** After a case list, a question naming another account is about that account, not the first case's. */
describe('an account named right after a case list', () => {
  let world: EvalWorld;
  let named: { name: string; contacts: string[] };
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    const { store } = world.services;
    const open = await store.cases.find({ status: { $in: ['open', 'pending'] } }, { limit: 50 });
    const withCases = new Set(open.map((c) => c.accountId));
    const account = (await store.accounts.find({}, { sort: { name: 1 } })).find(
      (a) => !withCases.has(a._id) && /^[A-Z][a-z]+$/.test(a.name),
    )!;
    const contacts = await store.contacts.find({ accountId: account._id, leftAt: { $exists: false } });
    named = { name: account.name, contacts: contacts.map((c) => `${c.firstName} ${c.lastName}`) };
  }, 120_000);
  afterAll(() => world.close());

  it.each(['who is the contact at %s', 'whos our contact at %s?', 'customer view for %s'])(
    '"%s" after "any open cases" shows that account',
    async (question) => {
      const chat = new ChatDriver(world.services, `named-after-cases-${question}`, { localUser: SUPPORT });
      await chat.say('any open cases');
      const asked = question.replace('%s', named.name.toLowerCase());
      const replies = await chat.say(asked);
      const reply = replyText(replies);
      expect(reply).toMatch(new RegExp(`^${named.name} \\(`));
      expect(reply).not.toMatch(/Several people are called/);
      const listed = replies.flatMap((r) => r.lists ?? []).flatMap((l) => l.items.map((i) => i.title));
      expect(listed).toEqual(expect.arrayContaining(named.contacts.slice(0, 1)));
    },
    60_000,
  );
});
