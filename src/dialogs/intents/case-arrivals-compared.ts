import { listCases } from '../../skills/cases';
import type { Caller, SkillRunner } from '../../skills/skill';
import { formatCalendarDay } from '../replies/format';
import type { Reply } from '../reply';
import type { Understanding } from '../routing/understanding';
import { extractPeriodsAndDates } from '../understanding/entities/periods';
import { comparedSpans, type DaySpan } from '../understanding/period-comparison';
import { todayIn } from '../understanding/record-question';
import { twoPeriodsOf } from '../understanding/two-periods';
import { changeOf, spanWords } from './period-comparison-answer';

/** Two periods whose incoming cases are set against each other; `now` is the one asked about. */
export interface ComparedArrivals {
  /** The period asked about, in the question's words ("this week") and its days. */
  now: DaySpan & { words: string };
  /** The period it is set against, whole. */
  then: DaySpan;
}

/**
 * The periods a question about cases coming in compares ("are we getting more cases this week than
 * last?", "fewer tickets this month vs last month"): two periods named, or the one named and the one
 * of the same length just before it. Read as the past: cases have come in already. Undefined when
 * the question names no period.
 */
export function comparedArrivalsOf(
  understanding: Understanding,
  text: string,
  now: Date,
  timeZone: string,
): ComparedArrivals | undefined {
  const periods = extractPeriodsAndDates(text, { now, timeZone, prefer: 'past' }).periods;
  const pair = understanding.entities && twoPeriodsOf(text, { ...understanding.entities, periods });
  const asked = pair?.first ?? periods[0];
  if (!asked) return undefined;
  const span = { from: asked.start, to: asked.end };
  // The one before, whole: as long as the period asked about (a week, a month, a quarter).
  const then = pair
    ? { from: pair.second.start, to: pair.second.end }
    : comparedSpans(span, { kind: 'before' }, '9999-12-31').then;
  return { now: { ...span, words: asked.text }, then };
}

/**
 * "9 cases came in this week so far (30 Nov–4 Dec 2026), against 4 in 23 Nov–29 Nov 2026: up 125%.":
 * the cases opened in each period (every status, as the caller may see them) and the change; a
 * period not over yet is also set against the same stretch of the other.
 */
export async function caseArrivalsComparedReply(
  asked: ComparedArrivals,
  caller: Caller,
  skills: SkillRunner,
): Promise<Reply> {
  const count = async (span: DaySpan): Promise<number> =>
    (
      await skills.call(
        listCases,
        { scope: 'status', status: 'all', openedFrom: span.from, openedTo: span.to, limit: 1 },
        caller,
      )
    ).total;
  const today = todayIn(skills.clock(), caller.timezone);
  const soFar = asked.now.from <= today && asked.now.to > today;
  const now = soFar ? { from: asked.now.from, to: today } : { from: asked.now.from, to: asked.now.to };
  const stretch = soFar
    ? comparedSpans(asked.now, { kind: 'named', period: asked.then }, today).then
    : undefined;
  const sameStretch = stretch && stretch.to !== asked.then.to ? stretch : undefined;
  const [current, before, sameBefore] = await Promise.all([
    count(now),
    count(asked.then),
    sameStretch ? count(sameStretch) : undefined,
  ]);
  const cases = (n: number) => `${n} ${n === 1 ? 'case' : 'cases'}`;
  const words = `${asked.now.words}${soFar ? ` so far (to ${formatCalendarDay(today)})` : ''}`;
  const lines = [
    `${cases(current)} came in ${words}, against ${before} in ${spanWords(asked.then)}: ${changeOf(current, before)}.`,
  ];
  if (sameStretch && sameBefore !== undefined)
    lines.push(
      `Up to the same day, ${spanWords(sameStretch)}: ${sameBefore} (${changeOf(current, sameBefore)}).`,
    );
  return { title: 'Cases that came in', text: lines.join('\n') };
}
