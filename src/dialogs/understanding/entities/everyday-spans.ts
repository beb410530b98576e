import { MONTH_NAMES } from '../../../core/month-names';
import { addDays, addMonths, isoDay, weekday, type CalendarDay } from './calendar-day';
import { readsBack } from './day-tense';
import { holidayDate } from './holidays';

/** A span of days a rule resolves to (the period parser's shape without its text). */
export interface SaidSpan {
  readonly start: string;
  readonly end: string;
  readonly granularity: 'week' | 'month' | 'quarter' | 'half' | 'year' | 'span';
}

/** One everyday way of saying a span of days, and how it resolves against today. */
export interface EverydaySpanRule {
  readonly pattern: RegExp;
  readonly resolve: (
    match: RegExpExecArray,
    today: CalendarDay,
    context: { readonly fiscalYearStartMonth?: number; readonly prefer?: 'future' | 'past' },
  ) => SaidSpan | undefined;
}

const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;

/** Holidays said as the edge of a week ("the week before christmas"): the words `holidayDate` reads. */
const HOLIDAY_WORDS = String.raw`(christmas\s+eve|xmas\s+eve|christmas(?:\s+day)?|xmas|new\s+year'?s\s+eve|new\s+year'?s(?:\s+day)?|halloween|valentine'?s(?:\s+day)?)`;

function monthNumber(word: string): number {
  return MONTH_NAMES.findIndex((name) => name.startsWith(word.slice(0, 3))) + 1;
}

function span(start: CalendarDay, end: CalendarDay, granularity: SaidSpan['granularity'] = 'span'): SaidSpan {
  return { start: isoDay(start), end: isoDay(end), granularity };
}

function fiscalYearStart(today: CalendarDay, startMonth: number): CalendarDay {
  return { year: today.month >= startMonth ? today.year : today.year - 1, month: startMonth, day: 1 };
}

/** The first day of the unit of time ("year", "quarter", "month", "week") today is in. */
function startOfUnit(unit: string, today: CalendarDay, fiscalStart: number): CalendarDay {
  if (unit.startsWith('w')) return addDays(today, 1 - weekday(today));
  if (unit.startsWith('m')) return { ...today, day: 1 };
  const yearStart = fiscalYearStart(today, fiscalStart);
  if (unit.startsWith('y') || unit === 'fy' || unit.startsWith('fiscal')) return yearStart;
  const monthsIn = (today.month - yearStart.month + 12) % 12;
  return addMonths(yearStart, 3 * Math.floor(monthsIn / 3));
}

function dayOf(iso: string): CalendarDay {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/**
 * Spans of days said in everyday words, read before single months and days so their parts are not
 * read alone:
 * - "since the start of the year", "since the beginning of this quarter", "since the start of the
 *   month": from the first day of that unit up to today;
 * - "since september", "since the start of march", "since jan 2026": from the first of the latest
 *   such month (this year's when it has begun, else last year's) up to today;
 * - "between march and june", "from jan to mar", "march through june", "oct-dec": the whole months
 *   from the first to the last, in the year that puts them behind today when the question looks back,
 *   else the one that keeps the last month ahead;
 * - "the week before christmas", "the week after new year's": the seven days before (or after) the
 *   holiday, which holds both readings' days nearest to it.
 */
export const EVERYDAY_SPAN_RULES: readonly EverydaySpanRule[] = [
  {
    pattern:
      /\bsince\s+(?:the\s+)?(?:start|beginning)\s+of\s+(?:the\s+|this\s+)?(year|yr|quarter|qtr|month|week|fiscal\s+year|fy)\b/g,
    resolve: (match, today, context) =>
      span(startOfUnit(match[1]!, today, context.fiscalYearStartMonth ?? 1), today),
  },
  {
    pattern: new RegExp(
      String.raw`\bsince\s+(?:the\s+(?:start|beginning)\s+of\s+)?${MONTH}(?:\s+(\d{4}))?\b(?!\s*\d)`,
      'g',
    ),
    resolve: (match, today) => {
      const month = monthNumber(match[1]!);
      const year = match[2] ? Number(match[2]) : month <= today.month ? today.year : today.year - 1;
      const first = { year, month, day: 1 };
      return isoDay(first) <= isoDay(today) ? span(first, today) : undefined;
    },
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:(betwee?n|from)\s+)?${MONTH}(?:\s+(\d{4}))?\s*(and|to|till|until|thru|through|-|–)\s*${MONTH}(?:\s+(\d{4}))?\b(?!\s*\d)`,
      'g',
    ),
    resolve: (match, today, context) => {
      const [, lead, fromWord, fromYear, joint, toWord, toYear] = match;
      // "march and june" alone are two months, not a span; "may to june" needs no lead, "may and" does.
      if (joint === 'and' && !lead) return undefined;
      if (!lead && fromWord === 'may' && !fromYear) return undefined;
      const from = monthNumber(fromWord!);
      const to = monthNumber(toWord!);
      const wraps = to < from;
      let startYear: number;
      if (fromYear) startYear = Number(fromYear);
      else if (toYear) startYear = Number(toYear) - (wraps ? 1 : 0);
      else if (readsBack(context.prefer, match.input ?? '')) {
        // The latest such months that have begun.
        startYear = from <= today.month ? today.year : today.year - 1;
      } else {
        // The months whose last one is not behind today.
        const endYear = to >= today.month ? today.year : today.year + 1;
        startYear = endYear - (wraps ? 1 : 0);
      }
      const first = { year: startYear, month: from, day: 1 };
      const lastMonth = { year: toYear ? Number(toYear) : startYear + (wraps ? 1 : 0), month: to, day: 1 };
      if (isoDay(lastMonth) < isoDay(first)) return undefined;
      return span(first, addDays(addMonths(lastMonth, 1), -1), from === to ? 'month' : 'span');
    },
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:the\s+)?week\s+(before|after|leading\s+up\s+to|running\s+up\s+to|following)\s+${HOLIDAY_WORDS}\b`,
      'g',
    ),
    resolve: (match, today, context) => {
      const before = match[1] !== 'after' && match[1] !== 'following';
      const past = readsBack(context.prefer, match.input ?? '');
      const holiday = dayOf(holidayDate(match[2]!, today, past));
      return before
        ? span(addDays(holiday, -7), addDays(holiday, -1))
        : span(addDays(holiday, 1), addDays(holiday, 7));
    },
  },
];
