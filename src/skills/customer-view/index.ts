import { z } from 'zod';
import { CrmError, ErrorCode, isCrmError } from '../../core/errors';
import type { Filter, Store } from '../../store/store';
import type { Account, Contact } from '../../vocabulary';
import { OPEN_CASE_STATUSES } from '../../vocabulary';
import { caseViewsOf, onlyVisibleCases, type CaseView } from '../shared/case-views';
import { contactNameOf, contactsAtAccountMatching } from '../shared/contact-at-account';
import { RecordVisibility } from '../shared/record-visibility';
import { ownedByText } from '../shared/visibility-policy';
import { defineSkill } from '../skill';
import {
  customerContactOf,
  productsBoughtBy,
  purchasesBetween,
  sentimentTrendOf,
  type CustomerContact,
  type CustomerInteraction,
  type ProductBought,
  type Purchases,
  type SentimentTrend,
} from './customer-parts';

export type {
  CustomerContact,
  CustomerInteraction,
  ProductBought,
  Purchases,
  SentimentTrend,
} from './customer-parts';

/**
 * The customer as support sees them. Each part is there only when the caller may see it (the
 * visibility policy's `contact-email`, `contact-phone`, `interaction`, `purchases` and `case` parts):
 * `undefined` means "not for you", an empty list means "none".
 */
export interface CustomerView {
  account: {
    id: string;
    name: string;
    status: Account['status'];
    industry?: string;
    region?: string;
    country?: string;
    owner?: string;
  };
  /** The person asked about (absent when the question named the account). */
  contact?: CustomerContact;
  /** The account's other current contacts (up to 10), with their preferences. */
  contacts?: CustomerContact[];
  interactions?: CustomerInteraction[];
  sentiment?: SentimentTrend;
  cases?: { open: CaseView[]; recent: CaseView[] };
  products?: ProductBought[];
  /** What the account bought in the window asked for ("what did initech buy this year"). */
  purchases?: Purchases;
}

const RECENT_INTERACTIONS = 10;
/** Interactions read for the sentiment trend (two windows of five scored ones, with room for unscored). */
const TREND_INTERACTIONS = 30;
const RECENT_CASES = 5;

/** The one contact or account a mention means: a person's name (two words or an e-mail) first. */
async function customerOf(
  visibility: RecordVisibility,
  store: Store,
  who: string,
): Promise<{ account: Account; contact?: Contact }> {
  const matches = await contactsAtAccountMatching(store, null, who);
  const visible = await visibility.accountIdsWithFull(
    matches.map((m) => m.accountId),
    'contact',
  );
  const people = matches.filter((m) => visible.has(m.accountId));
  const contactOf = async (id: string) => {
    const contact = (await store.contacts.findById(id))!;
    return { account: (await store.accounts.findById(contact.accountId))!, contact };
  };
  if (people.length === 1 && (who.includes('@') || who.trim().split(/\s+/).length >= 2))
    return contactOf(people[0]!.id);
  try {
    return { account: await visibility.resolveAccount(who) };
  } catch (error) {
    if (!isCrmError(error, ErrorCode.NotFound) || !people.length) throw error;
    if (people.length === 1) return contactOf(people[0]!.id);
    const accounts = await store.accounts.find(
      { _id: { $in: people.map((p) => p.accountId) } },
      { projection: { name: 1 } },
    );
    const nameOf = new Map(accounts.map((a) => [a._id, a.name]));
    throw new CrmError(ErrorCode.Ambiguous, `Several people are called "${who.trim()}": which one?`, {
      candidates: people.map((p) => ({
        id: p.id,
        name: `${p.name} (${nameOf.get(p.accountId) ?? 'unknown'})`,
      })),
    });
  }
}

/**
 * The customer view for support: the contact and their account, the account's contacts with
 * preferences, recent interactions with their sentiment trend, open and recent cases, and the
 * products bought. Reps and managers get it for their team's accounts; analysts read it.
 */
export const customerView = defineSkill({
  name: 'customer-view',
  description:
    "The customer as support sees them, for a contact (name or e-mail) or an account: contact details and preferences (channel, language, opt-outs), the account, recent interactions with their sentiment trend, open and recent support cases, and the products bought; with `bought` (from, to), the account's orders in that window with their totals.",
  roles: ['support', 'admin', 'analyst', 'rep', 'manager'],
  input: z.object({
    who: z.string().trim().min(1, 'name a contact or an account').max(200),
    /** The account's orders from this day to that one (ISO days), with their totals. */
    bought: z.object({ from: z.string().date(), to: z.string().date() }).optional(),
  }),
  run: async ({ who, bought }, { caller, services }): Promise<CustomerView> => {
    const { store } = services;
    const visibility = await RecordVisibility.of(services, caller);
    const { account, contact } = await customerOf(visibility, store, who);
    const owner = await visibility.ownerOf(account.ownerId);
    if ((await visibility.access(account.ownerId, 'account')) !== 'full')
      throw new CrmError(
        ErrorCode.Forbidden,
        `${account.name} is ${ownedByText(owner)}; its customer view is for its team and support.`,
      );
    const sees = async (part: Parameters<RecordVisibility['access']>[1]) =>
      (await visibility.access(account.ownerId, part)) === 'full';
    const [seesContacts, email, phone, seesInteractions, seesPurchases, seesCases] = await Promise.all([
      sees('contact'),
      sees('contact-email'),
      sees('contact-phone'),
      sees('interaction'),
      sees('purchases'),
      sees('case'),
    ]);
    const show = { email, phone };
    const now = services.clock();
    const view: CustomerView = {
      account: {
        id: account._id,
        name: account.name,
        status: account.status,
        ...(account.industry ? { industry: account.industry } : {}),
        ...(account.region ? { region: account.region } : {}),
        ...(account.country ? { country: account.country } : {}),
        ...(owner ? { owner: owner.name } : {}),
      },
    };
    if (contact && seesContacts) view.contact = customerContactOf(contact, show);
    if (seesContacts) {
      const others = await store.contacts.find(
        {
          accountId: account._id,
          leftAt: { $exists: false },
          ...(contact ? { _id: { $ne: contact._id } } : {}),
        },
        { sort: { primary: -1, lastName: 1 }, limit: 10 },
      );
      view.contacts = others.map((c) => customerContactOf(c, show));
    }
    if (seesInteractions) {
      const filter: Filter = contact ? { contactId: contact._id } : { accountId: account._id };
      const recent = await store.interactions.find(filter, {
        sort: { occurredAt: -1 },
        limit: TREND_INTERACTIONS,
      });
      const names = new Map<string, string>();
      if (!contact) {
        const ids = [...new Set(recent.flatMap((i) => (i.contactId ? [i.contactId] : [])))];
        for (const c of ids.length ? await store.contacts.find({ _id: { $in: ids } }) : [])
          names.set(c._id, contactNameOf(c));
      } else names.set(contact._id, contactNameOf(contact));
      view.interactions = recent.slice(0, RECENT_INTERACTIONS).map((i) => ({
        occurredAt: i.occurredAt,
        type: i.type,
        summary: i.summary,
        ...(i.contactId && names.has(i.contactId) ? { contactName: names.get(i.contactId)! } : {}),
        ...(typeof i.sentiment === 'number' ? { sentiment: i.sentiment } : {}),
      }));
      const trend = sentimentTrendOf(recent);
      if (trend) view.sentiment = trend;
    }
    if (seesCases) {
      const scope: Filter = contact ? { contactId: contact._id } : { accountId: account._id };
      const [open, recent] = await Promise.all([
        store.cases.find(
          { ...scope, status: { $in: [...OPEN_CASE_STATUSES] } },
          { sort: { number: -1 }, limit: 20 },
        ),
        store.cases.find(
          { ...scope, status: { $nin: [...OPEN_CASE_STATUSES] } },
          { sort: { number: -1 }, limit: RECENT_CASES },
        ),
      ]);
      view.cases = {
        open: await caseViewsOf(store, await onlyVisibleCases(visibility, open), now),
        recent: await caseViewsOf(store, await onlyVisibleCases(visibility, recent), now),
      };
    }
    if (seesPurchases) view.products = await productsBoughtBy(store, account._id);
    if (seesPurchases && bought) view.purchases = await purchasesBetween(store, account._id, bought);
    return view;
  },
});
