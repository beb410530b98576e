import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import type { Account, Contact, Deal } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { MORGAN, SAM } from '../fixtures/demo-users';
import { replyText } from '../fixtures/reply-text';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19, sixteenth round (w17c): a person qualified by "at <account>", two asks of one account in
// one message ("who owns X and how many open deals there"), and a correction said at a write's
// confirmation ("no, with david nguyen"), through the bot core on the demo CRM. Every name and figure
// expected is read from the store.
const isOpen = (d: Deal) => d.stage !== 'closed_won' && d.stage !== 'closed_lost';
const fullName = (c: Contact) => `${c.firstName} ${c.lastName}`;

describe('sixteenth round: people at an account, two asks of one account, corrections at a confirmation', () => {
  let world: EvalWorld;
  let samsAccounts: Account[];
  let contacts: Contact[];
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    const sam = (await world.services.store.users.findOne({ email: SAM }))!;
    samsAccounts = await world.services.store.accounts.find({ ownerId: sam._id });
    contacts = await world.services.store.contacts.find({});
  }, 120_000);
  afterAll(() => world.close());

  const chat = (id: string, user = SAM) => new ChatDriver(world.services, id, { localUser: user });
  // Sam's accounts whose name is said alone by no other account ("acme" is two).
  const unique = () =>
    samsAccounts.filter((a) => {
      const first = a.name.toLowerCase().split(' ')[0]!;
      return !samsAccounts.some((o) => o !== a && o.name.toLowerCase().includes(first));
    });

  it.each([
    (first: string, account: string) => `email for ${first} at ${account}`,
    (first: string, account: string) => `whats ${first.toLowerCase()} from ${account.toLowerCase()}'s email`,
    (first: string, account: string) => `${first} at ${account} email address?`,
    (first: string, account: string) => `email adress for ${first.toLowerCase()} at ${account}`,
    (first: string, account: string) => `can i get the email of ${first} at ${account} please`,
    (first: string, account: string) => `${account} ${first} email`,
  ])(
    'a first name shared by several people, said with their account, is the one there (%#)',
    async (say) => {
      // A first name several people share, one of them alone of that name at one of Sam's accounts.
      let found: { person: Contact; account: Account } | undefined;
      for (const account of unique()) {
        const there = contacts.filter((c) => c.accountId === account._id && c.email);
        for (const person of there) {
          const namesakes = contacts.filter((c) => c.firstName === person.firstName);
          if (namesakes.length > 1 && there.filter((c) => c.firstName === person.firstName).length === 1) {
            found = { person, account };
            break;
          }
        }
        if (found) break;
      }
      expect(found).toBeDefined();
      const { person, account } = found!;
      const text = replyText(
        await chat(`c-at-${say.length}-${Math.random()}`).say(say(person.firstName, account.name)),
      );
      expect(text).toContain(person.email!);
      expect(text).not.toMatch(/Which \w+ do you mean/);
    },
    120_000,
  );

  it("'who owns X and how many open deals there' answers both, the count read from the store", async () => {
    const morgan = (await world.services.store.users.findOne({ email: MORGAN }))!;
    expect(morgan).toBeDefined();
    for (const [i, wording] of [
      (n: string) => `who owns ${n} and how many open deals there`,
      (n: string) => `who owns ${n.toLowerCase()} and how many open deals do they have`,
      (n: string) => `who is the owner of ${n} and what open deals are there`,
    ].entries()) {
      const account = unique().find(() => true)!;
      const owner = (await world.services.store.users.findById(account.ownerId!))!;
      const open = (await world.services.store.deals.find({ accountId: account._id })).filter(isOpen);
      const text = replyText(await chat(`c-two-${i}`).say(wording(account.name)));
      expect(text).toContain(owner.name);
      expect(text).toMatch(new RegExp(`\\b${open.length} open deals?\\b`));
    }
  }, 120_000);

  it("'no, with <another person>' at a log's confirmation logs it with that person", async () => {
    const account = unique().find(
      (a) => contacts.filter((c) => c.accountId === a._id && !c.leftAt).length >= 2,
    )!;
    const [first, second] = contacts.filter((c) => c.accountId === account._id && !c.leftAt);
    for (const [i, correction] of [
      `no, with ${fullName(second!).toLowerCase()}`,
      `actually it was with ${fullName(second!)}`,
      `not ${first!.firstName.toLowerCase()}, ${fullName(second!).toLowerCase()}`,
    ].entries()) {
      const talk = chat(`c-log-${i}`);
      const summary = `reviewed the rollout plan ${i}`;
      const asked = replyText(
        await talk.say(`log a meeting with ${fullName(first!)} at ${account.name}, ${summary}`),
      );
      expect(asked).toContain(fullName(first!));
      const again = replyText(await talk.say(correction));
      expect(again).toContain(fullName(second!));
      expect(again).toMatch(/\(yes\/no\)/);
      await talk.say('yes');
      const logged = await world.services.store.interactions.find({ summary });
      expect(logged.map((x) => x.contactId)).toEqual([second!._id]);
    }
    // A bare no still logs nothing.
    const talk = chat('c-log-no');
    await talk.say(`log a meeting with ${fullName(first!)} at ${account.name}, nothing to log here`);
    expect(replyText(await talk.say('no'))).toMatch(/didn't log anything/);
    expect(await world.services.store.interactions.find({ summary: 'nothing to log here' })).toEqual([]);
  }, 180_000);

  it("'not that deal, the <other deal>' at a stage move's confirmation moves that deal", async () => {
    const stages = ['prospecting', 'qualification', 'proposal', 'negotiation'] as const;
    const titleOf = (d: Deal, account: Account) => d.name.slice(account.name.length + 3).toLowerCase();
    let chosen: { account: Account; first: Deal; second: Deal } | undefined;
    for (const account of unique()) {
      const open = (await world.services.store.deals.find({ accountId: account._id })).filter(isOpen);
      const all = await world.services.store.deals.find({ accountId: account._id });
      const alone = open.filter(
        (d) => all.filter((o) => o.name.toLowerCase().includes(titleOf(d, account))).length === 1,
      );
      if (alone.length >= 2 && alone.every((d) => d.name.startsWith(`${account.name} - `))) {
        chosen = { account, first: alone[0]!, second: alone[1]! };
        break;
      }
    }
    expect(chosen).toBeDefined();
    const { account, first, second } = chosen!;
    const wordings = [
      (d: string) => `not that deal, the ${d}`,
      (d: string) => `no, i meant the ${d} one`,
      (d: string) => `wrong deal - ${d}`,
    ];
    for (const [i, wording] of wordings.entries()) {
      const target = (await world.services.store.deals.findById(second._id))!;
      const before = (await world.services.store.deals.findById(first._id))!;
      const stage = stages.find((s) => s !== target.stage && s !== before.stage)!;
      const talk = chat(`c-move-${i}`);
      const asked = replyText(
        await talk.say(`move the ${account.name.toLowerCase()} ${titleOf(first, account)} to ${stage}`),
      );
      expect(asked).toContain(first.name);
      const again = replyText(await talk.say(wording(titleOf(second, account))));
      expect(again).toContain(second.name);
      expect(again).toMatch(/\(yes\/no\)/);
      await talk.say('yes');
      expect((await world.services.store.deals.findById(second._id))!.stage).toBe(stage);
      expect((await world.services.store.deals.findById(first._id))!.stage).toBe(before.stage);
    }
    // A stage said instead changes the stage of the same deal; a bare no moves nothing.
    const current = (await world.services.store.deals.findById(first._id))!;
    const [one, other] = stages.filter((s) => s !== current.stage);
    const talk = chat('c-move-stage');
    await talk.say(`move the ${account.name.toLowerCase()} ${titleOf(first, account)} to ${one}`);
    expect(replyText(await talk.say(`actually to ${other}`))).toContain(first.name);
    await talk.say('yes');
    expect((await world.services.store.deals.findById(first._id))!.stage).toBe(other);
    const talkNo = chat('c-move-no');
    await talkNo.say(`move the ${account.name.toLowerCase()} ${titleOf(first, account)} to ${one}`);
    expect(replyText(await talkNo.say('no'))).toMatch(/stays in/);
    expect((await world.services.store.deals.findById(first._id))!.stage).toBe(other);
  }, 180_000);

  it("'no the other one' after an account whose name two accounts share is the other account", async () => {
    const accounts = await world.services.store.accounts.find({});
    // An account named by one word, and another whose name starts with that word ("Globex", "Globex Financial").
    const pair = accounts
      .filter((a) => !a.name.includes(' '))
      .map((a) => ({ a, b: accounts.filter((o) => o.name.startsWith(`${a.name} `)) }))
      .find(({ b }) => b.length === 1);
    expect(pair).toBeDefined();
    const { a, b } = pair!;
    const other = b[0]!;
    for (const [i, [ask, back]] of [
      [`tell me about ${a.name.toLowerCase()}`, 'no the other one'],
      [`${a.name}`, 'not that one, the other one'],
      [`brief me on ${a.name.toLowerCase()}`, `sorry i meant the other ${a.name.toLowerCase()}`],
    ].entries()) {
      const talk = chat(`c-other-${i}`, MORGAN);
      const first = replyText(await talk.say(ask!));
      expect(first).toContain(a.name);
      expect(first).not.toContain(other.name);
      const second = replyText(await talk.say(back!));
      expect(second.split('\n')[0]).toContain(other.name);
    }
    // Said again, it goes back to the first.
    const talk = chat('c-other-again', MORGAN);
    await talk.say(`tell me about ${a.name.toLowerCase()}`);
    await talk.say('the other one');
    expect(replyText(await talk.say('no the other one')).split('\n')[0]).toBe(a.name);
  }, 120_000);
});
