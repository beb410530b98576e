import { CrmRecords, type DealRecord, type LeadRecord } from '../../ml/scoring/crm-records';
import type { Store } from '../../store/store';

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
          industry: 1,
          employees: 1,
          campaign: 1,
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
