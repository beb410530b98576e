import { caseHistoryQuestionOf } from '../../../src/dialogs/routing/case-history-questions';
import { supportRequestOf } from '../../../src/dialogs/routing/support-questions';

// Issue 19, twentieth round (w21c): an account's case history whatever the cases' status, in
// wordings of our own, with the messages that must keep another reading.
describe('the problems an account keeps having', () => {
  it.each([
    ['does Soylent keep having the same problem?', 'Soylent'],
    ['is globex having the same issue again', 'globex'],
    ['does initech keep running into errors', 'initech'],
    ['umbrella keeps reporting problems, what are they', 'umbrella'],
    ['any recurring issues at stark industries?', 'stark industries'],
    ["what are acme's recurring problems", 'acme'],
    ['do they keep having the same problem?', 'they'],
  ])('"%s"', (text, account) => {
    expect(caseHistoryQuestionOf(text)).toEqual({ kind: 'repeats', account });
    expect(supportRequestOf(text)).toMatchObject({ intent: 'case_list', scope: 'history' });
  });

  it.each([
    'how do i handle a customer who keeps having the same problem',
    'what should we do when a client keeps reporting issues',
    'keep me posted on case 1203',
    'does case 1157 keep coming back',
  ])('"%s" is no question of repeats', (text) => {
    expect(caseHistoryQuestionOf(text)?.kind).not.toBe('repeats');
  });
});

describe('whether an account had a kind of problem before', () => {
  it.each([
    ['has Umbrella had login problems before?', 'Umbrella', 'login'],
    ['has globex ever had sso issues', 'globex', 'sso'],
    ['did initech report invoice problems previously', 'initech', 'invoice'],
    ['has stark industries had any trouble with the import before', 'stark industries', 'import'],
    ['have acme had billing errors in the past?', 'acme', 'billing'],
  ])('"%s"', (text, account, topic) => {
    expect(caseHistoryQuestionOf(text)).toEqual({ kind: 'topic_before', account, topic });
  });

  it('"has acme had any problems before?" is every case of theirs', () => {
    expect(caseHistoryQuestionOf('has acme had any problems before?')).toEqual({
      kind: 'topic_before',
      account: 'acme',
    });
  });

  it.each([
    'has anyone had login problems before',
    'have we had cases like this before',
    'has she had issues',
  ])('"%s" names no account', (text) => {
    expect(caseHistoryQuestionOf(text)?.kind).not.toBe('topic_before');
  });
});

describe("one of an account's cases picked by age", () => {
  it.each([
    ['whats the oldest case at stark', 'stark', 'oldest', false],
    ['the first ticket from umbrella corporation', 'umbrella corporation', 'oldest', false],
    ['latest case for globex?', 'globex', 'newest', false],
    ['what is the most recent ticket from initech', 'initech', 'newest', false],
    ['oldest open case for acme', 'acme', 'oldest', true],
  ])('"%s"', (text, account, first, openOnly) => {
    expect(caseHistoryQuestionOf(text)).toEqual({ kind: 'one', account, first, openOnly });
  });

  it.each([
    'whats the oldest open case',
    'my oldest case',
    'the oldest case for me',
    'oldest case in the queue',
  ])('"%s" is no account\'s', (text) => {
    expect(caseHistoryQuestionOf(text)?.kind).not.toBe('one');
  });
});

describe('who worked a past case', () => {
  it.each([
    ['who worked the acme salesforce sync case', 'acme salesforce sync'],
    ['who handled the globex sso ticket?', 'globex sso'],
    ['who fixed the last umbrella invoice issue', 'umbrella invoice'],
    ['who was on that initech login case', 'initech login'],
  ])('"%s"', (text, words) => {
    expect(caseHistoryQuestionOf(text)).toEqual({ kind: 'who_worked', words });
  });

  it.each(['who closed the most tickets', 'who handled case 1205', 'who worked this case'])(
    '"%s" keeps another reading',
    (text) => {
      expect(caseHistoryQuestionOf(text)?.kind).not.toBe('who_worked');
    },
  );
});

describe('cases named by their account before the word', () => {
  it.each([
    ['which acme cases were high priority', 'acme'],
    ['show me the umbrella tickets', 'umbrella'],
    ['any stark industries cases still open?', 'stark industries'],
    ['list globex cases', 'globex'],
  ])('"%s"', (text, words) => {
    expect(caseHistoryQuestionOf(text)).toEqual({ kind: 'named', words });
  });

  it.each([
    'which high priority cases are open',
    'show me my cases',
    "show me anna's cases",
    'any open tickets about billing',
    'which cases were resolved today',
    'list all cases',
  ])('"%s" names no account', (text) => {
    expect(caseHistoryQuestionOf(text)?.kind).not.toBe('named');
  });
});

describe('questions of what is open now keep their reading', () => {
  it.each([
    ['has globex got open cases?', 'globex'],
    ['does stark industries have any open tickets', 'stark industries'],
  ])('"%s" is the open cases of %s', (text, account) => {
    expect(supportRequestOf(text)).toEqual({ intent: 'case_list', scope: 'account', account });
  });

  it.each(['any previous tickets for them?', 'any past cases for acme', 'any closed tickets for globex'])(
    '"%s" is no history question of its own (the account list reads it)',
    (text) => {
      expect(caseHistoryQuestionOf(text)).toBeUndefined();
    },
  );
});
