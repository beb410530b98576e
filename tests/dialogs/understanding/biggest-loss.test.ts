import { recordQuestionReader } from '../../fixtures/record-question-reader';

// "our biggest loss this quarter": the one biggest lost deal of the period, not the open pipeline.
const { queryOf } = recordQuestionReader(new Date('2026-12-04T12:00:00Z'), {});

describe('the biggest loss said in the singular', () => {
  it.each([
    'what was our biggest loss this quarter',
    "what's the biggest loss we took this quarter",
    'largest loss this quarter?',
    'show me the largest loss of this quarter',
    'which deal was our biggest loss this quarter',
    'our biggest single loss this quarter',
  ])('"%s" is the biggest lost deal closed this quarter', (said) => {
    expect(queryOf(said)).toEqual(
      expect.objectContaining({
        record: 'deal',
        status: 'lost',
        aggregate: 'top',
        closedFrom: '2026-10-01',
        closedTo: '2026-12-31',
        limit: 1,
      }),
    );
  });

  it.each([
    'biggest loss reasons this quarter',
    "what's our loss rate this quarter",
    'what is the biggest deal this quarter',
  ])('"%s" is not the biggest lost deal', (said) => {
    expect(queryOf(said)).not.toEqual(expect.objectContaining({ status: 'lost', limit: 1 }));
  });
});
