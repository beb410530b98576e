import type { Filter } from '../../store/store';
import type { Contact, RecordQuery } from '../../vocabulary';
import { resolveDealScope, ownerFilter } from '../shared/deal-scope';
import { calendarDayOf, localDayIn } from '../shared/local-day';
import type { RecordVisibility } from '../shared/record-visibility';
import type { SkillContext } from '../skill';
import { activityByMember, membersOf, type MemberActivityRow } from './team-work';

/** One person as a field question answers it; a part is absent when the caller may not see it. */
export interface PersonRow {
  id: string;
  name: string;
  accountId: string;
  accountName?: string;
  title?: string;
  buyingRole?: string;
  email?: string;
  phone?: string;
  emailOptOut?: boolean;
  phoneOptOut?: boolean;
  preferredChannel?: string;
  /** The day they left the company (`YYYY-MM-DD`), when they did. */
  leftOn?: string;
  /** The latest interaction with them, as an instant (ISO). */
  lastInteraction?: { type: string; occurredAt: string; summary: string };
}

/**
 * The contacts a question names by id (a person named in the question, or the people the
 * conversation just showed), each with the parts the caller may see of their account: title and
 * employer with `contact`, the address with `contact-email`, the number with `contact-phone`.
 */
export async function peopleById(
  query: RecordQuery,
  { services }: SkillContext,
  visibility: RecordVisibility,
): Promise<PersonRow[]> {
  const named = await services.store.contacts.find({ _id: { $in: query.contactIds ?? [] } });
  // "patricia baker at acme": of the people so named, those at the account said (all when none is).
  const there = query.accountId ? named.filter((c) => c.accountId === query.accountId) : [];
  const contacts = there.length ? there : named;
  const accounts = new Map(
    (await services.store.accounts.find({ _id: { $in: contacts.map((c) => c.accountId) } })).map((a) => [
      a._id,
      a,
    ]),
  );
  const rows: PersonRow[] = [];
  for (const contact of contacts) {
    const account = accounts.get(contact.accountId);
    const access = async (part: Parameters<RecordVisibility['access']>[1]) =>
      (await visibility.access(account?.ownerId, part)) === 'full';
    if (!(await access('contact'))) continue;
    const [email, phone, interactions] = await Promise.all([
      access('contact-email'),
      access('contact-phone'),
      access('interaction'),
    ]);
    const last =
      query.field === 'lastInteraction' && interactions
        ? await services.store.interactions.findOne(
            {
              contactId: contact._id,
              // "when did we last email jane": the latest of that kind, not the latest of any kind.
              ...(query.interactionTypes?.length ? { type: { $in: [...query.interactionTypes] } } : {}),
            },
            { sort: { occurredAt: -1 } },
          )
        : null;
    rows.push(personRow(contact, account?.name, { email, phone }, last));
  }
  // In the order asked (the conversation's order: the first one shown first).
  const order = new Map((query.contactIds ?? []).map((id, index) => [id, index]));
  return rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

function personRow(
  c: Contact,
  accountName: string | undefined,
  show: { email: boolean; phone: boolean },
  last: { type: string; occurredAt: Date; summary: string } | null,
): PersonRow {
  return {
    id: c._id,
    name: `${c.firstName} ${c.lastName}`,
    accountId: c.accountId,
    ...(accountName ? { accountName } : {}),
    ...(c.title ? { title: c.title } : {}),
    ...(c.buyingRole ? { buyingRole: c.buyingRole } : {}),
    ...(show.email && c.email ? { email: c.email } : {}),
    ...(show.phone && c.phone ? { phone: c.phone } : {}),
    ...(c.emailOptOut ? { emailOptOut: true } : {}),
    ...(c.phoneOptOut ? { phoneOptOut: true } : {}),
    ...(c.preferredChannel ? { preferredChannel: c.preferredChannel } : {}),
    ...(c.leftAt ? { leftOn: calendarDayOf(c.leftAt) } : {}),
    ...(last
      ? {
          lastInteraction: {
            type: last.type,
            occurredAt: last.occurredAt.toISOString(),
            summary: last.summary,
          },
        }
      : {}),
  };
}

/** Interactions counted or listed, with how many of each type. */
export interface ActivityResult {
  scopeLabel: string;
  total: number;
  byType: Record<string, number>;
  rows: Array<{
    id: string;
    type: string;
    occurredAt: string;
    summary: string;
    accountName?: string;
    byName?: string;
  }>;
  /** Per team member (`groupBy: 'owner'`): everyone in the scope, those who logged none included. */
  members?: MemberActivityRow[];
}

/**
 * Interactions by type and period ("how many meetings did I have in November", "calls I logged last
 * week", "emails to Acme this month"): those had by the owner's people (the caller, their team, a
 * named rep: the same scopes as deals, under the same rules), of one account when the question names
 * one, between two days of the reader's calendar.
 */
export async function activityMatching(
  query: RecordQuery,
  { services, caller }: SkillContext,
  visibility: RecordVisibility,
  accountId: string | undefined,
): Promise<ActivityResult> {
  // With one person ("every interaction with jane cooper", "calls with bill this month"): everyone's
  // interactions with them, as at one account (the account's visibility decides).
  const people = query.contactIds?.length
    ? await services.store.contacts.find({ _id: { $in: query.contactIds } })
    : [];
  // At one account with no owner said: everyone's interactions there (the account's visibility decides).
  const atAccount =
    (accountId !== undefined || people.length > 0) && 'scope' in query.owner && query.owner.scope === 'all';
  const withWhom = people.map((c) => `${c.firstName} ${c.lastName}`).join(' or ');
  const resolved = atAccount
    ? { label: people.length ? `with ${withWhom}` : 'everyone', ownerIds: null }
    : await resolveDealScope(services, caller, query.owner);
  const scope =
    people.length && !atAccount ? { ...resolved, label: `${resolved.label}, with ${withWhom}` } : resolved;
  const filter: Filter = {};
  const owners = ownerFilter(scope).ownerId;
  if (owners) filter.userId = owners;
  if (accountId) filter.accountId = accountId;
  if (query.contactIds?.length) filter.contactId = { $in: people.map((c) => c._id) };
  if (query.interactionTypes?.length) filter.type = { $in: query.interactionTypes };
  let found = await services.store.interactions.find(filter, { sort: { occurredAt: -1 } });
  found = found.filter((i) => {
    const day = localDayIn(i.occurredAt, caller.timezone);
    return (
      (!query.occurredFrom || day >= query.occurredFrom) && (!query.occurredTo || day <= query.occurredTo)
    );
  });
  // Interactions at accounts the caller does not see in full are not counted.
  const accountIds = [...new Set(found.map((i) => i.accountId).filter((id): id is string => Boolean(id)))];
  const full = await visibility.accountIdsWithFull(accountIds, 'interaction');
  found = found.filter((i) => !i.accountId || full.has(i.accountId));
  const byType: Record<string, number> = {};
  for (const i of found) byType[i.type] = (byType[i.type] ?? 0) + 1;
  const shown = found.slice(0, query.limit ?? 10);
  const [accounts, users] = await Promise.all([
    services.store.accounts.find(
      { _id: { $in: [...new Set(shown.map((i) => i.accountId).filter(Boolean))] } },
      { projection: { name: 1 } },
    ),
    services.store.users.find({}, { projection: { name: 1 } }),
  ]);
  const accountName = new Map(accounts.map((a) => [a._id, a.name]));
  const userName = new Map(users.map((u) => [u._id, u.name]));
  const members =
    query.groupBy === 'owner' && !atAccount
      ? activityByMember(
          await membersOf(services, caller, scope),
          found,
          query.order === 'smallest' ? 'smallest' : 'biggest',
        )
      : undefined;
  return {
    scopeLabel: scope.label,
    total: found.length,
    byType,
    ...(members ? { members } : {}),
    rows: shown.map((i) => ({
      id: i._id,
      type: i.type,
      occurredAt: i.occurredAt.toISOString(),
      summary: i.summary,
      ...(i.accountId && accountName.get(i.accountId) ? { accountName: accountName.get(i.accountId)! } : {}),
      ...(i.userId && userName.get(i.userId) ? { byName: userName.get(i.userId)! } : {}),
    })),
  };
}
