import type { Account, Case, Contact, Deal, Interaction, Lead, Order } from '../../../vocabulary';
import type { RecordPart } from '../visibility-policy';
import { CASE_COLUMNS, DEAL_COLUMNS, INTERACTION_COLUMNS, ORDER_COLUMNS } from './activity-columns';
import type { ColumnInfo, RecordColumn } from './column';
import { ACCOUNT_COLUMNS, CONTACT_COLUMNS, LEAD_COLUMNS } from './customer-columns';

export * from './column';

/** The collections an analyst can export and profile, in the order the data dictionary lists them. */
export const EXPORT_COLLECTIONS = [
  'accounts',
  'contacts',
  'leads',
  'deals',
  'interactions',
  'orders',
  'cases',
] as const;
export type ExportCollection = (typeof EXPORT_COLLECTIONS)[number];

/** The stored record type of each exportable collection. */
export interface ExportRecordTypes {
  accounts: Account;
  contacts: Contact;
  leads: Lead;
  deals: Deal;
  interactions: Interaction;
  orders: Order;
  cases: Case;
}

/** The documented columns of each exportable collection, in their stable order. */
export const RECORD_COLUMNS: {
  readonly [K in ExportCollection]: readonly RecordColumn<ExportRecordTypes[K]>[];
} = {
  accounts: ACCOUNT_COLUMNS,
  contacts: CONTACT_COLUMNS,
  leads: LEAD_COLUMNS,
  deals: DEAL_COLUMNS,
  interactions: INTERACTION_COLUMNS,
  orders: ORDER_COLUMNS,
  cases: CASE_COLUMNS,
};

/** The part of the visibility policy that covers each collection's records in full. */
export const COLLECTION_PART: Readonly<Record<ExportCollection, RecordPart>> = {
  accounts: 'account',
  contacts: 'contact',
  leads: 'lead',
  deals: 'deal',
  interactions: 'interaction',
  orders: 'purchases',
  cases: 'case',
};

/** The columns of a collection without their readers (what results and the data dictionary show). */
export function columnInfoOf(collection: ExportCollection): ColumnInfo[] {
  return RECORD_COLUMNS[collection].map(({ name, type, meaning, example }) => ({
    name,
    type,
    meaning,
    example,
  }));
}
