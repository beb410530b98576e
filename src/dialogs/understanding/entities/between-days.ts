import { MONTH_NAMES } from '../../../core/month-names';
import { isoDay, type CalendarDay } from './calendar-day';
import { monthComesFirstIn } from './day-order';

const MONTH_WORD = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
/** One day as written: "31/01", "1/1/2027", "1 jan", "the 1st of january", "jan 31st", "january 31, 2027". */
const DAY = String.raw`(?:\d{1,2}\/\d{1,2}(?:\/(?:\d{4}|\d{2}))?|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_WORD}(?:,?\s+\d{4})?|${MONTH_WORD}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)`;

/**
 * Two days around "and"/"to" after "between" or "from": "between 01/01 and 31/01", "from 1 jan to
 * 31 jan", "between jan 1st and jan 31st", "from 1/12 till 15/12"; or two days around "to",
 * "through" or a dash alone ("closing 12/20 to 12/31", "12/20-12/31", "dec 20 thru jan 5"; "and"
 * alone joins two days, not a span). Groups 1 and 2, or 3 and 4, are the days.
 */
export const BETWEEN_DAYS = new RegExp(
  String.raw`\b(?:(?:betwee?n|from)\s+(${DAY})\s*(?:and|to|till|until|thru|through|-|–)\s*(?:the\s+)?(${DAY})|(?<![\w/])(${DAY})\s*(?:to|till|until|thru|through|-|–)\s*(?:the\s+)?(${DAY}))(?![\w/])`,
  'g',
);

interface SaidDay {
  /** The two numbers of an all-digit day in the order written, or the day and month of a named month. */
  readonly numbers?: readonly [number, number];
  readonly day?: number;
  readonly month?: number;
  readonly year?: number;
}

function saidDay(text: string): SaidDay {
  const digits = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?$/.exec(text);
  const yearOf = (year: string | undefined) =>
    year === undefined ? undefined : year.length === 2 ? 2000 + Number(year) : Number(year);
  if (digits) return { numbers: [Number(digits[1]), Number(digits[2])], year: yearOf(digits[3]) };
  const monthWord = new RegExp(MONTH_WORD).exec(text)![0];
  const day = /(\d{1,2})(?:st|nd|rd|th)?(?!\d)/.exec(text.replace(/\d{4}/, ''))![1]!;
  return {
    day: Number(day),
    month: MONTH_NAMES.findIndex((name) => name.startsWith(monthWord.slice(0, 3))) + 1,
    year: yearOf(/\b(\d{4})\b/.exec(text)?.[1]),
  };
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The span between two days said in a message, both ends included. All-digit days are read day
 * first or month first as one pair: a number above 12 in either place decides for both
 * ("01/01 and 31/01" is the 1st to the 31st of January anywhere), and where nothing decides, the
 * user's time zone does (see `monthComesFirstIn`). With no year said, the year is the one that puts
 * the span ahead of (or around) today, or behind it when the question looks back (`prefer: 'past'`);
 * an end before its start is in the next year ("between 15/12 and 15/01").
 */
export function spanBetweenDays(
  first: string,
  second: string,
  today: CalendarDay,
  options: { timeZone: string; prefer?: 'future' | 'past' },
): { start: string; end: string } | undefined {
  const ends = [saidDay(first), saidDay(second)];
  const pairs = ends.flatMap((end) => (end.numbers ? [end.numbers] : []));
  const dayFirst = pairs.some(([a]) => a > 12)
    ? true
    : pairs.some(([, b]) => b > 12)
      ? false
      : !monthComesFirstIn(options.timeZone);
  const dayAndMonth = ends.map((end) =>
    end.numbers
      ? dayFirst
        ? { day: end.numbers[0], month: end.numbers[1], year: end.year }
        : { day: end.numbers[1], month: end.numbers[0], year: end.year }
      : { day: end.day!, month: end.month!, year: end.year },
  );
  const [from, to] = dayAndMonth as [(typeof dayAndMonth)[0], (typeof dayAndMonth)[0]];
  if ([from, to].some((d) => d.month < 1 || d.month > 12 || d.day < 1)) return undefined;
  let startYear = from.year ?? to.year ?? today.year;
  const wraps = to.month < from.month || (to.month === from.month && to.day < from.day);
  let endYear =
    to.year ?? (from.year !== undefined ? from.year + (wraps ? 1 : 0) : startYear + (wraps ? 1 : 0));
  if (from.year === undefined && to.year === undefined) {
    const endIso = isoDay({ year: endYear, month: to.month, day: 1 });
    const startIso = isoDay({ year: startYear, month: from.month, day: 1 });
    const todayMonth = isoDay({ ...today, day: 1 });
    if ((options.prefer ?? 'future') === 'future' && endIso < todayMonth) {
      startYear += 1;
      endYear += 1;
    } else if (options.prefer === 'past' && startIso > todayMonth) {
      startYear -= 1;
      endYear -= 1;
    }
  }
  if (from.day > daysIn(startYear, from.month) || to.day > daysIn(endYear, to.month)) return undefined;
  const start = isoDay({ year: startYear, month: from.month, day: from.day });
  const end = isoDay({ year: endYear, month: to.month, day: to.day });
  return start <= end ? { start, end } : undefined;
}
