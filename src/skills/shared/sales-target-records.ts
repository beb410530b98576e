import type { SalesTarget } from '../../vocabulary/digest';

/** The target key of a team and period. */
export function salesTargetIdOf(team: string, period: string): string {
  return `${team.trim().toLowerCase()}:${period.toUpperCase()}`;
}

/** The period key of a forecast period's start and end (quarter, month or year), as targets name it. */
export function targetPeriodOf(from: Date, to: Date): string {
  const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth();
  const year = from.getUTCFullYear();
  if (months === 3) return `${year}-Q${Math.floor(from.getUTCMonth() / 3) + 1}`;
  if (months === 1) return `${year}-${String(from.getUTCMonth() + 1).padStart(2, '0')}`;
  return String(year);
}

/**
 * The target period key of a span [from, to) when it is exactly one calendar month, quarter or year
 * (targets are set for those only); undefined for any other span ("the last 30 days", H1).
 */
export function targetPeriodOfSpan(from: Date, to: Date): string | undefined {
  const midnight = (d: Date) => d.getTime() % 86_400_000 === 0 && d.getUTCDate() === 1;
  if (!midnight(from) || !midnight(to)) return undefined;
  const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth();
  const aligned =
    months === 1 ||
    (months === 3 && from.getUTCMonth() % 3 === 0) ||
    (months === 12 && from.getUTCMonth() === 0);
  return aligned ? targetPeriodOf(from, to) : undefined;
}

/** A team's target for a period, or null. */
export async function salesTargetOf(
  store: { salesTargets: { findById(id: string): Promise<SalesTarget | null> } },
  team: string,
  period: string,
): Promise<SalesTarget | null> {
  return store.salesTargets.findById(salesTargetIdOf(team, period));
}
