import * as chrono from 'chrono-node';
import { MONTH_NAMES } from '../../../core/month-names';
import {
  addDays,
  addMonths,
  calendarDayIn,
  isoDay,
  utcOffsetMinutes,
  weekday,
  type CalendarDay,
} from './calendar-day';
import { numberSaid, numberWordsBetween } from '../../../vocabulary';
import { BETWEEN_DAYS, spanBetweenDays } from './between-days';
import { dayByTense, readsBack } from './day-tense';
import { HOLIDAY, holidayDate } from './holidays';
import { EVERYDAY_SPAN_RULES } from './everyday-spans';

/** A stretch of calendar days a message refers to ("Q3", "this quarter", "last 30 days", "in May"). */
export interface PeriodMention {
  readonly text: string;
  /** First day, `YYYY-MM-DD`, in the user's time zone. */
  readonly start: string;
  /** Last day (inclusive), `YYYY-MM-DD`. */
  readonly end: string;
  readonly granularity: 'week' | 'month' | 'quarter' | 'half' | 'year' | 'span';
  /**
   * The instant the period starts at, when it was said in hours ("in the last 48 hours"): its
   * first day is that instant's day, and what counts starts at the instant itself.
   */
  readonly since?: string;
}

/** One day (and maybe a time) a message refers to ("next Friday", "May 5", "tomorrow at 9"). */
export interface DateMention {
  readonly text: string;
  /** `YYYY-MM-DD` in the user's time zone. */
  readonly date: string;
  /** The instant, when the message gave a time of day. */
  readonly instant?: string;
}

/** What period and date parsing needs to know about the user. */
export interface CalendarContext {
  readonly now: Date;
  /** IANA time zone of the user, e.g. `Europe/Berlin`. */
  readonly timeZone: string;
  /** Month (1–12) the fiscal year starts in; quarters and halves follow it. Default 1. */
  readonly fiscalYearStartMonth?: number;
  /** Whether a bare month or weekday means the next one (default, as in "follow up in May") or the last one. */
  readonly prefer?: 'future' | 'past';
}

const MONTH_PATTERN = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;

function monthIndex(word: string): number {
  return MONTH_NAMES.findIndex((name) => name.startsWith(word.slice(0, 3)));
}

function lastDayOf(firstOfMonth: CalendarDay, months: number): CalendarDay {
  return addDays(addMonths(firstOfMonth, months), -1);
}

function fullYear(text: string | undefined, fallback: number): number {
  if (!text) return fallback;
  const year = Number(text);
  return text.length === 2 ? 2000 + year : year;
}

interface Rule {
  readonly pattern: RegExp;
  readonly resolve: (
    match: RegExpExecArray,
    today: CalendarDay,
    context: CalendarContext,
  ) => Omit<PeriodMention, 'text'> | undefined;
}

function fiscalYearStart(today: CalendarDay, startMonth: number): CalendarDay {
  return { year: today.month >= startMonth ? today.year : today.year - 1, month: startMonth, day: 1 };
}

function span(
  start: CalendarDay,
  end: CalendarDay,
  granularity: PeriodMention['granularity'],
): Omit<PeriodMention, 'text'> {
  return { start: isoDay(start), end: isoDay(end), granularity };
}

function quarterPeriod(yearStart: CalendarDay, quarter: number): Omit<PeriodMention, 'text'> {
  const first = addMonths(yearStart, 3 * (quarter - 1));
  return span(first, lastDayOf(first, 3), 'quarter');
}

const RELATIVE_STEP: Record<string, number> = {
  this: 0,
  current: 0,
  next: 1,
  coming: 1,
  last: -1,
  previous: -1,
  past: -1,
};

/** Ordinal words of a quarter or half ("the first quarter", "2nd half") and their number. */
export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
};

/** Counts said in words before a unit of time ("the last two weeks", "the past couple of months"). */
const COUNT_SAID = String.raw`${numberWordsBetween(1, 12)}|couple of|couple`;

function countOf(said: string): number {
  return said.startsWith('couple') ? 2 : (numberSaid(said) ?? NaN);
}

const RULES: Rule[] = [
  {
    // "between 01/01 and 31/01", "from 1 jan to 31 jan": the days between, both included. Read first,
    // so neither day is read as a month or a single day.
    pattern: BETWEEN_DAYS,
    resolve: (match, today, context) => {
      const between = spanBetweenDays(match[1] ?? match[3]!, match[2] ?? match[4]!, today, context);
      return between && { ...between, granularity: 'span' };
    },
  },
  {
    // "between the 1st and the 3rd", "from the 20th to the 25th (of november)": two days of one
    // month said as ordinals, the month said after the second or else the one that puts the days
    // ahead of today (behind it when the question looks back).
    pattern: new RegExp(
      String.raw`\b(?:betwee?n|from)\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s*(?:and|to|till|until|thru|through|-|–)\s*(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b(?:\s+(?:of\s+)?${MONTH_PATTERN}\b)?`,
      'g',
    ),
    resolve: (match, today, context) => {
      const [first, last] = [Number(match[1]), Number(match[2])];
      if (first < 1 || last > 31 || first > last) return undefined;
      const named = match[3] ? monthIndex(match[3]) + 1 : undefined;
      const past = context.prefer === 'past';
      let month = { year: today.year, month: named ?? today.month, day: 1 };
      if (named !== undefined) {
        // The month named: this year's, or the year that puts it on the side of today asked.
        if (past && named > today.month) month = { ...month, year: today.year - 1 };
        if (!past && named < today.month) month = { ...month, year: today.year + 1 };
      } else if (past && first > today.day) month = addMonths(month, -1);
      else if (!past && last < today.day) month = addMonths(month, 1);
      if (last > lastDayOf(month, 1).day) return undefined;
      return span({ ...month, day: first }, { ...month, day: last }, 'span');
    },
  },
  // "since september", "between march and june", "the week before christmas": spans in everyday words.
  ...EVERYDAY_SPAN_RULES,
  {
    // "the week of the 14th", "week of dec 14", "the week starting the 7th of january", "week of 14
    // december": the calendar week (Monday to Sunday) that holds that day. A day said alone is the
    // next one with that number (the last one when the question looks back), as "on the 14th" is.
    pattern: new RegExp(
      String.raw`\b(?:the\s+)?week\s+(?:of|starting|beginning|commencing)\s+(?:(?:mon(?:day)?\s+)?(?:the\s+)?(\d{1,2})(st|nd|rd|th)?(?:\s+(?:of\s+)?${MONTH_PATTERN})?|${MONTH_PATTERN}\.?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?)\b`,
      'g',
    ),
    resolve: (match, today, context) => {
      const [, dayBefore, suffix, monthAfter, monthBefore, dayAfter] = match;
      const number = Number(dayBefore ?? dayAfter);
      const monthWord = monthAfter ?? monthBefore;
      // "week of 14" with no month nor "th" is not a day.
      if (number < 1 || number > 31 || (!monthWord && !suffix)) return undefined;
      const past = readsBack(context.prefer, match.input ?? '');
      let day: CalendarDay | undefined;
      if (monthWord) {
        const month = monthIndex(monthWord) + 1;
        let year = today.year;
        if (past && month > today.month) year -= 1;
        if (!past && month < today.month) year += 1;
        if (number > lastDayOf({ year, month, day: 1 }, 1).day) return undefined;
        day = { year, month, day: number };
      } else {
        const iso = past ? lastDayOfMonth(today, number) : nextDayOfMonth(today, number);
        if (!iso) return undefined;
        const [year, month, date] = iso.split('-').map(Number) as [number, number, number];
        day = { year, month, day: date };
      }
      const monday = addDays(day, 1 - weekday(day));
      return span(monday, addDays(monday, 6), 'week');
    },
  },
  {
    // "in the last 48 hours", "past 24 hrs", "the last hour": from that instant to now, its days.
    pattern: new RegExp(
      String.raw`\b(?:last|past|previous)\s+(?:(\d{1,3}|${COUNT_SAID})\s+)?(hours?|hrs?)\b`,
      'g',
    ),
    resolve: (match, today, context) => {
      const hours = match[1] ? countOf(match[1]) : 1;
      if (hours < 1 || (!match[1] && /s$/.test(match[2]!))) return undefined;
      const since = new Date(context.now.getTime() - hours * 3_600_000);
      return { ...span(calendarDayIn(since, context.timeZone), today, 'span'), since: since.toISOString() };
    },
  },
  {
    // "over the weekend", "last weekend", "this weekend": Saturday and Sunday. Said with "the", the
    // weekend just gone when the question looks back, else the coming one (today's when it is one).
    pattern:
      /\b(?:(this|last|past|previous|next|coming)\s+weekend|(?:over|during|on|at|from|across|for)\s+the\s+weekend)\b/g,
    resolve: (match, today, context) => {
      const which = match[1];
      const day = weekday(today);
      const thisSaturday = addDays(today, 6 - day);
      const back =
        which === 'last' || which === 'past' || which === 'previous' || (!which && context.prefer === 'past');
      if (!back)
        return span(day >= 6 ? addDays(today, 6 - day) : thisSaturday, addDays(thisSaturday, 1), 'span');
      // Looking back: the weekend just gone ("over the weekend" on a Sunday is this one, so far).
      const saturday =
        day === 7 && !which ? addDays(today, -1) : day === 6 && !which ? today : addDays(thisSaturday, -7);
      return span(saturday, addDays(saturday, 1), 'span');
    },
  },
  {
    // A quarter or half with its year in words or digits: "Q1 next year", "the first quarter of
    // 2027", "second half of last year", "Q3 this year". Read before "next year" on its own, so the
    // quarter is of that year (not the whole year, nor the quarter of the current one).
    pattern:
      /\b(?:q([1-4])|h([12])|(first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:fiscal\s+)?(quarter|qtr|half))(?:\s+(?:of\s+)?(?:the\s+)?(?:(this|current|next|coming|last|previous)\s+(?:fiscal\s+)?year|(?:fy\s*)?'?(\d{4})))?\b/g,
    resolve: (match, today, context) => {
      const [, q, h, ordinal, unit, relative, digits] = match;
      // "Q1", "H2", "Q1 2027" alone are the next rules' (bare quarters keep their own reading).
      if (!ordinal && !relative) return undefined;
      const startMonth = context.fiscalYearStartMonth ?? 1;
      const base = fiscalYearStart(today, startMonth);
      const year = digits ? Number(digits) : base.year + (relative ? RELATIVE_STEP[relative]! : 0);
      const yearStart = { year, month: startMonth, day: 1 };
      const number = q ? Number(q) : h ? Number(h) : ORDINALS[ordinal!]!;
      if (h || unit === 'half') {
        if (number > 2) return undefined;
        const first = addMonths(yearStart, 6 * (number - 1));
        return span(first, lastDayOf(first, 6), 'half');
      }
      return quarterPeriod(yearStart, number);
    },
  },
  {
    // A month with its year said relatively: "november last year", "march of next year", "october
    // this year". Read before "last year" on its own, so the month is of that year (not the year).
    pattern: new RegExp(
      String.raw`\b${MONTH_PATTERN}\s+(?:of\s+)?(?:the\s+)?(this|current|next|coming|last|previous)\s+(?:year|yr)\b`,
      'g',
    ),
    resolve: (match, today) => {
      const first = {
        year: today.year + RELATIVE_STEP[match[2]!]!,
        month: monthIndex(match[1]!) + 1,
        day: 1,
      };
      return span(first, lastDayOf(first, 1), 'month');
    },
  },
  {
    // "this fortnight", "the next fortnight", "the last fortnight": fourteen days from or to today.
    pattern: /\b(?:(this|next|coming|last|past|previous)\s+)fortnight\b/g,
    resolve: (match, today) =>
      ['last', 'past', 'previous'].includes(match[1]!)
        ? span(addDays(today, -13), today, 'span')
        : span(today, addDays(today, 13), 'span'),
  },
  {
    // Chat shorthand too: "this yr", "last wk", "next mth".
    pattern:
      /\b(this|current|next|coming|last|previous)\s+(week|wk|month|mth|quarter|qtr|year|yr|fy|fiscal year)\b/g,
    resolve: (match, today, context) => {
      const step = RELATIVE_STEP[match[1]!]!;
      const unit = match[2]!;
      if (unit === 'week' || unit === 'wk') {
        const monday = addDays(today, 1 - weekday(today) + 7 * step);
        return span(monday, addDays(monday, 6), 'week');
      }
      if (unit === 'month' || unit === 'mth') {
        const first = addMonths({ ...today, day: 1 }, step);
        return span(first, lastDayOf(first, 1), 'month');
      }
      const yearStart = fiscalYearStart(today, context.fiscalYearStartMonth ?? 1);
      if (unit === 'quarter' || unit === 'qtr') {
        const monthsIn = (today.month - yearStart.month + 12) % 12;
        const first = addMonths(yearStart, 3 * Math.floor(monthsIn / 3) + 3 * step);
        return span(first, lastDayOf(first, 3), 'quarter');
      }
      const first = addMonths(yearStart, 12 * step);
      return span(first, lastDayOf(first, 12), 'year');
    },
  },
  {
    pattern: /\b(?:fy\s*'?(\d{2}|\d{4})\s+)?q([1-4])(?:\s*(?:fy\s*)?'?(\d{4}|\d{2}))?\b/g,
    resolve: (match, today, context) => {
      const startMonth = context.fiscalYearStartMonth ?? 1;
      const base = fiscalYearStart(today, startMonth);
      const year = fullYear(match[1] ?? match[3], base.year);
      return quarterPeriod({ year, month: startMonth, day: 1 }, Number(match[2]));
    },
  },
  {
    pattern: /\b(?:h([12])|(first|second) half)(?:\s+(?:of\s+)?(\d{4}))?\b/g,
    resolve: (match, today, context) => {
      const startMonth = context.fiscalYearStartMonth ?? 1;
      const base = fiscalYearStart(today, startMonth);
      const half = match[1] ? Number(match[1]) : match[2] === 'first' ? 1 : 2;
      const first = addMonths(
        { year: fullYear(match[3], base.year), month: startMonth, day: 1 },
        6 * (half - 1),
      );
      return span(first, lastDayOf(first, 6), 'half');
    },
  },
  {
    // "last 30 days", "the past two weeks", "next three months", "the last couple of weeks".
    pattern: new RegExp(
      String.raw`\b(last|past|previous|next|coming)\s+(\d{1,3}|${COUNT_SAID})\s+(days?|weeks?|months?)\b`,
      'g',
    ),
    resolve: (match, today) => {
      const count = countOf(match[2]!);
      const days = match[3]!.startsWith('day') ? count : match[3]!.startsWith('week') ? 7 * count : 0;
      const forward = match[1] === 'next' || match[1] === 'coming';
      if (days > 0)
        return forward
          ? span(today, addDays(today, days - 1), 'span')
          : span(addDays(today, 1 - days), today, 'span');
      const shifted = addMonths({ ...today, day: 1 }, forward ? count : -count);
      const sameDay = addDays(shifted, Math.min(today.day, lastDayOf(shifted, 1).day) - 1);
      return forward ? span(today, addDays(sameDay, -1), 'span') : span(addDays(sameDay, 1), today, 'span');
    },
  },
  {
    pattern: /\b(ytd|year to date|qtd|quarter to date|mtd|month to date)\b/g,
    resolve: (match, today, context) => {
      const kind = match[1]!;
      const yearStart = fiscalYearStart(today, context.fiscalYearStartMonth ?? 1);
      if (kind.startsWith('y')) return span(yearStart, today, 'span');
      if (kind.startsWith('m')) return span({ ...today, day: 1 }, today, 'span');
      const monthsIn = (today.month - yearStart.month + 12) % 12;
      return span(addMonths(yearStart, 3 * Math.floor(monthsIn / 3)), today, 'span');
    },
  },
  {
    // "by EOQ", "end of the year", "by year end", "before quarter-end": from today to that end.
    pattern: /\b(?:by\s+)?(eoq|eom|eoy|end of (?:the )?(quarter|month|year)|(quarter|month|year)[- ]?end)\b/g,
    resolve: (match, today, context) => {
      const unit = match[2] ?? match[3] ?? { eoq: 'quarter', eom: 'month', eoy: 'year' }[match[1]!]!;
      if (unit === 'month') return span(today, lastDayOf({ ...today, day: 1 }, 1), 'span');
      const yearStart = fiscalYearStart(today, context.fiscalYearStartMonth ?? 1);
      if (unit === 'year') return span(today, lastDayOf(yearStart, 12), 'span');
      const monthsIn = (today.month - yearStart.month + 12) % 12;
      return span(today, lastDayOf(addMonths(yearStart, 3 * Math.floor(monthsIn / 3)), 3), 'span');
    },
  },
  {
    // "by end of jan", "until the end of march", "before february": from today up to the end of that
    // month, or up to the day before it starts ("before" leaves the month out). The month is the next
    // one with that name (this one when it is this month), or of the year said.
    pattern: new RegExp(
      String.raw`\b(?:(?:by|until|till|through|thru|before|no later than)\s+(?:the\s+)?end\s+of\s+(?:the\s+month\s+of\s+)?|(before)\s+(?:the\s+start\s+of\s+)?)${MONTH_PATTERN}(?:\s+(\d{4}))?\b(?!\s+\d)`,
      'g',
    ),
    resolve: (match, today) => {
      const [, before, word, year] = match;
      const month = monthIndex(word!) + 1;
      const resolvedYear = year ? Number(year) : month >= today.month ? today.year : today.year + 1;
      const first = { year: resolvedYear, month, day: 1 };
      const end = before ? addDays(first, -1) : lastDayOf(first, 1);
      if (isoDay(end) < isoDay(today)) return undefined;
      return span(today, end, 'span');
    },
  },
  {
    // "in May", "next June", "last march", "May 2027"; a bare "may" needs a preposition (it is also a verb).
    // A day before the month ("10 December", "the 10th of December") is a date, chrono's, not the month.
    pattern: new RegExp(
      String.raw`(?<!\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)\b(?:(in|during|for|by|until|since|of|next|last|this)\s+)?${MONTH_PATTERN}(?:\s+(\d{4}))?\b(?!\s+\d)`,
      'g',
    ),
    resolve: (match, today, context) => {
      const [, lead, word, year] = match;
      if (!lead && !year && (word === 'may' || word!.length === 3)) return undefined;
      const month = monthIndex(word!) + 1;
      let resolvedYear: number;
      if (year) resolvedYear = Number(year);
      else if (lead === 'next') resolvedYear = month > today.month ? today.year : today.year + 1;
      else if (lead === 'last' || lead === 'since')
        resolvedYear = month < today.month ? today.year : today.year - 1;
      else if (lead === 'this' || month === today.month) resolvedYear = today.year;
      else if ((context.prefer ?? 'future') === 'future')
        resolvedYear = month > today.month ? today.year : today.year + 1;
      else resolvedYear = month < today.month ? today.year : today.year - 1;
      const first = { year: resolvedYear, month, day: 1 };
      return span(first, lastDayOf(first, 1), 'month');
    },
  },
];

/**
 * Single days are looked for in the first this many characters: chrono-node tries its parsers at
 * every word, which on a 4,000-character message is several milliseconds of blocked event loop, and
 * a day that matters to a chat request ("next Friday", "on May 5") comes early.
 */
export const DATE_SEARCH_CHARS = 1000;

/** The leading part of `text` chrono reads: at most `DATE_SEARCH_CHARS`, cut before a word, not inside one. */
function dateSearchWindow(text: string): string {
  if (text.length <= DATE_SEARCH_CHARS) return text;
  const cut = text.lastIndexOf(' ', DATE_SEARCH_CHARS);
  return text.slice(0, cut > 0 ? cut : DATE_SEARCH_CHARS);
}

/**
 * Finds periods and dates in a message, relative to `now` in the user's time zone. Periods (quarters,
 * months, weeks, rolling windows, fiscal halves) are ours, because date libraries parse days, not
 * business periods; single days ("next Friday", "May 5") come from chrono-node on what is left.
 */
/** A day of the month said alone ("the 10th", "on the 3rd"), not before a month ("the 10th of December"). */
const DAY_OF_MONTH =
  /\b(?:on\s+)?the\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)/g;

/**
 * The latest day numbered `day` up to `today` (this month's when it is not ahead, else the last
 * month's that has it), for a question about what happened ("cases opened on the 3rd").
 */
function lastDayOfMonth(today: CalendarDay, day: number): string | undefined {
  for (let back = 0; back < 3; back += 1) {
    const monthIndex = today.year * 12 + today.month - 1 - back;
    const year = Math.floor(monthIndex / 12);
    const month = (monthIndex % 12) + 1;
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day > daysInMonth || (back === 0 && day > today.day)) continue;
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return undefined;
}

/** The next day numbered `day` from `today` (this month's when it is not past, else the next month's that has it). */
function nextDayOfMonth(today: CalendarDay, day: number): string | undefined {
  for (let ahead = 0; ahead < 3; ahead += 1) {
    const monthIndex = today.month - 1 + ahead;
    const year = today.year + Math.floor(monthIndex / 12);
    const month = (monthIndex % 12) + 1;
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day > daysInMonth || (ahead === 0 && day < today.day)) continue;
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return undefined;
}

/**
 * A day said after "since", which the parser reads forward ("nov 20" in December is next November,
 * "monday" next Monday): the latest such day not after today (a week earlier for a weekday, a
 * year earlier for a day of a month); none when even that is ahead.
 */
function latestDayNotAfter(
  day: CalendarDay,
  today: CalendarDay,
  weekdayOnly: boolean,
): CalendarDay | undefined {
  if (isoDay(day) <= isoDay(today)) return day;
  const earlier = weekdayOnly ? addDays(day, -7) : { ...day, year: day.year - 1 };
  return isoDay(earlier) <= isoDay(today) ? earlier : undefined;
}

export function extractPeriodsAndDates(
  text: string,
  context: CalendarContext,
): { periods: PeriodMention[]; dates: DateMention[] } {
  const today = calendarDayIn(context.now, context.timeZone);
  let remaining = text.toLowerCase();
  const found: { index: number; mention: PeriodMention }[] = [];
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    const matched: { index: number; mention: PeriodMention }[] = [];
    for (let match = rule.pattern.exec(remaining); match; match = rule.pattern.exec(remaining)) {
      const resolved = rule.resolve(match, today, context);
      if (!resolved) continue;
      matched.push({
        index: match.index,
        mention: { text: text.slice(match.index, match.index + match[0].length), ...resolved },
      });
    }
    if (matched.length === 0) continue;
    // Blank out what this rule matched so later rules and chrono do not read it again (in one pass:
    // rebuilding the text once per mention was quadratic in a message of many periods).
    const pieces: string[] = [];
    let copied = 0;
    for (const { index, mention } of matched) {
      const from = Math.max(index, copied);
      const to = index + mention.text.length;
      pieces.push(remaining.slice(copied, from), ' '.repeat(Math.max(0, to - from)));
      copied = Math.max(copied, to);
    }
    remaining = pieces.join('') + remaining.slice(copied);
    found.push(...matched);
  }
  const dates: DateMention[] = [];
  // "on the 10th", "by the 3rd": a day of the month with no month named is the next such day; in a
  // question about what happened ("cases opened on the 3rd") the latest one.
  const pastQuestion = readsBack(context.prefer, text);
  remaining = remaining.replace(DAY_OF_MONTH, (words: string, day: string, index: number) => {
    const date = pastQuestion ? lastDayOfMonth(today, Number(day)) : nextDayOfMonth(today, Number(day));
    if (!date) return words;
    dates.push({ text: text.slice(index, index + words.length), date });
    return ' '.repeat(words.length);
  });
  // "before christmas", "by new year's eve": a holiday's fixed day (chrono does not know them).
  remaining = remaining.replace(HOLIDAY, (words: string, index: number) => {
    dates.push({
      text: text.slice(index, index + words.length),
      date: holidayDate(words, today, context.prefer === 'past'),
    });
    return ' '.repeat(words.length);
  });
  const reference = { instant: context.now, timezone: utcOffsetMinutes(context.now, context.timeZone) };
  for (const result of chrono.parse(dateSearchWindow(remaining), reference, {
    forwardDate: (context.prefer ?? 'future') === 'future',
  })) {
    const instant = result.start.date();
    const said = text.slice(result.index, result.index + result.text.length);
    const day = dayByTense(calendarDayIn(instant, context.timeZone), today, {
      text,
      index: result.index,
      said,
      prefer: context.prefer,
      yearSaid: result.start.isCertain('year'),
      monthSaid: result.start.isCertain('month'),
    });
    const hasTime = result.start.isCertain('hour');
    // "last friday at 3pm": the time on the day the tense chose.
    const moved = Date.parse(isoDay(day)) - Date.parse(isoDay(calendarDayIn(instant, context.timeZone)));
    const at = new Date(instant.getTime() + moved);
    dates.push({ text: said, date: isoDay(day), ...(hasTime ? { instant: at.toISOString() } : {}) });
    // "since nov 20", "since monday": from that day (the latest such day not after today) up to today.
    if (/\bsince\s+$/.test(remaining.slice(Math.max(0, result.index - 8), result.index))) {
      const start = latestDayNotAfter(day, today, !result.start.isCertain('month'));
      if (start) found.push({ index: result.index, mention: { text: said, ...span(start, today, 'span') } });
    }
  }
  return { periods: found.sort((a, b) => a.index - b.index).map((f) => f.mention), dates };
}
