import { accountSpanOf } from '../../../src/dialogs/routing/account-span';
import { supportRequestOf } from '../../../src/dialogs/routing/support-questions';
import { seriesQuestionOf } from '../../../src/dialogs/understanding/period-series';
import { recordQuestionReader } from '../../fixtures/record-question-reader';

// Issue 19, twenty-fifth round (lead, from dev-qa45 and dev-qa46): a second question after an
// account's name, "each one" asked of a list, follow-ups as tasks, every case counted, revenue by
// month, and an account said with a time after it. Wordings of our own, with the ones that must
// keep their reading.
/** Friday 4 December 2026, as in the conversation evaluation. */
const NOW = new Date('2026-12-04T15:00:00Z');
const names = {
  accounts: [
    { id: 'acc-acme', name: 'Acme Corporation' },
    { id: 'acc-wayne', name: 'Wayne Enterprises' },
    { id: 'acc-globex', name: 'Globex' },
  ],
};
const { queryOf, entitiesOf } = recordQuestionReader(NOW, names);

describe("an account's name ends where a second question starts", () => {
  it.each([
    ['wayne enterprises and what are their titles', 'wayne enterprises'],
    ['globex and who owns it', 'globex'],
    ['acme corporation and when did we last talk to them', 'acme corporation'],
    ['globex and how much is it worth?', 'globex'],
  ])('"%s" → "%s"', (words, name) => {
    expect(accountSpanOf(words, [{ text: name, score: 1 }])).toBe(name);
  });

  it('a name with "and" inside it stays whole', () => {
    expect(accountSpanOf('johnson and johnson', [{ text: 'johnson', score: 0.9 }])).toBe(
      'johnson and johnson',
    );
  });
});

describe('a field asked of each deal of a list is the list', () => {
  it.each([
    'what are the open deals at acme and what stage is each one in',
    'list globex deals and the close date of each',
    'show my open deals, what stage is each one at?',
    'when does each of my deals close',
    'what are my deals worth, all of them',
  ])('"%s"', (text) => {
    const query = queryOf(text);
    expect(query?.record).toBe('deal');
    expect(query?.aggregate).toBe('list');
    expect(query?.field).toBeUndefined();
    expect(query?.dealWords).toBeUndefined();
  });

  it('"each" before a word that only starts like "in" is no "each one in"', () => {
    expect(queryOf('what stage are my deals in, each invoice aside')?.aggregate).not.toBe('list');
  });

  it("one deal's stage is still a field", () => {
    expect(queryOf('what stage is the globex pilot in')).toMatchObject({ field: 'stage', aggregate: 'top' });
  });
});

describe('follow-ups are the tasks a call leaves', () => {
  it.each([
    ["any follow ups i'm late on?", 'overdue'],
    ['my overdue follow-ups', 'overdue'],
    ['which followups am i behind on', 'overdue'],
  ])('"%s" → %s tasks', (text, status) => {
    expect(queryOf(text)).toMatchObject({ record: 'task', status });
  });

  it('follow-ups due this week are the tasks due in it', () => {
    expect(queryOf('what follow ups are due this week')).toMatchObject({
      record: 'task',
      closeFrom: '2026-11-30',
      closeTo: '2026-12-06',
    });
  });

  it.each(['remind me to follow up with acme', 'follow up with globex tomorrow'])(
    '"%s" (a verb) is no list of tasks',
    (text) => {
      expect(queryOf(text)?.record).not.toBe('task');
    },
  );
});

describe('every case counted', () => {
  it.each(['how many cases we have in total', 'total number of tickets', 'how many cases overall?'])(
    '"%s" → all cases by status',
    (text) => {
      expect(supportRequestOf(text)).toEqual({
        intent: 'case_list',
        scope: 'summary',
        summary: { summary: 'counts', by: 'status', of: 'all' },
      });
    },
  );

  it.each(['how many open cases in total', 'how many cases do we have'])(
    '"%s" stays the open ones',
    (text) => {
      expect(supportRequestOf(text)).toEqual({ intent: 'case_list', scope: 'open' });
    },
  );
});

describe("an account's cases, with a time or a lead-in around it", () => {
  it.each([
    ['check whether Stark Industries has any open tickets at the moment?', 'Stark Industries'],
    ['see if globex has open cases', 'globex'],
    ['any open tickets at stark industries at the moment', 'stark industries'],
    ['open cases for acme right now please', 'acme'],
  ])('"%s" → %s', (text, account) => {
    expect(supportRequestOf(text)).toEqual({ intent: 'case_list', scope: 'account', account });
  });

  it('"open tickets at the moment" names no account', () => {
    expect(supportRequestOf('open tickets at the moment')).toEqual({ intent: 'case_list', scope: 'open' });
  });
});

describe('revenue by period is what was won in each', () => {
  const context = { now: NOW, timezone: 'UTC' };
  it.each([
    ['revenue by month this year', 'month'],
    ['won revenue by month', 'month'],
    ['quarterly sales', 'quarter'],
    ['monthly revenue for the last 3 months', 'month'],
  ])('"%s" → won deals per %s', (text, unit) => {
    const question = seriesQuestionOf(text, entitiesOf(text), context);
    expect(question?.kind === 'query' && question.query).toMatchObject({ status: 'won', perPeriod: unit });
  });

  it.each(['pipeline by month', 'forecast revenue by month', 'lost revenue by quarter'])(
    '"%s" is not won revenue',
    (text) => {
      const question = seriesQuestionOf(text, entitiesOf(text), context);
      expect(question?.kind === 'query' ? question.query.status : undefined).not.toBe('won');
    },
  );
});

describe('a size band as the data writes it', () => {
  it.each([
    [
      'accounts in the 1001-5000 size band in EMEA with their owner',
      { minEmployees: 1001, maxEmployees: 5000 },
    ],
    ['accounts of size 51-200', { minEmployees: 51, maxEmployees: 200 }],
    ['5000+ band accounts in NA', { minEmployees: 5001 }],
    ['customers in the 11-50 bracket', { minEmployees: 11, maxEmployees: 50 }],
  ])('"%s"', (text, bounds) => {
    expect(queryOf(text)).toMatchObject({ record: 'account', ...bounds });
  });

  it.each(['deals between 1-10 and 11-50k', 'my top 1-10 deals'])('"%s" names no size band', (text) => {
    expect(queryOf(text)?.minEmployees).toBeUndefined();
  });
});
