import { recordQuestionReader } from '../../fixtures/record-question-reader';

// Issue 19, tenth round (w8f): an account's latest interactions asked in the plural ("last meetings
// with acme") are the few latest of that kind, not one; whether a person is still at a company
// ("is jane cooper still at initech") is their employer, which says when they left. Several
// wordings per need, and wordings that must NOT be read that way.
/** Friday 4 December 2026, as in the conversation evaluation. */
const NOW = new Date('2026-12-04T15:00:00Z');
const ACCOUNTS = [
  { id: 'acc-acme', name: 'Acme Corporation' },
  { id: 'acc-initech', name: 'Initech' },
  { id: 'acc-globex', name: 'Globex' },
];
const CONTACTS = [
  { id: 'c-jane', name: 'Jane Cooper', accountId: 'acc-initech' },
  { id: 'c-bill', name: 'Bill Lumbergh', accountId: 'acc-initech' },
];
const { queryOf } = recordQuestionReader(NOW, { accounts: ACCOUNTS, contacts: CONTACTS });

describe("an account's latest interactions in the plural: the few latest, newest first", () => {
  it.each([
    ['last meetings with acme', 'acc-acme', 'meeting'],
    ['latest calls with initech', 'acc-initech', 'call'],
    ['recent emails with globex', 'acc-globex', 'email'],
    ['the last few meetings with acme?', 'acc-acme', 'meeting'],
    ['our most recent calls with initech', 'acc-initech', 'call'],
    ['last interactions with globex', 'acc-globex', undefined],
  ])('%s → up to 5 of %s', (text, accountId, type) => {
    const query = queryOf(text);
    expect(query).toMatchObject({ record: 'interaction', field: 'lastInteraction', accountId, limit: 5 });
    expect(query?.interactionTypes).toEqual(type ? [type] : undefined);
  });

  it.each([
    ['last meeting with acme', { record: 'interaction', field: 'lastInteraction' }],
    ['how many meetings did i have last week', { record: 'interaction', aggregate: 'count' }],
  ])('one, or a count, as before: %s', (text, wanted) => {
    const query = queryOf(text);
    expect(query).toMatchObject(wanted);
    expect(query?.limit).toBeUndefined();
  });
});

describe('whether a person is still at a company: their employer', () => {
  it.each([
    'is jane cooper still at initech',
    'does jane cooper still work at initech',
    'is jane cooper still with initech?',
    'has jane cooper left initech',
    'did jane cooper leave initech',
    'is bill lumbergh still there',
    'jane cooper still works for initech right?',
  ])('%s → the employer of the person named', (text) => {
    expect(queryOf(text)).toMatchObject({ record: 'contact', field: 'employer' });
    expect(queryOf(text)?.contactIds?.length).toBe(1);
  });

  it.each([
    'is initech still a customer',
    'are we still on track this quarter',
    'deals jane cooper left open',
    'when did we last talk to jane cooper',
  ])('not whether someone is still there: %s', (text) => {
    expect(queryOf(text)?.field === 'employer').toBe(false);
  });
});

describe('what a person did is not whether they are still there', () => {
  it.each(['did jane cooper leave a voicemail', 'is jane cooper still working on the proposal'])(
    'not the employer: %s',
    (text) => {
      expect(queryOf(text)?.field === 'employer').toBe(false);
    },
  );
});
