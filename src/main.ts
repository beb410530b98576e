import { once } from 'node:events';
import { ConfigError, loadConfig, type Config } from './config/config';
import { createBotCore } from './bots/bot-core';
import { createCloudAdapter } from './bots/bot-framework/cloud-adapter';
import { createLogger, type Logger } from './core/logger';
import { PatternUnderstander } from './dialogs/routing/pattern-understander';
import { createHttpServer } from './http/server';
import type { ReadinessCheck } from './http/readiness';
import { WebchatEndpoint } from './http/webchat-endpoint';
import { createRedisConnection, pingRedis } from './jobs/redis-connection';
import { ArtifactCache } from './skills/artifact-cache';
import type { SkillServices } from './skills/skill';
import { openStore } from './store/open-store';
import { ensureDemoData } from './store/seed';

/** Composition root of the bot server: reads config, opens the store, wires the bot, serves HTTP. */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger({ level: config.logLevel });
  logger.info({ engine: config.mongodbUri ? 'mongodb' : 'embedded', dataDir: config.dataDir }, 'starting CRMPro');

  const store = await openStore(config);
  if (config.seedOnEmpty) {
    const seeded = await ensureDemoData(store, { anchor: startOfTodayUtc(), log: (line: string) => logger.info(line) });
    if (seeded) logger.info({ counts: seeded.counts }, 'loaded the demo CRM into the empty store');
  }

  const services: SkillServices = {
    store,
    logger,
    clock: () => new Date(),
    modelsDir: config.modelsDir,
    knowledgeDir: config.knowledgeDir,
    artifacts: new ArtifactCache(),
  };
  const core = createBotCore({
    services,
    understander: new PatternUnderstander(),
    logger,
    localUser: config.localUser,
    defaultTimezone: config.defaultTimezone,
  });

  const readiness: ReadinessCheck[] = [{ name: 'store', check: () => store.ping() }];
  const redis = config.redisUrl ? createRedisConnection(config.redisUrl) : undefined;
  if (redis) {
    redis.on('error', (error) => logger.warn({ err: error }, 'redis connection error'));
    readiness.push({ name: 'redis', check: () => pingRedis(redis) });
  }

  const http = createHttpServer({
    core,
    cloudAdapter: createCloudAdapter(config.microsoft, core, logger),
    webchat: new WebchatEndpoint(core, logger),
    readiness,
    logger,
  });
  http.server.listen(config.port, config.host);
  await once(http.server.server, 'listening');
  logger.info({ port: config.port }, `CRMPro is listening: web chat at http://localhost:${config.port}/`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, inFlightTurns: core.tracker.inFlight }, 'shutting down: finishing in-flight turns');
    http.drain();
    http.server.close();
    const finished = await core.tracker.idle(config.shutdownTimeoutMs);
    if (!finished) logger.warn({ inFlightTurns: core.tracker.inFlight }, 'shutdown timeout: some turns did not finish');
    await closeQuietly(logger, 'redis', async () => void (redis && (await redis.quit())));
    await closeQuietly(logger, 'store', () => store.close());
    logger.info('stopped');
    process.exit(finished ? 0 : 1);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

async function closeQuietly(logger: Logger, what: string, close: () => Promise<void>): Promise<void> {
  try {
    await close();
  } catch (error) {
    logger.warn({ err: error }, `could not close ${what} cleanly`);
  }
}

function startOfTodayUtc(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

main().catch((error: unknown) => {
  process.stderr.write(`CRMPro could not start: ${(error as Error)?.message ?? String(error)}\n`);
  process.exit(1);
});
