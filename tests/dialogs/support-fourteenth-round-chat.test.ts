import { EVAL_NOW, type EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import type { Account, Case } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';
import { replyText } from '../fixtures/reply-text';

const SUPPORT = 'riley.park@demo.crmpro.dev';

/** W15-S, support in chat: the figures are read from the seeded store, never from a reply. */
describe('support questions of the fourteenth round, in chat', () => {
  let world: EvalWorld;
  let open: Case[];
  let turn = 0;
  const chatOf = (as = SUPPORT) => new ChatDriver(world.services, `w15s-${turn++}`, { localUser: as });
  const userName = async (id: string | undefined) =>
    id ? (await world.services.store.users.findOne({ _id: id }))?.name : undefined;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    open = await world.services.store.cases.find({ status: { $in: ['open', 'pending'] } });
  }, 120_000);
  afterAll(() => world.close());

  it("an account's open cases, then who owns them: each case's agent", async () => {
    const byAccount = new Map<string, Case[]>();
    for (const c of open)
      if (c.accountId) byAccount.set(c.accountId, [...(byAccount.get(c.accountId) ?? []), c]);
    const [accountId, cases] = [...byAccount].sort((a, b) => b[1].length - a[1].length)[0]!;
    const account = (await world.services.store.accounts.findOne({ _id: accountId }))!;
    const chat = chatOf();
    const listed = replyText(await chat.say(`open cases for ${account.name.toLowerCase()}`));
    for (const c of cases) expect(listed).toContain(`Case ${c.number}`);
    const owners = replyText(await chat.say('who owns them'));
    for (const c of cases) {
      const owner = await userName(c.ownerId);
      expect(owners).toContain(`${c.number}`);
      if (owner) expect(owners).toContain(owner);
    }
  }, 60_000);

  it('customer view with the name after it: the account, its open cases', async () => {
    const withCase = open.find((c) => c.accountId)!;
    const account: Account = (await world.services.store.accounts.findOne({ _id: withCase.accountId! }))!;
    const reply = replyText(await chatOf().say(`customer view ${account.name.toLowerCase()}`));
    expect(reply).toContain(account.name);
    expect(reply).toContain(`${withCase.number}`);
  }, 60_000);

  it("my cases past their SLA: only the caller's, only those already past", async () => {
    const me = (await world.services.store.users.findOne({ email: SUPPORT }))!;
    const reply = replyText(await chatOf().say('which of my cases are past their SLA?'));
    const past = (c: Case) => c.slaDueAt !== undefined && new Date(c.slaDueAt) < EVAL_NOW;
    for (const c of open) {
      if (c.ownerId === me._id && past(c)) expect(reply).toContain(`Case ${c.number}`);
      else expect(reply).not.toContain(`Case ${c.number}`);
    }
  }, 60_000);

  it('a contact looked up by e-mail, then by phone: name, title and account', async () => {
    const contacts = await world.services.store.contacts.find({}, { limit: 200 });
    const person = contacts.find((c) => c.email && c.phone && c.title && !c.leftAt)!;
    const account = (await world.services.store.accounts.findOne({ _id: person.accountId }))!;
    const name = `${person.firstName} ${person.lastName}`;
    for (const question of [`look up ${person.email}`, `who has the number ${person.phone}`]) {
      const reply = replyText(await chatOf().say(question));
      expect(reply).toContain(name);
      expect(reply).toContain(person.title!);
      expect(reply).toContain(account.name);
    }
  }, 60_000);

  it('open tickets about a topic: the open cases whose words hold it', async () => {
    const target = open.find((c) => /[a-z]{6,}/i.test(c.subject))!;
    const word = target.subject
      .match(/[a-z]{6,}/gi)!
      .sort((a, b) => b.length - a.length)[0]!
      .toLowerCase();
    const reply = replyText(await chatOf().say(`any open tickets about ${word}?`));
    for (const c of open)
      if (`${c.subject} ${c.description ?? ''}`.toLowerCase().includes(word))
        expect(reply).toContain(`Case ${c.number}`);
  }, 60_000);

  it("does ACCOUNT have any open tickets: that account's open cases", async () => {
    const withCase = open.find((c) => c.accountId)!;
    const account = (await world.services.store.accounts.findOne({ _id: withCase.accountId! }))!;
    const reply = replyText(await chatOf().say(`does ${account.name.toLowerCase()} have any open tickets`));
    for (const c of open.filter((o) => o.accountId === account._id))
      expect(reply).toContain(`Case ${c.number}`);
    for (const c of open.filter((o) => o.accountId !== account._id))
      expect(reply).not.toContain(`Case ${c.number}:`);
  }, 60_000);
});
