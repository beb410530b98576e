import { caseHistoryQuestionOf } from '../../../src/dialogs/routing/case-history-questions';
import { caseSummaryOf } from '../../../src/dialogs/routing/case-summary-questions';
import { topicBeforeCasesOf } from '../../../src/dialogs/routing/case-topics';
import { supportRequestOf } from '../../../src/dialogs/routing/support-questions';
import { caseTopicsNamed, isCaseOnTopic, isOnlyCaseTopicWords } from '../../../src/vocabulary';

// Issue 19, twenty-sixth round (w27c, from dev-qa47 and dev-qa48): support's cases asked by topic,
// by customer and by history. Wordings of our own, and the messages that must keep another reading.
describe('the topics cases are about', () => {
  it.each([
    ['login', ['login']],
    ['exporting data', ['export']],
    ['2fa', ['two-factor']],
    ['sso or billing', ['sso', 'billing']],
    ['invoices', ['billing']],
    ['slow dashboards', ['performance']],
  ])('"%s" names %p', (words, topics) => {
    expect(caseTopicsNamed(words).sort()).toEqual([...topics].sort());
  });

  it('a case is on a topic when its words tell it', () => {
    const locked = { subject: 'User locked out after password reset' };
    const charged = {
      subject: 'Charged twice this month',
      description: 'The latest invoice charges us twice.',
    };
    expect(isCaseOnTopic('login', locked)).toBe(true);
    expect(isCaseOnTopic('billing', charged)).toBe(true);
    expect(isCaseOnTopic('billing', locked)).toBe(false);
    expect(isCaseOnTopic('export', { subject: 'Export all contacts to Excel' })).toBe(true);
  });

  it('an account said with a topic is more than topic words', () => {
    expect(isOnlyCaseTopicWords('password reset')).toBe(true);
    expect(isOnlyCaseTopicWords('acme billing')).toBe(false);
  });
});

describe('cases asked by a topic said before them', () => {
  it.each([
    ['any open login issues?', 'login'],
    ['billing cases this quarter', 'billing'],
    ['sso tickets from last week', 'sso'],
    ['which export problems are still open', 'export'],
    ['any 2fa problems?', '2fa'],
    ['recent invoice tickets', 'invoice'],
  ])('"%s"', (text, topic) => {
    expect(topicBeforeCasesOf(text)).toBe(topic);
    expect(supportRequestOf(text)).toEqual({ intent: 'case_list', scope: 'topic', topics: [topic] });
  });

  it('"show me password reset tickets" reads the words before the cases, a topic the handler lists', () => {
    expect(topicBeforeCasesOf('show me password reset tickets')).toBe('password reset');
    expect(caseHistoryQuestionOf('show me password reset tickets')).toEqual({
      kind: 'named',
      words: 'password reset',
    });
  });

  it.each([
    'i have login issues',
    'how do i fix login problems',
    'my login issues',
    'acme billing cases',
    'how many open cases',
    'webhook 401 tickets',
    'export the cases to a spreadsheet',
    'export cases to csv',
    'download all billing tickets',
  ])('"%s" is no known topic asked', (text) => {
    expect(topicBeforeCasesOf(text)).toBeUndefined();
  });
});

describe("an account's other cases and its cases said bare", () => {
  it.each([
    ['any other cases for that customer?', 'that customer'],
    ['what else has that customer raised?', 'that customer'],
    ['what else has acme reported', 'acme'],
    ['has the customer raised anything else?', 'that customer'],
    ['any more tickets from globex', 'globex'],
    ['their other tickets', 'their'],
    ['anything else from them?', 'them'],
  ])('"%s"', (text, account) => {
    expect(caseHistoryQuestionOf(text)).toEqual({ kind: 'others', account });
  });

  it.each([
    ['acme cases', 'acme'],
    ['globex tickets?', 'globex'],
    ['stark industries cases', 'stark industries'],
  ])('"%s" names the holder', (text, words) => {
    expect(caseHistoryQuestionOf(text)).toEqual({ kind: 'named', words });
  });

  it.each(['what else can you do', 'anything else?', 'open cases', 'my cases', 'other than that, thanks'])(
    '"%s" asks no other cases',
    (text) => {
      expect(caseHistoryQuestionOf(text)?.kind).not.toBe('others');
    },
  );

  it('a repeat problem keeps its reading', () => {
    expect(caseHistoryQuestionOf('soylent keeps having the same issue?')).toEqual({
      kind: 'repeats',
      account: 'soylent',
    });
  });
});

describe('resolution time of some priorities', () => {
  it.each([
    ['average time to resolve urgent cases', ['urgent']],
    ['how long do high priority tickets take to resolve on average', ['high']],
    ['avg resolution time for high or urgent cases', ['urgent', 'high']],
  ])('"%s"', (text, priorities) => {
    expect(caseSummaryOf(text)).toEqual({ summary: 'resolution_time', byPriority: false, priorities });
  });

  it('"by priority" keeps its breakdown, and none said keeps every case', () => {
    expect(caseSummaryOf('average time to resolve a case by priority')).toEqual({
      summary: 'resolution_time',
      byPriority: true,
    });
    expect(caseSummaryOf('average time to resolve a case')).toEqual({
      summary: 'resolution_time',
      byPriority: false,
    });
  });
});
