import { extractPeriodsAndDates } from '../../../src/dialogs/understanding/entities/periods';

/**
 * A weekday said alone is read by the tense of the question: "last friday", or "friday" in a question
 * about what happened, is the latest one (today included for a bare weekday, not for "last"); "next
 * friday", "by friday", or a weekday in a question about what is coming stays ahead.
 */
const FRIDAY = new Date('2026-12-04T15:00:00Z'); // Friday 4 December 2026
const WEDNESDAY = new Date('2026-12-02T15:00:00Z'); // Wednesday 2 December 2026

const dateOf = (text: string, now: Date, prefer?: 'future' | 'past') =>
  extractPeriodsAndDates(text, { now, timeZone: 'UTC', ...(prefer ? { prefer } : {}) }).dates[0]?.date;

describe('a weekday in a question about the past is the latest one, in one about the future the next', () => {
  it.each([
    // "last <weekday>": the one before today, never today.
    ['what did i do last friday', FRIDAY, '2026-11-27'],
    ['last friday', FRIDAY, '2026-11-27'],
    ['calls i logged last monday', FRIDAY, '2026-11-30'],
    ['who did i email last thursday', FRIDAY, '2026-12-03'],
    ['meetings this past tuesday', FRIDAY, '2026-12-01'],
    ['what happened previous wednesday', FRIDAY, '2026-12-02'],
    ['last saturday', FRIDAY, '2026-11-28'],
    ['last sunday', FRIDAY, '2026-11-29'],
    ['what did we win last friday', WEDNESDAY, '2026-11-27'],
    ['last wednesday', WEDNESDAY, '2026-11-25'],
    // A bare weekday in a past-tense question: today or the latest before it.
    ['what did we close on friday', FRIDAY, '2026-12-04'],
    ['who did i call on monday', FRIDAY, '2026-11-30'],
    ['deals won on tuesday', FRIDAY, '2026-12-01'],
    ['which calls were logged thursday', FRIDAY, '2026-12-03'],
    ['what happened on saturday', FRIDAY, '2026-11-28'],
    ['did i meet anyone on sunday', FRIDAY, '2026-11-29'],
    ['emails i sent on friday', WEDNESDAY, '2026-11-27'],
    // A day said forward, or a question about what is coming: ahead.
    ['next friday', FRIDAY, '2026-12-11'],
    ['what is closing next monday', FRIDAY, '2026-12-07'],
    ['remind me to call acme on monday', FRIDAY, '2026-12-07'],
    ['which deals close by friday', WEDNESDAY, '2026-12-04'],
    ['schedule a call for thursday', WEDNESDAY, '2026-12-03'],
    ['what do i have on tuesday', WEDNESDAY, '2026-12-08'],
    ['follow up with initech next wednesday', WEDNESDAY, '2026-12-09'],
    ['what will close by friday', FRIDAY, '2026-12-11'],
    ['talked pricing, he wants a revised quote by friday', WEDNESDAY, '2026-12-04'],
    ['i met kevin, we said we would sign until monday', WEDNESDAY, '2026-12-07'],
  ])('%s (%s) → %s', (text, now, date) => {
    expect(dateOf(text, now)).toBe(date);
  });

  // A reader asking for past days (the audit log, logged activity) takes a bare weekday as the latest
  // one too, and still reads "next" forward.
  it.each([
    ['monday', FRIDAY, '2026-11-30'],
    ['friday', FRIDAY, '2026-12-04'],
    ['last friday', FRIDAY, '2026-11-27'],
    ['next monday', FRIDAY, '2026-12-07'],
  ])('%s (%s, prefer past) → %s', (text, now, date) => {
    expect(dateOf(text, now, 'past')).toBe(date);
  });

  // Days with a month or a number are not weekdays said alone and stay as they were read.
  it.each([
    ['what did we close on dec 1', FRIDAY, '2026-12-01'],
    ['deals closing on 10 december', FRIDAY, '2026-12-10'],
    ['did anyone close anything yesterday', FRIDAY, '2026-12-03'],
    ['due tomorrow', FRIDAY, '2026-12-05'],
  ])('%s (%s) → %s', (text, now, date) => {
    expect(dateOf(text, now)).toBe(date);
  });
});
