import { OPEN_STAGES, type Account, type Contact, type Deal, type Interaction } from '../../vocabulary';
import type { Store } from '../../store/store';

/** An amount of money in one currency. */
export interface Money {
  currency: string;
  amount: number;
}

/**
 * Everything a rep wants to know about an account before a call, as data. The parts the caller may
 * not see (deals and interactions for marketing, a contact's phone) are left out, not emptied.
 */
export interface FullAccountBriefing {
  access: 'full';
  account: Pick<
    Account,
    'name' | 'domain' | 'industry' | 'employees' | 'size' | 'region' | 'country' | 'status' | 'annualRevenue'
  > & { id: string };
  owner?: { id: string; name: string; email: string };
  openDeals?: Array<
    Pick<Deal, 'name' | 'stage' | 'amount' | 'currency' | 'closeDate' | 'probability'> & { id: string }
  >;
  /** Open pipeline per currency (amounts are never summed across currencies). */
  openPipeline?: Money[];
  /** Won in the last 12 months, per currency. */
  wonLastYear?: Money[];
  contactCount?: number;
  /** Primary contacts and champions first; those who left the company (`leftAt`) after everyone still there. */
  contacts?: Array<
    Pick<Contact, 'title' | 'email' | 'phone' | 'buyingRole' | 'primary' | 'leftAt'> & {
      id: string;
      name: string;
    }
  >;
  recentInteractions?: Array<Pick<Interaction, 'type' | 'occurredAt' | 'summary'> & { by?: string }>;
  lastInteractionAt?: Date;
  /** An active customer's churn risk, for callers who may see it, once a churn model exists. */
  churnRisk?: { probability: number; level: 'high' | 'medium' | 'low'; reasons: string[] };
}

/** What of an account's records the caller may see, as the visibility policy decided. */
export interface BriefingParts {
  /** The deals shown of those read (by their owners); absent: no deals, amounts or pipeline at all. */
  deals?: <D extends { ownerId: string }>(deals: D[]) => Promise<D[]>;
  /** Contacts with their e-mail and phone as the caller may see them; absent: no contacts. */
  contact?: <C extends { email?: string; phone?: string }>(contact: C) => C | undefined;
  interactions: boolean;
}

/** Contacts a briefing shows: the key ones in an overview, every one (up to a screenful) when contacts are asked for. */
export const MAX_CONTACTS = { key: 8, all: 50 } as const;
const MAX_INTERACTIONS = 5;
const ROLE_ORDER = ['champion', 'decision_maker', 'influencer', 'user', 'blocker'];

/**
 * Reads one part of the account's records: `load` itself, or what it returned before while the
 * store has not changed since (AccountReads). Kept records are shared: never changed in place.
 */
export type PartReader = <T>(part: string, load: () => Promise<T>) => Promise<T>;

/** Reads every part afresh. */
const readAfresh: PartReader = (_part, load) => load();

/**
 * Gathers an account's briefing with the indexed lookups of the store (no full scans), reading
 * only the parts the caller may see, through `read` (which may answer from records read before).
 */
export async function briefingFor(
  store: Store,
  account: Account,
  now: Date,
  parts: BriefingParts,
  read: PartReader = readAfresh,
  /** How many of the contacts to show ("list the contacts at Acme": all of them, up to 50). */
  maxContacts: number = MAX_CONTACTS.key,
): Promise<FullAccountBriefing> {
  const yearAgo = new Date(now.getTime() - 365 * 24 * 3600 * 1000);
  const none = <T>() => Promise.resolve([] as T[]);
  const [owner, allOpenDeals, wonSince, contacts, contactCount, interactions] = await Promise.all([
    account.ownerId
      ? read(`owner:${account.ownerId}`, () => store.users.findById(account.ownerId!))
      : Promise.resolve(null),
    parts.deals
      ? read('open-deals', () =>
          store.deals.find(
            { accountId: account._id, stage: { $in: [...OPEN_STAGES] } },
            { sort: { closeDate: 1 } },
          ),
        )
      : none<Deal>(),
    parts.deals
      ? read('won-deals', async () => ({
          since: yearAgo,
          deals: await store.deals.find({
            accountId: account._id,
            stage: 'closed_won',
            closeDate: { $gte: yearAgo },
          }),
        }))
      : Promise.resolve({ since: yearAgo, deals: [] as Deal[] }),
    parts.contact ? read('contacts', () => store.contacts.find({ accountId: account._id })) : none<Contact>(),
    parts.contact
      ? read('contact-count', () => store.contacts.countDocuments({ accountId: account._id }))
      : Promise.resolve(0),
    parts.interactions
      ? read('interactions', () =>
          store.interactions.find(
            { accountId: account._id },
            { sort: { occurredAt: -1 }, limit: MAX_INTERACTIONS },
          ),
        )
      : none<Interaction>(),
  ]);
  // Won deals read for an earlier window: without writes since, this window's are the ones of that
  // window still in it (time only moves deals out of it). A clock set back reads them again.
  const allWonDeals =
    wonSince.since.getTime() === yearAgo.getTime()
      ? wonSince.deals
      : wonSince.since.getTime() < yearAgo.getTime()
        ? wonSince.deals.filter((deal) => deal.closeDate.getTime() >= yearAgo.getTime())
        : await store.deals.find({
            accountId: account._id,
            stage: 'closed_won',
            closeDate: { $gte: yearAgo },
          });
  const openDeals = parts.deals ? await parts.deals(allOpenDeals) : [];
  const wonDeals = parts.deals ? await parts.deals(allWonDeals) : [];

  const userIds = [...new Set(interactions.flatMap((i) => (i.userId ? [i.userId] : [])))];
  const people = userIds.length
    ? await read(`people:${userIds.join(',')}`, () => store.users.find({ _id: { $in: userIds } }))
    : [];
  const nameOf = new Map(people.map((u) => [u._id, u.name]));

  const rankedContacts = [...contacts].sort(
    (a, b) =>
      Number(Boolean(a.leftAt)) - Number(Boolean(b.leftAt)) ||
      Number(b.primary) - Number(a.primary) ||
      rank(a.buyingRole) - rank(b.buyingRole) ||
      `${a.lastName} ${a.firstName}`.localeCompare(`${b.lastName} ${b.firstName}`),
  );

  const shownContact = parts.contact;
  return {
    access: 'full',
    account: {
      id: account._id,
      name: account.name,
      domain: account.domain,
      industry: account.industry,
      employees: account.employees,
      size: account.size,
      region: account.region,
      country: account.country,
      status: account.status,
      ...(account.annualRevenue !== undefined ? { annualRevenue: account.annualRevenue } : {}),
    },
    ...(owner ? { owner: { id: owner._id, name: owner.name, email: owner.email } } : {}),
    ...(parts.deals
      ? {
          openDeals: openDeals.map((d) => ({
            id: d._id,
            name: d.name,
            stage: d.stage,
            amount: d.amount,
            currency: d.currency,
            closeDate: d.closeDate,
            probability: d.probability,
          })),
          openPipeline: totalsByCurrency(openDeals),
          wonLastYear: totalsByCurrency(wonDeals),
        }
      : {}),
    ...(shownContact
      ? {
          contactCount,
          contacts: rankedContacts.slice(0, maxContacts).flatMap((c) => {
            const shown = shownContact({
              id: c._id,
              name: `${c.firstName} ${c.lastName}`,
              title: c.title,
              email: c.email,
              phone: c.phone,
              buyingRole: c.buyingRole,
              primary: c.primary,
              ...(c.leftAt ? { leftAt: c.leftAt } : {}),
            });
            return shown ? [shown] : [];
          }),
        }
      : {}),
    ...(parts.interactions
      ? {
          recentInteractions: interactions.map((i) => ({
            type: i.type,
            occurredAt: i.occurredAt,
            summary: i.summary,
            ...(i.userId && nameOf.has(i.userId) ? { by: nameOf.get(i.userId)! } : {}),
          })),
          ...(interactions[0] ? { lastInteractionAt: interactions[0].occurredAt } : {}),
        }
      : {}),
  };
}

function rank(role: string | undefined): number {
  const index = role ? ROLE_ORDER.indexOf(role) : -1;
  return index === -1 ? ROLE_ORDER.length : index;
}

/** Sums deal amounts per currency, largest first. */
export function totalsByCurrency(deals: ReadonlyArray<Pick<Deal, 'amount' | 'currency'>>): Money[] {
  const totals = new Map<string, number>();
  for (const deal of deals) totals.set(deal.currency, (totals.get(deal.currency) ?? 0) + deal.amount);
  return [...totals].map(([currency, amount]) => ({ currency, amount })).sort((a, b) => b.amount - a.amount);
}
