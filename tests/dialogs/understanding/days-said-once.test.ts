import { recordQuestionReader } from '../../fixtures/record-question-reader';

// Issue 19, eleventh round (W9-D): one day said in a question about deals closing or about logged
// activity. "what is closing next friday" listed every open deal (only "on friday" was a day) and
// "meetings on dec 2", asked on 4 December, read 2 December 2027 and listed every meeting.
/** Friday 4 December 2026, as in the conversation evaluation. */
const NOW = new Date('2026-12-04T15:00:00Z');
const { queryOf, entitiesOf } = recordQuestionReader(NOW, {
  accounts: [{ id: 'acc-acme', name: 'Acme Corporation' }],
});

describe('deals closing on one day said right after the verb', () => {
  it.each([
    ['what is closing next friday', '2026-12-11'],
    ['anything closing tomorrow?', '2026-12-05'],
    ['which deals close next monday', '2026-12-07'],
    ['deals closing on the 18th', '2026-12-18'],
    ['what closes dec 15', '2026-12-15'],
    ['my deals that are closing next tuesday', '2026-12-08'],
  ])('%s → open deals closing on %s', (text, day) => {
    expect(queryOf(text)).toMatchObject({ record: 'deal', closeFrom: day, closeTo: day });
  });

  it('a window up to a day stays a window', () => {
    // "before" leaves the day out (fifteenth round, w16x).
    expect(queryOf('what can still close before the 31st')).toMatchObject({
      record: 'deal',
      closeFrom: '2026-12-04',
      closeTo: '2026-12-30',
    });
  });

  it.each([
    ['which of them close before christmas', '2026-12-24'],
    ['and which of those are closing by the 18th', '2026-12-18'],
    ['any of them close before dec 20?', '2026-12-19'],
  ])('%s → the deals shown, up to %s', (text, day) => {
    // A window said of the deals just shown narrows them as "which of them close this month" does.
    expect(queryOf(text)).toMatchObject({ record: 'deal', closeFrom: '2026-12-04', closeTo: day });
  });

  it.each(['does that one close before christmas?', 'is that deal closing by the 18th'])(
    '%s → no window over one deal',
    (text) => {
      const query = queryOf(text);
      expect(query?.record === 'deal' && query.closeTo !== undefined).toBe(false);
    },
  );

  it.each([
    'when does the acme deal close? tomorrow?',
    'deals i closed yesterday',
    'when is my next deal closing',
  ])('%s → no one-day close window ahead', (text) => {
    const query = queryOf(text);
    expect(
      query?.record === 'deal' && query.closeFrom !== undefined && query.closeFrom === query.closeTo,
    ).toBe(false);
  });
});

describe('a day of the month just past, said with no verb, is this year’s', () => {
  it.each([
    ['meetings on dec 2', '2026-12-02'],
    ['calls on nov 30', '2026-11-30'],
    ['show me my emails from december 1st', '2026-12-01'],
    ['my meetings on 3 dec', '2026-12-03'],
    ['notes on nov 20', '2026-11-20'],
    ['any meetings with acme on dec 1?', '2026-12-01'],
  ])('%s → logged activity on %s', (text, day) => {
    expect(queryOf(text)).toMatchObject({ record: 'interaction', occurredFrom: day, occurredTo: day });
  });

  it.each([
    // a day ahead this year, or one far back that next year's is nearer, is still read forward
    ['meetings on dec 20', '2026-12-20'],
    ['deals closing on jan 15', '2027-01-15'],
    ['close date june 3', '2027-06-03'],
    // a day said for something to come is ahead
    ['remind me on dec 2 to call acme', '2027-12-02'],
  ])('%s → %s', (text, day) => {
    expect(entitiesOf(text).dates[0]?.date).toBe(day);
  });
});
