import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19, eighth round (R5): a field of one person of the list of people just shown ("who are the
// contacts at Globex" → "whats nancys title", "what's the second one's phone", "and her email?").
// Through the bot core on the demo CRM; the people and their fields come from the store.
const SAM = 'sam.rivera@demo.crmpro.dev';

/** The people a briefing lists under "Contacts:", in its order. */
const peopleOf = (text: string) =>
  text
    .split('\n')
    .filter((line) => line.startsWith('• '))
    .map((line) => line.slice(2).trim());

describe('a field of one person of the people just shown', () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  async function contactNamed(name: string) {
    const [firstName, ...rest] = name.split(' ');
    return (await world.services.store.contacts.findOne({ firstName, lastName: rest.join(' ') }))!;
  }

  it('answers the person named by first name or picked by position, and keeps the list for the next one', async () => {
    const chat = new ChatDriver(world.services, 'c-people-rows', { localUser: SAM });
    const [list] = await chat.say('who are the contacts at globex');
    const people = peopleOf(list!.text);
    expect(people.length).toBeGreaterThan(2);
    const second = await contactNamed(people[1]!);
    const first = second.firstName.toLowerCase();
    const [title] = await chat.say(`whats ${first}s title`);
    expect(title!.text).toContain(`${people[1]}`);
    expect(title!.text).toContain(second.title!);
    const third = await contactNamed(people[2]!);
    const [phone] = await chat.say("what's the third one's phone");
    expect(phone!.text).toContain(people[2]!);
    expect(phone!.text).toContain(third.phone!);
    // "her", "his" is the person just picked, not everyone listed.
    const [email] = await chat.say('and their email?');
    expect(email!.text).toContain(third.email!);
    expect(email!.text).not.toContain(people[0]!);
    // The list is still there: another first name.
    const fourth = await contactNamed(people[3]!);
    const [other] = await chat.say(`${fourth.firstName.toLowerCase()}'s email?`);
    expect(other!.text).toContain(fourth.email!);
  }, 120_000);

  it('after an overview briefing, a first name is one of its people but a position is not', async () => {
    const chat = new ChatDriver(world.services, 'c-people-brief', { localUser: SAM });
    const [brief] = await chat.say('who is our contact at initech');
    const people = peopleOf(brief!.text).filter((line) => !/ — /.test(line));
    const jane = await contactNamed(people[0]!);
    const [title] = await chat.say(`whats ${jane.firstName.toLowerCase()}s title`);
    expect(title!.text).toContain(jane.title!);
    expect(title!.text).not.toMatch(/knowledge base|Which account/);
  }, 120_000);
});
