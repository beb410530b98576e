import type { Account, Contact } from '../../vocabulary';
import type { SalesRep, SeedDocument } from './demo-crm';
import { isWellKnownAccount } from './demo-accounts';
import { demoCountryNamed } from './geography';
import type { Random } from './random';

/** An account with what the deal, interaction and order generators need to know about it. */
export interface AccountContext {
  account: SeedDocument<Account>;
  contacts: SeedDocument<Contact>[];
  championPresent: boolean;
  /** The currency the account buys in (EUR or GBP for many EMEA accounts, USD elsewhere). */
  currency: string;
  owner: SalesRep;
  /** Reps of the owner's team in the account's region (other people who may work the account). */
  teammates: SalesRep[];
  /** A prospect that has barely engaged: rarely a deal, never an order. */
  cold: boolean;
}

/** Share of accounts that stay cold prospects. */
const COLD_SHARE = 0.3;

/** Builds the per-account context: contacts grouped, champion flag, currency, owner and teammates. */
export function accountContexts(
  random: Random,
  accounts: readonly SeedDocument<Account>[],
  contacts: readonly SeedDocument<Contact>[],
  reps: readonly SalesRep[],
): AccountContext[] {
  const byAccount = new Map<string, SeedDocument<Contact>[]>();
  for (const contact of contacts) {
    const list = byAccount.get(contact.accountId);
    if (list) list.push(contact);
    else byAccount.set(contact.accountId, [contact]);
  }
  return accounts.map((account) => {
    const country = account.country ? demoCountryNamed(account.country) : undefined;
    const local = country && random.chance(country.localCurrencyShare);
    const owner = reps.find((rep) => rep._id === account.ownerId)!;
    const accountContacts = byAccount.get(account._id) ?? [];
    return {
      account,
      contacts: accountContacts,
      championPresent: accountContacts.some((contact) => contact.buyingRole === 'champion'),
      currency: local ? country.currency : 'USD',
      owner,
      teammates: reps.filter((rep) => rep.region === owner.region),
      cold: !isWellKnownAccount(account.name) && random.chance(COLD_SHARE),
    };
  });
}

/** Converts a USD amount into the account's currency at the demo's fixed rates. */
export function fromUsd(amount: number, currency: string): number {
  const rate = currency === 'EUR' ? 0.92 : currency === 'GBP' ? 0.79 : 1;
  return amount * rate;
}
