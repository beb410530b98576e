import { extractPeriodsAndDates } from '../../../src/dialogs/understanding/entities/periods';

/**
 * Issue 19, eighteenth round (w19t): a day of a month said without a year, just past, is this
 * year's ("which of my tasks were due on dec 1", "tasks due on 2 december" asked on 4 December),
 * not next year's; a day said ahead ("next", "by", "remind me", "will") or further back than a month
 * keeps its reading. Wordings written for this test.
 */
const FRIDAY = new Date('2026-12-04T15:00:00Z'); // Friday 4 December 2026

const dateOf = (text: string) =>
  extractPeriodsAndDates(text, { now: FRIDAY, timeZone: 'UTC' }).dates[0]?.date;

describe('a day of a month just past, said without a year', () => {
  it.each([
    ['which of my tasks were due on dec 1', '2026-12-01'],
    ['tasks due on 2 december', '2026-12-02'],
    ['what was due on the 1st of december', '2026-12-01'],
    ['anything due dec 3?', '2026-12-03'],
    ['which deals were due to close on 30 november', '2026-11-30'],
    ['what happened on 2 december', '2026-12-02'],
    ['meetings on dec 2', '2026-12-02'],
    ['deals closed on 2 december', '2026-12-02'],
    // A day of the month alone in a question about what happened: the latest one.
    ['cases opened on the 3rd', '2026-12-03'],
    ['what did i log on the 2nd', '2026-12-02'],
    ['who did we call on the 28th', '2026-11-28'],
  ])('%s → %s', (text, date) => expect({ text, date: dateOf(text) }).toEqual({ text, date }));

  it.each([
    // Ahead by its words, or today and later this month.
    ['tasks due by dec 1', '2027-12-01'],
    ['remind me on dec 2 to call acme', '2027-12-02'],
    ['what will be due on dec 2', '2027-12-02'],
    ['tasks due on dec 10', '2026-12-10'],
    ['deals closing on 12 december', '2026-12-12'],
    // More than a month back with no past tense: ahead, as before.
    ['tasks due on 2 october', '2027-10-02'],
    ['deals closing on the 14th', '2026-12-14'],
    ['tasks due on the 3rd', '2027-01-03'],
  ])('%s → %s (unchanged)', (text, date) => expect({ text, date: dateOf(text) }).toEqual({ text, date }));
});
