/**
 * Records missing a field (issue 19, twelfth round, W12-G): an admin's "how many contacts dont have a
 * phone number" got the support page's phone line. A count of one collection's records with a field
 * left empty ("contacts without an email", "leads missing a phone number") is that field's missing
 * count in the collection's data profile (admins and analysts; other roles are told who may profile
 * data). The figures here are counted from the store.
 */
import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { openEvalScaleWorld } from '../fixtures/small-eval-world';
import { missingFieldRequestOf } from '../../src/dialogs/routing/profile-requests';
import { ChatDriver } from '../fixtures/chat-driver';

describe('a question about records missing a field', () => {
  it.each([
    ['how many contacts dont have a phone number', 'contacts', 'phone'],
    ["how many contacts don't have a phone", 'contacts', 'phone'],
    ['contacts without an email', 'contacts', 'email'],
    ['how many contacts are missing an email address', 'contacts', 'email'],
    ['which contacts have no phone number on file', 'contacts', 'phone'],
    ['count of contacts with no job title', 'contacts', 'title'],
    ['how many leads have no email', 'leads', 'email'],
    ['how many accounts are missing an industry', 'accounts', 'industry'],
  ])('"%s" asks for %s missing %s', (text, collection, field) => {
    expect(missingFieldRequestOf(text)).toEqual({ collection, field });
  });

  it.each([
    'any accounts with no contacts at all',
    'accounts without an owner',
    'what is jane cooper’s phone number',
    'how do i contact support by phone',
    'deals with no close date',
    'contacts i haven’t emailed in a month',
    'how many contacts do we have',
  ])('"%s" is no such question', (text) => {
    expect(missingFieldRequestOf(text)).toBeUndefined();
  });
});

describe('records missing a field, in chat', () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openEvalScaleWorld();
  }, 120_000);
  afterAll(() => world.close());

  let n = 0;
  const say = async (as: string, text: string) => {
    const chat = new ChatDriver(world.services, `c-missing-field-${n++}`, { localUser: as });
    return (await chat.say(text)).map((reply) => reply.text).join('\n');
  };

  it.each([
    ['how many contacts dont have a phone number', 'phone'],
    ['contacts without an email', 'email'],
  ] as const)('an admin\'s "%s" counts the contacts with no %s', async (text, field) => {
    const contacts = await world.services.store.contacts.find({});
    const missing = contacts.filter((c) => !c[field]).length;
    const reply = await say('jordan.blake@demo.crmpro.dev', text);
    expect(missing).toBeGreaterThan(0);
    expect(reply).toContain(
      `${missing.toLocaleString('en-US')} of ${contacts.length.toLocaleString('en-US')} contacts`,
    );
  });

  it('a rep is told plainly who may profile data', async () => {
    const reply = await say('sam.rivera@demo.crmpro.dev', 'how many contacts dont have a phone number');
    expect(reply).toMatch(/admins and analysts/);
  });
});
