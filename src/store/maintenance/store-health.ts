import { statfs } from 'node:fs/promises';
import { CrmError, ErrorCode } from '../../core/errors';
import type { Store } from '../store';

/** The document the readiness probe rewrites in `meta`. */
const PROBE_ID = 'readiness-probe';

/**
 * Proves the store takes writes (not only reads): rewrites one small `meta` document. A store that
 * cannot commit (a full disk, a read-only file system, a lost primary) fails this check, so a
 * load balancer stops sending messages whose transcripts and changes would be lost.
 */
export async function checkStoreWrites(store: Store, clock: () => Date = () => new Date()): Promise<void> {
  await store.meta.updateOne(
    { _id: PROBE_ID },
    { $set: { value: { at: clock().toISOString() } } },
    { upsert: true },
  );
}

/**
 * Fails (UNAVAILABLE) when the file system holding `dir` has less than `minFreeBytes` free: SQLite
 * can still reuse its write-ahead log for a while on a full disk, so a successful small write alone
 * would report a server ready whose next larger write fails.
 */
export async function checkFreeSpace(dir: string, minFreeBytes: number): Promise<void> {
  const stats = await statfs(dir);
  const free = stats.bavail * stats.bsize;
  if (free < minFreeBytes)
    throw new CrmError(
      ErrorCode.Unavailable,
      `only ${free} bytes free for DATA_DIR ${dir} (at least ${minFreeBytes} needed): free some space`,
    );
}
