import type { Store } from '../../store/store';
import type { Case, CaseChannel, CasePriority, CaseStatus } from '../../vocabulary';
import { OPEN_CASE_STATUSES } from '../../vocabulary';
import { contactNameOf } from './contact-at-account';
import type { RecordVisibility } from './record-visibility';

/** A case as skills return it: its number, what and for whom, where it stands against its SLA. */
export interface CaseView {
  id: string;
  number: number;
  subject: string;
  description?: string;
  status: CaseStatus;
  priority: CasePriority;
  channel: CaseChannel;
  account?: { id: string; name: string };
  contact?: { id: string; name: string };
  owner?: { id: string; name: string };
  openedAt: Date;
  slaDueAt?: Date;
  /** Open (or pending) past its SLA due time at the moment of the call. */
  breached: boolean;
  resolution?: string;
  resolvedAt?: Date;
}

/**
 * The cases the caller may see: those of accounts whose `case` part they see in full (support,
 * admins, analysts: all; reps and managers: their team's). A case without an account (a website
 * hand-off) is support's: reps and managers do not see it.
 */
export async function onlyVisibleCases(
  visibility: RecordVisibility,
  cases: readonly Case[],
): Promise<Case[]> {
  const accountIds = cases.flatMap((c) => (c.accountId ? [c.accountId] : []));
  const visible = await visibility.accountIdsWithFull(accountIds, 'case');
  const role = visibility.viewer.role;
  const seesUnlinked = role === 'support' || role === 'admin' || role === 'analyst';
  return cases.filter((c) => (c.accountId ? visible.has(c.accountId) : seesUnlinked));
}

/** The views of cases, with account, contact and owner names read in one query each. */
export async function caseViewsOf(store: Store, cases: readonly Case[], now: Date): Promise<CaseView[]> {
  const ids = (pick: (c: Case) => string | undefined) => [
    ...new Set(cases.flatMap((c) => (pick(c) ? [pick(c)!] : []))),
  ];
  const [accounts, contacts, users] = await Promise.all([
    store.accounts.find({ _id: { $in: ids((c) => c.accountId) } }, { projection: { name: 1 } }),
    store.contacts.find(
      { _id: { $in: ids((c) => c.contactId) } },
      { projection: { firstName: 1, lastName: 1 } },
    ),
    store.users.find({ _id: { $in: ids((c) => c.ownerId) } }, { projection: { name: 1 } }),
  ]);
  const accountName = new Map(accounts.map((a) => [a._id, a.name]));
  const contactName = new Map(contacts.map((c) => [c._id, contactNameOf(c)]));
  const userName = new Map(users.map((u) => [u._id, u.name]));
  return cases.map((c) => caseViewOf(c, now, accountName, contactName, userName));
}

function caseViewOf(
  c: Case,
  now: Date,
  accountName: ReadonlyMap<string, string>,
  contactName: ReadonlyMap<string, string>,
  userName: ReadonlyMap<string, string>,
): CaseView {
  const named = (id: string | undefined, names: ReadonlyMap<string, string>) =>
    id && names.has(id) ? { id, name: names.get(id)! } : undefined;
  const account = named(c.accountId, accountName);
  const contact = named(c.contactId, contactName);
  const owner = named(c.ownerId, userName);
  return {
    id: c._id,
    number: c.number,
    subject: c.subject,
    ...(c.description ? { description: c.description } : {}),
    status: c.status,
    priority: c.priority,
    channel: c.channel,
    ...(account ? { account } : {}),
    ...(contact ? { contact } : {}),
    ...(owner ? { owner } : {}),
    openedAt: c.history.find((entry) => entry.action === 'opened')?.at ?? c.createdAt ?? now,
    ...(c.slaDueAt ? { slaDueAt: c.slaDueAt } : {}),
    breached: OPEN_CASE_STATUSES.includes(c.status) && !!c.slaDueAt && c.slaDueAt < now,
    ...(c.resolution ? { resolution: c.resolution } : {}),
    ...(c.resolvedAt ? { resolvedAt: c.resolvedAt } : {}),
  };
}
