import { queryRecords } from '../../skills/query-records';
import type { Caller, SkillRunner } from '../../skills/skill';
import type { RecordQuery } from '../../vocabulary';
import { formatCalendarDay, formatMoney, formatMoneyList, formatMoneyListWithExact } from '../replies/format';
import type { Reply, ReplyImage } from '../reply';
import { barChart, mainCurrencyOf } from '../replies/bar-chart';
import { seriesSpans, type SeriesSpan, type SeriesUnit } from '../understanding/period-series';
import { todayIn } from '../understanding/record-question';
import { spanWords } from './period-comparison-answer';

type Money = { amount: number; currency: string };

/** One period of a series: its words, how many deals and their totals per currency. */
interface SeriesRow {
  words: string;
  count: number;
  totals: Money[];
}

const SHORT_MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/** A period of a series as a row's label: "January 2026", "Q4 2026", "week of 30 Nov 2026". */
export function rowWords(span: SeriesSpan, unit: SeriesUnit): string {
  return unit === 'week' ? `week of ${formatCalendarDay(span.from)}` : spanWords(span);
}

/** The short label of a period on a chart's axis: "Jan 2026", "Q4 2026", "30 Nov". */
export function axisWords(span: SeriesSpan, unit: SeriesUnit): string {
  const [y, m, d] = span.from.split('-').map(Number) as [number, number, number];
  if (unit === 'month') return `${SHORT_MONTHS[m - 1]} ${y}`;
  if (unit === 'quarter') return `Q${Math.floor((m - 1) / 3) + 1} ${y}`;
  return `${d} ${SHORT_MONTHS[m - 1]}`;
}

/** What the series counts, as a heading: "Won deals", "Lost deals", "Deals created". */
function whatWords(query: RecordQuery): string {
  if (query.status === 'won') return 'Won deals';
  if (query.status === 'lost') return 'Lost deals';
  return 'Deals created';
}

/** The window the series splits: when deals were won or lost, or when they were created. */
function windowOf(query: RecordQuery): SeriesSpan | undefined {
  if (query.closedFrom && query.closedTo) return { from: query.closedFrom, to: query.closedTo };
  if (query.createdFrom && query.createdTo) return { from: query.createdFrom, to: query.createdTo };
  return undefined;
}

/** The query of one period of the series: its window narrowed to the period, a sum asked. */
function periodQuery(query: RecordQuery, span: SeriesSpan): RecordQuery {
  const one: RecordQuery = { ...query, aggregate: 'sum' };
  for (const key of ['perPeriod', 'field', 'order', 'limit', 'offset', 'dealIds'] as const) delete one[key];
  if (query.closedFrom) return { ...one, closedFrom: span.from, closedTo: span.to };
  return { ...one, createdFrom: span.from, createdTo: span.to };
}

/** A bar per period of the main currency's amount (Vega-Lite; the channel's renderer draws it). */
function seriesChart(title: string, rows: SeriesRow[], spans: SeriesSpan[], unit: SeriesUnit): ReplyImage[] {
  const currency = mainCurrencyOf(rows);
  if (!currency) return [];
  const bars = rows.map((row, i) => ({
    label: axisWords(spans[i]!, unit),
    value: row.totals.find((t) => t.currency === currency)?.amount ?? 0,
  }));
  return barChart(`${title} (${currency})`, bars, currency, (amount) => formatMoney(amount, currency));
}

/**
 * A figure of deals over time, period by period ("won amount per month this year", "deals created
 * each month", "lost deals by quarter"): the count and the amounts per currency of each period,
 * each asked of the query-records skill under the caller's visibility, then the whole window's
 * total, and a bar chart of the main currency.
 */
export async function periodSeriesAnswer(
  query: RecordQuery,
  caller: Caller,
  skills: SkillRunner,
): Promise<Reply> {
  const unit = query.perPeriod ?? 'month';
  const window = windowOf(query);
  const today = todayIn(skills.clock(), caller.timezone);
  const spans = window ? seriesSpans(window.from, window.to, unit, today) : [];
  if (!window || !spans.length)
    return { text: `There is nothing to show ${unit} by ${unit} yet: that period has not begun.` };
  const results = await Promise.all(
    spans.map((span) => skills.call(queryRecords, periodQuery(query, span), caller)),
  );
  const rows: SeriesRow[] = results.map((result, i) => ({
    words: rowWords(spans[i]!, unit),
    count: result.total,
    totals: result.totals,
  }));
  const scope = results[0]!.scopeLabel;
  const what = whatWords(query);
  const whole = spanWords({ from: spans[0]!.from, to: spans.at(-1)!.to });
  const count = rows.reduce((sum, row) => sum + row.count, 0);
  const totals = new Map<string, number>();
  for (const row of rows)
    for (const total of row.totals)
      totals.set(total.currency, (totals.get(total.currency) ?? 0) + total.amount);
  const all = [...totals]
    .map(([currency, amount]) => ({ currency, amount }))
    .sort((a, b) => b.amount - a.amount);
  const deals = (n: number) => `${n} ${n === 1 ? 'deal' : 'deals'}`;
  const lines = rows.map(
    (row) =>
      `• ${row.words}: ${deals(row.count)}${row.count ? `, ${formatMoneyListWithExact(row.totals)}` : ''}`,
  );
  const runsToToday =
    spans.at(-1)!.to >= today ? ` (${rows.at(-1)!.words} so far, to ${formatCalendarDay(today)})` : '';
  const title = `${what} per ${unit}`;
  return {
    title: `${title} — ${scope}`,
    text: [
      `${what} per ${unit}, ${whole} (${scope}):`,
      ...lines,
      `Total: ${deals(count)}${count ? `, ${formatMoneyList(all)}` : ''}${runsToToday}.`,
    ].join('\n'),
    images: seriesChart(title, rows, spans, unit),
  };
}
