import type { Account, Contact, Deal, Interaction, Lead } from '../../vocabulary';

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
  Partial<
    Pick<
      Lead,
      | 'email'
      | 'phone'
      | 'company'
      | 'title'
      | 'ownerId'
      | 'convertedAt'
      | 'createdAt'
      | 'industry'
      | 'employees'
      | 'campaign'
    >
  >;

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
