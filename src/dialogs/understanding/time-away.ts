import { numberSaid } from '../../vocabulary';

// Time away said in a message ("back from 2 wks holiday", "while i was away"): shared by the
// catch-up reader and the record-question parser, which reads "which deals did we lose while i was
// away" over the time away instead of its default period.

/** Days looked back when nobody says how long they were away. */
export const DEFAULT_CATCH_UP_DAYS = 14;

/** Said of time away: "while i was away", "back from holiday", "i was off for two weeks", "since i left". */
export const AWAY =
  /\b(?:while|when|whilst)\s+i\s+(?:was|were)\s+(?:away|out|off|gone|ooo|on\s+(?:holiday|holidays|vacation|vacay|leave|pto|annual\s+leave|(?:maternity|paternity|parental|sick)\s+leave|(?:a\s+)?break))\b|\b(?:back|returned|returning|just\s+back)\s+from\s+(?:(?:my|a|the|an|\d+|one|two|three|four|five|six|couple(?:\s+of)?|few|several|long|short|days?|wks?|weeks?|months?)\s+)*(?:holidays?|vacation|vacay|leave|pto|break|trip|time\s+off|(?:days?|weeks?|months?)\s+(?:off|away|out)|sick\s+leave|off)\b|\b(?:i\s+was|i've\s+been|i\s+have\s+been|i'm\s+back\s+after|been)\s+(?:off|away|out(?:\s+of\s+(?:the\s+)?office)?|ooo|on\s+(?:holiday|vacation|leave|pto))\s+(?:for|since)\b|\bsince\s+i\s+(?:left|went\s+(?:away|off|on\s+\w+)|was\s+(?:away|off|out))\b/;

/** Counts said without a number word ("a week off", "a couple of weeks", "a few days"). */
const VAGUE_COUNTS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  couple: 2,
  'couple of': 2,
  few: 3,
  several: 3,
};

/** "2 weeks off", "off for two weeks", "a week away", "10 days of leave": how long the caller was away, in days. */
const AWAY_LENGTH =
  /\b(\d+|an?|one|two|three|four|five|six|couple(?:\s+of)?|few|several)\s+(days?|weeks?|wks?|months?)\s+(?:off|away|out|ooo|holidays?|vacation|vacay|leave|pto|of(?:\s+(?:holiday|vacation|leave|pto))?|on\s+(?:holiday|vacation|leave))\b|\b(?:off|away|out|ooo|on\s+(?:holiday|vacation|leave|pto))\s+(?:for\s+)?(?:the\s+)?(?:last\s+|past\s+)?(\d+|an?|one|two|three|four|five|six|couple(?:\s+of)?|few|several)\s+(days?|weeks?|wks?|months?)\b/;

/** How long the caller says they were away, in days, and the words that said it. */
export function awayLengthIn(text: string): { days: number; said: string } | undefined {
  const match = AWAY_LENGTH.exec(text);
  if (!match) return undefined;
  const count = match[1] ?? match[3]!;
  const unit = match[2] ?? match[4]!;
  const n = numberSaid(count) ?? VAGUE_COUNTS[count.replace(/\s+/g, ' ')] ?? 1;
  const perUnit = unit.startsWith('d') ? 1 : unit.startsWith('m') ? 30 : 7;
  const days = n * perUnit;
  return days >= 1 && days <= 366 ? { days, said: match[0] } : undefined;
}

/** The day `days` after `day` (negative: before). */
function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The days a question says the caller was away ("while i was away", "since i was off", "back from 2
 * weeks off"), ending today: as long as they say, or (when `guessLength` is not false) the last
 * `DEFAULT_CATCH_UP_DAYS` days. `text` is lower case.
 */
export function timeAwayPeriodOf(
  text: string,
  today: string,
  options: { guessLength?: boolean } = {},
): { from: string; to: string; label: string } | undefined {
  if (!AWAY.test(text)) return undefined;
  const said = awayLengthIn(text)?.days;
  if (said === undefined && options.guessLength === false) return undefined;
  const days = said ?? DEFAULT_CATCH_UP_DAYS;
  const from = addDays(today, 1 - days);
  return { from, to: today, label: `${from} to ${today}` };
}
