import type { Filter } from '../../store/store';
import type { RecordQuery } from '../../vocabulary';
import { ownerFilter, resolveDealScope } from '../shared/deal-scope';
import { localDayIn } from '../shared/local-day';
import type { RecordVisibility } from '../shared/record-visibility';
import type { SkillContext } from '../skill';

/** A contact nobody has been in touch with since the query's day, with their account and last interaction. */
export interface QuietContactRow {
  id: string;
  name: string;
  title?: string;
  accountName?: string;
  /** The reader's calendar day of the latest interaction with them; absent: none logged. */
  lastInteraction?: string;
}

/**
 * The latest interaction per key (an account's or a contact's id) among `ids`, as the reader's
 * calendar day: `field` says which of the interaction's ids is the key.
 */
export async function lastInteractionDays(
  { services, caller }: SkillContext,
  field: 'accountId' | 'contactId',
  ids: readonly string[],
): Promise<Map<string, string>> {
  const last = new Map<string, Date>();
  if (!ids.length) return new Map();
  const found = await services.store.interactions.find(
    { [field]: { $in: [...ids] } },
    { projection: { accountId: 1, contactId: 1, occurredAt: 1 } },
  );
  for (const i of found) {
    const key = i[field];
    if (key && (!last.has(key) || i.occurredAt > last.get(key)!)) last.set(key, i.occurredAt);
  }
  return new Map([...last].map(([key, at]) => [key, localDayIn(at, caller.timezone)]));
}

/** True when the last day is before `since` (or there is none): nobody in touch from `since` on. */
export function quietSince(last: string | undefined, since: string): boolean {
  return last === undefined || last < since;
}

/** Never contacted first, then the longest silence first. */
export function byLongestSilence(a: string | undefined, b: string | undefined): number {
  return (a ?? '').localeCompare(b ?? '');
}

/**
 * Contacts of the accounts the caller may see (the question's owner's, or every one they see in
 * full) with no interaction logged with them from `since` on, longest silence first; people who
 * left their company are not counted.
 */
export async function quietContacts(
  query: RecordQuery,
  since: string,
  context: SkillContext,
  visibility: RecordVisibility,
): Promise<{ scopeLabel: string; total: number; rows: QuietContactRow[] }> {
  const { services, caller } = context;
  const filter: Filter = {};
  if (query.region) filter.region = query.region;
  let label = caller.role === 'admin' ? 'all contacts' : 'contacts you can see';
  if (!('scope' in query.owner) || query.owner.scope !== 'all') {
    const scope = await resolveDealScope(services, caller, query.owner);
    Object.assign(filter, ownerFilter(scope));
    label = scope.label === 'your deals' ? 'your contacts' : `${scope.label}'s contacts`;
  }
  const found = await services.store.accounts.find(filter, { projection: { name: 1, ownerId: 1 } });
  const accounts = await visibility.onlyFull(found, (a) => a.ownerId, 'contact');
  const accountName = new Map(accounts.map((a) => [a._id, a.name]));
  const contacts = (
    await services.store.contacts.find({ accountId: { $in: accounts.map((a) => a._id) } })
  ).filter((c) => !c.leftAt);
  const last = await lastInteractionDays(
    context,
    'contactId',
    contacts.map((c) => c._id),
  );
  const quiet = contacts
    .filter((c) => quietSince(last.get(c._id), since))
    .sort((a, b) => byLongestSilence(last.get(a._id), last.get(b._id)));
  return {
    scopeLabel: label,
    total: quiet.length,
    rows: quiet.slice(0, query.limit ?? 25).map((c) => ({
      id: c._id,
      name: `${c.firstName} ${c.lastName}`,
      ...(c.title ? { title: c.title } : {}),
      ...(accountName.get(c.accountId) ? { accountName: accountName.get(c.accountId)! } : {}),
      ...(last.get(c._id) ? { lastInteraction: last.get(c._id)! } : {}),
    })),
  };
}
