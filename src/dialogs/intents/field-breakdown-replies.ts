import type { RecordQueryResult } from '../../skills/query-records';
import type { BreakdownField, RecordQuery } from '../../vocabulary';
import { formatCalendarDay, formatMoneyExact, formatMoneyList } from '../replies/format';
import type { Reply } from '../reply';

/** How a field is said in a heading ("Accounts by country"). */
const FIELD_NAMES: Record<BreakdownField, string> = {
  industry: 'industry',
  country: 'country',
  status: 'status',
  size: 'company size',
  buyingRole: 'buying role',
  source: 'source',
  type: 'deal type',
  forecastCategory: 'forecast category',
  currency: 'currency',
};

/** Stored values said in words: "new_business" is "new business", "decision_maker" "decision maker". */
function valueWords(value: string): string {
  return value.replace(/_/g, ' ');
}

/** The records the heading names: "Open deals", "Won deals", "Customers", "Contacts". */
function recordsNamed(query: RecordQuery): string {
  if (query.record === 'deal')
    return query.status === 'won' ? 'Won deals' : query.status === 'lost' ? 'Lost deals' : 'Open deals';
  if (query.record === 'contact') return 'Contacts';
  if (query.accountStatus === 'customer') return 'Customers';
  if (query.accountStatus === 'prospect') return 'Prospects';
  if (query.accountStatus === 'churned') return 'Churned accounts';
  return 'Accounts';
}

/**
 * Records counted by a field: "Accounts by country (all accounts, 40): • United States — 14 ...";
 * deals with each value's amount per currency. Where the records' field is empty, they are counted
 * as not recorded, and the contacts' country and industry are said to be their account's.
 */
export function fieldBreakdownReply(query: RecordQuery, result: RecordQueryResult): Reply {
  const field = query.breakdown!;
  const where = [
    query.region,
    query.industry,
    query.closeFrom && query.closeTo
      ? `closing ${formatCalendarDay(query.closeFrom)}–${formatCalendarDay(query.closeTo)}`
      : undefined,
    query.closedFrom && query.closedTo
      ? `closed ${formatCalendarDay(query.closedFrom)}–${formatCalendarDay(query.closedTo)}`
      : undefined,
  ].filter(Boolean);
  const heading = `${recordsNamed(query)}${where.length ? ` (${where.join(', ')})` : ''} by ${FIELD_NAMES[field]}`;
  const rows = result.breakdown ?? [];
  if (!rows.length) return { text: `${heading}: none (${result.scopeLabel}).` };
  // Business already won or lost is reported to the unit ("$1,009,800", not "$1M").
  const closed = query.record === 'deal' && (query.status === 'won' || query.status === 'lost');
  const lines = rows.map((row) => {
    const amounts = closed
      ? row.totals.map((t) => formatMoneyExact(t.amount, t.currency)).join(' + ')
      : formatMoneyList(row.totals);
    const money = row.totals.length ? `, ${amounts}` : '';
    return `• ${valueWords(row.value)} — ${row.count}${money}`;
  });
  const ofAccount =
    query.record === 'contact' && field !== 'buyingRole'
      ? ` Each contact counts under their account's ${field}.`
      : '';
  return {
    text:
      [`${heading} (${result.scopeLabel}, ${result.total} in all):`, ...lines].join('\n') +
      (ofAccount ? `\n${ofAccount.trim()}` : ''),
  };
}
