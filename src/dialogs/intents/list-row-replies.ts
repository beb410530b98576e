import type { RecordQueryResult } from '../../skills/query-records';
import type { RecordQuery } from '../../vocabulary';
import { formatMoneyExact } from '../replies/format';
import type { Reply } from '../reply';

const ORDINAL_NAMES = ['1st', '2nd', '3rd'];

function ordinal(n: number): string {
  return ORDINAL_NAMES[n - 1] ?? `${n}th`;
}

/** The deals a ranking is on, as a phrase: "won business", "lost business", "open pipeline". */
function rankedDeals(query: RecordQuery): string {
  if (query.status === 'won') return 'won business';
  if (query.status === 'lost') return 'lost business';
  return query.rankBy === 'count' ? 'open deals' : 'open pipeline';
}

/**
 * One owner of the ranking just shown, picked by position ("who's last?", "and who came second?"):
 * "Sophie Laurent is last (6th of 6) by amount of won business 1 Jan 2026–31 Dec 2026 (team
 * Enterprise): 23 deals worth $722k + €130k." `filters` says the ranking's filters as the ranking did.
 */
export function rankedRowReply(
  query: RecordQuery,
  result: RecordQueryResult,
  name: string,
  filters: string,
): Reply {
  const owners = result.owners ?? [];
  const at = owners.findIndex((owner) => owner.name === name);
  const where = `${filters ? ` ${filters}` : ''} (${result.scopeLabel})`;
  const row = owners[at];
  if (!row) return { text: `${name} is no longer in the ranking of ${rankedDeals(query)}${where}.` };
  const place =
    at === owners.length - 1 && owners.length > 1
      ? `last (${ordinal(at + 1)} of ${owners.length})`
      : `${ordinal(at + 1)} of ${owners.length}`;
  const by = query.rankBy === 'count' ? 'number of deals' : 'amount';
  const deals = `${row.count} deal${row.count === 1 ? '' : 's'}`;
  return {
    // One person's figures, to the unit ("$344,500 + £72,000"): the ranking already gave them rounded.
    text: `${row.name} is ${place} by ${by} of ${rankedDeals(query)}${where}: ${deals} worth ${row.totals.map((t) => formatMoneyExact(t.amount, t.currency)).join(' + ') || 'nothing'}.`,
  };
}

/**
 * Why the lost deals just shown were lost ("what was the main reason", "why did we lose them"): the
 * main recorded reason with how many of the deals it covers, then every reason counted. `filters`
 * says the deals' filters as the list did.
 */
export function lossReasonsReply(query: RecordQuery, result: RecordQueryResult, filters: string): Reply {
  const where = `${filters ? ` ${filters}` : ''} (${result.scopeLabel})`;
  if (!result.total) return { text: `No lost deals${where}.` };
  const reasons = Object.entries(result.lostReasons ?? {})
    .map(([reason, n]) => [reason === '(none)' ? 'no reason recorded' : reason, n] as const)
    .sort((a, b) => b[1] - a[1]);
  const only = result.total === 1 ? result.deals?.[0] : undefined;
  if (only) return { text: `${only.name} was lost: ${only.lostReason ?? 'no reason was recorded'}.` };
  const top = reasons.filter(([, n]) => n === reasons[0]![1]);
  const main =
    top.length === 1
      ? `The main reason: ${top[0]![0]}, ${top[0]![1]} of the ${result.total} lost deals${where}.`
      : `The main reasons: ${top.map(([reason]) => reason).join(' and ')}, ${top[0]![1]} each of the ${result.total} lost deals${where}.`;
  return {
    text: [main, `All reasons: ${reasons.map(([reason, n]) => `${reason} ${n}`).join(', ')}.`].join('\n'),
  };
}
