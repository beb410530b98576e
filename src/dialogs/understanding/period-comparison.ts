import type { MessageEntities } from './entities/extract-entities';
import { namedPeriod, todayIn, type RecordQuestionContext } from './record-question';

/** A period as calendar days, `YYYY-MM-DD` inclusive. */
export interface DaySpan {
  from: string;
  to: string;
}

/**
 * What a follow-up compares the last answer's period with: the same period a year before ("how does
 * that compare to last year", "and the same time last year"), the period of the same length just
 * before ("is that up or down"), or a period it names ("vs last quarter?", "better than Q3?").
 */
export type ComparedWith = { kind: 'year-before' } | { kind: 'before' } | { kind: 'named'; period: DaySpan };

/** Words that ask for a comparison. */
const COMPARING =
  /\b(?:compar\w*|vs\.?|versus|against|up or down|down or up|better|worse|more or less|higher|lower|year[- ]on[- ]year|year[- ]over[- ]year|yoy|same (?:time|period|point|quarter|month))(?=\W|$)/;
/** The same period a year before, whatever period the last answer was of. */
const YEAR_BEFORE =
  /\blast year\b|\ba year (?:ago|before|earlier)\b|\b(?:the )?(?:previous|prior) year\b|\byear[- ](?:on|over)[- ]year\b|\byoy\b/;
/** Words a comparison follow-up is made of besides its period. */
const FILLER = new Set(
  (
    'a against and are as at better compare compared compares comparing comparison did do does down doing ' +
    'for from going had has have how in is it last lower higher look looking looks more less of on or point ' +
    'period previous prior same so stack than that the then this time to up us vs versus was we were what ' +
    'with worse year yoy ok okay quarter month week over ago before earlier'
  ).split(' '),
);

/**
 * Reads a message as comparing the last answer with another period: "how does that compare to last
 * year", "vs last quarter?", "and the same time last year", "is that up or down", "better than
 * Q3?". Undefined when no comparison is asked or any other word is left ("compare emea and na",
 * "how do i compare two deals", "what about last year" re-runs the question for that year instead).
 */
export function comparisonOf(
  message: string,
  entities: MessageEntities | undefined,
  context: RecordQuestionContext,
): ComparedWith | undefined {
  const text = message.toLowerCase().replace(/[’‘]/g, "'").trim();
  if (!COMPARING.test(text)) return undefined;
  const period = entities?.periods[0];
  const rest = period ? text.replace(period.text.toLowerCase(), ' ') : text;
  const words = rest.match(/[a-z0-9']+/g) ?? [];
  if (!words.every((word) => FILLER.has(word))) return undefined;
  if (YEAR_BEFORE.test(text)) return { kind: 'year-before' };
  const named =
    period && namedPeriod(text, entities, context.now, todayIn(context.now, context.timezone), true);
  return named ? { kind: 'named', period: { from: named.from, to: named.to } } : { kind: 'before' };
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** `day` moved by whole months (the 31st into a shorter month is that month's last day). */
function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return `${first.toISOString().slice(0, 8)}${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** How many whole calendar months `span` covers (1 a month, 3 a quarter, 12 a year), or 0. */
function wholeMonths(span: DaySpan): number {
  if (!span.from.endsWith('-01')) return 0;
  const months = Math.round(daysBetween(span.from, addDays(span.to, 1)) / 30.4);
  return months > 0 && addDays(addMonths(span.from, months), -1) === span.to ? months : 0;
}

/**
 * The two periods to compare: the last answer's (cut at `today` when it is not over yet, so both
 * cover the same stretch) and the other one, as long as the first and starting where the comparison
 * says (a named period whole when the first is whole).
 */
export function comparedSpans(
  current: DaySpan,
  compared: ComparedWith,
  today: string,
): { now: DaySpan; then: DaySpan } {
  const months = wholeMonths(current);
  const so = current.to > today && current.from <= today ? { from: current.from, to: today } : current;
  const start =
    compared.kind === 'named'
      ? compared.period.from
      : compared.kind === 'year-before'
        ? addMonths(current.from, -12)
        : months
          ? addMonths(current.from, -months)
          : addDays(current.from, -(daysBetween(current.from, current.to) + 1));
  if (compared.kind === 'named' && so === current) return { now: current, then: compared.period };
  const end = months && so === current ? addDays(addMonths(start, months), -1) : sameStretch(so, start);
  return { now: so, then: { from: start, to: end } };
}

/** The last day of a stretch as long as `span` from `start`, in calendar months and then days (1 Oct–4 Dec from 1 Jul: 4 Sep). */
function sameStretch(span: DaySpan, start: string): string {
  let months = 0;
  while (addMonths(span.from, months + 1) <= span.to) months++;
  return addDays(addMonths(start, months), daysBetween(addMonths(span.from, months), span.to));
}
