import { leadConversion, type LeadConversionResult } from '../../skills/lead-conversion';
import type { Caller, SkillRunner } from '../../skills/skill';
import { formatCalendarDay } from '../replies/format';
import type { Reply } from '../reply';
import type { LeadCountComparison } from '../routing/lead-count-comparison';
import { comparedSpans, type DaySpan } from '../understanding/period-comparison';
import { todayIn } from '../understanding/record-question';
import { changeOf, spanWords } from './period-comparison-answer';

/**
 * "how many leads this month vs last month": the leads that came in during each period (of a source
 * or statuses when asked, under the caller's visibility) and the change; a period not over yet is
 * also set against the same stretch of the other, as the pipeline comparisons do.
 */
export async function leadCountComparisonAnswer(
  asked: LeadCountComparison,
  caller: Caller,
  skills: SkillRunner,
): Promise<Reply> {
  const { source, statuses } = asked.filter;
  const count = async (span: DaySpan): Promise<number> => {
    const result: LeadConversionResult = await skills.call(
      leadConversion,
      {
        groupBy: 'source',
        createdFrom: span.from,
        createdTo: span.to,
        ...(statuses ? { statuses } : {}),
      },
      caller,
    );
    return source ? (result.breakdown?.find((row) => row.value === source)?.total ?? 0) : result.considered;
  };
  const now = { from: asked.now.start, to: asked.now.end };
  const then = { from: asked.then.start, to: asked.then.end };
  const today = todayIn(skills.clock(), caller.timezone);
  const stretch =
    now.from <= today && now.to > today
      ? comparedSpans(now, { kind: 'named', period: then }, today).then
      : undefined;
  const sameStretch = stretch && stretch.to !== then.to ? stretch : undefined;
  const [current, before, sameBefore] = await Promise.all([
    count(now),
    count(then),
    sameStretch ? count(sameStretch) : undefined,
  ]);
  const which = [statuses?.join(' or '), source].filter(Boolean).join(' ');
  const leads = (n: number) => `${n} ${which ? `${which} ` : ''}${n === 1 ? 'lead' : 'leads'}`;
  const soFar = sameStretch ? ` so far (to ${formatCalendarDay(today)})` : '';
  const lines = [
    `${leads(current)} came in ${spanWords(now)}${soFar}, against ${before} in ${spanWords(then)}: ${changeOf(current, before)}.`,
  ];
  if (sameStretch && sameBefore !== undefined)
    lines.push(
      `Up to the same day, ${spanWords(sameStretch)}: ${sameBefore} (${changeOf(current, sameBefore)}).`,
    );
  return { title: 'Leads that came in', text: lines.join('\n') };
}
