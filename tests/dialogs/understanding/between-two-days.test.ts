import { extractPeriodsAndDates } from '../../../src/dialogs/understanding/entities/periods';
import { recordQuestionReader } from '../../fixtures/record-question-reader';

// Issue 19, thirteenth round (w14r): a window said as two days, "between 01/01 and 31/01", "from 1
// jan to 31 jan". All-digit days are read as one pair: a number above 12 decides day-first or
// month-first for both, and where nothing decides, the user's time zone does (a user has a zone,
// no locale). Several wordings, and wordings that must NOT be read as such a window.
/** Friday 4 December 2026, as in the conversation evaluation. */
const NOW = new Date('2026-12-04T15:00:00Z');
const { queryOf } = recordQuestionReader(NOW, { accounts: [{ id: 'acc-acme', name: 'Acme Corporation' }] });

describe('open deals closing between two days', () => {
  it.each([
    ['is there anything of mine due to close between 01/01 and 31/01?', '2027-01-01', '2027-01-31'],
    ['my deals closing between 1 jan and 31 jan', '2027-01-01', '2027-01-31'],
    ['deals closing between jan 1st and jan 31st', '2027-01-01', '2027-01-31'],
    ['What closes from 1/1 to 31/1', '2027-01-01', '2027-01-31'],
    ['anythng closing betwen 5/1 and 20/1 ?', '2027-01-05', '2027-01-20'],
    ['deals due to close between 15/12 and 15/01', '2026-12-15', '2027-01-15'],
    ['opps closing between the 1st of february and the 14th of february', '2027-02-01', '2027-02-14'],
    ['deals closing between 01/01/2027 and 31/03/2027', '2027-01-01', '2027-03-31'],
    ['which deals close from 12/20 to 12/31', '2026-12-20', '2026-12-31'],
  ])('%s → closing %s..%s', (text, from, to) => {
    expect(queryOf(text)).toMatchObject({ record: 'deal', closeFrom: from, closeTo: to });
  });

  it.each([
    // Amounts between two figures stay amounts.
    ['deals between 50k and 100k', { minAmount: 50_000, maxAmount: 100_000 }],
    // One day alone keeps its reading: from today up to it ("before" leaves the day out, fifteenth round).
    ['deals of mine closing before 31/12', { closeFrom: '2026-12-04', closeTo: '2026-12-30' }],
  ])('unchanged: %s', (text, wanted) => {
    expect(queryOf(text)).toMatchObject(wanted);
  });

  it('a choice between two things is no window', () => {
    expect(
      extractPeriodsAndDates('the difference between business and enterprise', { now: NOW, timeZone: 'UTC' })
        .periods,
    ).toEqual([]);
  });
});

describe('the user’s zone decides an all-digit pair nothing else decides', () => {
  const spanIn = (text: string, timeZone: string) =>
    extractPeriodsAndDates(text, { now: NOW, timeZone }).periods[0];

  it.each([
    ['America/Chicago', '2027-02-01', '2027-03-01'],
    ['America/Los_Angeles', '2027-02-01', '2027-03-01'],
    ['Europe/London', '2027-01-02', '2027-01-03'],
    ['Europe/Berlin', '2027-01-02', '2027-01-03'],
    ['Australia/Sydney', '2027-01-02', '2027-01-03'],
  ])('between 02/01 and 03/01 in %s → %s..%s', (zone, start, end) => {
    expect(spanIn('deals closing between 02/01 and 03/01', zone)).toMatchObject({ start, end });
  });

  it('a day above 12 decides for both days, in any zone', () => {
    for (const zone of ['America/Chicago', 'Europe/London'])
      expect(spanIn('between 01/01 and 31/01', zone)).toMatchObject({
        start: '2027-01-01',
        end: '2027-01-31',
      });
  });

  it('looking back, the span is the last one', () => {
    expect(
      extractPeriodsAndDates('won between 1 oct and 15 oct', { now: NOW, timeZone: 'UTC', prefer: 'past' })
        .periods[0],
    ).toMatchObject({ start: '2026-10-01', end: '2026-10-15' });
  });
});
