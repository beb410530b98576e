import { withShorthandWrittenOut } from '../../../src/dialogs/routing/sales-shorthand';
import { recordQuestionReader } from '../../fixtures/record-question-reader';

// Issue 19, twenty-fourth round (w25a, from dev-qa44): days and record nouns typed the way people
// text ("calls yday", "calls 2day", "acme ctc", "globex last mtg", "wayne renewl close date", "log
// call w jane") are written out as the words the readers know, before any reader sees them.
describe('chat shorthand is written out', () => {
  it.each([
    ['calls yday', 'calls yesterday'],
    ['what did i log ydy?', 'what did i log yesterday?'],
    ['calls 2day', 'calls today'],
    ['meetings tdy', 'meetings today'],
    ['remind me tmrw to call acme', 'remind me tomorrow to call acme'],
    ['anything due 2moro', 'anything due tomorrow'],
    ['acme ctc', 'acme contact'],
    ['globex ctcs', 'globex contacts'],
    ['globex last mtg', 'globex last meeting'],
    ['my mtgs this week', 'my meetings this week'],
    ['wayne renewl close date', 'wayne renewal close date'],
    ['my renwals next quarter', 'my renewals next quarter'],
    ['biggest oppty at hooli', 'biggest opportunity at hooli'],
    ['log call w jane initech discussed pricing', 'log call with jane initech discussed pricing'],
    ['had a mtg w acme today', 'had a meeting with acme today'],
  ])('"%s" → "%s"', (said, plain) => {
    expect(withShorthandWrittenOut(said)).toBe(plain);
  });

  it.each([
    // Inside another word, an address or a file name, nothing changes.
    'email bob@ctc.com',
    'see yday.csv',
    'the w/ shorthand stays',
    'my tdy-2 project',
    // A lone "w" not after a word of talking is left alone.
    'w hooli deals',
  ])('unchanged: %s', (said) => {
    expect(withShorthandWrittenOut(said)).toBe(said);
  });
});

/** Friday 4 December 2026, as in the conversation evaluation. */
const NOW = new Date('2026-12-04T15:00:00Z');
const { queryOf } = recordQuestionReader(NOW, { accounts: [{ id: 'acc-acme', name: 'Acme Corporation' }] });

describe('"what\'s due" with no record named is one\'s tasks', () => {
  it.each([
    ['whats due monday', '2026-12-07'],
    ["what's due on friday?", '2026-12-11'],
    ['anything due tomorrow', '2026-12-05'],
    ['what do i have due on tuesday', '2026-12-08'],
  ])('%s → tasks due %s', (text, day) => {
    expect(queryOf(text)).toMatchObject({ record: 'task', closeFrom: day, closeTo: day });
  });

  it('a week said is the week', () => {
    expect(queryOf("what's due next week")).toMatchObject({
      record: 'task',
      closeFrom: '2026-12-07',
      closeTo: '2026-12-13',
    });
  });

  it.each([
    'which deals are due to close monday',
    'what renewals are due next month',
    'what cases are due today',
  ])('a record named keeps its reading: %s', (text) => {
    expect(queryOf(text)?.record).not.toBe('task');
  });
});
