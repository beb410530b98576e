import { recordQuestionReader } from '../../fixtures/record-question-reader';

// Issue 19, eleventh round (w9f): a field of a person named by first name alone, with no list of
// people shown ("email for jane", "what's bill's number", "whats nancys email"): the contacts of that
// first name, for the handler to settle (one is answered, several are asked about). Was: "I couldn't
// find an account called jane", the knowledge base's "VAT number", "Which account do you mean?".
/** Friday 4 December 2026, as in the conversation evaluation. */
const NOW = new Date('2026-12-04T15:00:00Z');
const ACCOUNTS = [
  { id: 'acc-acme', name: 'Acme Corporation' },
  { id: 'acc-initech', name: 'Initech' },
  { id: 'acc-globex', name: 'Globex' },
];
const CONTACTS = [
  { id: 'c-jane', name: 'Jane Cooper', accountId: 'acc-initech' },
  { id: 'c-jane-2', name: 'Jane Park', accountId: 'acc-acme' },
  { id: 'c-bill', name: 'Bill Lumbergh', accountId: 'acc-initech' },
  { id: 'c-nancy', name: 'Nancy Johnson', accountId: 'acc-globex' },
  { id: 'c-kevin', name: 'Kevin Adams', accountId: 'acc-acme' },
  { id: 'c-sam', name: 'Sam Porter', accountId: 'acc-globex' },
];
const REPS = [
  { id: 'u-sam', name: 'Sam Rivera' },
  { id: 'u-olivia', name: 'Olivia Chen' },
];
const { parse } = recordQuestionReader(NOW, { accounts: ACCOUNTS, contacts: CONTACTS, reps: REPS });

describe('a field of a person named by first name alone: that first name, for the handler to settle', () => {
  it.each([
    ['email for jane', 'email', 'jane', ['c-jane', 'c-jane-2']],
    ["what's bill's number", 'phone', 'bill', ['c-bill']],
    ['whats nancys email', 'email', 'nancy', ['c-nancy']],
    ['janes phone?', 'phone', 'jane', ['c-jane', 'c-jane-2']],
    ["what is kevin's title", 'title', 'kevin', ['c-kevin']],
    ["nancy's email please", 'email', 'nancy', ['c-nancy']],
    ["can i get bill's cell", 'phone', 'bill', ['c-bill']],
    ['e-mail address for nancy?', 'email', 'nancy', ['c-nancy']],
    ['whats kevins position', 'title', 'kevin', ['c-kevin']],
    ['phone number of jane', 'phone', 'jane', ['c-jane', 'c-jane-2']],
  ])('%s → %s of %s', (text, field, mention, ids) => {
    const question = parse(text);
    expect(question).toMatchObject({ kind: 'query', query: { record: 'contact', field } });
    if (question?.kind !== 'query') return;
    expect(question.personFirstName).toBe(mention);
    expect([...(question.query.contactIds ?? [])].sort()).toEqual([...ids].sort());
  });

  it.each([
    ["what's jane cooper's email", 'c-jane'],
    ['whats jane coopers email', 'c-jane'],
  ])('a full name is that one person, as before: %s', (text, id) => {
    const question = parse(text);
    expect(question).toMatchObject({ kind: 'query', query: { record: 'contact', contactIds: [id] } });
    if (question?.kind === 'query') expect(question.personFirstName).toBeUndefined();
  });

  it.each([
    "what's sam's email", // a rep's name, also a contact's first name
    "what's my number",
    'how do i pay my bill',
    'email jane the proposal',
    'call bill tomorrow about the renewal',
    'log a call with jane at initech: discussed renewal',
    "what's our support email",
    "jane's deals",
    'remind me to email nancy on monday',
    'who is the ceo at globex',
  ])('not a first-name field question: %s', (text) => {
    const question = parse(text);
    if (question?.kind === 'query') expect(question.personFirstName).toBeUndefined();
  });
});
