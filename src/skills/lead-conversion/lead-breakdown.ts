import type { Lead } from '../../vocabulary';

/**
 * What leads are counted by: where they came from, how far they got, their campaign, their company's
 * industry, or a country. A lead records no country of its own: by country, a lead linked to an
 * account counts under that account's country and every other one under "(no country recorded)".
 */
export type LeadGrouping = 'source' | 'status' | 'campaign' | 'industry' | 'country';

/** The group of a lead that has no value for the grouping. */
const NONE: Record<'campaign' | 'industry' | 'country', string> = {
  campaign: '(no campaign)',
  industry: '(no industry)',
  country: '(no country recorded)',
};

/** One group of leads: how many, and how many of them converted, were disqualified or are still open. */
export interface LeadGroupRow {
  /** The source, status, campaign, industry or country ("(no campaign)" for leads without one, ...). */
  value: string;
  total: number;
  converted: number;
  disqualified: number;
  open: number;
}

/**
 * Leads counted by source, status, campaign, industry or country (`countryOf`: the country of the
 * lead's account, if any), the biggest group first (ties by name).
 */
export function leadBreakdown(
  leads: readonly Lead[],
  groupBy: LeadGrouping,
  countryOf: (lead: Lead) => string | undefined = () => undefined,
): LeadGroupRow[] {
  const rows = new Map<string, LeadGroupRow>();
  for (const lead of leads) {
    const value =
      groupBy === 'source' || groupBy === 'status'
        ? lead[groupBy]
        : ((groupBy === 'country' ? countryOf(lead) : lead[groupBy]) ?? NONE[groupBy]);
    const row = rows.get(value) ?? { value, total: 0, converted: 0, disqualified: 0, open: 0 };
    row.total++;
    if (lead.status === 'converted') row.converted++;
    else if (lead.status === 'disqualified') row.disqualified++;
    else row.open++;
    rows.set(value, row);
  }
  return [...rows.values()].sort((a, b) => b.total - a.total || a.value.localeCompare(b.value));
}
