import { bareFieldOf, personRowQuestionOf } from '../../../src/dialogs/understanding/person-row';

// Issue 19 (eighth round, R5): a field of one person of the list of people just shown (an account's
// contacts), the person named by first name, last name or full name among those rows, or by position
// when the list was of people alone. Paraphrases of the need, and wordings that must not read as one.
const GLOBEX = [
  { name: 'Robert Campbell' },
  { name: 'Nancy Johnson' },
  { name: 'Michelle Thompson' },
  { name: 'John Taylor' },
  { name: 'Lisa Jackson' },
];

describe('a field asked of one person of the people just shown', () => {
  it.each<[string, number, string]>([
    ['whats nancys title', 1, 'title'],
    ["nancy's email?", 1, 'email'],
    ["what's the second one's phone", 1, 'phone'],
    ["what's michelle's number", 2, 'phone'],
    ['whats johns email', 3, 'email'],
    ['email for john taylor', 3, 'email'],
    ["what's campbell's phone", 0, 'phone'],
    ['what does robert do', 0, 'title'],
    ['how do i reach the first contact', 0, 'phone'],
    ['when did we last talk to lisa', 4, 'lastInteraction'],
    ["and what's the last one's email", 4, 'email'],
  ])('"%s" asks row %i its %s', (text, index, field) => {
    expect(personRowQuestionOf(text, GLOBEX, true)).toMatchObject({ index, field });
  });

  it('"who\'s lisa" asks who she is', () => {
    expect(personRowQuestionOf("who's lisa", GLOBEX, true)).toEqual({
      index: 4,
      field: 'title',
      overview: true,
    });
  });

  it('points at a row by position only when the list was of people alone', () => {
    expect(personRowQuestionOf("what's the second one's phone", GLOBEX, false)).toBeUndefined();
    expect(personRowQuestionOf('whats nancys title', GLOBEX, false)).toMatchObject({ index: 1 });
  });

  it('needs a single row: a first name two rows share names neither', () => {
    const rows = [{ name: 'John Taylor' }, { name: 'John Smith' }];
    expect(personRowQuestionOf('whats johns email', rows, true)).toBeUndefined();
    expect(personRowQuestionOf('whats john smiths email', rows, true)).toMatchObject({ index: 1 });
  });

  it.each([
    'who is the cfo there',
    'who owns the second one',
    "jane's email",
    'what deals does nancy have',
    'call nancy tomorrow',
    'email nancy the proposal',
    'log a call with lisa: pricing agreed',
    'the second one',
    'what does acme do',
    "what's nancy's pipeline",
  ])('"%s" asks no field of a row', (text) => {
    expect(personRowQuestionOf(text, GLOBEX, true)).toBeUndefined();
  });
});

// Issue 19, fourteenth round (w15f): a field asked alone ("phone?") right after one person was
// shown ("main contact initech") is that person's field; the dialog supplies the person.
describe('a field asked alone, of the person just shown', () => {
  it.each<[string, string]>([
    ['phone?', 'phone'],
    ['email?', 'email'],
    ['title?', 'title'],
    ['and the email address', 'email'],
    ['whats the number', 'phone'],
    ['Mobile??', 'phone'],
    ['what about her phone number', 'phone'],
    ['job title pls', 'title'],
    ['e-mail', 'email'],
    ['and their role?', 'title'],
    ['phone no.', 'phone'],
  ])('"%s" asks the %s', (text, field) => {
    expect(bareFieldOf(text)).toBe(field);
  });

  it.each([
    'support phone number?',
    'email templates',
    'phone the customer',
    'email them the proposal',
    'how do i change my email',
    'what is the phone number for support',
    'number of deals',
    'title of the deal',
    'thanks',
  ])('"%s" is no field asked alone', (text) => {
    expect(bareFieldOf(text)).toBeUndefined();
  });
});
