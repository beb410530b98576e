import type { DatabaseSync, StatementSync } from 'node:sqlite';

/**
 * Tells whether collections of one embedded store may have changed, so that what was read from them
 * can be kept and reused until they do (the briefing's reads, the account resolver's names).
 *
 * A mark is made of three counters: SQLite's `PRAGMA data_version` of the store's connection (it
 * moves whenever another connection, in this process or another, commits), a count of this
 * connection's writes per collection (bumped when a write is applied, before its COMMIT), and an
 * epoch bumped whenever this connection rolls back applied writes (a failed COMMIT, a failed
 * transaction), since what was read in between may never have been committed. Two equal marks of
 * the same collections mean that nothing read from them in between can be out of date.
 */
export class ChangeMarks {
  private readonly writes = new Map<string, number>();
  private epoch = 0;
  private readonly version: StatementSync;

  constructor(db: DatabaseSync) {
    this.version = db.prepare('PRAGMA data_version');
  }

  /** A write to `collection` was applied on this connection. */
  written(collection: string): void {
    this.writes.set(collection, (this.writes.get(collection) ?? 0) + 1);
  }

  /** Applied writes were rolled back, or every collection changed at once (drop all). */
  rolledBack(): void {
    this.epoch++;
  }

  /** The current mark of these collections. */
  of(collections: readonly string[]): string {
    const dataVersion = (this.version.get() as { data_version: number }).data_version;
    let mark = `${dataVersion}.${this.epoch}`;
    for (const collection of collections) mark += `.${this.writes.get(collection) ?? 0}`;
    return mark;
  }
}
