import { pipelineSummary } from '../../skills/pipeline-summary';
import { queryRecords, winRateOf, type MetricRow, type OwnerRow } from '../../skills/query-records';
import type { Caller, SkillRunner } from '../../skills/skill';
import type { RecordQuery, SummaryQuery } from '../../vocabulary';
import { formatCalendarDay, formatMoney, formatMoneyList, formatPercent } from '../replies/format';
import type { Reply } from '../reply';
import { exactMoney } from './deal-metric-replies';
import { comparedSpans, type DaySpan } from '../understanding/period-comparison';
import { todayIn } from '../understanding/record-question';

type Money = { amount: number; currency: string };
/** How many deals and their totals per currency, in one period. */
interface Tally {
  count: number;
  totals: Money[];
}

const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);

/** A period as people say it: "November 2026", "Q4 2026", "2026", else "1 Oct 2026–4 Dec 2026". */
export function spanWords(span: DaySpan): string {
  const [y, m] = span.from.split('-').map(Number) as [number, number];
  const lastDay = (year: number, month: number) =>
    new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  if (span.from.endsWith('-01')) {
    if (span.to === lastDay(y, m)) return `${MONTHS[m - 1]} ${y}`;
    if ((m - 1) % 3 === 0 && span.to === lastDay(y, m + 2)) return `Q${(m - 1) / 3 + 1} ${y}`;
    if (m === 1 && span.to === `${y}-12-31`) return String(y);
  }
  return `${formatCalendarDay(span.from)}–${formatCalendarDay(span.to)}`;
}

/** "up 18%", "down 5%", "no change"; "new" when there was nothing before. */
export function changeOf(now: number, then: number): string {
  if (then === 0) return now === 0 ? 'no change' : 'new';
  const percent = Math.round(((now - then) / then) * 100);
  return percent === 0 ? 'no change' : `${percent > 0 ? 'up' : 'down'} ${Math.abs(percent)}%`;
}

/**
 * The change from `then` to `now`, currency by currency (amounts in different currencies are never
 * added), and in the number of deals: "USD up 18% ($1.1M → $1.3M), EUR new (€94k); 34 deals against 28".
 */
function changeLine(now: Tally, then: Tally): string {
  const currencies = [...new Set([...now.totals, ...then.totals].map((t) => t.currency))];
  const amount = (totals: Money[], currency: string) =>
    totals.find((t) => t.currency === currency)?.amount ?? 0;
  const parts = currencies.map((currency) => {
    const a = amount(now.totals, currency);
    const b = amount(then.totals, currency);
    return `${currency} ${changeOf(a, b)} (${formatMoney(b, currency)} → ${formatMoney(a, currency)})`;
  });
  const deals = `${now.count} deals against ${then.count}`;
  return parts.length ? `${parts.join(', ')}; ${deals}` : deals;
}

function tallyWords(tally: Tally): string {
  return `${tally.count} ${tally.count === 1 ? 'deal' : 'deals'}${tally.count ? `, ${formatMoneyList(tally.totals)}` : ''}`;
}

/** One side of a comparison ("Won") in both periods, and the change. */
function comparedLines(what: string, now: Tally, then: Tally, thenWords: string): string[] {
  return [`${what}: ${tallyWords(now)} (${thenWords}: ${tallyWords(then)}).`, `  ${changeLine(now, then)}.`];
}

/**
 * A summary ("how's my pipeline", "how did Sam do last month") against another period: what was won
 * and lost in each, and the change, currency by currency. The open pipeline is now only (no past
 * figure of it is kept), so it is said as such.
 */
export async function summaryComparison(
  query: SummaryQuery,
  then: DaySpan,
  caller: Caller,
  skills: SkillRunner,
): Promise<Reply> {
  const nowWords = spanWords(query);
  const thenWords = spanWords(then);
  const [current, before] = await Promise.all([
    skills.call(pipelineSummary, { ...query, label: nowWords }, caller),
    skills.call(pipelineSummary, { ...query, from: then.from, to: then.to, label: thenWords }, caller),
  ]);
  return {
    title: `Compared — ${current.scopeLabel}`,
    text: [
      `${nowWords} against ${thenWords} (${current.scopeLabel}):`,
      ...comparedLines('Won', current.won, before.won, thenWords),
      ...comparedLines('Lost', current.lost, before.lost, thenWords),
      `Open pipeline now: ${current.open.count} deals worth ${formatMoneyList(current.open.totals)} (no figure of it is kept for ${thenWords}).`,
    ].join('\n'),
  };
}

/**
 * Deals won or lost in a period ("how much did we win this quarter") against another period: how
 * many and how much in each, and the change, currency by currency.
 */
export async function closedDealsComparison(
  query: RecordQuery,
  then: DaySpan,
  caller: Caller,
  skills: SkillRunner,
  /** "why were wins down in november compared to october": also what changed, rep by rep. */
  options: { why?: boolean } = {},
): Promise<Reply> {
  const base: RecordQuery = { ...query, aggregate: 'sum' };
  delete base.field;
  delete base.order;
  delete base.limit;
  delete base.dealIds;
  // Deals created in a period ("deals created last month vs the month before") set against another.
  const created = !query.closedFrom && Boolean(query.createdFrom);
  const windowOf = (span: DaySpan): Partial<RecordQuery> =>
    created ? { createdFrom: span.from, createdTo: span.to } : { closedFrom: span.from, closedTo: span.to };
  const nowSpan = created
    ? { from: query.createdFrom!, to: query.createdTo! }
    : { from: query.closedFrom!, to: query.closedTo! };
  // A period not over yet set against a whole one ("this year vs last year"): also the same stretch of it.
  const today = todayIn(skills.clock(), caller.timezone);
  const stretch =
    nowSpan.from <= today && nowSpan.to > today
      ? comparedSpans(nowSpan, { kind: 'named', period: then }, today).then
      : undefined;
  const sameStretch = stretch && stretch.to !== then.to ? stretch : undefined;
  const [current, before, sameBefore] = await Promise.all([
    skills.call(queryRecords, base, caller),
    skills.call(queryRecords, { ...base, ...windowOf(then) }, caller),
    sameStretch ? skills.call(queryRecords, { ...base, ...windowOf(sameStretch) }, caller) : undefined,
  ]);
  const what = created ? 'Created' : query.status === 'lost' ? 'Lost' : 'Won';
  const thenWords = spanWords(then);
  const byRep = options.why && !created ? await changeByRep(base, nowSpan, then, caller, skills) : [];
  return {
    text: [
      `${spanWords(nowSpan)} against ${thenWords} (${current.scopeLabel}):`,
      ...comparedLines(
        what,
        { count: current.total, totals: current.totals },
        { count: before.total, totals: before.totals },
        thenWords,
      ),
      ...(sameStretch && sameBefore
        ? [
            `${spanWords(nowSpan)} runs to today (${formatCalendarDay(today)}); up to the same day, ${spanWords(sameStretch)}: ${tallyWords({ count: sameBefore.total, totals: sameBefore.totals })}.`,
          ]
        : []),
      ...byRep,
    ].join('\n'),
  };
}

/** How many reps' changes a "why" answer lists, the biggest first. */
const REPS_CHANGED = 3;

/**
 * What changed between two periods, rep by rep ("why were wins down in november compared to
 * october"): the owners whose deals moved the most in the currency most of them are in, each with
 * both periods' deals. Nothing when the query is one rep's or no owner's deals moved.
 */
async function changeByRep(
  base: RecordQuery,
  now: DaySpan,
  then: DaySpan,
  caller: Caller,
  skills: SkillRunner,
): Promise<string[]> {
  if ('rep' in base.owner) return [];
  const changes = await repChanges(base, then, caller, skills);
  if (!changes) return [];
  const moved = changes.reps
    .filter((rep) => rep.change !== 0 || rep.now.count !== rep.then.count)
    .sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || a.name.localeCompare(b.name))
    .slice(0, REPS_CHANGED);
  if (!moved.length) return [];
  return [
    `What changed, by rep (${spanWords(then)} → ${spanWords(now)}, the biggest moves in ${changes.main}):`,
    ...moved.map(
      (rep) =>
        `• ${rep.name}: ${tallyWords({ count: rep.then.count, totals: rep.then.totals })} → ${tallyWords({ count: rep.now.count, totals: rep.now.totals })}`,
    ),
  ];
}

/** One owner's deals in two periods and the change in the main currency. */
interface RepChange {
  name: string;
  now: OwnerRow;
  then: OwnerRow;
  change: number;
}

/**
 * Each owner's deals of `base` (its period) and of the same deals in `then`, with the change in the
 * currency most of them are in (amounts in other currencies are never set against it); undefined
 * when neither period has any.
 */
async function repChanges(
  base: RecordQuery,
  then: DaySpan,
  caller: Caller,
  skills: SkillRunner,
): Promise<{ main: string; reps: RepChange[] } | undefined> {
  const ranking: RecordQuery = {
    ...base,
    aggregate: 'top',
    groupBy: 'owner',
    rankBy: 'amount',
    order: 'biggest',
  };
  const [current, before] = await Promise.all([
    skills.call(queryRecords, ranking, caller),
    skills.call(queryRecords, { ...ranking, closedFrom: then.from, closedTo: then.to }, caller),
  ]);
  const rows = (result: { owners?: OwnerRow[] }) =>
    new Map((result.owners ?? []).map((row) => [row.name, row]));
  const nowRows = rows(current);
  const thenRows = rows(before);
  const counts = new Map<string, number>();
  for (const row of [...nowRows.values(), ...thenRows.values()])
    for (const total of row.totals) counts.set(total.currency, (counts.get(total.currency) ?? 0) + 1);
  const main = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!main) return undefined;
  const none: OwnerRow = { name: '', count: 0, totals: [] };
  const reps = [...new Set([...nowRows.keys(), ...thenRows.keys()])]
    .map((name) => ({ name, now: nowRows.get(name) ?? none, then: thenRows.get(name) ?? none }))
    .map((rep) => ({ ...rep, change: amountIn(rep.now, main) - amountIn(rep.then, main) }));
  return { main, reps };
}

function amountIn(row: OwnerRow, currency: string): number {
  return row.totals.find((t) => t.currency === currency)?.amount ?? 0;
}

/**
 * Who moved the most between two periods ("who's down the most?" after "this quarter vs last",
 * "which rep improved the most vs last month"): every owner ranked on the change of what they won,
 * the way asked, in the currency most of the deals are in. The periods are those of the comparison
 * asked (or just shown), a period not over yet said to be so far.
 */
export async function moversAnswer(
  query: RecordQuery,
  then: DaySpan,
  direction: 'up' | 'down',
  caller: Caller,
  skills: SkillRunner,
): Promise<Reply> {
  const today = todayIn(skills.clock(), caller.timezone);
  const nowSpan = { from: query.closedFrom!, to: query.closedTo! };
  const running = nowSpan.from <= today && nowSpan.to > today;
  const changes = await repChanges({ ...query, status: 'won' }, then, caller, skills);
  const periods = `${spanWords(nowSpan)}${running ? ` so far (to ${formatCalendarDay(today)})` : ''} against ${spanWords(then)}`;
  if (!changes) return { text: `Nobody won anything in ${periods}, so nobody is ${direction}.` };
  const sign = direction === 'down' ? 1 : -1;
  const reps = [...changes.reps].sort((a, b) => sign * (a.change - b.change) || a.name.localeCompare(b.name));
  const first = reps[0]!;
  const moved = direction === 'down' ? first.change < 0 : first.change > 0;
  const wonIn = (row: OwnerRow) => formatMoney(amountIn(row, changes.main), changes.main);
  const change = `won ${wonIn(first.then)} → ${wonIn(first.now)} (${changeOf(amountIn(first.now, changes.main), amountIn(first.then, changes.main))})`;
  const lead = moved
    ? `${first.name} is ${direction} the most: ${change}.`
    : reps.length === 1
      ? `${first.name} is not ${direction}: ${change}.`
      : `Nobody is ${direction}: ${direction === 'down' ? 'everyone won at least as much as' : 'nobody won more than'} before (in ${changes.main}).`;
  return {
    text: [
      `Won, ${periods}, by rep (in ${changes.main}; other currencies not converted):`,
      lead,
      ...reps.map(
        (rep, i) =>
          `${i + 1}. ${rep.name} — ${tallyWords(rep.then)} → ${tallyWords(rep.now)}; ${changes.main} ${changeOf(amountIn(rep.now, changes.main), amountIn(rep.then, changes.main))}`,
      ),
    ].join('\n'),
  };
}

/** "$56,719 (157 deals)": an average to the unit, as the metric's own answer says it. */
function averageWords(amount: number, currency: string, count: number): string {
  return `${exactMoney(amount, currency)} (${count} ${count === 1 ? 'deal' : 'deals'})`;
}

/** Each currency's average (or median) in both periods and the change: "USD: $56,719 (157 deals) against $69,232 (124 deals), down 18%". */
function amountLines(now: MetricRow, then: MetricRow, median: boolean): string[] {
  const currencies = [...new Set([...now.amounts, ...then.amounts].map((a) => a.currency))];
  return currencies.map((currency) => {
    const a = now.amounts.find((x) => x.currency === currency);
    const b = then.amounts.find((x) => x.currency === currency);
    const figure = (stats: typeof a) => (stats ? (median ? stats.median : stats.mean) : 0);
    const words = (stats: typeof a) =>
      stats ? averageWords(figure(stats), currency, stats.count) : 'no deals';
    return `• ${currency}: ${words(a)} against ${words(b)}, ${changeOf(figure(a), figure(b))}`;
  });
}

/**
 * A win rate or a deal size over two periods ("average deal size this year compared to last year"):
 * each period's figure and the change; sizes currency by currency, never added together.
 */
export async function metricComparison(
  query: RecordQuery,
  then: DaySpan,
  caller: Caller,
  skills: SkillRunner,
): Promise<Reply> {
  const [current, before] = await Promise.all([
    skills.call(queryRecords, query, caller),
    skills.call(queryRecords, { ...query, closedFrom: then.from, closedTo: then.to }, caller),
  ]);
  const none: MetricRow = { name: '', won: 0, lost: 0, amounts: [] };
  const now = current.metric ?? none;
  const past = before.metric ?? none;
  const periods = `${spanWords({ from: query.closedFrom!, to: query.closedTo! })} against ${spanWords(then)} (${current.scopeLabel})`;
  if (query.aggregate === 'winRate') {
    const rate = (row: MetricRow) =>
      row.won + row.lost
        ? `${formatPercent(winRateOf(row))} (won ${row.won} of ${row.won + row.lost} closed)`
        : 'none closed';
    const points = Math.round((winRateOf(now) - winRateOf(past)) * 100);
    const change = points === 0 ? 'no change' : `${points > 0 ? 'up' : 'down'} ${Math.abs(points)} points`;
    return { text: `Win rate, ${periods}: ${rate(now)} against ${rate(past)}, ${change}.` };
  }
  const median = query.aggregate === 'median';
  return {
    text: [
      `${median ? 'Median' : 'Average'} ${query.status ?? 'won'} deal size, ${periods}:`,
      ...amountLines(now, past, median),
      `Each currency ${median ? 'has its own median' : 'is averaged on its own'}, never added together.`,
    ].join('\n'),
  };
}
