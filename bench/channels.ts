import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { Request, Response } from 'restify';
import { Agent, fetch } from 'undici';
import { startApp, type App } from '../src/app';
import { loadConfig } from '../src/config/config';
import { silentLogger } from '../src/core/logger';
import { openEmbeddedStore } from '../src/store/embedded/embedded-store';
import { DEMO_REP_EMAIL, seedDemoCrm } from '../src/store/seed';
import { inboundActivity, LoopbackConnector } from '../tests/fixtures/loopback-connector';
import { SlackApiStandIn, slackSignatureHeaders } from '../tests/fixtures/slack-api-stand-in';
import { WidgetClient } from '../tests/bots/widget/widget-client';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { percentiles } from './message-round-trip';

const CONCURRENCY = 50;
const BOT_TOKEN = 'xoxb-bench';
const SIGNING_SECRET = 'bench-signing-secret-0123456789abcdef';

/** Sends one message through a channel and resolves when its reply has arrived where the channel delivers it. */
type SendOne = (conversation: number, turn: number, text: string) => Promise<void>;

/**
 * Messages per second and latency through each channel at 50 concurrent conversations, beside a
 * bare botbuilder echo bot on the same server: each conversation sends its messages one after
 * another (the next when the reply has arrived), all 50 at once. Bot Framework replies are timed to
 * the loopback connector, Slack's to the Slack API stand-in's chat.postMessage, the local web
 * chat's to its HTTP response. The question is the demo rep's briefing on one of their own accounts
 * on the full demo CRM; rate limits are off (one client sends everything).
 */
export async function runChannelsBench(
  options: { messagesPerConversation?: number; scale?: number; log?: (line: string) => void } = {},
): Promise<Record<string, unknown>> {
  const log = options.log ?? (() => undefined);
  const perConversation = options.messagesPerConversation ?? 6;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'crmpro-bench-channels-'));
  const store = openEmbeddedStore({ dataDir });
  const connector = new LoopbackConnector();
  const slack = new SlackApiStandIn(BOT_TOKEN, []);
  let app: App | undefined;
  /**
   * Idle pooled connections close after 1 s, well before the server's 5 s keep-alive: otherwise, on a
   * busy machine, a connection can be reused just as the server closes it (ECONNRESET on a POST).
   */
  const dispatcher = new Agent({
    keepAliveTimeout: 1_000,
    keepAliveMaxTimeout: 1_000,
    connections: 2 * CONCURRENCY,
  });
  try {
    log('seeding the demo CRM (full size)...');
    await seedDemoCrm(store, { anchor: new Date(), log, scale: options.scale ?? 1 });
    const rep = await store.users.findOne({ email: DEMO_REP_EMAIL });
    const accounts = await store.accounts.find({ ownerId: String(rep!._id) }, { limit: 5 });
    const questions = accounts.map((account) => `tell me about ${account.name}`);
    for (let c = 0; c < CONCURRENCY; c++)
      slack.addUser({ id: `UBENCH${c}`, name: `Bench ${c}`, email: DEMO_REP_EMAIL });
    const serviceUrl = await connector.start();
    await slack.start();
    app = await startApp(
      loadConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'silent',
        RATE_LIMIT_ADDRESS_PER_MINUTE: '0',
        RATE_LIMIT_SENDER_PER_MINUTE: '0',
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: slack.url,
      }),
      store,
      silentLogger(),
    );
    const base = `http://127.0.0.1:${app.port}`;

    const echoAdapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
    const echo = new ActivityHandler().onMessage(async (context, next) => {
      await context.sendActivity(`echo: ${context.activity.text}`);
      await next();
    });
    app.http.server.post('/api/echo', async (req: Request, res: Response) => {
      await echoAdapter.process(req as never, res as never, (context) => echo.run(context));
    });

    const connectorReplies = new Map<string, () => void>();
    connector.onPost = (post) => {
      const conversation = /conversations\/([^/]+)\/activities/.exec(post.path)?.[1];
      const waiting = conversation ? connectorReplies.get(decodeURIComponent(conversation)) : undefined;
      waiting?.();
    };
    const throughBotFramework =
      (route: string, label: string): SendOne =>
      async (conversation, turn, text) => {
        const id = `${label}-${conversation}`;
        const replied = new Promise<void>((resolve) => connectorReplies.set(id, resolve));
        const response = await fetch(`${base}${route}`, {
          method: 'POST',
          dispatcher,
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(
            inboundActivity(serviceUrl, text, { conversation: { id }, id: `${id}-${turn}` }),
          ),
        });
        if (response.status !== 200) throw new Error(`${route} answered ${response.status}`);
        await replied;
      };

    const slackReplies = new Map<string, () => void>();
    slack.onCall = (call) => {
      if (call.method !== 'chat.postMessage') return;
      slackReplies.get(`${String(call.args.channel)} ${String(call.args.thread_ts)}`)?.();
    };
    let slackSeq = 0;
    const throughSlack: SendOne = async (conversation, _turn, text) => {
      const ts = `1773576000.${String(++slackSeq).padStart(6, '0')}`;
      const user = `UBENCH${conversation}`;
      const replied = new Promise<void>((resolve) => slackReplies.set(`D${user} ${ts}`, resolve));
      const body = JSON.stringify({
        type: 'event_callback',
        team_id: 'T1',
        api_app_id: 'A1',
        event_id: `EvBench${slackSeq}`,
        event_time: Math.floor(Date.now() / 1000),
        event: { type: 'message', channel: `D${user}`, channel_type: 'im', user, text, ts, event_ts: ts },
        authorizations: [{ team_id: 'T1', user_id: 'U0CRMBOT', is_bot: true }],
      });
      const response = await fetch(`${base}/api/slack/events`, {
        method: 'POST',
        dispatcher,
        headers: { 'Content-Type': 'application/json', ...slackSignatureHeaders(SIGNING_SECRET, body) },
        body,
      });
      if (response.status !== 200) throw new Error(`/api/slack/events answered ${response.status}`);
      await replied;
    };

    const webchatConversations = new Map<number, string>();
    const throughWebchat: SendOne = async (conversation, _turn, text) => {
      const known = webchatConversations.get(conversation);
      const response = await fetch(`${base}/api/webchat/messages`, {
        method: 'POST',
        dispatcher,
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(known ? { conversationId: known, text } : { text }),
      });
      if (response.status !== 200) throw new Error(`/api/webchat/messages answered ${response.status}`);
      const reply = (await response.json()) as { conversationId: string };
      webchatConversations.set(conversation, reply.conversationId);
    };

    // Website visitors: a session and an open event stream per conversation, then questions whose
    // replies are timed to the stream's end of the turn (the typing indicator going off).
    const visitors: WidgetClient[] = [];
    const throughWidget: SendOne = async (conversation, _turn, text) => {
      let visitor = visitors[conversation];
      if (!visitor) {
        visitor = new WidgetClient(base, base);
        await visitor.startSession();
        await visitor.connectGreeted();
        visitors[conversation] = visitor;
      }
      const replies = await visitor.ask(text);
      if (replies.length === 0) throw new Error('the widget turn ended without a reply');
    };

    const run = async (label: string, send: SendOne, text: (i: number) => string) => {
      const samples: number[] = [];
      const started = performance.now();
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async (_, conversation) => {
          for (let turn = 0; turn < perConversation; turn++) {
            const sent = performance.now();
            await send(conversation, turn, text(conversation + turn));
            samples.push(performance.now() - sent);
          }
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      const stats = percentiles(samples);
      const figures = {
        messages: samples.length,
        messagesPerSecond: Math.round((samples.length / seconds) * 10) / 10,
        latencyMs: stats,
      };
      log(
        `${label}: ${figures.messagesPerSecond} messages/s, p50 ${stats.p50} ms, p99 ${stats.p99} ms (${samples.length} messages, ${CONCURRENCY} conversations)`,
      );
      return figures;
    };

    const briefing = (i: number) => questions[i % questions.length]!;
    // Warm-up: models, caches and JIT, on every path, untimed.
    await run('warm-up echo', throughBotFramework('/api/echo', 'warm-echo'), () => 'hello');
    await run('warm-up bot', throughBotFramework('/api/messages', 'warm-bf'), briefing);
    const echoBot = await run(
      'bare echo bot (botbuilder)',
      throughBotFramework('/api/echo', 'echo'),
      () => 'hello',
    );
    const botFramework = await run(
      'Bot Framework /api/messages',
      throughBotFramework('/api/messages', 'bf'),
      briefing,
    );
    const slackFigures = await run('Slack /api/slack/events', throughSlack, briefing);
    const webchat = await run('local web chat /api/webchat/messages', throughWebchat, briefing);
    const visitorQuestions = ['how much is the Team plan?', 'do you have an SLA?', 'how do I connect Slack?'];
    // Sessions and streams open untimed first (one conversation each), then the timed questions.
    await Promise.all(
      Array.from({ length: CONCURRENCY }, (_, c) => throughWidget(c, 0, visitorQuestions[0]!)),
    );
    const widget = await run(
      'website widget /api/widget/messages + stream',
      throughWidget,
      (i) => visitorQuestions[i % 3]!,
    );
    for (const visitor of visitors) visitor.disconnect();
    const widgetScript = await fetch(`${base}/widget.js`, {
      dispatcher,
      headers: { 'Accept-Encoding': 'gzip' },
    });
    await widgetScript.arrayBuffer();
    const widgetSource = readFileSync(path.join(__dirname, '..', 'public', 'widget.js'));
    const ratio = (figures: { latencyMs: { p99: number }; messagesPerSecond: number }) => ({
      throughputOverEcho: Math.round((figures.messagesPerSecond / echoBot.messagesPerSecond) * 1000) / 1000,
      p99OverEcho: Math.round((figures.latencyMs.p99 / echoBot.latencyMs.p99) * 100) / 100,
    });
    return {
      concurrency: CONCURRENCY,
      messagesPerConversation: perConversation,
      questions,
      echoBot,
      channels: {
        botFramework: { ...botFramework, ...ratio(botFramework) },
        slack: { ...slackFigures, ...ratio(slackFigures) },
        webchat: { ...webchat, ...ratio(webchat) },
        widget: {
          ...widget,
          ...ratio(widget),
          question: 'visitor knowledge questions (visitors reach no CRM record)',
        },
      },
      widgetScript: {
        bytes: widgetSource.length,
        gzippedBytes: gzipSync(widgetSource, { level: 9 }).length,
        servedEncoding: widgetScript.headers.get('content-encoding') ?? 'identity',
        goalGzippedBytes: 30_000,
      },
    };
  } finally {
    await app?.stop();
    await dispatcher.close();
    await slack.stop();
    await connector.stop();
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const scale = process.argv.indexOf('--scale');
  void runChannelsBench({
    log: (line) => process.stderr.write(`${line}\n`),
    ...(scale >= 0 ? { scale: Number(process.argv[scale + 1]) } : {}),
  }).then((result) => process.stdout.write(`${JSON.stringify(result, null, 2)}\n`));
}
