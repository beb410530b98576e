import { Worker } from 'node:worker_threads';

/**
 * How many commits the log may gather before the worker is asked to checkpoint: about what
 * SQLite's own default (1,000 pages) came to on the demo CRM's turns (one in 50–70 commits).
 */
export const CHECKPOINT_EVERY_COMMITS = 64;

/**
 * The safety net left to SQLite on the store's own connection: if the worker falls behind or is
 * gone, a COMMIT still checkpoints once the log holds this many pages (about 40 MiB), so the log
 * never grows without bound. The default, used again when the worker fails, is 1,000 pages.
 */
export const FALLBACK_AUTOCHECKPOINT_PAGES = 10_000;
export const SQLITE_DEFAULT_AUTOCHECKPOINT_PAGES = 1_000;

/** What the worker reports after each checkpoint request. */
interface CheckpointReport {
  ok: boolean;
  error?: string;
}

// Plain JavaScript, run with `eval`: a worker needs no build step or loader for it. Its own
// connection copies the log into the database (PASSIVE: never waits for, nor blocks, the writer)
// and syncs the database file there, off the event loop of the process that serves people.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { DatabaseSync } = require('node:sqlite');
const db = new DatabaseSync(workerData.file);
db.exec('PRAGMA busy_timeout = 0');
const checkpoint = db.prepare('PRAGMA wal_checkpoint(PASSIVE)');
parentPort.on('message', (message) => {
  if (message === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  try {
    checkpoint.get();
    parentPort.postMessage({ ok: true });
  } catch (error) {
    parentPort.postMessage({ ok: false, error: String(error && error.message || error) });
  }
});
`;

/**
 * Moves the write-ahead log's checkpoints off the event loop.
 *
 * SQLite checkpoints inside the COMMIT that crosses its threshold: on the demo CRM about one turn in
 * 50–70 paid 1–9 ms on the event loop for it (copying pages and syncing the database file), a part
 * of the round trip's p99 under load. Here the store's connection leaves checkpoints to a worker
 * thread with its own connection, asked every CHECKPOINT_EVERY_COMMITS commits (one request at a
 * time); the connection keeps a high automatic threshold as a safety net. Checkpoints do not change
 * durability: a commit is on disk once its log is synced (WalSync), before and after.
 *
 * The worker starts at the first request, so short-lived stores (tests, one-off commands) never
 * start one. When it fails, the connection's threshold goes back to SQLite's default.
 */
export class WalCheckpointer {
  private worker: Worker | undefined;
  private inFlight = false;
  private commitsSinceRequest = 0;
  /** Why the worker was given up, once it was (also emitted as a process warning). */
  failure: string | undefined;
  private closed = false;
  /** Checkpoints the worker finished (for tests and the bench). */
  checkpoints = 0;

  /**
   * `setAutocheckpoint` sets the store connection's own threshold (in pages); it is called once
   * now with the safety net and again with SQLite's default if the worker fails.
   */
  constructor(
    private readonly databaseFile: string,
    private readonly setAutocheckpoint: (pages: number) => void,
    private readonly everyCommits = CHECKPOINT_EVERY_COMMITS,
  ) {
    setAutocheckpoint(FALLBACK_AUTOCHECKPOINT_PAGES);
  }

  /** Told after every COMMIT of the store's connection. */
  committed(): void {
    if (this.failure !== undefined || this.closed) return;
    this.commitsSinceRequest++;
    if (this.inFlight || this.commitsSinceRequest < this.everyCommits) return;
    this.commitsSinceRequest = 0;
    this.inFlight = true;
    this.startedWorker().postMessage('checkpoint');
  }

  /** Stops the worker (after its checkpoint under way, if any); the store closes its connection after. */
  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = undefined;
    if (!worker) return;
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    // Referenced again while it closes: with nothing else pending, an unreferenced worker would let
    // the process end right here, its caller's `await store.close()` never returning.
    worker.ref();
    worker.postMessage('close');
    await exited;
  }

  private startedWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file: this.databaseFile } });
    // Never keeps the process alive on its own: the store's close() ends it.
    worker.unref();
    worker.on('message', (report: CheckpointReport) => {
      this.inFlight = false;
      // A busy database (another checkpoint, a backup reading it) is tried again at the next request.
      if (report.ok) this.checkpoints++;
    });
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => {
      if (!this.closed && code !== 0) this.fail(new Error(`the checkpoint worker exited with code ${code}`));
    });
    this.worker = worker;
    return worker;
  }

  private fail(error: Error): void {
    if (this.failure !== undefined || this.closed) return;
    this.failure = error.message;
    this.inFlight = false;
    this.worker = undefined;
    process.emitWarning(`WAL checkpoints are back on the store's connection: ${error.message}`);
    this.setAutocheckpoint(SQLITE_DEFAULT_AUTOCHECKPOINT_PAGES);
  }
}
