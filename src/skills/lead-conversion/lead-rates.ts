import type { LeadGroupRow } from './lead-breakdown';

/** Groups with fewer resolved leads than this are listed but not ranked: one lucky lead is no rate. */
export const MIN_RESOLVED_TO_RANK = 3;

/** A group of leads with its conversion rate: converted among the resolved (converted or disqualified). */
export interface LeadRateRow extends LeadGroupRow {
  resolved: number;
  /** converted / resolved; undefined while none is resolved. */
  rate?: number;
}

/** The group's conversion rate: converted / (converted + disqualified); open leads are not counted yet. */
export function withRate(row: LeadGroupRow): LeadRateRow {
  const resolved = row.converted + row.disqualified;
  return { ...row, resolved, ...(resolved ? { rate: row.converted / resolved } : {}) };
}

/** Several groups added up into one ("webinar": every webinar campaign's leads). */
export function combinedRow(value: string, rows: readonly LeadGroupRow[]): LeadRateRow {
  const sum = (pick: (row: LeadGroupRow) => number) => rows.reduce((total, row) => total + pick(row), 0);
  return withRate({
    value,
    total: sum((row) => row.total),
    converted: sum((row) => row.converted),
    disqualified: sum((row) => row.disqualified),
    open: sum((row) => row.open),
  });
}

/**
 * Groups ranked by conversion rate (ties: more resolved leads first, then by name); those with fewer
 * than MIN_RESOLVED_TO_RANK resolved leads apart, biggest first, so a 1-of-1 does not top the list.
 */
export function rankedByRate(rows: readonly LeadGroupRow[]): {
  ranked: LeadRateRow[];
  tooFew: LeadRateRow[];
} {
  const rated = rows.map(withRate);
  return {
    ranked: rated
      .filter((row) => row.resolved >= MIN_RESOLVED_TO_RANK)
      .sort((a, b) => b.rate! - a.rate! || b.resolved - a.resolved || a.value.localeCompare(b.value)),
    tooFew: rated
      .filter((row) => row.resolved < MIN_RESOLVED_TO_RANK)
      .sort((a, b) => b.total - a.total || a.value.localeCompare(b.value)),
  };
}
