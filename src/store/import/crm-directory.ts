import { nameKeyOf, type Account, type Contact, type Deal, type Product, type User } from '../../vocabulary';
import type { Store } from '../store';
import { reject } from './value-parsers';

/** Which reference collections an import looks rows up in. */
export interface DirectoryNeeds {
  contacts?: boolean;
  deals?: boolean;
  products?: boolean;
}

type AccountRef = Pick<Account, '_id' | 'name' | 'nameKey' | 'domain' | 'ownerId'>;
type ContactRef = Pick<Contact, '_id' | 'accountId' | 'email' | 'nameKey'>;
type DealRef = Pick<Deal, '_id' | 'accountId' | 'name'>;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The CRM records an import resolves references against (owners, accounts, contacts, deals,
 * products), read once before the rows are checked. Lookups reject the row with a reason when a
 * reference is unknown or ambiguous.
 */
export class CrmDirectory {
  private readonly usersByEmail = new Map<string, User>();
  private readonly usersByName = new Map<string, User[]>();
  private readonly accountsByDomain = new Map<string, AccountRef>();
  private readonly accountsByName = new Map<string, AccountRef[]>();
  private readonly accountsById = new Map<string, AccountRef>();
  private readonly contactsByEmail = new Map<string, ContactRef>();
  private readonly contactsByAccountName = new Map<string, ContactRef>();
  private readonly dealsByAccountName = new Map<string, DealRef>();
  private readonly productsBySku = new Map<string, Product>();

  static async load(store: Store, needs: DirectoryNeeds): Promise<CrmDirectory> {
    const directory = new CrmDirectory();
    for (const user of await store.users.find({})) {
      directory.usersByEmail.set(user.email.toLowerCase(), user);
      push(directory.usersByName, nameKeyOf(user.name), user);
    }
    const accounts = await store.accounts.find(
      {},
      { projection: { name: 1, nameKey: 1, domain: 1, ownerId: 1 } },
    );
    for (const account of accounts) directory.addAccount(account);
    if (needs.contacts) {
      for (const contact of await store.contacts.find(
        {},
        { projection: { accountId: 1, email: 1, nameKey: 1 } },
      ))
        directory.addContact(contact);
    }
    if (needs.deals) {
      for (const deal of await store.deals.find({}, { projection: { accountId: 1, name: 1 } }))
        directory.addDeal(deal);
    }
    if (needs.products) {
      for (const product of await store.products.find({}))
        directory.productsBySku.set(product.sku.toUpperCase(), product);
    }
    return directory;
  }

  addAccount(account: AccountRef): void {
    this.accountsById.set(account._id, account);
    if (account.domain) this.accountsByDomain.set(account.domain, account);
    push(this.accountsByName, account.nameKey, account);
  }

  addContact(contact: ContactRef): void {
    if (contact.email) this.contactsByEmail.set(contact.email.toLowerCase(), contact);
    this.contactsByAccountName.set(`${contact.accountId}|${contact.nameKey}`, contact);
  }

  addDeal(deal: DealRef): void {
    this.dealsByAccountName.set(`${deal.accountId}|${nameKeyOf(deal.name)}`, deal);
  }

  /** A CRM user by email or full name; rejects the row when none or several match. */
  user(text: string, field = 'owner'): User {
    const byEmail = this.usersByEmail.get(text.toLowerCase());
    if (byEmail) return byEmail;
    const byName = this.usersByName.get(nameKeyOf(text)) ?? [];
    if (byName.length === 1) return byName[0]!;
    if (byName.length > 1)
      reject(`${field}: '${text}' matches ${byName.length} users; use the email address`);
    return reject(`${field}: unknown user '${text}' (no user with that email or name)`);
  }

  accountById(id: string): AccountRef | undefined {
    return this.accountsById.get(id);
  }

  accountByDomain(domain: string): AccountRef | undefined {
    return this.accountsByDomain.get(domain);
  }

  accountsNamed(name: string): AccountRef[] {
    return this.accountsByName.get(nameKeyOf(name)) ?? [];
  }

  /** The account a row refers to by domain (preferred) or by name; rejects when unknown or ambiguous. */
  account(name: string | undefined, domain: string | undefined, field = 'account'): AccountRef {
    if (domain) {
      const byDomain = this.accountsByDomain.get(domain);
      if (byDomain) return byDomain;
      if (!name) reject(`${field}: unknown account domain '${domain}'`);
    }
    const named = this.accountsNamed(name ?? '');
    if (named.length === 1) return named[0]!;
    if (named.length > 1)
      reject(
        `${field}: '${name}' matches ${named.length} accounts (${named.map((a) => a.domain ?? 'no domain').join(', ')}); add the account domain`,
      );
    return reject(`${field}: unknown account '${name}'${domain ? ` (domain ${domain})` : ''}`);
  }

  contactByEmail(email: string): ContactRef | undefined {
    return this.contactsByEmail.get(email.toLowerCase());
  }

  contactByName(accountId: string, nameKey: string): ContactRef | undefined {
    return this.contactsByAccountName.get(`${accountId}|${nameKey}`);
  }

  deal(accountId: string, name: string): DealRef | undefined {
    return this.dealsByAccountName.get(`${accountId}|${nameKeyOf(name)}`);
  }

  product(sku: string): Product | undefined {
    return this.productsBySku.get(sku.toUpperCase());
  }
}
