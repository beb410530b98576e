import type { Filter } from '../../store/store';
import {
  DEAL_STAGES,
  type Account,
  type BreakdownField,
  type Contact,
  type Deal,
  type RecordQuery,
} from '../../vocabulary';
import { ownerFilter, resolveDealScope } from '../shared/deal-scope';
import type { RecordVisibility } from '../shared/record-visibility';
import type { SkillContext } from '../skill';

/** One value of the field counted by: how many records have it and, for deals, their amount per currency. */
export interface BreakdownRow {
  value: string;
  count: number;
  totals: Array<{ amount: number; currency: string }>;
}

/** The value of records with none recorded ("12 accounts with no industry recorded"). */
export const NOT_RECORDED = '(not recorded)';

/** An account's value of a field, or undefined when it has none. */
export function accountValue(account: Account, field: BreakdownField): string | undefined {
  if (
    field === 'industry' ||
    field === 'country' ||
    field === 'region' ||
    field === 'status' ||
    field === 'size'
  )
    return account[field] || undefined;
  return undefined;
}

/** A deal's value of a field, or undefined when it has none; its industry and country are its account's. */
export function dealValue(deal: Deal, field: BreakdownField, account?: Account): string | undefined {
  if (
    field === 'source' ||
    field === 'type' ||
    field === 'forecastCategory' ||
    field === 'currency' ||
    field === 'stage' ||
    field === 'lostReason'
  )
    return deal[field] || undefined;
  if (field === 'industry' || field === 'country' || field === 'size') return account?.[field] || undefined;
  return undefined;
}

/**
 * The records counted per value (those with none under `NOT_RECORDED`), the most first, ties by
 * value; with `amountOf`, each value's amounts summed per currency, the biggest first.
 */
export function countedBy<T>(
  records: readonly T[],
  valueOf: (record: T) => string | undefined,
  amountOf?: (record: T) => { amount: number; currency: string },
): BreakdownRow[] {
  const rows = new Map<string, { count: number; sums: Map<string, number> }>();
  for (const record of records) {
    const value = valueOf(record) ?? NOT_RECORDED;
    const row = rows.get(value) ?? { count: 0, sums: new Map<string, number>() };
    row.count += 1;
    if (amountOf) {
      const { amount, currency } = amountOf(record);
      row.sums.set(currency, (row.sums.get(currency) ?? 0) + amount);
    }
    rows.set(value, row);
  }
  return [...rows]
    .map(([value, { count, sums }]) => ({
      value,
      count,
      totals: [...sums]
        .map(([currency, amount]) => ({ currency, amount }))
        .sort((a, b) => b.amount - a.amount),
    }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/** Stage rows in the pipeline's order (prospecting first, won and lost last), as a pipeline is read. */
export function inStageOrderWhen(byStage: boolean, rows: BreakdownRow[]): BreakdownRow[] {
  if (!byStage) return rows;
  const at = (value: string) => {
    const index = (DEAL_STAGES as readonly string[]).indexOf(value);
    return index < 0 ? DEAL_STAGES.length : index;
  };
  return [...rows].sort((a, b) => at(a.value) - at(b.value));
}

/**
 * The rows of the values asked side by side (`RecordQuery.breakdownValues`), in the order asked, each
 * with its count (0 when no record has it; values compared without case); every row when none is asked.
 */
export function rowsAsked(
  rows: readonly BreakdownRow[],
  values: readonly string[] | undefined,
): BreakdownRow[] {
  if (!values?.length) return [...rows];
  return values.map(
    (value) =>
      rows.find((row) => row.value.toLowerCase() === value.toLowerCase()) ?? { value, count: 0, totals: [] },
  );
}

/**
 * The contacts at the accounts the caller may see the people of (those an owner said owns, in the
 * region and industry said), counted by their buying role or their account's field; people who
 * left their company are not counted.
 */
export async function contactsCountedBy(
  query: RecordQuery & { breakdown: BreakdownField },
  { services, caller }: SkillContext,
  visibility: RecordVisibility,
): Promise<{ scopeLabel: string; total: number; rows: BreakdownRow[] }> {
  const filter: Filter = {};
  if (query.region) filter.region = query.region;
  if (query.industry)
    filter.industry = new RegExp(`^${query.industry.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i');
  if (query.country)
    filter.country = new RegExp(`^${query.country.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i');
  if (query.accountStatus) filter.status = query.accountStatus;
  let scopeLabel =
    caller.role === 'admin' || caller.role === 'marketing' ? 'all contacts' : 'contacts you can see';
  if (!('scope' in query.owner) || query.owner.scope !== 'all') {
    const scope = await resolveDealScope(services, caller, query.owner);
    Object.assign(filter, ownerFilter(scope));
    scopeLabel = scope.label === 'your deals' ? 'your contacts' : `${scope.label}'s contacts`;
  }
  const accounts = await visibility.onlyFull(
    await services.store.accounts.find(filter),
    (a) => a.ownerId,
    'contact',
  );
  const byId = new Map(accounts.map((a) => [a._id, a]));
  const contacts = (await services.store.contacts.find({ accountId: { $in: [...byId.keys()] } })).filter(
    (c) => !c.leftAt,
  );
  const field = query.breakdown;
  const rows = countedBy(contacts, (c: Contact) =>
    field === 'buyingRole' ? c.buyingRole : accountValue(byId.get(c.accountId)!, field),
  );
  return { scopeLabel, total: contacts.length, rows };
}
