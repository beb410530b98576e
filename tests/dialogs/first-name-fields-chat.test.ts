import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19, eleventh round (w9f): a field of a person named by first name alone ("email for jane",
// "what's bill's number", "whats nancys email"), with no list of people shown or a name not among
// them. One contact of that first name is answered; several are asked about by full name and
// account. Through the bot core on the demo CRM; the people and their fields come from the store.
const SAM = 'sam.rivera@demo.crmpro.dev';

describe('a field of a person named by first name alone', () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  const named = (firstName: string) => world.services.store.contacts.find({ firstName });

  it('answers the one contact of that first name, saying when they left', async () => {
    const [jane] = await named('Jane');
    expect((await named('Jane')).length).toBe(1);
    const chat = new ChatDriver(world.services, 'c-first-jane', { localUser: SAM });
    const [reply] = await chat.say('email for jane');
    expect(reply!.text).toContain(jane!.email!);
    if (jane!.leftAt) expect(reply!.text).toMatch(/left Initech/);
    const [bill] = await named('Bill');
    const [phone] = await chat.say("what's bill's number");
    expect(phone!.text).toContain(bill!.phone!);
  }, 120_000);

  it('asks which one when several share it, naming them with their accounts', async () => {
    const nancies = await named('Nancy');
    expect(nancies.length).toBeGreaterThan(1);
    const chat = new ChatDriver(world.services, 'c-first-nancy', { localUser: SAM });
    const [reply] = await chat.say('whats nancys email');
    expect(reply!.text).toMatch(/^Which Nancy do you mean/);
    const first = nancies.find((n) => reply!.text.includes(`${n.firstName} ${n.lastName} (`))!;
    const account = await world.services.store.accounts.findById(first.accountId);
    expect(reply!.text).toContain(`${first.firstName} ${first.lastName} (${account!.name})`);
    expect(reply!.text).not.toContain('@');
    // The people named are the ones just shown: a position picks one.
    const shownFirst = /mean: ([^(]+) \(/.exec(reply!.text)![1]!;
    const picked = nancies.find((n) => `${n.firstName} ${n.lastName}` === shownFirst)!;
    const [email] = await chat.say("what's the first one's email");
    expect(email!.text).toContain(picked.email!);
  }, 120_000);

  it('a first name not among the people shown is found, and the people shown are kept', async () => {
    const chat = new ChatDriver(world.services, 'c-first-after-list', { localUser: SAM });
    const [list] = await chat.say('who are the contacts at globex');
    const globex = await world.services.store.accounts.findOne({ name: 'Globex' });
    const people = await world.services.store.contacts.find({ accountId: globex!._id });
    // One of Globex's people whose first name others elsewhere have too.
    let shared: (typeof people)[number] | undefined;
    for (const p of people)
      if (list!.text.includes(`${p.firstName} ${p.lastName}`) && (await named(p.firstName)).length > 1)
        shared = p;
    expect(shared).toBeDefined();
    const [bill] = await named('Bill');
    const [phone] = await chat.say('whats bills number');
    expect(phone!.text).toContain(bill!.phone!);
    const [email] = await chat.say(`whats ${shared!.firstName.toLowerCase()}s email`);
    expect(email!.text).toContain(shared!.email!);
    expect(email!.text).not.toMatch(/Which \w+ do you mean/);
  }, 120_000);
});
