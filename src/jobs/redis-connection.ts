import { Redis } from 'ioredis';

/**
 * A connection for health checks: commands fail at once while Redis is unreachable (instead of
 * waiting for a reconnect), so readiness reports the outage and shutdown is not held up by it.
 */
export function createRedisProbe(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: 0, lazyConnect: true, enableOfflineQueue: false });
}

/** Closes a connection: politely when connected, at once when it is not. */
export async function closeRedis(redis: Redis): Promise<void> {
  if (redis.status === 'ready') await redis.quit().catch(() => redis.disconnect());
  else redis.disconnect();
}

/** Resolves when Redis answers PING. */
export async function pingRedis(redis: Redis): Promise<void> {
  if (redis.status === 'wait') await redis.connect();
  const answer = await redis.ping();
  if (answer !== 'PONG') throw new Error(`unexpected PING answer: ${answer}`);
}
