import { isCrmError, ErrorCode } from '../../core/errors';
import type { Store } from '../store';

/** The meta document a process holds while it migrates: its owner and when the claim expires. */
export const MIGRATION_LOCK_META_ID = 'migration-lock';

interface LockValue {
  owner: string;
  /** Epoch milliseconds: past this, the owner is presumed dead and another process may take over. */
  expiresAt: number;
}

/**
 * A lease on migrating one store, shared by every process that opens it (bot servers, workers, the
 * CLI) on either engine: taken by inserting a document with a fixed id (the unique key lets exactly
 * one insert win), renewed while the work runs, given back by deleting it. A holder that died is
 * replaced once its lease expired: the stale document is deleted by its exact owner and expiry, so
 * two processes taking over at once cannot delete each other's fresh lease.
 */
export class MigrationLock {
  constructor(
    private readonly store: Store,
    readonly owner: string,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes the lease if it is free or expired; false when another live process holds it. */
  async tryAcquire(): Promise<boolean> {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        await this.store.meta.insertOne({ _id: MIGRATION_LOCK_META_ID, value: this.value() });
        return true;
      } catch (error) {
        if (!isCrmError(error, ErrorCode.Conflict)) throw error;
      }
      const held = await this.holder();
      if (!held) continue;
      if (held.owner === this.owner) return true;
      if (held.expiresAt > this.now()) return false;
      await this.store.meta.deleteOne({
        _id: MIGRATION_LOCK_META_ID,
        'value.owner': held.owner,
        'value.expiresAt': held.expiresAt,
      });
    }
    return false;
  }

  /** Who holds the lease now, or null. */
  async holder(): Promise<LockValue | null> {
    const held = await this.store.meta.findById(MIGRATION_LOCK_META_ID);
    return held ? (held.value as unknown as LockValue) : null;
  }

  /** Extends the lease; false when it was lost (expired and taken by another process). */
  async renew(): Promise<boolean> {
    const result = await this.store.meta.updateOne(
      { _id: MIGRATION_LOCK_META_ID, 'value.owner': this.owner },
      { $set: { value: this.value() } },
    );
    return result.matchedCount === 1;
  }

  /** Gives the lease back (only this owner's). */
  async release(): Promise<void> {
    await this.store.meta.deleteOne({ _id: MIGRATION_LOCK_META_ID, 'value.owner': this.owner });
  }

  private value(): Record<string, unknown> {
    return { owner: this.owner, expiresAt: this.now() + this.ttlMs } satisfies LockValue;
  }
}
