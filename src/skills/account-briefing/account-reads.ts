import type { CollectionName } from '../../store/schemas';
import type { Store } from '../../store/store';

/** The collections a briefing reads besides the account itself: a write to any of them starts over. */
const READ_COLLECTIONS: readonly CollectionName[] = ['users', 'deals', 'contacts', 'interactions'];
/** Accounts whose reads are kept at most; past it, the kept reads start again. */
const MAX_ACCOUNTS = 1_000;

interface Kept {
  mark: string;
  reads: Map<string, Promise<unknown>>;
}

/**
 * The store reads of briefings, kept per account until the store's change mark of the collections
 * they come from moves (any write to users, deals, contacts or interactions, by this process or,
 * embedded, by another): asking about the same account again reads nothing. Only what the store
 * returned is kept; who may see what is decided on every call. A store without change marks
 * (MongoDB) is read every time.
 */
export class AccountReads {
  private readonly kept = new Map<string, Kept>();

  constructor(private readonly store: Store) {}

  /**
   * A reader of one account's records for one briefing: `read(part, load)` returns what `load`
   * returned for that part of this account while the collections have not changed since. The mark
   * is taken now, before any read, so a write that lands while reading makes the next call read again.
   */
  of(accountId: string): <T>(part: string, load: () => Promise<T>) => Promise<T> {
    const mark = this.store.changeMark?.(READ_COLLECTIONS);
    if (mark === undefined) return (_part, load) => load();
    let kept = this.kept.get(accountId);
    if (kept?.mark !== mark) {
      if (!kept && this.kept.size >= MAX_ACCOUNTS) this.kept.clear();
      kept = { mark, reads: new Map() };
      this.kept.set(accountId, kept);
    }
    const { reads } = kept;
    return <T>(part: string, load: () => Promise<T>): Promise<T> => {
      const known = reads.get(part);
      if (known) return known as Promise<T>;
      const loading = load();
      reads.set(part, loading);
      // A failed read is not kept: the next briefing tries again.
      loading.catch(() => reads.get(part) === loading && reads.delete(part));
      return loading;
    };
  }
}
