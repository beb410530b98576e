import { once } from 'node:events';
import type { Config } from './config/config';
import { BotFrameworkChannel, type OutboundCredentialsFactory } from './bots/bot-framework/cloud-adapter';
import { buildBot, type Bot } from './bots/core/build-bot';
import { HandoffService } from './bots/handoff/handoff-service';
import { SlackHandoffDesk } from './bots/handoff/slack-handoff-desk';
import { supportHoursCheck } from './bots/handoff/support-hours';
import { loadSessionSecret } from './bots/widget/session-secret';
import { VisitorSessions } from './bots/widget/visitor-sessions';
import { WidgetChannel } from './bots/widget/widget-channel';
import { SlackChannel } from './bots/slack/slack-channel';
import { SlackTeamNotifier } from './bots/slack/slack-team-notifier';
import { createSlackWebClient } from './bots/slack/slack-web-api';
import { WebchatChannel } from './bots/webchat/webchat-channel';
import type { Logger } from './core/logger';
import { crmMetrics } from './core/metrics';
import type { ReadinessCheck } from './http/readiness';
import { metricsRoute } from './http/metrics-route';
import { createHttpServer, type HttpServer } from './http/server';
import { widgetRoutes } from './http/widget-routes';
import { slackEventsRoute } from './http/slack-route';
import { startScheduler } from './jobs/create-scheduler';
import { slackDigestSender, teamsDigestSender } from './jobs/digests/digest-senders';
import type { JobScheduler } from './jobs/job-scheduler';
import { closeRedis, createRedisProbe, pingRedis } from './jobs/redis-connection';
import { skillRunnerOf, type SkillServices } from './skills/skill';
import { UserDirectory } from './skills/shared/user-directory';
import { ConversationReferences } from './skills/shared/conversation-references';
import { buildSkillServices } from './skills/skill-services';
import { warmUpSkills } from './skills/warm-up';
import { checkFreeSpace, checkStoreWrites } from './store/maintenance/store-health';
import type { Store } from './store/store';

/** Below this much free space for DATA_DIR (embedded store), /readyz reports the server not ready. */
const MIN_FREE_DISK_BYTES = 1024 * 1024;

/** A running bot server and how to stop it gracefully. */
export interface App {
  core: Bot;
  http: HttpServer;
  jobs: JobScheduler;
  services: SkillServices;
  /** The Bot Framework channel (Teams): `sendToUser` messages a person proactively. */
  botFramework: BotFrameworkChannel;
  /** Website visitors' hand-offs to people (the Slack channel hands people's replies to it). */
  handoffs: HandoffService;
  /** The Slack channel, when Slack is configured (SLACK_BOT_TOKEN). */
  slack?: SlackChannel;
  /** The port actually listened on (PORT=0 picks a free one). */
  port: number;
  /**
   * Stops taking messages, waits up to `shutdownTimeoutMs` for turns in flight, stops the jobs
   * (waiting for running ones), closes Redis.
   * Resolves false when some turn did not finish in time. The store stays open: its owner closes it.
   */
  stop(): Promise<boolean>;
}

/** Wires the bot server over an open store and starts listening; shared by `main.ts` and the tests. */
export async function startApp(
  config: Config,
  store: Store,
  logger: Logger,
  clock: () => Date = () => new Date(),
  options: {
    warmUp?: boolean;
    /**
     * How replies to Bot Framework channels are signed (default: MICROSOFT_APP_ID/PASSWORD through
     * Microsoft's login service); tests give a stand-in for that login service.
     */
    botFrameworkCredentials?: OutboundCredentialsFactory;
    /** False leaves out the audit log (the audit-overhead bench's baseline only). */
    audit?: boolean;
  } = {},
): Promise<App> {
  const slackClient =
    config.slack.mode && config.slack.botToken
      ? createSlackWebClient({ botToken: config.slack.botToken, apiUrl: config.slack.apiUrl })
      : undefined;
  const services = buildSkillServices({
    ...(slackClient
      ? {
          notifier: new SlackTeamNotifier(
            slackClient,
            new UserDirectory(store),
            logger,
            config.slack.leadQueueChannel,
          ),
        }
      : {}),
    store,
    logger,
    clock,
    modelsDir: config.modelsDir,
    trainedModelsDir: config.trainedModelsDir,
    knowledgeDir: config.knowledgeDir,
    llm: config.llm,
    visibility: config.crmVisibility,
    ...(options.audit === false ? { audit: false } : {}),
  });
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

  const slack =
    slackClient && config.slack.mode
      ? new SlackChannel(
          {
            mode: config.slack.mode,
            botToken: slackClient.token ?? '',
            signingSecret: config.slack.signingSecret,
            appToken: config.slack.appToken,
            apiUrl: config.slack.apiUrl,
          },
          { core, skills: skillRunnerOf(services), client: slackClient, logger, clock },
        )
      : undefined;

  const handoffs = new HandoffService({
    ...(slackClient
      ? { desk: new SlackHandoffDesk(slackClient, { supportChannel: config.slack.supportChannel, logger }) }
      : {}),
    available: supportHoursCheck(config.supportHours, config.defaultTimezone),
    logger,
    clock,
  });
  slack?.useHandoffInbox(handoffs);
  const widget = widgetRoutes({
    channel: new WidgetChannel(core, handoffs),
    sessions: new VisitorSessions(await loadSessionSecret(config.dataDir, config.widget.sessionSecret)),
    allowedOrigins: config.widget.allowedOrigins,
    perVisitor: config.rateLimits.perSender,
    logger,
  });

  const readiness: ReadinessCheck[] = [{ name: 'store', check: () => checkStoreWrites(store, clock) }];
  if (store.engine === 'embedded')
    readiness.push({ name: 'disk', check: () => checkFreeSpace(config.dataDir, MIN_FREE_DISK_BYTES) });
  const redis = config.redisUrl ? createRedisProbe(config.redisUrl) : undefined;
  if (redis) {
    redis.on('error', (error) => logger.warn({ err: error }, 'redis connection error'));
    readiness.push({ name: 'redis', check: () => pingRedis(redis) });
  }

  const botFramework = new BotFrameworkChannel(config.microsoft, core, logger, {
    outboundCredentials: options.botFrameworkCredentials,
    references: new ConversationReferences(store),
  });
  if (botFramework.mode === 'local')
    logger.warn(
      'local development mode (MICROSOFT_APP_ID unset): /api/messages and the web chat act as LOCAL_USER for direct requests from this machine only (loopback, no proxy headers; others get 401, whatever HOST is), and replies go only to loopback serviceUrls',
    );
  const metrics = crmMetrics;
  metrics.collectProcessMetrics();
  const http = createHttpServer({
    core,
    botFramework,
    webchat: new WebchatChannel(core),
    readiness,
    logger,
    rateLimits: config.rateLimits,
    channelRoutes: [
      ...(slack?.httpReceiver ? [slackEventsRoute(slack.httpReceiver)] : []),
      ...widget.routes,
      metricsRoute(metrics, config.metricsAccess),
    ],
  });
  const jobs = await startScheduler({
    redisUrl: config.redisUrl,
    services,
    logger,
    timezone: config.defaultTimezone,
    transcriptRetentionDays: config.transcriptRetentionDays,
    metrics,
    digestSenders: {
      teams: teamsDigestSender(botFramework),
      ...(slackClient ? { slack: slackDigestSender(slackClient, logger) } : {}),
    },
  });
  // Models load (or train) before the port opens and Socket Mode connects: training blocks the
  // event loop for seconds at demo size, and a server that listened meanwhile would take
  // connections it cannot answer.
  if (options.warmUp) await warmUpSkills(services);
  if (slack) await slack.start();
  http.server.listen(config.port, config.host);
  await once(http.server.server, 'listening');
  const address = http.server.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;

  return {
    core,
    http,
    jobs,
    services,
    botFramework,
    ...(slack ? { slack } : {}),
    handoffs,
    port,
    stop: async () => {
      http.drain();
      widget.closeStreams();
      const closed = new Promise<void>((resolve) => http.server.close(() => resolve()));
      const finished = await core.tracker.idle(config.shutdownTimeoutMs);
      if (!finished)
        logger.warn({ inFlightTurns: core.tracker.inFlight }, 'shutdown timeout: some turns did not finish');
      http.server.server.closeIdleConnections?.();
      await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 1_000))]);
      // Running jobs get a bounded wait too: a dead Redis must not hold the process.
      await jobs.close(config.shutdownTimeoutMs);
      if (slack) await slack.stop();
      if (redis) await closeRedis(redis);
      return finished;
    },
  };
}
