import { open, type FileHandle } from 'node:fs/promises';

/** Makes what was committed to the write-ahead log durable; resolves once it is on disk. */
export interface LogSync {
  /** Resolves once everything committed before the call is on disk (rejects when that cannot be confirmed). */
  sync(): Promise<void>;
  /** Waits for syncs under way and releases the file. */
  close(): Promise<void>;
}

/**
 * The fsync of an embedded store's write-ahead log, off the event loop.
 *
 * The store runs SQLite with `synchronous = NORMAL`: a COMMIT appends to the WAL without syncing
 * it, and the writer acknowledges a write only after this `sync()` resolved: an `fdatasync` of the
 * WAL file on libuv's thread pool, started after the COMMIT returned. On Linux an fsync flushes
 * the file's dirty pages whichever descriptor wrote them, so this descriptor syncs SQLite's writes.
 * The acknowledgement therefore promises what `synchronous = FULL` promised — the commit is on disk
 * — but the process keeps running while the disk works, and writes of other processes can commit
 * meanwhile (FULL held the write lock for the whole fsync, on the event loop).
 *
 * Group commit: calls that arrive while a sync runs share the next one (a sync that had already
 * started might not cover what they committed), so N commits cost at most two syncs in flight.
 */
export class WalSync implements LogSync {
  private file: Promise<FileHandle> | undefined;
  private running: Promise<void> | undefined;
  private queued: Promise<void> | undefined;
  /** How many fdatasync calls were made (for tests and the bench). */
  syncs = 0;

  constructor(private readonly walPath: string) {}

  sync(): Promise<void> {
    if (!this.running) return this.start();
    if (!this.queued) {
      this.queued = this.running
        .catch(() => undefined)
        .then(() => {
          this.queued = undefined;
          return this.start();
        });
    }
    return this.queued;
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.queued, this.running]);
    const file = this.file;
    this.file = undefined;
    if (file) await (await file.catch(() => undefined))?.close();
  }

  private start(): Promise<void> {
    const run = this.fdatasync().finally(() => {
      if (this.running === run) this.running = undefined;
    });
    this.running = run;
    return run;
  }

  private async fdatasync(): Promise<void> {
    // The WAL exists once the first COMMIT returned, and stays while this store's connection is open.
    this.file ??= open(this.walPath, 'r+');
    let handle: FileHandle;
    try {
      handle = await this.file;
    } catch (error) {
      this.file = undefined;
      throw error;
    }
    this.syncs++;
    await handle.datasync();
  }
}
