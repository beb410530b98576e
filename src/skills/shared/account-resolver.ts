import Fuse from 'fuse.js';
import { CrmError, ErrorCode } from '../../core/errors';
import { nameKeyOf, type Account } from '../../vocabulary';
import type { Store } from '../../store/store';
import type { SkillServices } from '../skill';

/** An account a mention may refer to, with how well it matched (1 = exactly). */
export interface AccountCandidate {
  id: string;
  name: string;
  domain?: string;
  score: number;
}

/** An account an exact-name look-up found: its name, and the account itself when it was read whole. */
interface NamedAccount {
  id: string;
  name: string;
  domain?: string;
  account?: Account;
}

interface IndexedName {
  id: string;
  name: string;
  domain?: string;
  key: string;
  /** The key without legal-form words ("acme corporation" → "acme"). */
  coreKey: string;
}

const LEGAL_FORMS = new Set([
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'ltd',
  'limited',
  'llc',
  'llp',
  'plc',
  'gmbh',
  'ag',
  'sa',
  'sas',
  'srl',
  'bv',
  'nv',
  'oy',
  'ab',
  'as',
  'pty',
  'group',
  'holdings',
  'the',
]);
const MAX_CANDIDATES = 5;

/** "Acme Corporation" → "acme"; "The Hooli Group Inc." → "hooli". */
export function coreKeyOf(name: string): string {
  const words = nameKeyOf(name)
    .split(' ')
    .filter((word) => word && !LEGAL_FORMS.has(word));
  return words.join(' ') || nameKeyOf(name);
}

/**
 * Finds the account a person means by a name as typed in chat: exact names and domains first
 * (straight from the store), then names without legal forms, then name prefixes, then fuzzy
 * matching for typos. Several equally good matches are AMBIGUOUS (with candidates), none NOT_FOUND
 * (with the nearest names as suggestions).
 */
export class AccountResolver {
  private names: IndexedName[] = [];
  /** The kept names by name key, each list in stored order (the exact-name look-up). */
  private byKey = new Map<string, IndexedName[]>();
  private fuse?: Fuse<IndexedName>;
  /** The store's change mark of accounts (or their count and latest update) when the names were loaded. */
  private loadedVersion = '';

  constructor(private readonly store: Store) {}

  /** The one account `mention` refers to. */
  async resolve(mention: string): Promise<Account> {
    const trimmed = mention.trim().replace(/['’]s$/i, '');
    if (!trimmed) throw new CrmError(ErrorCode.InvalidInput, 'Which account do you mean?');
    if (/^[0-9a-f]{24}$/.test(trimmed)) {
      const byId = await this.store.accounts.findById(trimmed);
      if (byId) return byId;
    }
    if (/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(trimmed)) {
      const byDomain = await this.store.accounts.findOne({ domain: trimmed.toLowerCase() });
      if (byDomain) return byDomain;
    }
    const exact = await this.exactNames(trimmed);
    if (exact.length === 1) return exact[0]!.account ?? this.accountNamed(exact[0]!);
    if (exact.length > 1)
      throw ambiguous(
        trimmed,
        exact.map((n) => ({ id: n.id, name: n.name, domain: n.domain, score: 1 })),
      );

    const candidates = await this.candidates(trimmed);
    const [best, second] = candidates;
    if (!best) {
      const nearest = this.nearest(trimmed);
      throw new CrmError(
        ErrorCode.NotFound,
        `I couldn't find an account called "${trimmed}".${nearest.length ? ` Did you mean ${nearest.map((c) => c.name).join(', ')}?` : ''}`,
        { mention: trimmed, candidates: nearest },
      );
    }
    if (second && best.score - second.score < 0.15) throw ambiguous(trimmed, candidates);
    return this.accountNamed(best);
  }

  /**
   * The accounts whose name key is exactly the mention's, at most MAX_CANDIDATES, in stored order.
   * With change marks (embedded) they come from the kept names, which `ensureLoaded` has just
   * checked against the store's mark of accounts, so they are as fresh as a query and no query is
   * made (one SQL statement fewer a turn for "tell me about Acme"); without (MongoDB), one indexed
   * query, whose accounts are returned with them.
   */
  private async exactNames(mention: string): Promise<Array<NamedAccount>> {
    const key = nameKeyOf(mention);
    if (this.store.changeMark) {
      await this.ensureLoaded();
      return (this.byKey.get(key) ?? []).slice(0, MAX_CANDIDATES);
    }
    const accounts = await this.store.accounts.find({ nameKey: key }, { limit: MAX_CANDIDATES });
    return accounts.map((account) => ({
      id: account._id,
      name: account.name,
      domain: account.domain,
      account,
    }));
  }

  /** The account of a kept name, read by id (NOT_FOUND when it was removed since). */
  private async accountNamed(name: { id: string; name: string }): Promise<Account> {
    const account = await this.store.accounts.findById(name.id);
    if (!account) throw new CrmError(ErrorCode.NotFound, `The account "${name.name}" no longer exists.`);
    return account;
  }

  /** Accounts `mention` may mean, best first (exact core name, then prefix, then fuzzy). */
  async candidates(mention: string): Promise<AccountCandidate[]> {
    await this.ensureLoaded();
    const key = nameKeyOf(mention);
    const core = coreKeyOf(mention);
    const exactCore = this.names.filter((n) => n.coreKey === core);
    if (exactCore.length > 0) return exactCore.slice(0, MAX_CANDIDATES).map((n) => candidate(n, 0.95));

    const prefix = this.names.filter((n) => n.key.startsWith(`${key} `) || n.coreKey.startsWith(`${core} `));
    if (prefix.length > 0) return prefix.slice(0, MAX_CANDIDATES).map((n) => candidate(n, 0.9));

    return this.fuzzy(mention, 0.3);
  }

  /**
   * Accounts whose name's first word is one keystroke from a one-word mention of four letters or
   * more, as autocorrect and quick typing leave them: a letter changed ("acne" → Acme), added or
   * dropped ("globe" → Globex, "hoolii" → Hooli). Every such account, for the caller to choose among.
   */
  async oneKeystrokeAway(mention: string): Promise<AccountCandidate[]> {
    await this.ensureLoaded();
    const word = nameKeyOf(mention);
    if (word.length < 4 || /\s/.test(word)) return [];
    return this.names
      .filter((n) => {
        const first = n.coreKey.split(' ')[0] ?? '';
        return first !== word && first.length >= 4 && oneEditApart(word, first);
      })
      .map((n) => candidate(n, 0.8));
  }

  private nearest(mention: string): AccountCandidate[] {
    return this.fuzzy(mention, 0.5).slice(0, 3);
  }

  private fuzzy(mention: string, threshold: number): AccountCandidate[] {
    if (!this.fuse || mention.length < 3) return [];
    return this.fuse
      .search(nameKeyOf(mention), { limit: MAX_CANDIDATES })
      .filter((hit) => (hit.score ?? 1) <= threshold)
      .map((hit) => candidate(hit.item, 0.85 - (hit.score ?? 0)));
  }

  /**
   * Reloads the names when accounts were added, renamed or removed since the last load: by the
   * store's change mark of accounts where it has one (no query), else by two indexed queries.
   */
  private async ensureLoaded(): Promise<void> {
    const mark = this.store.changeMark?.(['accounts']);
    if (mark !== undefined) {
      if (mark !== this.loadedVersion) await this.reload(mark);
      return;
    }
    const [count, latest] = await Promise.all([
      this.store.accounts.countDocuments({}),
      this.store.accounts.findOne({}, { sort: { updatedAt: -1 }, projection: { updatedAt: 1 } }),
    ]);
    const version = `${count}:${latest?.updatedAt?.toISOString() ?? ''}`;
    if (version !== this.loadedVersion) await this.reload(version);
  }

  private async reload(version: string): Promise<void> {
    const accounts = await this.store.accounts.find({}, { projection: { name: 1, domain: 1, nameKey: 1 } });
    this.names = accounts.map((a) => ({
      id: a._id,
      name: a.name,
      domain: a.domain,
      key: a.nameKey,
      coreKey: coreKeyOf(a.name),
    }));
    this.byKey = new Map();
    for (const name of this.names) {
      const same = this.byKey.get(name.key);
      if (same) same.push(name);
      else this.byKey.set(name.key, [name]);
    }
    this.fuse = new Fuse(this.names, {
      keys: ['key', 'coreKey'],
      includeScore: true,
      threshold: 0.5,
      ignoreLocation: true,
    });
    this.loadedVersion = version;
  }
}

/** True when `a` and `b` differ by one letter changed, added or dropped. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length < b.length ? a.slice(i) === b.slice(i + 1) : a.slice(i + 1) === b.slice(i);
}

function candidate(name: IndexedName, score: number): AccountCandidate {
  return { id: name.id, name: name.name, ...(name.domain ? { domain: name.domain } : {}), score };
}

function ambiguous(mention: string, candidates: AccountCandidate[]): CrmError {
  return new CrmError(ErrorCode.Ambiguous, `Several accounts match "${mention}". Which one do you mean?`, {
    mention,
    candidates,
  });
}

/** The process-wide account resolver (its name cache is shared by all turns). */
export function accountResolverOf(services: SkillServices): Promise<AccountResolver> {
  return services.artifacts.get('account-resolver', async () => new AccountResolver(services.store));
}
