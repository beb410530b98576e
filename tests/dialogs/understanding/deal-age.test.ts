import { recordQuestionReader } from '../../fixtures/record-question-reader';

// Issue 19, twentieth round (w21a): a deal's age said against a span ("older than a month", "created
// more than 90 days ago", "newer than two weeks", "less than 10 days old") is a bound on the day each
// deal was created, whatever else the question filters on; an amount or a close window is no age.
/** Friday 4 December 2026, as in the conversation evaluation. */
const { queryOf } = recordQuestionReader(new Date('2026-12-04T15:00:00Z'), {});

describe("a deal's age", () => {
  it.each([
    ['deals older than a month that are still open', { createdTo: '2026-11-03', status: 'open' }],
    ['won deals older than a year', { createdTo: '2025-12-03', status: 'won' }],
    ['my open deals older than 90 days', { createdTo: '2026-09-04' }],
    ['how many opps were created more than two weeks ago', { createdTo: '2026-11-19' }],
    ['open deals opened over 60 days ago', { createdTo: '2026-10-04' }],
    ['deals older than a year', { createdTo: '2025-12-03' }],
  ])('%s → created on or before', (text, wanted) => {
    expect(queryOf(text)).toMatchObject({ record: 'deal', ...wanted });
    expect(queryOf(text)?.createdFrom).toBeUndefined();
  });

  it.each([
    ['deals newer than two weeks', { createdFrom: '2026-11-21' }],
    ['my deals less than 10 days old', { createdFrom: '2026-11-25' }],
    ['open opps younger than a month', { createdFrom: '2026-11-05' }],
  ])('%s → created on or after', (text, wanted) => {
    expect(queryOf(text)).toMatchObject({ record: 'deal', ...wanted });
    expect(queryOf(text)?.createdTo).toBeUndefined();
  });

  it.each([
    'deals over 100k',
    'deals closing in less than 30 days',
    'my deals with more than 3 contacts',
    'open deals that haven’t moved in more than 30 days',
    'deals closing in the next month',
  ])('no age: %s', (text) => {
    const query = queryOf(text);
    expect(query?.createdFrom).toBeUndefined();
    expect(query?.createdTo).toBeUndefined();
  });
});

describe('deals the asker opened', () => {
  it.each([
    ['which deals did i open in the last month', 'mine'],
    ['how many deals did we open in november', 'team'],
    ['what deals did i add in november', 'mine'],
  ])('%s → created in the period', (text, scope) => {
    expect(queryOf(text)).toMatchObject({
      record: 'deal',
      owner: { scope },
      createdFrom: '2026-11-01',
      createdTo: '2026-11-30',
    });
  });

  it('"open" as a state is no creation: which deals are open this month', () => {
    expect(queryOf('which deals are open this month')?.createdFrom).toBeUndefined();
  });
});
