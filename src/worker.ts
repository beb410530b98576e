import { BotFrameworkChannel } from './bots/bot-framework/cloud-adapter';
import { buildBot } from './bots/core/build-bot';
import { createSlackWebClient } from './bots/slack/slack-web-api';
import { configuredSecrets, loadConfigOrExit } from './config/config';
import { createLogger } from './core/logger';
import { crmMetrics } from './core/metrics';
import { startScheduler } from './jobs/create-scheduler';
import { slackDigestSender, teamsDigestSender } from './jobs/digests/digest-senders';
import { nodeHttpFetch } from './jobs/digests/node-http-fetch';
import { startWorkerMetricsServer } from './jobs/worker-metrics-server';
import { ConversationReferences } from './skills/shared/conversation-references';
import { buildSkillServices } from './skills/skill-services';
import { openStore } from './store/open-store';

/**
 * Composition root of a job worker (`npm run worker`): runs the BullMQ jobs (retraining, segment
 * snapshots, digests) on as many hosts as needed. Needs REDIS_URL; without Redis the bot server
 * runs the jobs itself.
 */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  if (!config.redisUrl) {
    process.stderr.write(
      'The worker needs REDIS_URL (e.g. redis://localhost:6379). Without Redis, the bot server runs the jobs itself.\n',
    );
    process.exit(1);
  }
  const logger = createLogger({
    level: config.logLevel,
    name: 'crmpro-worker',
    secrets: configuredSecrets(config),
  });
  const store = await openStore(config, { log: (line) => logger.info(line) });
  const services = buildSkillServices({
    store,
    logger,
    modelsDir: config.modelsDir,
    trainedModelsDir: config.trainedModelsDir,
    knowledgeDir: config.knowledgeDir,
    llm: config.llm,
    visibility: config.crmVisibility,
  });
  // Digests go out from here: Teams by proactive message (the stored conversation references),
  // Slack as a direct message. The bot core is built for the Teams channel's identity lookups only.
  const core = buildBot({
    services,
    logger,
    localUser: config.localUser,
    userTokenSecret: config.userTokenSecret,
    defaultTimezone: config.defaultTimezone,
    modelsDir: config.modelsDir,
    llm: config.llm,
    turnTimeoutMs: config.turnTimeoutMs,
  });
  const teams = new BotFrameworkChannel(config.microsoft, core, logger, {
    references: new ConversationReferences(store),
  });
  const slackClient = config.slack.botToken
    ? createSlackWebClient({
        botToken: config.slack.botToken,
        apiUrl: config.slack.apiUrl,
        fetch: nodeHttpFetch,
      })
    : undefined;
  const jobs = await startScheduler({
    redisUrl: config.redisUrl,
    services,
    logger,
    timezone: config.defaultTimezone,
    transcriptRetentionDays: config.transcriptRetentionDays,
    metrics: crmMetrics,
    digestSenders: {
      teams: teamsDigestSender(teams),
      ...(slackClient ? { slack: slackDigestSender(slackClient, logger) } : {}),
    },
    concurrency: config.workerConcurrency,
  });
  // Each worker serves its own job and delivery series (loopback unless WORKER_METRICS_HOST says otherwise).
  if (config.workerMetricsPort !== undefined) crmMetrics.collectProcessMetrics();
  const metricsServer =
    config.workerMetricsPort !== undefined
      ? await startWorkerMetricsServer(
          crmMetrics,
          { port: config.workerMetricsPort, host: config.workerMetricsHost },
          logger,
        )
      : undefined;
  if (metricsServer) logger.info({ url: metricsServer.url }, `worker metrics on ${metricsServer.url}`);
  logger.info('worker running');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'worker stopping: finishing running jobs');
    await jobs.close();
    await metricsServer?.close();
    await store.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`CRMPro worker could not start: ${(error as Error)?.message ?? String(error)}\n`);
  process.exit(1);
});
