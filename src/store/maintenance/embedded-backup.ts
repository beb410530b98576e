import {
  chmodSync,
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { backup, DatabaseSync } from 'node:sqlite';
import { CrmError, ErrorCode } from '../../core/errors';
import { EMBEDDED_DB_FILE } from '../embedded/embedded-store';
import { quickCheck } from './integrity';

/** What a backup produced: where, how big, how long it took. */
export interface BackupResult {
  file: string;
  bytes: number;
  pages: number;
  ms: number;
}

/** Pages per backup step: the whole database in one step, so the copy is one read snapshot. */
const ALL_PAGES_IN_ONE_STEP = 2_000_000_000;

/**
 * Copies the embedded store of `dataDir` to `outFile` with SQLite's online backup while the server
 * keeps serving and writing: the copy is taken in one step under one read transaction, so it is the
 * database as of one commit. The copy is checked (`PRAGMA quick_check`), turned into a single
 * self-contained file (rollback journal, no `-wal`), written 0600 and renamed into place only when whole.
 */
export async function backupEmbeddedStore(dataDir: string, outFile: string): Promise<BackupResult> {
  const source = path.join(dataDir, EMBEDDED_DB_FILE);
  if (!existsSync(source))
    throw new CrmError(ErrorCode.NotFound, `There is no embedded store to back up at ${source} (DATA_DIR).`);
  const started = performance.now();
  const partial = `${outFile}.partial`;
  rmSync(partial, { force: true });
  closeSync(openSync(partial, 'w', 0o600));
  const db = new DatabaseSync(source);
  let pages: number;
  try {
    db.exec('PRAGMA busy_timeout = 10000');
    pages = await backup(db, partial, { rate: ALL_PAGES_IN_ONE_STEP });
  } finally {
    db.close();
  }
  const copy = new DatabaseSync(partial);
  try {
    copy.exec('PRAGMA journal_mode = DELETE');
    const problem = quickCheck(copy);
    if (problem)
      throw new CrmError(ErrorCode.Internal, `The backup copy failed its integrity check: ${problem}`);
  } finally {
    copy.close();
  }
  fsyncFile(partial);
  renameSync(partial, outFile);
  fsyncFile(path.dirname(path.resolve(outFile)));
  return { file: outFile, bytes: statSync(outFile).size, pages, ms: performance.now() - started };
}

/**
 * Restores a backup made by `backupEmbeddedStore` into `dataDir`. Refuses a backup that fails its
 * integrity check, and a data directory that holds anything unless `force` (then the database and
 * its `-wal`/`-shm` files are replaced; stop the server first). The file is copied beside the target
 * and renamed, so a crash leaves either the old database or the restored one.
 */
export async function restoreEmbeddedStore(
  backupFile: string,
  dataDir: string,
  options: { force?: boolean } = {},
): Promise<{ file: string; bytes: number }> {
  if (!existsSync(backupFile)) throw new CrmError(ErrorCode.NotFound, `No backup file at ${backupFile}.`);
  const problem = checkFile(backupFile);
  if (problem)
    throw new CrmError(ErrorCode.InvalidInput, `${backupFile} is not a usable CRMPro backup: ${problem}`);
  const held = existsSync(dataDir) ? readdirSync(dataDir) : [];
  if (held.length > 0 && !options.force)
    throw new CrmError(
      ErrorCode.Conflict,
      `DATA_DIR ${dataDir} is not empty (${held.slice(0, 3).join(', ')}${held.length > 3 ? ', …' : ''}): ` +
        'stop the server, then run `crmpro store restore PATH --force` to replace its database.',
    );
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const target = path.join(dataDir, EMBEDDED_DB_FILE);
  const partial = `${target}.restoring`;
  await copyFile(backupFile, partial);
  chmodSync(partial, 0o600);
  fsyncFile(partial);
  for (const stale of [`${target}-wal`, `${target}-shm`]) rmSync(stale, { force: true });
  renameSync(partial, target);
  fsyncFile(dataDir);
  return { file: target, bytes: statSync(target).size };
}

/** The integrity problem of a database file, or undefined when `PRAGMA quick_check` says ok. */
function checkFile(file: string): string | undefined {
  let db: DatabaseSync | undefined;
  try {
    db = new DatabaseSync(file, { readOnly: true });
    return quickCheck(db);
  } catch (error) {
    return (error as Error).message;
  } finally {
    db?.close();
  }
}

function fsyncFile(file: string): void {
  const fd = openSync(file, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
