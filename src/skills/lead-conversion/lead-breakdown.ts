import type { Lead } from '../../vocabulary';

/** What leads are counted by: where they came from, how far they got, or their campaign. */
export type LeadGrouping = 'source' | 'status' | 'campaign';

/** One group of leads: how many, and how many of them converted, were disqualified or are still open. */
export interface LeadGroupRow {
  /** The source, status or campaign ("(no campaign)" for leads without one). */
  value: string;
  total: number;
  converted: number;
  disqualified: number;
  open: number;
}

/** Leads counted by source, status or campaign, the biggest group first (ties by name). */
export function leadBreakdown(leads: readonly Lead[], groupBy: LeadGrouping): LeadGroupRow[] {
  const rows = new Map<string, LeadGroupRow>();
  for (const lead of leads) {
    const value = groupBy === 'campaign' ? (lead.campaign ?? '(no campaign)') : lead[groupBy];
    const row = rows.get(value) ?? { value, total: 0, converted: 0, disqualified: 0, open: 0 };
    row.total++;
    if (lead.status === 'converted') row.converted++;
    else if (lead.status === 'disqualified') row.disqualified++;
    else row.open++;
    rows.set(value, row);
  }
  return [...rows.values()].sort((a, b) => b.total - a.total || a.value.localeCompare(b.value));
}
