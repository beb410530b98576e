import type { Deal } from '../../vocabulary';

/** Mean and median of the amounts of deals in one currency (amounts in different currencies are never mixed). */
export interface AmountStats {
  currency: string;
  count: number;
  mean: number;
  median: number;
  /** The smallest and the largest amount: the spread of the deals' sizes. */
  min: number;
  max: number;
}

/** Days from a deal's creation to its close, over the deals won. */
export interface CycleStats {
  count: number;
  meanDays: number;
  medianDays: number;
}

/** A sales metric of a set of deals (everyone's in the query, or one group's: an owner, a region, a type). */
export interface MetricRow {
  name: string;
  /** Win rate: deals won and lost (closed) in the period. */
  won: number;
  lost: number;
  /** Average / median deal size, per currency, the most used currency first. */
  amounts: AmountStats[];
  cycle?: CycleStats;
}

const DAY_MS = 86_400_000;

function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function amountStats(deals: readonly Deal[]): AmountStats[] {
  const byCurrency = new Map<string, number[]>();
  for (const deal of deals) {
    const amounts = byCurrency.get(deal.currency);
    if (amounts) amounts.push(deal.amount);
    else byCurrency.set(deal.currency, [deal.amount]);
  }
  return [...byCurrency]
    .map(([currency, amounts]) => {
      const sorted = amounts.sort((a, b) => a - b);
      const sum = sorted.reduce((total, amount) => total + amount, 0);
      return {
        currency,
        count: sorted.length,
        mean: sum / sorted.length,
        median: median(sorted),
        min: sorted[0]!,
        max: sorted.at(-1)!,
      };
    })
    .sort((a, b) => b.count - a.count || a.currency.localeCompare(b.currency));
}

/** Whole days from creation to close of the won deals (a deal without `closedAt` closes on its close date). */
function cycleStats(deals: readonly Deal[]): CycleStats | undefined {
  const days = deals
    .filter((deal) => deal.stage === 'closed_won')
    .map((deal) =>
      Math.max(
        0,
        Math.round(((deal.closedAt ?? deal.closeDate).getTime() - deal.createdAt.getTime()) / DAY_MS),
      ),
    )
    .sort((a, b) => a - b);
  if (!days.length) return undefined;
  return {
    count: days.length,
    meanDays: days.reduce((total, d) => total + d, 0) / days.length,
    medianDays: median(days),
  };
}

/** The metrics of one set of deals. */
export function metricRow(name: string, deals: readonly Deal[]): MetricRow {
  const won = deals.filter((deal) => deal.stage === 'closed_won').length;
  const lost = deals.filter((deal) => deal.stage === 'closed_lost').length;
  const cycle = cycleStats(deals);
  return { name, won, lost, amounts: amountStats(deals), ...(cycle ? { cycle } : {}) };
}

/** The win rate of a row, 0–1 (0 when nothing closed). */
export function winRateOf(row: Pick<MetricRow, 'won' | 'lost'>): number {
  return row.won + row.lost ? row.won / (row.won + row.lost) : 0;
}

/**
 * The metrics of the deals grouped by `groupOf` (an owner's name, a region, a deal type; a deal may
 * be in several groups, as in each stage it reached), in `keepOrder` when given, else ranked on
 * the metric asked: win rate highest first (more deals closed first on a tie), average or median size
 * biggest first on the currency most of the deals are in, the sales cycle shortest first.
 */
export function metricGroups(
  deals: readonly Deal[],
  groupOf: (deal: Deal) => string | readonly string[],
  metric: 'winRate' | 'average' | 'median' | 'cycle',
  keepOrder?: readonly string[],
): MetricRow[] {
  const groups = new Map<string, Deal[]>();
  for (const deal of deals) {
    const names = groupOf(deal);
    for (const name of typeof names === 'string' ? [names] : names) {
      const members = groups.get(name);
      if (members) members.push(deal);
      else groups.set(name, [deal]);
    }
  }
  // Groups with an order of their own (the stages of the pipeline) are kept in it.
  if (keepOrder)
    return keepOrder.filter((name) => groups.has(name)).map((name) => metricRow(name, groups.get(name)!));
  const main = amountStats(deals)[0]?.currency;
  const sizeOf = (row: MetricRow) => {
    const stats = row.amounts.find((a) => a.currency === main);
    return stats ? (metric === 'median' ? stats.median : stats.mean) : -1;
  };
  const rows = [...groups].map(([name, members]) => metricRow(name, members));
  return rows.sort((a, b) => {
    if (metric === 'winRate') return winRateOf(b) - winRateOf(a) || b.won + b.lost - (a.won + a.lost);
    if (metric === 'cycle')
      return (
        (a.cycle?.meanDays ?? Infinity) - (b.cycle?.meanDays ?? Infinity) || a.name.localeCompare(b.name)
      );
    return sizeOf(b) - sizeOf(a) || a.name.localeCompare(b.name);
  });
}
