import type { RecordQueryResult } from '../../skills/query-records';
import type { BreakdownField, RecordQuery } from '../../vocabulary';
import { countryWithArticle } from '../../vocabulary';
import { formatCalendarDay, formatMoneyExact, formatMoneyList } from '../replies/format';
import type { Reply, ReplyImage } from '../reply';
import { barChart, mainCurrencyOf } from '../replies/bar-chart';

/** How a field is said in a heading ("Accounts by country"). */
const FIELD_NAMES: Record<BreakdownField, string> = {
  industry: 'industry',
  country: 'country',
  region: 'region',
  status: 'status',
  size: 'company size',
  buyingRole: 'buying role',
  source: 'source',
  type: 'deal type',
  forecastCategory: 'forecast category',
  currency: 'currency',
  stage: 'stage',
  lostReason: 'reason',
};

/** How a field is said in the plural, for a ranking ("Top 5 industries"). */
const FIELDS_NAMED: Partial<Record<BreakdownField, string>> = {
  industry: 'industries',
  country: 'countries',
  region: 'regions',
  status: 'statuses',
  size: 'company sizes',
  buyingRole: 'buying roles',
  source: 'sources',
  type: 'deal types',
  currency: 'currencies',
  stage: 'stages',
  lostReason: 'reasons',
};

/** An account status in the plural, as a row of statuses set side by side says it. */
const STATUSES_NAMED: Readonly<Record<string, string>> = {
  customer: 'customers',
  prospect: 'prospects',
  churned: 'churned accounts',
};

/** Stored values said in words: "new_business" is "new business", "decision_maker" "decision maker". */
function valueWords(value: string, field?: BreakdownField): string {
  if (field === 'status' && STATUSES_NAMED[value]) return STATUSES_NAMED[value];
  return value.replace(/_/g, ' ');
}

/** A headcount bound in words: "with 10,000 or more employees", "with 50 to 200 employees". */
export function employeesWords(
  query: Pick<RecordQuery, 'minEmployees' | 'maxEmployees'>,
): string | undefined {
  const n = (count: number) => count.toLocaleString('en-US');
  const { minEmployees: min, maxEmployees: max } = query;
  if (min !== undefined && max !== undefined) return `with ${n(min)} to ${n(max)} employees`;
  if (min !== undefined) return `with ${n(min)} or more employees`;
  if (max !== undefined) return `with ${n(max)} or fewer employees`;
  return undefined;
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
    employeesWords(query),
    query.closeFrom && query.closeTo
      ? `closing ${formatCalendarDay(query.closeFrom)}–${formatCalendarDay(query.closeTo)}`
      : undefined,
    query.closedFrom && query.closedTo
      ? `closed ${formatCalendarDay(query.closedFrom)}–${formatCalendarDay(query.closedTo)}`
      : undefined,
  ].filter(Boolean);
  const place = query.country ? ` in ${countryWithArticle(query.country)}` : '';
  const records = `${recordsNamed(query)}${place}${where.length ? ` (${where.join(', ')})` : ''}`;
  if (query.breakdownValues?.length) return sideBySideReply(query, result, records);
  const ranked = query.limit !== undefined && (result.breakdown?.length ?? 0) > query.limit;
  const heading = ranked
    ? `Top ${query.limit} ${FIELDS_NAMED[field] ?? FIELD_NAMES[field]} by number of ${records.charAt(0).toLowerCase()}${records.slice(1)}`
    : `${records} by ${FIELD_NAMES[field]}`;
  const rows = ranked ? result.breakdown!.slice(0, query.limit) : (result.breakdown ?? []);
  if (!rows.length) return { text: `${heading}: none (${result.scopeLabel}).` };
  // Business already won or lost is reported to the unit ("$1,009,800", not "$1M").
  const closed = query.record === 'deal' && (query.status === 'won' || query.status === 'lost');
  const lines = rows.map((row) => {
    const amounts = closed
      ? row.totals.map((t) => formatMoneyExact(t.amount, t.currency)).join(' + ')
      : formatMoneyList(row.totals);
    const money = row.totals.length ? `, ${amounts}` : '';
    return `• ${valueWords(row.value, field)} — ${row.count}${money}`;
  });
  const ofAccount =
    query.record === 'contact' && field !== 'buyingRole'
      ? ` Each contact counts under their account's ${field}.`
      : query.record === 'deal' && (field === 'industry' || field === 'country' || field === 'size')
        ? ` Each deal counts under its account's ${field}.`
        : '';
  return {
    text:
      [`${heading} (${result.scopeLabel}, ${result.total} in all):`, ...lines].join('\n') +
      (ofAccount ? `\n${ofAccount.trim()}` : ''),
    images: breakdownChart(heading, rows, field),
  };
}

/** The breakdown drawn: deals' amounts in their main currency, other records' counts. */
function breakdownChart(
  heading: string,
  rows: NonNullable<RecordQueryResult['breakdown']>,
  field: BreakdownField,
): ReplyImage[] {
  const currency = mainCurrencyOf(rows);
  if (!currency)
    return barChart(
      heading,
      rows.map((row) => ({ label: valueWords(row.value, field), value: row.count })),
      'count',
      (n) => n.toLocaleString('en-US'),
    );
  return barChart(
    `${heading} (${currency})`,
    rows.map((row) => ({
      label: valueWords(row.value, field),
      value: row.totals.find((t) => t.currency === currency)?.amount ?? 0,
    })),
    currency,
    (amount) => formatMoneyExact(amount, currency),
  );
}

/**
 * Values set side by side ("Accounts: UK vs Germany?"): each value's count in the order asked, and
 * which has more and by how many ("The United Kingdom has 23 more than Germany (47 against 24).").
 */
function sideBySideReply(query: RecordQuery, result: RecordQueryResult, records: string): Reply {
  const field = query.breakdown!;
  const rows = result.breakdown ?? [];
  const named = (row: { value: string }) =>
    field === 'country' ? countryWithArticle(row.value) : valueWords(row.value, field);
  const heading = `${records} by ${FIELD_NAMES[field]}, ${rows.map(named).join(' against ')} (${result.scopeLabel}):`;
  const lines = rows.map((row) => `• ${valueWords(row.value, field)} — ${row.count}`);
  const [first, second] = [...rows].sort((a, b) => b.count - a.count);
  const plural = recordsNamed(query).toLowerCase();
  const noun = first && second && first.count - second.count === 1 ? plural.replace(/s$/, '') : plural;
  let verdict = '';
  if (rows.length === 2 && first && second)
    verdict =
      first.count === second.count
        ? `They are level, ${first.count} each.`
        : field === 'status'
          ? `${capitalized(named(first))} outnumber ${named(second)} by ${first.count - second.count} (${first.count} against ${second.count}).`
          : `${capitalized(named(first))} has ${first.count - second.count} more ${noun} than ${named(second)} (${first.count} against ${second.count}).`;
  else if (first && second && first.count > second.count)
    verdict = `${capitalized(named(first))} has the most (${first.count}).`;
  const ofAccount =
    query.record === 'contact' ? `Each contact counts under their account's ${FIELD_NAMES[field]}.` : '';
  return { text: [heading, ...lines, verdict, ofAccount].filter(Boolean).join('\n') };
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
