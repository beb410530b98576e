import type { Store } from '../../store/store';
import type { CrmNameSource, CrmNames, NamedRecord } from '../../vocabulary';

const CHECK_INTERVAL_MS = 2_000;

/**
 * Keeps the account, contact, product and user names of the store in memory for entity matching
 * (the understander's only view of the CRM: names to recognise, never shown from here).
 * Each list is reloaded only when its collection changed (count and latest update, both indexed),
 * checked at most every two seconds, so the matchers built over a list are reused between turns.
 */
export class CrmNameIndex implements CrmNameSource {
  private names: CrmNames = { accounts: [], contacts: [], products: [], reps: [], teams: [] };
  /** The sales teams, rebuilt with the users' list (same identity while the users do not change). */
  private teams: readonly NamedRecord[] = [];
  /** The accounts' industries, rebuilt with the accounts' list. */
  private industries: readonly NamedRecord[] = [];
  private readonly versions = new Map<string, string>();
  private checkedAt = 0;

  constructor(
    private readonly store: Store,
    private readonly clock: () => number = Date.now,
  ) {}

  async current(): Promise<CrmNames> {
    if (this.clock() - this.checkedAt < CHECK_INTERVAL_MS) return this.names;
    this.checkedAt = this.clock();
    const [accounts, contacts, products, reps] = await Promise.all([
      this.refresh('accounts', this.names.accounts, async () => {
        const accounts = await this.store.accounts.find({}, { projection: { name: 1, industry: 1 } });
        const industries = [
          ...new Set(accounts.map((a) => a.industry).filter((i): i is string => Boolean(i))),
        ];
        this.industries = industries.map((industry) => ({ id: industry, name: industry }));
        return accounts.map((a) => ({ id: a._id, name: a.name }));
      }),
      this.refresh('contacts', this.names.contacts, async () =>
        (await this.store.contacts.find({}, { projection: { firstName: 1, lastName: 1 } })).map((c) => ({
          id: c._id,
          name: `${c.firstName} ${c.lastName}`,
        })),
      ),
      this.refresh('products', this.names.products, async () =>
        (await this.store.products.find({}, { projection: { name: 1, sku: 1 } })).map((p) => ({
          id: p._id,
          name: p.name,
          aliases: [p.sku],
        })),
      ),
      this.refresh('users', this.names.reps, async () => {
        const users = await this.store.users.find(
          { active: true },
          { projection: { name: 1, team: 1, role: 1 } },
        );
        // A team is named in questions about pipelines: only teams that sell (a rep or a manager in it).
        const selling = [
          ...new Set(users.filter((u) => u.role === 'rep' || u.role === 'manager').map((u) => u.team)),
        ];
        this.teams = selling.filter(Boolean).map((team) => ({ id: team, name: team }));
        return users.map((u) => ({ id: u._id, name: u.name }));
      }),
    ]);
    this.names = { accounts, contacts, products, reps, teams: this.teams, industries: this.industries };
    return this.names;
  }

  private async refresh(
    collection: 'accounts' | 'contacts' | 'products' | 'users',
    previous: readonly NamedRecord[],
    load: () => Promise<NamedRecord[]>,
  ): Promise<readonly NamedRecord[]> {
    const source = this.store[collection];
    const [count, latest] = await Promise.all([
      source.countDocuments({}),
      source.findOne({}, { sort: { updatedAt: -1 }, projection: { updatedAt: 1 } }),
    ]);
    const version = `${count}:${(latest as { updatedAt?: Date } | null)?.updatedAt?.toISOString() ?? ''}`;
    if (this.versions.get(collection) === version) return previous;
    this.versions.set(collection, version);
    return load();
  }
}
