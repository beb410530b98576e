import { randomBytes } from 'node:crypto';

/**
 * A new document id: 24 lowercase hex characters, the shape of a MongoDB ObjectId, time-ordered
 * (4 bytes of seconds first) so ids sort roughly by creation like ObjectIds do.
 */
export function newId(now: number = Date.now()): string {
  const seconds = Math.floor(now / 1000)
    .toString(16)
    .padStart(8, '0');
  return seconds + randomBytes(8).toString('hex');
}
