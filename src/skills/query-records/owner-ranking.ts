import type { Deal } from '../../vocabulary';

/** One group's deals in a ranking (an owner's, a region's): how many, and their total in each currency. */
export interface OwnerRow {
  name: string;
  count: number;
  totals: Array<{ amount: number; currency: string }>;
}

/**
 * Deals grouped by a name (`groupOf`: their owner's, their account's region) and ranked, for "who's
 * carrying the biggest pipeline", "which rep has the most open deals", "pipeline by region". By amount,
 * groups are ranked on the currency most of the deals are in (amounts in different currencies are
 * never added); the other currencies are shown beside it. By count, on the number of deals. Ties go
 * to the larger other measure.
 */
export function rankGroups(
  deals: readonly Deal[],
  groupOf: (deal: Deal) => string,
  rankBy: 'amount' | 'count',
  order: 'biggest' | 'smallest',
): OwnerRow[] {
  const currencies = new Map<string, number>();
  for (const deal of deals) currencies.set(deal.currency, (currencies.get(deal.currency) ?? 0) + 1);
  const main = [...currencies].sort((a, b) => b[1] - a[1])[0]?.[0];
  const groups = new Map<string, { count: number; totals: Map<string, number> }>();
  for (const deal of deals) {
    const name = groupOf(deal);
    const group = groups.get(name) ?? { count: 0, totals: new Map<string, number>() };
    group.count++;
    group.totals.set(deal.currency, (group.totals.get(deal.currency) ?? 0) + deal.amount);
    groups.set(name, group);
  }
  const rows = [...groups].map(([name, group]) => ({
    name,
    count: group.count,
    main: (main && group.totals.get(main)) || 0,
    totals: [...group.totals]
      .sort((a, b) => (a[0] === main ? -1 : b[0] === main ? 1 : b[1] - a[1]))
      .map(([currency, amount]) => ({ currency, amount })),
  }));
  const sign = order === 'smallest' ? -1 : 1;
  rows.sort((a, b) =>
    rankBy === 'count'
      ? sign * (b.count - a.count) || sign * (b.main - a.main)
      : sign * (b.main - a.main) || sign * (b.count - a.count),
  );
  return rows.map(({ name, count, totals }) => ({ name, count, totals }));
}
