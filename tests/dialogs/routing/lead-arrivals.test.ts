/**
 * "how many new leads came in": the leads that arrived (in the period, which the handler reads
 * first), not the leads whose status is new (issue 19, eighth round, m5).
 */
import { leadCountOf } from '../../../src/dialogs/routing/marketing-questions';

describe('counting the leads that came in', () => {
  it.each([
    'how many new leads came in',
    'how many leads came in',
    'how many new leads did we get',
    'how many leads did we receive',
    'number of new leads that have come in',
    'how many new leads were added',
    'how many new leads arrived',
  ])('"%s" counts every lead that came in', (text) => {
    expect(leadCountOf(text)).toEqual({});
  });

  it.each([
    ['how many new web leads came in', { source: 'web' }],
    ['how many leads came in through referral', { source: 'referral' }],
    ['how many leads are still new', { status: 'new' }],
    ['how many new leads', { status: 'new' }],
    ['how many qualified leads came in', { status: 'qualified' }],
  ])('"%s" keeps its filter', (text, filter) => {
    expect(leadCountOf(text)).toEqual(filter);
  });

  it.each(['how many leads do i have', 'how many deals came in', 'how many cases came in'])(
    '"%s" is no count of arrivals',
    (text) => {
      expect(leadCountOf(text)).toBeUndefined();
    },
  );
});
