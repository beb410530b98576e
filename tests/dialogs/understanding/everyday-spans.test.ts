import { extractPeriodsAndDates } from '../../../src/dialogs/understanding/entities/periods';
import { recordQuestionReader } from '../../fixtures/record-question-reader';

// Issue 19, twenty-fourth round (w25a, from dev-qa44): spans of days said in everyday words. "since
// september" was read as September alone, "between march and june" as March alone, "since the
// start of the year" not at all, and "the week before christmas" as from today to Christmas Eve.
/** Friday 4 December 2026, as in the conversation evaluation. */
const NOW = new Date('2026-12-04T15:00:00Z');
const { queryOf } = recordQuestionReader(NOW, { accounts: [{ id: 'acc-acme', name: 'Acme Corporation' }] });

const spanOf = (text: string) => {
  const [period] = extractPeriodsAndDates(text, { now: NOW, timeZone: 'UTC' }).periods;
  return period && [period.start, period.end];
};

describe('since a month or the start of a unit: up to today', () => {
  it.each([
    ['how many deals has the team lost since september', '2026-09-01'],
    ['what have we won since sept?', '2026-09-01'],
    ['leads since the start of the year by source', '2026-01-01'],
    ['how much have i closed since the beginning of the year', '2026-01-01'],
    ['cases opened since the start of this quarter', '2026-10-01'],
    ['calls since the start of the month', '2026-12-01'],
    ['meetings since the start of the week', '2026-11-30'],
    ['deals lost since the start of march', '2026-03-01'],
    // A month still ahead this year is last year's.
    ['everything we won since december 2025', '2025-12-01'],
    ['what closed since december', '2026-12-01'],
  ])('%s → from %s', (text, from) => {
    expect(spanOf(text)).toEqual([from, '2026-12-04']);
  });

  it('a day of a month after "since" keeps its day', () => {
    expect(spanOf('calls since nov 20')).toEqual(['2026-11-20', '2026-12-04']);
  });
});

describe('from one month to another: the whole months', () => {
  it.each([
    ['what did i win between march and june', '2026-03-01', '2026-06-30'],
    ['deals we lost from jan to mar', '2026-01-01', '2026-03-31'],
    ['what did we close march through june?', '2026-03-01', '2026-06-30'],
    ['wins between oct and dec 2025', '2025-10-01', '2025-12-31'],
    // Ahead: the months whose last one is not behind today.
    ['deals closing between jan and march', '2027-01-01', '2027-03-31'],
    ['what is closing from december to february', '2026-12-01', '2027-02-28'],
  ])('%s → %s..%s', (text, from, to) => {
    expect(spanOf(text)).toEqual([from, to]);
  });

  it.each([
    // Two months joined by "and" alone are two months, not a span.
    'compare march and june',
    // "may" alone is also a verb.
    'may to june',
  ])('not a span: %s', (text) => {
    const periods = extractPeriodsAndDates(text, { now: NOW, timeZone: 'UTC' }).periods;
    expect(periods.every((period) => period.granularity !== 'span')).toBe(true);
  });
});

describe('the week before or after a holiday', () => {
  it.each([
    ['anything closing the week before christmas?', '2026-12-18', '2026-12-24'],
    ['deals closing in the week leading up to xmas', '2026-12-18', '2026-12-24'],
    ['what closes the week after new years', '2027-01-02', '2027-01-08'],
    ['what did we win the week before halloween', '2026-10-24', '2026-10-30'],
  ])('%s → %s..%s', (text, from, to) => {
    expect(spanOf(text)).toEqual([from, to]);
  });
});

describe('record questions keep the span', () => {
  it('lost deals since a month', () => {
    expect(queryOf('how many deals has the team lost since september')).toMatchObject({
      record: 'deal',
      closedFrom: '2026-09-01',
      closedTo: '2026-12-04',
    });
  });

  it('won deals between two months', () => {
    expect(queryOf('what did i win between march and june')).toMatchObject({
      record: 'deal',
      closedFrom: '2026-03-01',
      closedTo: '2026-06-30',
    });
  });

  it('deals closing the week before christmas', () => {
    expect(queryOf('anything closing the week before christmas?')).toMatchObject({
      closeFrom: '2026-12-18',
      closeTo: '2026-12-24',
    });
  });
});
