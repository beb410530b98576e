import type { Filter } from '../../store/store';
import { titleIsOfKind, type Account, type Contact, type RecordQuery } from '../../vocabulary';
import { ownerFilter, resolveDealScope } from '../shared/deal-scope';
import type { RecordVisibility } from '../shared/record-visibility';
import type { SkillContext } from '../skill';

/** One person at one of the accounts matched, with the account's name ("Hannah Schmidt, CFO at Acme GmbH"). */
export interface ContactAtAccountRow {
  id: string;
  name: string;
  title?: string;
  buyingRole?: string;
  email?: string;
  accountName: string;
  /** The person has left their company (`leftAt`): still a contact record, not someone to invite. */
  left?: true;
}

/** The people at the accounts a query's filters match: how many, at how many accounts, and the first rows. */
export interface ContactsAtAccounts {
  scopeLabel: string;
  total: number;
  accountCount: number;
  /** How many of `total` have left their company. */
  left: number;
  rows: ContactAtAccountRow[];
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * True when a contact has the role asked: its buying role (`decision_maker`, `champion`, ...), a
 * kind of job ("cto" also holds "Chief Technology Officer", "it" every IT and technical title), or a
 * title word; of several joined with `+` ("it_manager+head_of_it"), any one.
 */
export function hasContactRole(contact: Pick<Contact, 'buyingRole' | 'title'>, role: string): boolean {
  return role
    .toLowerCase()
    .split('+')
    .some(
      (wanted) =>
        contact.buyingRole === wanted ||
        titleIsOfKind(contact.title, wanted) ||
        new RegExp(`\\b${escaped(wanted.replace(/_/g, ' '))}\\b`, 'i').test(contact.title ?? ''),
    );
}

/**
 * True when a contact has the e-mail standing asked: opted out of marketing e-mail, no address on
 * record, or one a campaign may write to (an address, not opted out, still at the company: the rule
 * audiences and marketing exports apply).
 */
export function hasEmailStanding(
  contact: Pick<Contact, 'email' | 'emailOptOut' | 'leftAt'>,
  standing: NonNullable<RecordQuery['contactEmail']>,
): boolean {
  if (standing === 'optedOut') return Boolean(contact.emailOptOut);
  if (standing === 'none') return !contact.email;
  return Boolean(contact.email) && !contact.emailOptOut && !contact.leftAt;
}

/**
 * The people at the accounts of an industry, country, region or status ("decision makers at german
 * accounts", "how many contacts do we have in the uk", "CTOs at uk accounts"), or at one account
 * when `only` is given: the accounts the caller sees in full whose contacts the policy shows (every
 * account for marketing and admins), or those of the owner named; of a role or an e-mail standing
 * when one is asked. People who left their company are still contact records: counted, and said to
 * have left.
 */
export async function contactsAtAccounts(
  query: RecordQuery,
  { services, caller }: SkillContext,
  visibility: RecordVisibility,
  only?: Account | null,
): Promise<ContactsAtAccounts> {
  const filter: Filter = only ? { _id: only._id } : {};
  if (query.region) filter.region = query.region;
  if (query.accountStatus) filter.status = query.accountStatus;
  if (query.industry) filter.industry = new RegExp(`^${escaped(query.industry)}$`, 'i');
  if (query.country) filter.country = new RegExp(`^${escaped(query.country)}$`, 'i');
  let scopeLabel =
    caller.role === 'admin' || caller.role === 'marketing' ? 'all accounts' : 'accounts you can see';
  if (!only && (!('scope' in query.owner) || query.owner.scope !== 'all')) {
    const scope = await resolveDealScope(services, caller, query.owner);
    Object.assign(filter, ownerFilter(scope));
    scopeLabel = scope.label === 'your deals' ? 'your accounts' : `${scope.label}'s accounts`;
  }
  const accounts = await visibility.onlyFull(
    await services.store.accounts.find(filter, { sort: { name: 1 } }),
    (a) => a.ownerId,
    'contact',
  );
  const byId = new Map(accounts.map((a) => [a._id, a]));
  const people = (await services.store.contacts.find({ accountId: { $in: [...byId.keys()] } }))
    .filter((c) => !query.contactRole || hasContactRole(c, query.contactRole))
    // "how many contacts have left their company": only those.
    .filter((c) => !query.contactsLeft || Boolean(c.leftAt))
    // "how many contacts have opted out of email", "who can we email at globex": that standing only.
    .filter((c) => !query.contactEmail || hasEmailStanding(c, query.contactEmail))
    .sort(
      (a, b) =>
        byId.get(a.accountId)!.name.localeCompare(byId.get(b.accountId)!.name) ||
        `${a.lastName} ${a.firstName}`.localeCompare(`${b.lastName} ${b.firstName}`),
    );
  const limit = query.limit ?? 50;
  return {
    scopeLabel,
    total: people.length,
    accountCount: accounts.length,
    left: people.filter((c) => c.leftAt).length,
    rows: people.slice(0, limit).map((c) => ({
      id: c._id,
      name: `${c.firstName} ${c.lastName}`,
      ...(c.title ? { title: c.title } : {}),
      ...(c.buyingRole ? { buyingRole: c.buyingRole } : {}),
      ...(c.email ? { email: c.email } : {}),
      accountName: byId.get(c.accountId)!.name,
      ...(c.leftAt ? { left: true as const } : {}),
    })),
  };
}
