import type { CrmFeatureRow } from '../scoring/crm-features';
import type { AccountHistory } from './account-history';
import { churnFeatures, isActiveAt, lostWithin } from './churn-features';

const DAY = 86_400_000;

/** How training snapshots are taken. */
export interface SnapshotPlan {
  /** Days ahead a snapshot's label looks: lost within this many days after the cutoff (default 90). */
  horizonDays: number;
  /**
   * Days a churn takes to be known: an account is marked churned only after a long quiet spell, so
   * a cutoff must be this far before `asOf` (plus the horizon) for its labels to be complete. Default
   * 370: the demo CRM calls an account churned after 400 days without an order or a won deal, and
   * dates the churn at least 30 days after it.
   */
  settleDays: number;
  /** Days between cutoffs (default 30). */
  everyDays: number;
  /** Days of history before the first cutoff (default 180), so trends have something to compare. */
  warmUpDays: number;
}

export const DEFAULT_SNAPSHOT_PLAN: SnapshotPlan = {
  horizonDays: 90,
  settleDays: 370,
  everyDays: 30,
  warmUpDays: 180,
};

/** Training rows: one per active account and cutoff, with the label and where it came from. */
export interface ChurnSnapshots {
  rows: CrmFeatureRow[];
  labels: Uint8Array;
  /** The cutoff (ms) and account id of each row. */
  cutoffs: number[];
  accountIds: string[];
}

/**
 * The cutoffs whose labels are complete as of `asOf`: every `everyDays` days back from
 * asOf - horizon - settle, down to `warmUpDays` after the first recorded activity.
 */
export function snapshotCutoffs(
  histories: ReadonlyMap<string, AccountHistory>,
  asOf: Date,
  plan: SnapshotPlan = DEFAULT_SNAPSHOT_PLAN,
): number[] {
  let first = Number.POSITIVE_INFINITY;
  for (const history of histories.values()) {
    first = Math.min(first, history.orders[0] ?? Infinity, history.wins[0] ?? Infinity);
  }
  const last = asOf.getTime() - (plan.horizonDays + plan.settleDays) * DAY;
  const cutoffs: number[] = [];
  for (let at = last; at >= first + plan.warmUpDays * DAY; at -= plan.everyDays * DAY) cutoffs.push(at);
  return cutoffs.reverse();
}

/** Feature rows and labels of every account active at each cutoff. */
export function churnSnapshots(
  histories: ReadonlyMap<string, AccountHistory>,
  cutoffs: readonly number[],
  horizonDays: number,
): ChurnSnapshots {
  const snapshots: ChurnSnapshots = { rows: [], labels: new Uint8Array(0), cutoffs: [], accountIds: [] };
  const labels: number[] = [];
  for (const cutoff of cutoffs) {
    for (const [accountId, history] of histories) {
      if (!isActiveAt(history, cutoff)) continue;
      snapshots.rows.push(churnFeatures(history, cutoff));
      labels.push(lostWithin(history, cutoff, horizonDays) ? 1 : 0);
      snapshots.cutoffs.push(cutoff);
      snapshots.accountIds.push(accountId);
    }
  }
  snapshots.labels = Uint8Array.from(labels);
  return snapshots;
}

/** The rows of some snapshots (by a predicate on the cutoff). */
export function snapshotsWhere(snapshots: ChurnSnapshots, keep: (cutoff: number) => boolean): ChurnSnapshots {
  const indexes = snapshots.cutoffs.flatMap((cutoff, i) => (keep(cutoff) ? [i] : []));
  return {
    rows: indexes.map((i) => snapshots.rows[i]!),
    labels: Uint8Array.from(indexes, (i) => snapshots.labels[i]!),
    cutoffs: indexes.map((i) => snapshots.cutoffs[i]!),
    accountIds: indexes.map((i) => snapshots.accountIds[i]!),
  };
}
