import type { Filter, Store } from '../../store/store';
import type { User } from '../../vocabulary';

/** Reads kept at most; past it, the kept reads start again (users are few: this is a guard). */
const MAX_KEPT = 2_000;

/**
 * The user records every turn reads (the caller by id, e-mail or channel id; the owners of the
 * records shown), kept until the store's change mark of `users` moves: any write to a user (a role,
 * team or active flag changed, a user added or removed) by this process or, embedded, by another
 * makes the very next read go to the store. A store without change marks (MongoDB, where another
 * server process may write at any time) is read every time. One per store, shared by the channels'
 * user directory and the skills' visibility policy; the records are shared too, so callers must not
 * change them.
 */
export class UserRecords {
  private mark: string | undefined;
  private readonly kept = new Map<string, Promise<User | null>>();

  constructor(private readonly store: Store) {}

  /** The user with this id (active or not), if any. */
  findById(id: string): Promise<User | null> {
    return this.read(`id ${id}`, () => this.store.users.findById(id));
  }

  /** The first user matching `filter` (kept by the filter's JSON: build it the same way each time). */
  findOne(filter: Filter): Promise<User | null> {
    return this.read(`one ${JSON.stringify(filter)}`, () => this.store.users.findOne(filter));
  }

  private read(key: string, load: () => Promise<User | null>): Promise<User | null> {
    // Taken before reading, so a write that lands while reading makes the next call read again.
    const mark = this.store.changeMark?.(['users']);
    if (mark === undefined) return load();
    if (mark !== this.mark || this.kept.size >= MAX_KEPT) {
      this.kept.clear();
      this.mark = mark;
    }
    const known = this.kept.get(key);
    if (known) return known;
    const loading = load();
    this.kept.set(key, loading);
    // A failed read is not kept: the next call tries again.
    loading.catch(() => this.kept.get(key) === loading && this.kept.delete(key));
    return loading;
  }
}

const byStore = new WeakMap<Store, UserRecords>();

/** The user records of this store (one per store, for the whole process). */
export function userRecordsOf(store: Store): UserRecords {
  let records = byStore.get(store);
  if (!records) {
    records = new UserRecords(store);
    byStore.set(store, records);
  }
  return records;
}
