import type { Account, Contact, Deal, Interaction, Lead } from '../../vocabulary';
import type { Store } from '../../store/store';

/** The parts of CRM documents the lead-score features read. */
export type DealRecord = Pick<
  Deal,
  | '_id'
  | 'name'
  | 'accountId'
  | 'ownerId'
  | 'stage'
  | 'amount'
  | 'currency'
  | 'closeDate'
  | 'probability'
  | 'forecastCategory'
  | 'type'
  | 'stageHistory'
> &
  Partial<Pick<Deal, 'source' | 'closedAt' | 'createdAt' | 'contactId'>>;
export type AccountRecord = Pick<Account, '_id' | 'name'> &
  Partial<Pick<Account, 'industry' | 'size' | 'region' | 'employees'>>;
export type ContactRecord = Pick<Contact, '_id' | 'accountId'> & Partial<Pick<Contact, 'buyingRole'>>;
export type InteractionRecord = Pick<Interaction, 'type' | 'occurredAt'> &
  Partial<Pick<Interaction, 'dealId' | 'leadId' | 'accountId' | 'summary'>>;
export type LeadRecord = Pick<Lead, '_id' | 'name' | 'source' | 'status'> &
  Partial<Pick<Lead, 'email' | 'phone' | 'company' | 'title' | 'ownerId' | 'convertedAt' | 'createdAt'>>;

/** CRM documents grouped for feature building: by id and by the deal, lead and account they belong to. */
export class CrmRecords {
  readonly accountById: Map<string, AccountRecord>;
  readonly contactsByAccount = new Map<string, ContactRecord[]>();
  readonly interactionsByDeal = new Map<string, InteractionRecord[]>();
  readonly interactionsByLead = new Map<string, InteractionRecord[]>();
  readonly dealsByAccount = new Map<string, DealRecord[]>();

  constructor(
    readonly deals: DealRecord[],
    accounts: AccountRecord[],
    contacts: ContactRecord[],
    interactions: InteractionRecord[],
    readonly leads: LeadRecord[] = [],
  ) {
    this.accountById = new Map(accounts.map((a) => [a._id, a]));
    for (const contact of contacts) push(this.contactsByAccount, contact.accountId, contact);
    for (const interaction of interactions) {
      if (interaction.dealId) push(this.interactionsByDeal, interaction.dealId, interaction);
      if (interaction.leadId) push(this.interactionsByLead, interaction.leadId, interaction);
    }
    for (const deal of deals) push(this.dealsByAccount, deal.accountId, deal);
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const DEAL_FIELDS = {
  name: 1,
  accountId: 1,
  ownerId: 1,
  stage: 1,
  amount: 1,
  currency: 1,
  closeDate: 1,
  probability: 1,
  forecastCategory: 1,
  type: 1,
  stageHistory: 1,
  source: 1,
  closedAt: 1,
  createdAt: 1,
  contactId: 1,
} as const;

/** Loads everything the lead-score model trains on: all deals and leads with their accounts, contacts and interactions. */
export async function loadAllCrmRecords(store: Store): Promise<CrmRecords> {
  const [deals, accounts, contacts, interactions, leads] = await Promise.all([
    store.deals.find({}, { projection: DEAL_FIELDS }),
    store.accounts.find({}, { projection: { name: 1, industry: 1, size: 1, region: 1, employees: 1 } }),
    store.contacts.find({}, { projection: { accountId: 1, buyingRole: 1 } }),
    store.interactions.find(
      { $or: [{ dealId: { $exists: true } }, { leadId: { $exists: true } }] },
      { projection: { type: 1, occurredAt: 1, dealId: 1, leadId: 1, summary: 1 } },
    ),
    store.leads.find(
      {},
      {
        projection: {
          name: 1,
          source: 1,
          status: 1,
          email: 1,
          phone: 1,
          company: 1,
          title: 1,
          ownerId: 1,
          convertedAt: 1,
          createdAt: 1,
        },
      },
    ),
  ]);
  return new CrmRecords(deals, accounts, contacts, interactions, leads);
}

/**
 * Loads the records needed to score the given deals: their accounts, the accounts' contacts and
 * other deals, and the deals' interactions.
 */
export async function loadRecordsForDeals(
  store: Store,
  deals: DealRecord[],
  leads: LeadRecord[] = [],
): Promise<CrmRecords> {
  const accountIds = [...new Set(deals.map((d) => d.accountId))];
  const dealIds = deals.map((d) => d._id);
  const leadIds = leads.map((l) => l._id);
  const [accounts, contacts, accountDeals, dealInteractions, leadInteractions] = await Promise.all([
    accountIds.length
      ? store.accounts.find(
          { _id: { $in: accountIds } },
          { projection: { name: 1, industry: 1, size: 1, region: 1, employees: 1 } },
        )
      : [],
    accountIds.length
      ? store.contacts.find(
          { accountId: { $in: accountIds } },
          { projection: { accountId: 1, buyingRole: 1 } },
        )
      : [],
    accountIds.length
      ? store.deals.find({ accountId: { $in: accountIds } }, { projection: DEAL_FIELDS })
      : [],
    dealIds.length
      ? store.interactions.find(
          { dealId: { $in: dealIds } },
          { projection: { type: 1, occurredAt: 1, dealId: 1, summary: 1 } },
        )
      : [],
    leadIds.length
      ? store.interactions.find(
          { leadId: { $in: leadIds } },
          { projection: { type: 1, occurredAt: 1, leadId: 1 } },
        )
      : [],
  ]);
  const byId = new Map<string, DealRecord>(accountDeals.map((d) => [d._id, d]));
  for (const deal of deals) byId.set(deal._id, deal);
  return new CrmRecords(
    [...byId.values()],
    accounts,
    contacts,
    [...dealInteractions, ...leadInteractions],
    leads,
  );
}
