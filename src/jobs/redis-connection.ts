import { Redis } from 'ioredis';

/**
 * A Redis connection as BullMQ wants it (no per-command retry limit, so blocking worker commands
 * wait through reconnects). `lazyConnect` lets start-up report a clear error instead of hanging.
 */
export function createRedisConnection(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, lazyConnect: true, enableReadyCheck: true });
}

/** Resolves when Redis answers PING. */
export async function pingRedis(redis: Redis): Promise<void> {
  if (redis.status === 'wait') await redis.connect();
  const answer = await redis.ping();
  if (answer !== 'PONG') throw new Error(`unexpected PING answer: ${answer}`);
}
