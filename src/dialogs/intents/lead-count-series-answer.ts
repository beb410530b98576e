import { leadConversion } from '../../skills/lead-conversion';
import type { Caller, SkillRunner } from '../../skills/skill';
import { formatCalendarDay } from '../replies/format';
import { barChart } from '../replies/bar-chart';
import type { Reply } from '../reply';
import type { LeadCountSeries } from '../routing/lead-count-series';
import { seriesSpans, wholeMonthsUpTo, type SeriesSpan } from '../understanding/period-series';
import { todayIn } from '../understanding/record-question';
import { spanWords } from './period-comparison-answer';
import { axisWords, rowWords } from './period-series-answer';

/** Roles that see only their team's leads and unowned ones (marketing and admins see every lead). */
const SEES_PART = new Set(['rep', 'manager']);

const MONTH_NAMES =
  'January February March April May June July August September October November December'.split(' ');

/** A window of whole months as "September–November 2026"; any other window as spanWords says it. */
function wholeWords(span: SeriesSpan): string {
  const [y1, m1, d1] = span.from.split('-').map(Number) as [number, number, number];
  const [y2, m2] = span.to.split('-').map(Number) as [number, number];
  const monthEnd = new Date(Date.UTC(y2, m2, 0)).toISOString().slice(0, 10);
  if (d1 !== 1 || span.to !== monthEnd || (y1 === y2 && m1 === m2)) return spanWords(span);
  if (y1 === y2 && m1 === 1 && m2 === 12) return String(y1);
  const first = y1 === y2 ? MONTH_NAMES[m1 - 1]! : `${MONTH_NAMES[m1 - 1]} ${y1}`;
  return `${first}–${MONTH_NAMES[m2 - 1]} ${y2}`;
}

/**
 * The leads that came in, period by period ("new leads per month the last 3 months"): each period
 * counted by the lead-conversion skill under the caller's visibility (of one source or some
 * statuses when asked), the total, and a bar chart. The window is the whole months asked for, else
 * the period said, else this year so far.
 */
export async function leadCountSeriesAnswer(
  asked: LeadCountSeries,
  period: SeriesSpan | undefined,
  caller: Caller,
  skills: SkillRunner,
): Promise<Reply> {
  const today = todayIn(skills.clock(), caller.timezone);
  const window = asked.lastMonths
    ? wholeMonthsUpTo(asked.lastMonths, today)
    : (period ?? { from: `${today.slice(0, 4)}-01-01`, to: `${today.slice(0, 4)}-12-31` });
  const spans = seriesSpans(window.from, window.to, asked.unit, today);
  if (!spans.length)
    return {
      text: `There is nothing to count ${asked.unit} by ${asked.unit} yet: that period has not begun.`,
    };
  const { source, statuses } = asked.filter;
  const counts = await Promise.all(
    spans.map(async (span) => {
      const result = await skills.call(
        leadConversion,
        { groupBy: 'source', createdFrom: span.from, createdTo: span.to, ...(statuses ? { statuses } : {}) },
        caller,
      );
      return source ? (result.breakdown?.find((row) => row.value === source)?.total ?? 0) : result.considered;
    }),
  );
  const which = [statuses?.join(' or '), source].filter(Boolean).join(' ');
  const what = `${which ? `${which[0]!.toUpperCase()}${which.slice(1)} leads` : 'Leads'} that came in`;
  const whole = wholeWords({ from: spans[0]!.from, to: spans.at(-1)!.to });
  const total = counts.reduce((sum, n) => sum + n, 0);
  const runsToToday =
    spans.at(-1)!.to >= today
      ? ` (${rowWords(spans.at(-1)!, asked.unit)} so far, to ${formatCalendarDay(today)})`
      : '';
  const title = `${what} per ${asked.unit}`;
  const bars = spans.map((span, i) => ({ label: axisWords(span, asked.unit), value: counts[i]! }));
  const images = barChart(title, bars, 'leads', (n) => `${n} ${n === 1 ? 'lead' : 'leads'}`);
  return {
    title,
    text: [
      `${what} per ${asked.unit}, ${whole}${SEES_PART.has(caller.role) ? " (your team's leads and unowned ones)" : ''}:`,
      ...spans.map((span, i) => `• ${rowWords(span, asked.unit)}: ${counts[i]}`),
      `Total: ${total}${runsToToday}.`,
    ].join('\n'),
    images,
  };
}
