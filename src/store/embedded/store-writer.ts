import { AsyncLocalStorage } from 'node:async_hooks';
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { CrmError, ErrorCode } from '../../core/errors';
import { SerialQueue } from '../../core/serial-queue';
import type { ChangeMarks } from './change-marks';
import type { LogSync } from './wal-sync';

/** What one attempt of a write prepared: its result, and the synchronous SQL that applies it. */
export interface PreparedWrite<R> {
  result: R;
  apply: () => void;
}

/**
 * How long a write acknowledged before it is on disk (`durable: false`) may wait for a durable
 * write to commit with; then it commits on its own.
 */
export const LAZY_COMMIT_MS = 50;

/** How a write is acknowledged. */
export interface WriteOptions {
  /**
   * False acknowledges the write once applied, before it is on disk (MongoDB's `j: false`): it
   * commits with the next durable write, or within LAZY_COMMIT_MS. Default true.
   */
  durable?: boolean;
  /** Told when a write acknowledged before it was on disk could not be committed after all. */
  onLost?: (error: unknown) => void;
}

/**
 * How long queued writes may run back to back in one event-loop pass before the writer lets other
 * work in (new requests, replies, timers): under load, each write's validation and SQL otherwise
 * chain through microtasks into one pass of hundreds of milliseconds.
 */
export const WRITE_SLICE_MS = 5;

/** Optimistic attempts before a write takes the database lock while it prepares. */
const OPTIMISTIC_ATTEMPTS = 3;

/** A write applied in the open transaction, waiting for the commit to be acknowledged. */
interface PendingWrite {
  acknowledge: () => void;
  fail: (error: unknown) => void;
}

/**
 * Runs every write of one embedded store, one at a time, with group commit.
 *
 * A write is prepared first (reads, validation: async), then applied inside a savepoint of the
 * open transaction. The first write of a batch opens the transaction (BEGIN IMMEDIATE) and
 * schedules its COMMIT for the end of the event-loop pass; every write that arrives before then
 * joins it, so concurrent conversations share one fsync instead of paying one each. A write is
 * acknowledged only after the COMMIT that contains it returned and the write-ahead log was synced
 * to disk after it (`logSync`: an fdatasync off the event loop, shared by the commits made while
 * one runs); if that COMMIT fails, every write of the batch fails and nothing of it remains; if
 * the sync fails, the batch's writes fail as not confirmed. A write whose own apply fails is
 * rolled back to its savepoint alone. Without a `logSync`, the database must sync on COMMIT itself
 * (`synchronous = FULL`).
 *
 * Other processes: before the first write of a batch, when another process committed meanwhile
 * (`PRAGMA data_version` moved), what was read may be stale, so the write starts over; after a few
 * such restarts it holds the write lock from the start, so a busy neighbour cannot starve it.
 * While a batch is open this process holds the write lock, so later writes of the batch cannot see
 * stale data. Writes of this process never interleave (one queue for all collections).
 *
 * `transaction(work)` takes the queue for the whole of `work`: the open batch is committed first,
 * then one BEGIN IMMEDIATE … COMMIT holds every write `work` makes (its async context is marked,
 * so those writes apply at once instead of queueing behind it), and any throw rolls all of them
 * back. Writes from elsewhere wait in the queue until it is over.
 */
export class StoreWriter {
  private readonly queue = new SerialQueue();
  private readonly version: StatementSync;
  /** The writes applied in the open transaction; undefined when none is open. */
  private batch: PendingWrite[] | undefined;
  /** True when the open batch's COMMIT is due at the end of this event-loop pass. */
  private commitSoon = false;

  /** How long a write waits for another connection's lock (the connection's `busy_timeout`). */
  private readonly busyTimeoutMs: number;
  /** When the writes of this event-loop pass began (undefined: none yet in this pass). */
  private sliceStartedAt: number | undefined;

  /** Set in the async context of a running `transaction`: its writes apply inside it. */
  private readonly inTransaction = new AsyncLocalStorage<boolean>();

  /**
   * `marks` is told when applied writes are rolled back (what was read meanwhile may be gone);
   * `logSync` makes each COMMIT durable before its writes are acknowledged; `afterCommit` is told
   * of each COMMIT that succeeded (the log's checkpoints are scheduled from it).
   */
  constructor(
    private readonly db: DatabaseSync,
    private readonly marks?: ChangeMarks,
    private readonly logSync?: LogSync,
    private readonly afterCommit?: () => void,
  ) {
    this.version = db.prepare('PRAGMA data_version');
    const configured = db.prepare('PRAGMA busy_timeout').get() as { timeout?: number } | undefined;
    this.busyTimeoutMs = Number(configured?.timeout ?? 10_000) || 10_000;
  }

  run<R>(prepare: () => Promise<PreparedWrite<R>>, options: WriteOptions = {}): Promise<R> {
    if (this.inTransaction.getStore()) return this.applyInTransaction(prepare);
    const durable = options.durable ?? true;
    return new Promise<R>((resolve, reject) => {
      void this.queue.run(async () => {
        try {
          await this.keepPassShort();
          const result = await this.apply(prepare);
          if (durable) {
            this.batch!.push({ acknowledge: () => resolve(result), fail: reject });
            this.commitWhenPassEnds();
          } else {
            this.batch!.push({ acknowledge: () => undefined, fail: (error) => options.onLost?.(error) });
            resolve(result);
          }
        } catch (error) {
          reject(error);
        }
      });
    });
  }

  /**
   * Runs `work` as one SQLite transaction: all of its writes are committed together (on disk when
   * this resolves), or, when `work` throws or the COMMIT fails, none of them. A transaction inside
   * a transaction is part of the outer one.
   */
  async transaction<T>(work: () => Promise<T>): Promise<T> {
    if (this.inTransaction.getStore()) return work();
    const { result, synced } = await this.queue.run(async () => {
      this.commitBatch();
      await this.begin();
      let result: T;
      try {
        result = await this.inTransaction.run(true, work);
        this.db.exec('COMMIT');
        this.afterCommit?.();
      } catch (error) {
        if (this.db.isOpen && this.db.isTransaction) this.db.exec('ROLLBACK');
        this.marks?.rolledBack();
        throw error;
      }
      // The sync is awaited outside the queue: the next writes may commit while the disk works.
      return { result, synced: this.syncLog() };
    });
    await synced;
    return result;
  }

  /** A write of a running transaction: prepared and applied in it at once (its own savepoint). */
  private async applyInTransaction<R>(prepare: () => Promise<PreparedWrite<R>>): Promise<R> {
    const prepared = await prepare();
    this.applyInSavepoint(prepared);
    return prepared.result;
  }

  /** Applies one prepared write in its own savepoint: on a throw, that write alone is undone. */
  private applyInSavepoint(prepared: PreparedWrite<unknown>): void {
    this.db.exec('SAVEPOINT crmpro_write');
    try {
      prepared.apply();
      this.db.exec('RELEASE crmpro_write');
    } catch (error) {
      this.db.exec('ROLLBACK TO crmpro_write');
      this.db.exec('RELEASE crmpro_write');
      throw error;
    }
  }

  /** Resolves once every write queued so far has been committed and synced (or has failed). */
  async drain(): Promise<void> {
    await this.queue.run(() => this.commitBatch());
    await this.logSync?.sync().catch(() => undefined);
  }

  /** Prepares and applies one write in the open batch (opening one when needed); returns its result. */
  private async apply<R>(prepare: () => Promise<PreparedWrite<R>>): Promise<R> {
    for (let attempt = 1; ; attempt++) {
      const joining = this.batch !== undefined;
      const locked = joining || attempt > OPTIMISTIC_ATTEMPTS;
      if (locked && !joining) await this.beginBatch();
      const version = locked ? 0 : this.dataVersion();
      let prepared: PreparedWrite<R>;
      try {
        prepared = await prepare();
      } catch (error) {
        this.abandonEmptyBatch();
        throw error;
      }
      if (!locked) {
        await this.beginBatch();
        if (this.dataVersion() !== version) {
          this.abandonEmptyBatch();
          continue;
        }
      }
      try {
        this.applyInSavepoint(prepared);
      } catch (error) {
        this.abandonEmptyBatch();
        throw error;
      }
      return prepared.result;
    }
  }

  private async beginBatch(): Promise<void> {
    await this.begin();
    this.batch = [];
    this.commitSoon = false;
    // A batch of writes acknowledged before they are on disk commits by this time at the latest.
    setTimeout(() => void this.queue.run(() => this.commitBatch()), LAZY_COMMIT_MS).unref();
  }

  /** A durable write is waiting: COMMIT at the end of this pass, behind the writes already queued. */
  private commitWhenPassEnds(): void {
    if (this.commitSoon) return;
    this.commitSoon = true;
    setImmediate(() => void this.queue.run(() => this.commitBatch()));
  }

  /**
   * Lets the event loop run other work first when this pass's writes have taken WRITE_SLICE_MS:
   * the write waits for the next pass (setImmediate). The open batch stays open meanwhile, and its
   * COMMIT, already queued behind the waiting writes, still takes them all.
   */
  private async keepPassShort(): Promise<void> {
    if (this.sliceStartedAt !== undefined) {
      if (performance.now() - this.sliceStartedAt < WRITE_SLICE_MS) return;
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    this.sliceStartedAt = performance.now();
    setImmediate(() => {
      this.sliceStartedAt = undefined;
    });
  }

  /** Rolls back a batch nothing was written in yet (so a failed first write holds no lock). */
  private abandonEmptyBatch(): void {
    if (this.batch?.length !== 0) return;
    if (this.db.isOpen && this.db.isTransaction) this.db.exec('ROLLBACK');
    this.batch = undefined;
    this.commitSoon = false;
  }

  private commitBatch(): void {
    const batch = this.batch;
    if (!batch) return;
    this.batch = undefined;
    this.commitSoon = false;
    try {
      this.db.exec('COMMIT');
    } catch (error) {
      if (this.db.isOpen && this.db.isTransaction) this.db.exec('ROLLBACK');
      this.marks?.rolledBack();
      for (const write of batch) write.fail(error);
      return;
    }
    this.afterCommit?.();
    if (!this.logSync) {
      for (const write of batch) write.acknowledge();
      return;
    }
    this.syncLog().then(
      () => {
        for (const write of batch) write.acknowledge();
      },
      (error: unknown) => {
        for (const write of batch) write.fail(error);
      },
    );
  }

  /** Syncs the log after a COMMIT; a failure is UNAVAILABLE (the write is committed, but not known to be on disk). */
  private syncLog(): Promise<void> {
    if (!this.logSync) return Promise.resolve();
    return this.logSync.sync().catch((error: unknown) => {
      throw new CrmError(
        ErrorCode.Unavailable,
        `The write could not be confirmed on disk: ${(error as Error).message}`,
        {},
        { cause: error },
      );
    });
  }

  /**
   * Takes the write lock (BEGIN IMMEDIATE) without blocking the event loop: SQLite's own busy wait
   * is synchronous, and a batch of another connection in this process can only commit when the
   * loop runs. So the wait is ours: no busy timeout for this statement, and short async pauses
   * between attempts, up to the connection's usual busy timeout.
   */
  private async begin(): Promise<void> {
    const deadline = Date.now() + this.busyTimeoutMs;
    let pause = 1;
    for (;;) {
      try {
        this.db.exec('PRAGMA busy_timeout = 0');
        try {
          this.db.exec('BEGIN IMMEDIATE');
        } finally {
          this.db.exec(`PRAGMA busy_timeout = ${this.busyTimeoutMs}`);
        }
        return;
      } catch (error) {
        if (!/locked|busy/i.test((error as Error).message)) throw error;
        if (Date.now() >= deadline)
          throw new CrmError(
            ErrorCode.Unavailable,
            'The data store is busy with another writer; please try again.',
            {},
            { cause: error },
          );
        await new Promise((resolve) => setTimeout(resolve, pause));
        pause = Math.min(pause * 2, 25);
      }
    }
  }

  /** Changes when another connection (another process) commits; this connection's own commits leave it alone. */
  private dataVersion(): number {
    return (this.version.get() as { data_version: number }).data_version;
  }
}
