import type { LeadRateRow } from '../../skills/lead-conversion/lead-rates';
import type { LeadRateGroup } from '../routing/lead-rate-questions';
import type { Reply, ReplyListItem } from '../reply';
import { formatPercent } from './format';

/** "67% (2 of 3 resolved)", or "no lead resolved yet" while none has converted or been disqualified. */
function rateWords(row: LeadRateRow): string {
  return row.rate === undefined
    ? 'no lead resolved yet'
    : `${formatPercent(row.rate)} (${row.converted} of ${row.resolved} resolved)`;
}

/** "9 leads: 5 converted, 1 disqualified, 3 open". */
function countWords(row: LeadRateRow): string {
  return `${row.total} lead${row.total === 1 ? '' : 's'}: ${row.converted} converted, ${row.disqualified} disqualified, ${row.open} open`;
}

/**
 * One group's or all leads' conversion rate, the figure first: "Webinar leads convert at 67%: 2 of
 * the 3 resolved converted (1 disqualified). All told 2 of 4 converted; 1 is still open."
 */
export function leadRateReply(row: LeadRateRow, what: string, detail?: string): Reply {
  const title = `Conversion rate: ${what}`;
  if (!row.total) return { title, text: `There are no ${what} you can see.` };
  const open = row.open ? `; ${row.open} ${row.open === 1 ? 'is' : 'are'} still open` : '';
  const text =
    row.rate === undefined
      ? `None of the ${row.total} ${what} has converted or been disqualified yet, so there is no conversion rate yet (${row.open} open).`
      : `${capitalized(what)} convert at ${formatPercent(row.rate)}: ${row.converted} of the ${row.resolved} resolved converted (${row.disqualified} disqualified). All told ${row.converted} of ${row.total} converted${open}.`;
  return {
    title,
    text: detail ? `${text}\n${detail}` : text,
    facts: [
      { label: 'Conversion rate', value: row.rate === undefined ? '—' : formatPercent(row.rate) },
      { label: 'Leads', value: countWords(row) },
    ],
  };
}

/** How the best group is picked, said under a ranking. */
const JUDGED =
  'Best = the highest conversion rate: leads converted ÷ leads resolved (converted or disqualified); open leads are not counted yet.';
/** Why a lead has a country only through its account. */
const NO_LEAD_COUNTRY =
  'A lead records no country of its own: one linked to an account counts under that account’s country.';

/**
 * Groups ranked by conversion rate, the best first: "Referral converts best: 83% (5 of 6 resolved).
 * • referral — 83% (5 of 6 resolved) · 9 leads: …"; groups with too few resolved leads listed after,
 * leads with no campaign (industry, country) as the comparison, and how "best" was judged.
 */
export function leadRateRankingReply(
  by: LeadRateGroup,
  ranked: readonly LeadRateRow[],
  tooFew: readonly LeadRateRow[],
  minResolved: number,
  without?: LeadRateRow,
  period?: string,
): Reply {
  const title = `Lead conversion rate by ${by}${period ? `, leads ${period}` : ''}`;
  if (!ranked.length && !tooFew.length)
    return { title, text: `There are no leads with ${by === 'industry' ? 'an' : 'a'} ${by} you can see.` };
  const item = (row: LeadRateRow): ReplyListItem => ({
    title: row.value,
    value: row.rate === undefined ? '—' : formatPercent(row.rate),
    subtitle: `${rateWords(row)} · ${countWords(row)}`,
  });
  const best = ranked[0];
  const lead = best
    ? `${capitalized(best.value)} converts best: ${rateWords(best)}.`
    : `No ${by} has ${minResolved} resolved leads yet, so none can be ranked.`;
  const lines = [lead, ...ranked.map((row) => `• ${row.value} — ${rateWords(row)} · ${countWords(row)}`)];
  if (tooFew.length)
    lines.push(
      `Too few resolved leads to rank (under ${minResolved}): ${tooFew.map((row) => `${row.value} ${rateWords(row)}`).join('; ')}.`,
    );
  if (without?.total)
    lines.push(
      `Leads ${without.value.replace(/^\((.*)\)$/, 'with $1')}, for comparison: ${rateWords(without)}.`,
    );
  if (best) lines.push(JUDGED);
  if (by === 'country') lines.push(NO_LEAD_COUNTRY);
  const lists = [{ title, items: ranked.map(item) }];
  if (tooFew.length) lists.push({ title: 'Too few resolved to rank', items: tooFew.map(item) });
  return { title, text: lines.join('\n'), lists };
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
