import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { Writable } from 'node:stream';
import { Redis } from 'ioredis';
import { startApp, type App } from '../../src/app';
import { configuredSecrets } from '../../src/config/config';
import { createLogger } from '../../src/core/logger';
import { digestJob } from '../../src/jobs/digests/digest-job';
import { subscribeDigest } from '../../src/skills/digests';
import { invokeSkill } from '../../src/skills/skill';
import { DEMO_MANAGER_EMAIL, seedDemoCrm } from '../../src/store/seed';
import type { User } from '../../src/vocabulary';
import { WidgetClient } from '../bots/widget/widget-client';
import { BotConnectorAuthStandIn } from '../fixtures/bot-connector-auth';
import { inboundActivity, LoopbackConnector } from '../fixtures/loopback-connector';
import { lastMessage, OpenAiLoopback } from '../fixtures/openai-loopback';
import { SlackApiStandIn, slackSignatureHeaders } from '../fixtures/slack-api-stand-in';
import { servicesFor, temporaryStore } from '../fixtures/small-crm';
import { testConfig } from '../fixtures/test-config';

const NOW = new Date('2026-02-16T13:00:00Z');

/** Every secret CRMPro can be configured with, each recognisable wherever it turns up. */
const SECRETS = {
  MICROSOFT_APP_PASSWORD: 'LEAKCHECK-msapp-password-7f3a9c21',
  SLACK_BOT_TOKEN: 'xoxb-LEAKCHECK-slack-bot-token-5d2e',
  SLACK_SIGNING_SECRET: 'LEAKCHECK-slack-signing-secret-0a9b8c7d',
  WIDGET_SESSION_SECRET: 'LEAKCHECK-widget-session-secret-4c1f6e2b9a3d',
  USER_TOKEN_SECRET: 'LEAKCHECK-user-token-secret-8e7d6c5b4a3f2e1d',
  OPENAI_API_KEY: 'sk-LEAKCHECK-openai-api-key-3b4c5d6e',
  REDIS_PASSWORD: 'LEAKCHECK-redis-password-9d8c7b6a',
};
const APP_ID = 'crmpro-leakcheck-app';
const TENANT = 'tenant-leakcheck';
const VISITOR = { name: 'Ada Lovelace', email: 'ada.leakcheck@initech.com' };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

/** A real redis-server on loopback that wants a password (as production Redis should). */
async function startRedisWithPassword(password: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--requirepass',
      password,
    ],
    { stdio: 'ignore' },
  );
  const url = `redis://:${password}@127.0.0.1:${port}`;
  for (const deadline = Date.now() + 10_000; ;) {
    const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    try {
      await probe.connect();
      await probe.ping();
      probe.disconnect();
      return { url, child };
    } catch (error) {
      probe.disconnect();
      if (Date.now() > deadline) throw new Error(`redis-server did not start: ${(error as Error).message}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

async function eventually<T>(check: () => Promise<T | null | undefined | false>, what: string): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`not in time: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Issue 16: "secrets only from the environment; a test runs a full conversation and job cycle and
 * greps the logs". Every secret is configured with a recognisable value, the server logs at debug
 * into a buffer through the real logger, and it serves Teams (verified tokens), Slack (signed
 * events), the local web chat, an LLM turn whose tool result carries contacts' details, a digest
 * delivered by a BullMQ worker on a password-protected Redis, and a widget lead capture. Then the
 * log is searched for the secrets and for every demo contact's e-mail address and phone number.
 */
describe('the log keeps no secret and no personal data through a full conversation and job cycle', () => {
  const temp = temporaryStore();
  const connector = new LoopbackConnector();
  const auth = new BotConnectorAuthStandIn();
  const lines: string[] = [];
  const logSink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  let slack: SlackApiStandIn;
  let llm: OpenAiLoopback;
  let redis: ChildProcess | undefined;
  let app: App | undefined;
  let base: string;
  let serviceUrl: string;
  let manager: User;
  let account: string;
  let personalData: string[] = [];

  beforeAll(async () => {
    await seedDemoCrm(temp.store, { anchor: NOW, scale: 0.05 });
    manager = (await temp.store.users.findOne({ email: DEMO_MANAGER_EMAIL }))!;
    const contacts = await temp.store.contacts.find({});
    personalData = contacts.flatMap((c) => [c.email, c.phone]).filter((v): v is string => Boolean(v));
    personalData.push(VISITOR.email);
    // An account whose contacts have e-mail addresses and phone numbers, for the briefings.
    const withPhone = contacts.find((c) => c.email && c.phone && c.accountId)!;
    account = (await temp.store.accounts.findById(withPhone.accountId!))!.name;

    serviceUrl = await connector.start();
    await auth.start();
    slack = new SlackApiStandIn(SECRETS.SLACK_BOT_TOKEN, [
      { id: manager.slackUserId!, name: manager.name, email: manager.email },
    ]);
    await slack.start();
    llm = await OpenAiLoopback.start((request) =>
      lastMessage(request).role === 'tool'
        ? { content: `Here is what I found about ${account}.` }
        : { toolCalls: [{ name: 'account-briefing', arguments: { account } }] },
    );
    const started = await startRedisWithPassword(SECRETS.REDIS_PASSWORD);
    redis = started.child;

    const config = testConfig(temp.dataDir, {
      LOG_LEVEL: 'debug',
      CRM_VISIBILITY: 'all',
      LOCAL_USER: DEMO_MANAGER_EMAIL,
      MICROSOFT_APP_ID: APP_ID,
      MICROSOFT_APP_PASSWORD: SECRETS.MICROSOFT_APP_PASSWORD,
      MICROSOFT_OPENID_METADATA_URL: auth.metadataUrl(),
      SLACK_BOT_TOKEN: SECRETS.SLACK_BOT_TOKEN,
      SLACK_SIGNING_SECRET: SECRETS.SLACK_SIGNING_SECRET,
      SLACK_API_URL: slack.url,
      WIDGET_SESSION_SECRET: SECRETS.WIDGET_SESSION_SECRET,
      USER_TOKEN_SECRET: SECRETS.USER_TOKEN_SECRET,
      OPENAI_API_KEY: SECRETS.OPENAI_API_KEY,
      OPENAI_BASE_URL: llm.baseUrl,
      OPENAI_MODEL: 'loopback-model',
      REDIS_URL: started.url,
    });
    app = await startApp(
      config,
      temp.store,
      // As src/main.ts builds it.
      createLogger({ level: config.logLevel, destination: logSink, secrets: configuredSecrets(config) }),
      () => NOW,
      { botFrameworkCredentials: auth.credentialsFactory(APP_ID, SECRETS.MICROSOFT_APP_PASSWORD) },
    );
    base = `http://127.0.0.1:${app.port}`;
  }, 180_000);

  afterAll(async () => {
    await app?.stop();
    await llm?.close();
    await slack?.stop();
    await auth.stop();
    await connector.stop();
    if (redis && redis.exitCode === null) {
      const exited = new Promise((resolve) => redis!.once('exit', resolve));
      redis.kill('SIGTERM');
      await exited;
    }
    await temp.cleanup();
  });

  it('runs the cycle, then finds none of the secrets, e-mail addresses or phone numbers in the log', async () => {
    // Teams, verified by a Bot Connector token: the manager asks for a briefing (contacts' details).
    const teamsActivity = inboundActivity(serviceUrl, `brief me on ${account}`, {
      channelId: 'msteams',
      from: { id: '29:morgan', name: manager.name, aadObjectId: manager.teamsUserId },
      recipient: { id: `28:${APP_ID}`, name: 'CRMPro' },
      conversation: { id: 'a:personal-morgan', conversationType: 'personal', tenantId: TENANT },
      channelData: { tenant: { id: TENANT } },
    });
    let before = connector.posts.length;
    const teams = await fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${auth.mint({ appId: APP_ID, serviceUrl })}`,
      },
      body: JSON.stringify(teamsActivity),
    });
    expect(teams.status).toBe(200);
    const [teamsReply] = (await connector.received(before + 1)).slice(before);
    expect(JSON.stringify(teamsReply!.activity)).toMatch(/@/); // the card carries contacts' addresses

    // Slack, a signed event: the same briefing as a DM.
    const ts = '1771246800.000100';
    const body = JSON.stringify({
      token: 'legacy',
      team_id: 'T1',
      api_app_id: 'A1',
      type: 'event_callback',
      event_id: 'EvLeak1',
      event_time: 1771246800,
      event: {
        type: 'message',
        channel: `D${manager.slackUserId}`,
        channel_type: 'im',
        user: manager.slackUserId,
        text: `who are the contacts at ${account}?`,
        ts,
        event_ts: ts,
      },
      authorizations: [{ team_id: 'T1', user_id: 'U0CRMBOT', is_bot: true }],
    });
    const slackEvent = await fetch(`${base}/api/slack/events`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...slackSignatureHeaders(SECRETS.SLACK_SIGNING_SECRET, body),
      },
      body,
    });
    expect(slackEvent.status).toBe(200);
    await slack.waitForCall((c) => c.method === 'chat.postMessage' && c.args.thread_ts === ts);

    // The local web chat: a briefing, then a question the LLM answers with the briefing tool.
    const webchat = async (text: string) => {
      const response = await fetch(`${base}/api/webchat/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text, conversationId: 'leakcheck-webchat' }),
      });
      expect(response.status).toBe(200);
      return JSON.stringify(await response.json());
    };
    expect(await webchat(`tell me about ${account}`)).toContain(account);
    expect(await webchat('zzkq wibble flarn quux')).toContain(`Here is what I found about ${account}.`);
    expect(llm.requests.some((r) => JSON.stringify(r.messages).includes('@'))).toBe(true);

    // A digest for the manager, delivered to Slack by the BullMQ worker on the password-protected Redis.
    const services = servicesFor(temp.store, NOW);
    const { subscription } = await invokeSkill(
      subscribeDigest,
      { email: manager.email, channel: 'slack', schedule: '0 8 1 1 *' },
      { caller: { role: 'admin', timezone: 'UTC' }, services },
    );
    before = slack.callsOf('chat.postMessage').length;
    expect(
      await app!.jobs.enqueue(
        digestJob({ senders: {} }),
        { subscriptionId: subscription._id, timezone: subscription.timezone },
        NOW,
      ),
    ).toBe(true);
    await eventually(async () => {
      const row = await temp.store.digestDeliveries.findOne({ subscriptionId: subscription._id });
      return row?.state === 'delivered' ? row : null;
    }, 'the digest delivered');

    // A website visitor leaves their details for a demo.
    const visitor = new WidgetClient(base);
    await visitor.startSession();
    await visitor.connectGreeted();
    await visitor.ask("Hi, I'd like a demo");
    await visitor.ask(VISITOR.name);
    await visitor.ask(VISITOR.email);
    await visitor.ask('Initech');
    visitor.disconnect();
    await eventually(() => temp.store.leads.findOne({ email: VISITOR.email }), 'the lead saved');

    await app!.stop();
    app = undefined;
    const log = lines.join('');
    // The log is real and at debug level: turns, jobs and requests are in it.
    expect(log).toContain('"level":20');
    expect(log).toContain('jobs scheduled');
    expect(lines.length).toBeGreaterThan(10);

    const leaked = (values: string[]) => values.filter((value) => log.includes(value));
    expect(leaked(Object.values(SECRETS))).toEqual([]);
    expect(personalData.length).toBeGreaterThan(20);
    expect(leaked(personalData)).toEqual([]);
    expect(log).not.toMatch(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/);
  }, 180_000);
});
