import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { openEvalScaleWorld } from '../fixtures/small-eval-world';
import type { Account, Deal, User } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';

// Issue 19, fourteenth round (w15f): the same question for another account, a person's field asked
// alone, the owner asked after its record, and thanks said before a follow-up, through the bot core
// on the demo CRM ("now" is Friday 4 December 2026). Names, owners, phones and deals are read from
// the store, never from the replies.
const SAM = 'sam.rivera@demo.crmpro.dev';
const TODAY = '2026-12-04';
const day = (d: Date) => d.toISOString().slice(0, 10);
const isOpen = (d: Deal) => d.stage !== 'closed_won' && d.stage !== 'closed_lost';
const bullets = (text: string) => text.split('\n').filter((line) => line.startsWith('• '));

describe('rep follow-ups and owners (w15f)', () => {
  let world: EvalWorld;
  let sam: User;
  const users = new Map<string, string>();
  const accountNamed = async (name: string): Promise<Account> =>
    (await world.services.store.accounts.findOne({ name }))!;
  beforeAll(async () => {
    world = await openEvalScaleWorld();
    sam = (await world.services.store.users.findOne({ email: SAM }))!;
    for (const user of await world.services.store.users.find({})) users.set(user._id, user.name);
  }, 120_000);
  afterAll(() => world.close());

  it.each(['same for globex', 'what about globex', 'and for globex?', 'ditto for globex'])(
    "'acme won deals how many' → '%s': Sam's Globex deals won in the same period, counted",
    async (followUp) => {
      const globex = await accountNamed('Globex');
      const won = (await world.services.store.deals.find({ accountId: globex._id })).filter(
        (d) =>
          d.stage === 'closed_won' &&
          d.ownerId === sam._id &&
          d.closedAt &&
          day(d.closedAt) >= '2026-10-01' &&
          day(d.closedAt) <= '2026-12-31',
      );
      const chat = new ChatDriver(world.services, `c-again-${followUp}`, { localUser: SAM });
      const [first] = await chat.say('acme won deals how many');
      expect(first!.text).toContain('1 Oct 2026–31 Dec 2026');
      const [reply] = await chat.say(followUp);
      expect(reply!.text).toContain('(Globex)');
      expect(reply!.text).toMatch(new RegExp(`^${won.length} won deals?\\b`));
      for (const deal of won) expect(reply!.text).toContain(deal.name);
      expect(reply!.text).not.toContain('Acme');
    },
    120_000,
  );

  it.each(['same for globex', 'same thing for globex?', 'now do globex'])(
    "'acme open deals' → '%s': Globex's open deals",
    async (followUp) => {
      const globex = await accountNamed('Globex');
      const open = (await world.services.store.deals.find({ accountId: globex._id })).filter(isOpen);
      const chat = new ChatDriver(world.services, `c-again-open-${followUp}`, { localUser: SAM });
      await chat.say('acme open deals');
      const [reply] = await chat.say(followUp);
      expect(open.length).toBeGreaterThan(0);
      for (const deal of open) expect(reply!.text).toContain(deal.name);
      expect(reply!.text).not.toContain('Acme Corporation -');
    },
    120_000,
  );

  it.each<[string, 'phone' | 'email']>([
    ['phone?', 'phone'],
    ['email?', 'email'],
    ['cheers, and the number?', 'phone'],
  ])(
    "'main contact initech' → '%s': the main contact's %s",
    async (followUp, field) => {
      const initech = await accountNamed('Initech');
      const contacts = await world.services.store.contacts.find({ accountId: initech._id });
      const chat = new ChatDriver(world.services, `c-field-${followUp}`, { localUser: SAM });
      const [first] = await chat.say('main contact initech');
      // The person the answer names as the main contact (one who still works there), with the
      // phone and e-mail the store holds for them.
      const named = /main contact at Initech is ([^(,]+?)\s*\(/.exec(first!.text)?.[1];
      const main = contacts.find((c) => !c.leftAt && `${c.firstName} ${c.lastName}` === named)!;
      expect(main).toBeDefined();
      const [reply] = await chat.say(followUp);
      expect(reply!.text).toContain(`${main.firstName} ${main.lastName}`);
      expect(reply!.text).toContain(main[field]!);
      for (const other of contacts.filter((c) => c._id !== main._id && c[field]))
        expect(reply!.text).not.toContain(other[field]!);
    },
    120_000,
  );

  it.each(['acme owner', 'owner for acme', 'acme owner?'])(
    "'%s': the Acme account's owner",
    async (text) => {
      const acme = await accountNamed('Acme Corporation');
      const chat = new ChatDriver(world.services, `c-owner-${text}`, { localUser: SAM });
      const [reply] = await chat.say(text);
      expect(reply!.text).toBe(`Acme Corporation is owned by ${users.get(acme.ownerId!)}.`);
    },
    120_000,
  );

  it.each(['hooli pilot whos the owner', 'the hooli pilot - who owns it?'])(
    "'%s': the pilot deal's owner, not the Hooli account's",
    async (text) => {
      const hooli = await accountNamed('Hooli');
      const pilot = (await world.services.store.deals.find({ accountId: hooli._id })).find(
        (d) => isOpen(d) && /sales team pilot/i.test(d.name),
      )!;
      expect(pilot.ownerId).not.toBe(hooli.ownerId);
      const chat = new ChatDriver(world.services, `c-deal-owner-${text}`, { localUser: SAM });
      const [reply] = await chat.say(text);
      expect(reply!.text).toBe(`${pilot.name} is owned by ${users.get(pilot.ownerId)}.`);
    },
    120_000,
  );

  it("'who owns the Hooli account and what's open there': the account's owner", async () => {
    const hooli = await accountNamed('Hooli');
    const chat = new ChatDriver(world.services, 'c-account-owner-and', { localUser: SAM });
    const [reply] = await chat.say(
      "Could you please tell me who owns the Hooli account and what's open there at the moment?",
    );
    expect(reply!.text).toContain(`Hooli is owned by ${users.get(hooli.ownerId!)}`);
  }, 120_000);

  it.each(['thanks! which ones are overdue', 'cheers - any overdue?'])(
    "'%s' after the tasks due next week: Sam's overdue tasks, not only thanks",
    async (followUp) => {
      const overdue = (await world.services.store.tasks.find({ ownerId: sam._id })).filter(
        (t) => t.status === 'open' && t.dueAt && day(t.dueAt) < TODAY,
      );
      expect(overdue.length).toBeGreaterThan(0);
      const chat = new ChatDriver(world.services, `c-thanks-${followUp}`, { localUser: SAM });
      await chat.say('what tasks are due next week');
      const [reply] = await chat.say(followUp);
      expect(reply!.text).not.toMatch(/You're welcome/);
      expect(bullets(reply!.text)).toHaveLength(overdue.length);
      for (const task of overdue) expect(reply!.text).toContain(task.title);
    },
    120_000,
  );

  it("'thanks so much for that' after a list is still thanks", async () => {
    const chat = new ChatDriver(world.services, 'c-thanks-only', { localUser: SAM });
    await chat.say('my open deals');
    const [reply] = await chat.say('thanks so much for that');
    expect(reply!.text).toMatch(/You're welcome/);
  }, 120_000);
});
