import { configuredSecrets, loadConfigOrExit } from './config/config';
import { startApp } from './app';
import { createLogger } from './core/logger';
import { openStore } from './store/open-store';
import { ensureDemoData } from './store/seed';
import { scoreSentiment, SENTIMENT_LEXICON } from './ml/sentiment';
import { backfillInteractionSentiment } from './store/maintenance/interaction-sentiment';

/** Composition root of the bot server: reads config, opens the store, loads the demo data, serves. */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger({ level: config.logLevel, secrets: configuredSecrets(config) });
  logger.info(
    { engine: config.mongodbUri ? 'mongodb' : 'embedded', dataDir: config.dataDir },
    'starting CRMPro',
  );

  const store = await openStore(config, { log: (line) => logger.info(line) });
  if (config.seedOnEmpty) {
    const seeded = await ensureDemoData(store, {
      anchor: startOfTodayUtc(),
      log: (line: string) => logger.info(line),
      sentimentOf: scoreSentiment,
    });
    if (seeded) logger.info({ counts: seeded.counts }, 'loaded the demo CRM into the empty store');
  }
  const backfill = await backfillInteractionSentiment(store, scoreSentiment, SENTIMENT_LEXICON);
  if (backfill.scored) logger.info(backfill, 'scored the sentiment of interactions stored without one');

  const app = await startApp(config, store, logger, () => new Date(), { warmUp: true });
  logger.info(
    { port: app.port },
    `CRMPro is listening: web chat at http://localhost:${app.port}/chat, the demo website with the chat widget at http://localhost:${app.port}/`,
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(
      { signal, inFlightTurns: app.core.tracker.inFlight },
      'shutting down: finishing in-flight turns',
    );
    const finished = await app.stop();
    await store
      .close()
      .catch((error: unknown) => logger.warn({ err: error }, 'could not close the store cleanly'));
    logger.info('stopped');
    process.exit(finished ? 0 : 1);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

function startOfTodayUtc(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

main().catch((error: unknown) => {
  process.stderr.write(`CRMPro could not start: ${(error as Error)?.message ?? String(error)}\n`);
  process.exit(1);
});
