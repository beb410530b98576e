import type {
  Account,
  Case,
  Contact,
  Deal,
  Interaction,
  Lead,
  Order,
  Product,
  Region,
  Task,
  User,
} from '../../vocabulary';

/** A generated document: its id is fixed (reproducible), `createdAt` may be back-dated, `updatedAt` is the store's. */
export type SeedDocument<T extends { _id: string }> = Omit<T, 'createdAt' | 'updatedAt'> & {
  createdAt?: Date;
};

/** The whole demo CRM, in memory, before it is written to a store. */
export interface DemoCrm {
  users: SeedDocument<User>[];
  accounts: SeedDocument<Account>[];
  contacts: SeedDocument<Contact>[];
  leads: SeedDocument<Lead>[];
  deals: SeedDocument<Deal>[];
  interactions: SeedDocument<Interaction>[];
  products: SeedDocument<Product>[];
  orders: SeedDocument<Order>[];
  tasks: SeedDocument<Task>[];
  cases: SeedDocument<Case>[];
}

/** The collections the demo CRM fills, in the order they are written (referenced documents first). */
export const DEMO_COLLECTIONS = [
  'users',
  'accounts',
  'contacts',
  'products',
  'deals',
  'interactions',
  'orders',
  'leads',
  'tasks',
  'cases',
] as const satisfies readonly (keyof DemoCrm)[];

/** What the generators share: the anchor ("now" of the demo data) and the first day of its history. */
export interface SeedWindow {
  /** The end of the history: open deals close after it, nothing happened after it. */
  anchor: Date;
  /** Three years before the anchor. */
  start: Date;
}

/** The parts of a user the account and deal generators need. */
export interface SalesRep {
  _id: string;
  region: Region;
  team: string;
}
