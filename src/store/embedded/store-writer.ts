import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { CrmError, ErrorCode } from '../../core/errors';
import { SerialQueue } from '../../core/serial-queue';

/** What one attempt of a write prepared: its result, and the synchronous SQL that applies it. */
export interface PreparedWrite<R> {
  result: R;
  apply: () => void;
}

/** Optimistic attempts before a write takes the database lock while it prepares. */
const OPTIMISTIC_ATTEMPTS = 3;

/**
 * Runs every write of one embedded store, one at a time, each in one SQLite transaction.
 *
 * A write is prepared first (reads, validation: async), then applied in BEGIN IMMEDIATE … COMMIT.
 * When another process committed meanwhile (`PRAGMA data_version` moved), what was read may be
 * stale, so the write starts over. After a few such restarts it holds the write lock from the
 * start, so a busy neighbour cannot starve it. Writes of this process never interleave (one queue
 * for all collections), which is also what makes holding the lock across `await` safe.
 */
export class StoreWriter {
  private readonly queue = new SerialQueue();
  private readonly version: StatementSync;

  constructor(private readonly db: DatabaseSync) {
    this.version = db.prepare('PRAGMA data_version');
  }

  run<R>(prepare: () => Promise<PreparedWrite<R>>): Promise<R> {
    return this.queue.run(async () => {
      for (let attempt = 1; ; attempt++) {
        const locked = attempt > OPTIMISTIC_ATTEMPTS;
        if (locked) this.begin();
        const version = locked ? 0 : this.dataVersion();
        try {
          const prepared = await prepare();
          if (!locked) {
            this.begin();
            if (this.dataVersion() !== version) {
              this.db.exec('ROLLBACK');
              continue;
            }
          }
          prepared.apply();
          this.db.exec('COMMIT');
          return prepared.result;
        } catch (error) {
          if (this.db.isOpen && this.db.isTransaction) this.db.exec('ROLLBACK');
          throw error;
        }
      }
    });
  }

  /** Resolves once every write queued so far has finished. */
  async drain(): Promise<void> {
    await this.queue.run(() => undefined);
  }

  private begin(): void {
    try {
      this.db.exec('BEGIN IMMEDIATE');
    } catch (error) {
      if (/locked|busy/i.test((error as Error).message)) {
        throw new CrmError(
          ErrorCode.Unavailable,
          'The data store is busy with another writer; please try again.',
          {},
          { cause: error },
        );
      }
      throw error;
    }
  }

  /** Changes when another connection (another process) commits; this connection's own commits leave it alone. */
  private dataVersion(): number {
    return (this.version.get() as { data_version: number }).data_version;
  }
}
