import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { CrmError, ErrorCode } from '../../core/errors';
import type { Store } from '../store';
import { MIGRATIONS } from './schema-migrations';
import type { Migration } from './migration';
import { MigrationLock } from './migration-lock';
import { readSchemaVersion, stampSchemaVersion, type AppliedMigration } from './schema-version';

/** Where a store stands: its version, the code's, and the steps between them. */
export interface MigrationPlan {
  current: number;
  target: number;
  pending: Migration[];
}

/** What a migration run did. */
export interface MigrationReport {
  from: number;
  to: number;
  /** The steps this process applied (none when the store was current or another process did them). */
  applied: AppliedMigration[];
}

export interface MigrateOptions {
  /** The steps to apply (default: the product's MIGRATIONS; tests pass their own). */
  migrations?: readonly Migration[];
  log?: (line: string) => void;
  /** How long the lease on migrating lasts without renewal (default 60 s; renewed every third of it). */
  lockTtlMs?: number;
  /** How often a process waiting for another one's migration looks again (default 250 ms). */
  pollMs?: number;
}

/** Refuses a list that is not 1, 2, 3, … in order (a mistake when adding a step). */
function checkOrder(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1)
      throw new CrmError(
        ErrorCode.Internal,
        `Schema migrations must be numbered 1, 2, 3, … in order; entry ${index + 1} is version ${migration.version} (${migration.description}).`,
      );
  });
}

/**
 * The store's schema version against the code's, and the steps to apply. Throws UNAVAILABLE when
 * the store is newer than this code (written by a newer CRMPro): reading it could lose data.
 */
export async function planMigrations(
  store: Store,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<MigrationPlan> {
  checkOrder(migrations);
  const current = await readSchemaVersion(store);
  const target = migrations.length;
  if (current > target)
    throw new CrmError(
      ErrorCode.Unavailable,
      `The ${store.engine} store is at schema version ${current}, but this CRMPro knows versions up to ${target}: ` +
        'a newer CRMPro has upgraded it. Run that version (or a newer one), or restore a backup taken before ' +
        'the upgrade (crmpro store restore PATH); this version will not open it.',
    );
  return { current, target, pending: migrations.filter((migration) => migration.version > current) };
}

/**
 * Brings the store to the code's schema version before anything reads it: applies the pending
 * steps in order, each stamped in `meta` once it finished. Processes opening the same store at once
 * (a server and a worker) agree through a lease in `meta`: one migrates, the others wait for it and
 * then find nothing left to do. Cheap when the store is current (one read, no lease).
 */
export async function migrateStore(store: Store, options: MigrateOptions = {}): Promise<MigrationReport> {
  const migrations = options.migrations ?? MIGRATIONS;
  const log = options.log ?? (() => undefined);
  const first = await planMigrations(store, migrations);
  if (!first.pending.length) return { from: first.current, to: first.current, applied: [] };

  const ttlMs = options.lockTtlMs ?? 60_000;
  const lock = new MigrationLock(
    store,
    `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`,
    ttlMs,
  );
  let told = false;
  while (!(await lock.tryAcquire())) {
    if (!told) {
      const holder = await lock.holder();
      log(`waiting for ${holder?.owner ?? 'another process'} to finish migrating the store`);
      told = true;
    }
    await sleep(options.pollMs ?? 250);
    const now = await planMigrations(store, migrations);
    if (!now.pending.length) return { from: first.current, to: now.current, applied: [] };
  }

  let lost = false;
  const heartbeat = setInterval(() => {
    lock.renew().then(
      (held) => (lost ||= !held),
      () => undefined,
    );
  }, ttlMs / 3);
  try {
    // Read again under the lease: another process may have migrated between the first look and now.
    const plan = await planMigrations(store, migrations);
    const applied: AppliedMigration[] = [];
    for (const migration of plan.pending) {
      if (lost)
        throw new CrmError(
          ErrorCode.Unavailable,
          'Lost the lease on migrating the store (another process took it over); start again.',
        );
      log(`migrating the store to schema version ${migration.version}: ${migration.description}`);
      const started = performance.now();
      await migration.up(store, { log });
      const step: AppliedMigration = {
        version: migration.version,
        description: migration.description,
        at: new Date().toISOString(),
        ms: Math.round(performance.now() - started),
      };
      await stampSchemaVersion(store, step);
      applied.push(step);
    }
    return { from: first.current, to: plan.target, applied };
  } finally {
    clearInterval(heartbeat);
    await lock.release();
  }
}
