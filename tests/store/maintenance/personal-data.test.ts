import {
  erasePersonalData,
  findPersonalData,
  type PersonalData,
} from '../../../src/store/maintenance/personal-data';
import type { Store } from '../../../src/store/store';
import { loadSmallCrm, temporaryStore } from '../../fixtures/small-crm';

const EMAIL = 'dana.quill@initech.example';
const NAME = 'Dana Quillfeather';

/** `store` whose `collection.method` fails: a disk or server error half-way through an erasure. */
function failingOn(store: Store, collection: keyof Store, method: string): Store {
  const failing = new Proxy(store[collection] as object, {
    get: (target, key) =>
      key === method
        ? () => Promise.reject(new Error(`${String(collection)}.${method} failed`))
        : Reflect.get(target, key),
  });
  return new Proxy(store, {
    get: (target, key) => (key === collection ? failing : Reflect.get(target, key)),
  });
}

/** What is left of the person, by kind: the counts a second export would show. */
async function leftOf(store: Store): Promise<Record<string, number>> {
  const found = await findPersonalData(store, EMAIL);
  const kinds = ['contacts', 'leads', 'interactions', 'tasks', 'conversations', 'cases'] as const;
  return Object.fromEntries(kinds.map((kind) => [kind, found[kind].length]));
}

describe('erasing one person is one transaction', () => {
  let temp: ReturnType<typeof temporaryStore>;
  let store: Store;
  beforeAll(async () => {
    temp = temporaryStore();
    store = temp.store;
    const crm = await loadSmallCrm(store);
    const contact = await store.contacts.insertOne({
      accountId: crm.globexId,
      firstName: 'Dana',
      lastName: 'Quillfeather',
      nameKey: 'dana quillfeather',
      email: EMAIL,
      primary: false,
    });
    await store.leads.insertOne({ name: NAME, email: EMAIL, source: 'chat', status: 'new' });
    await store.interactions.insertOne({
      type: 'call',
      accountId: crm.globexId,
      contactId: contact._id,
      occurredAt: new Date(),
      summary: 'renewal call',
    });
    await store.tasks.insertOne({ title: `send ${NAME} the proposal`, ownerId: crm.repId, status: 'open' });
    await store.transcriptTurns.insertOne({
      conversationId: 'webchat:c1',
      channel: 'webchat',
      at: new Date(),
      messages: [{ at: new Date(), direction: 'in', text: `who is ${NAME}?` }],
    });
    await store.cases.insertOne({
      number: 1001,
      subject: 'Login fails',
      description: `${NAME} cannot sign in`,
      status: 'open',
      priority: 'high',
      channel: 'email',
      accountId: crm.globexId,
      contactId: contact._id,
      history: [],
    });
  });
  afterAll(() => temp.cleanup());

  it('a failure after the first steps leaves the store unchanged; running it again erases everything', async () => {
    const before = await leftOf(store);
    expect(before).toEqual({ contacts: 1, leads: 1, interactions: 1, tasks: 1, conversations: 1, cases: 1 });
    const found: PersonalData = await findPersonalData(store, EMAIL);

    // Contacts, leads, interactions, tasks and transcripts are changed before the cases fail.
    await expect(erasePersonalData(failingOn(store, 'cases', 'updateOne'), found)).rejects.toThrow(
      'cases.updateOne failed',
    );
    expect(await leftOf(store)).toEqual(before);
    const turn = await store.transcriptTurns.findOne({ conversationId: 'webchat:c1' });
    expect(turn!.messages[0]!.text).toBe(`who is ${NAME}?`);

    // A failure in the first step undoes nothing more than itself.
    await expect(erasePersonalData(failingOn(store, 'leads', 'deleteMany'), found)).rejects.toThrow();
    expect(await leftOf(store)).toEqual(before);

    const counts = await erasePersonalData(store, found);
    expect(counts).toEqual({
      contacts: 1,
      leads: 1,
      interactions: 1,
      tasks: 1,
      conversations: 1,
      conversationState: 0,
      cases: 1,
    });
    expect(await leftOf(store)).toEqual({
      contacts: 0,
      leads: 0,
      interactions: 0,
      tasks: 0,
      conversations: 0,
      cases: 0,
    });
  });
});
