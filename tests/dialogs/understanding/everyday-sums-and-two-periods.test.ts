import { extractEntities } from '../../../src/dialogs/understanding/entities/extract-entities';
import { parseRecordQuestion } from '../../../src/dialogs/understanding/record-question';
import { twoPeriodQuestionOf, twoPeriodsOf } from '../../../src/dialogs/understanding/two-periods';

// Issue 19, ninth round (w5c): sums asked in everyday words ("all my open stuff added up", "how
// much was that worth in total") and two periods set against each other in one message ("this year
// vs last year, how much did i win"). Wordings of each need, and wordings that are not it.
/** Friday 4 December 2026, as in the conversation evaluation. */
const NOW = new Date('2026-12-04T15:00:00Z');
const context = { now: NOW, timezone: 'UTC' };
const entitiesOf = (text: string) =>
  extractEntities(text, {
    now: NOW,
    timeZone: 'UTC',
    accounts: [
      { id: 'acc-acme', name: 'Acme Corporation' },
      { id: 'acc-globex', name: 'Globex' },
    ],
    reps: [{ id: 'u-sam', name: 'Sam Rivera' }],
    teams: [],
  });
const parse = (text: string) => parseRecordQuestion(text, entitiesOf(text), context);

describe('the open business summed, in everyday words', () => {
  it.each([
    'how much money is in all my open stuff added up',
    "what's everything i have open worth",
    'add up all my open stuff',
    'how much is all my open business worth',
    'total of everything i have open',
    'how much money have i got in play',
    'sum of all my open opps',
  ])('"%s" sums the open deals', (text) => {
    const question = parse(text);
    expect(question).toMatchObject({ kind: 'query', query: { record: 'deal', aggregate: 'sum' } });
    if (question?.kind === 'query') {
      expect(question.query.status).toBeUndefined();
      expect(question.query.field).toBeUndefined();
      expect(question.query.dealWords).toBeUndefined();
    }
  });

  it.each([
    ['how many open tasks do i have', { record: 'task' }],
    ['how much is the acme deal worth', { field: 'amount' }],
    ['how much did i win last month', { status: 'won' }],
  ])('"%s" keeps its own reading', (text, reading) => {
    expect(parse(text)).toMatchObject({ kind: 'query', query: reading });
  });

  it.each(['how much open cases do we have', 'how much does crmpro cost', 'how many open leads are there'])(
    '"%s" is no sum of deals',
    (text) => {
      const question = parse(text);
      expect(
        question?.kind === 'query' && question.query.record === 'deal' && question.query.aggregate === 'sum',
      ).toBe(false);
    },
  );
});

describe('the total of the records just shown', () => {
  it.each([
    'how much was that worth in total',
    "what's that in total",
    'how much is that altogether',
    'what was the total',
    'and in total?',
  ])('"%s" sums the last answer\'s deals', (text) => {
    expect(parse(text)).toMatchObject({ kind: 'query', query: { aggregate: 'sum' }, refersTo: 'deals' });
  });

  it.each(['how much is the pipeline in total', 'what did everyone win in total this year'])(
    '"%s" is a question of its own',
    (text) => {
      expect(parse(text)).not.toMatchObject({ refersTo: 'deals' });
    },
  );
});

describe('two periods set against each other', () => {
  it.each<[string, string, string]>([
    ['this year vs last year, how much did i win', '2026-01-01', '2025-01-01'],
    ['bookings this year vs last year', '2026-01-01', '2025-01-01'],
    ['average deal size this year compared to last year', '2026-01-01', '2025-01-01'],
    ['how much did we win this quarter versus last quarter', '2026-10-01', '2026-07-01'],
    ['my win rate this quarter vs last quarter', '2026-10-01', '2026-07-01'],
    ['compare q3 and q4 won deals', '2026-10-01', '2026-07-01'],
    ['won deals last year against this year', '2026-01-01', '2025-01-01'],
    ['how did i do this month compared with last month', '2026-12-01', '2026-11-01'],
  ])('"%s": %s against %s', (text, now, then) => {
    const question = twoPeriodQuestionOf(text, entitiesOf(text), context);
    expect(question?.comparedWith?.from).toBe(then);
    const from = question?.kind === 'summary' ? question.query.from : question?.query.closedFrom;
    expect(from).toBe(now);
  });

  it('a deal size is compared per currency, a win rate by its rate', () => {
    const size = twoPeriodQuestionOf(
      'average deal size this year compared to last year',
      entitiesOf('average deal size this year compared to last year'),
      context,
    );
    expect(size).toMatchObject({ kind: 'query', query: { aggregate: 'average', status: 'won' } });
  });

  it.each([
    'deals closing this month and next month',
    'from january to march',
    'my tasks due this week and next week',
    'how much did i win this year',
    'what did we win this year and who won the most last year',
  ])('"%s" compares no two periods', (text) => {
    expect(twoPeriodQuestionOf(text, entitiesOf(text), context)).toBeUndefined();
  });

  it('"and" compares two periods only when the message says so', () => {
    expect(twoPeriodsOf('won deals q3 and q4', entitiesOf('won deals q3 and q4'))).toBeUndefined();
    expect(
      twoPeriodsOf('compare won deals q3 and q4', entitiesOf('compare won deals q3 and q4')),
    ).toBeDefined();
  });
});
