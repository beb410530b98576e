import { startApp, type App } from '../../src/app';
import { issueUserToken } from '../../src/bots/core/user-token';
import { createLogger, silentLogger } from '../../src/core/logger';
import { BotConnectorAuthStandIn } from '../fixtures/bot-connector-auth';
import { inboundActivity, LoopbackConnector } from '../fixtures/loopback-connector';
import { FIXTURE_NOW, loadSmallCrm, REP_EMAIL, temporaryStore } from '../fixtures/small-crm';
import { testConfig } from '../fixtures/test-config';

const APP_ID = 'crmpro-test-app-id';
const APP_PASSWORD = 'crmpro-test-app-password';
const USER_TOKEN_SECRET = 'user-token-secret-for-the-authenticated-tests';
const VISITOR_GREETING = /product, pricing and policy questions/;

describe('POST /api/messages with MICROSOFT_APP_ID: Bot Connector tokens checked end to end', () => {
  const temp = temporaryStore();
  const connector = new LoopbackConnector();
  const otherConnector = new LoopbackConnector();
  const auth = new BotConnectorAuthStandIn();
  let app: App;
  let serviceUrl: string;
  let otherServiceUrl: string;
  let base: string;

  beforeAll(async () => {
    // botbuilder prints every refused token to the console; the assertions below read the outcome.
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await loadSmallCrm(temp.store);
    serviceUrl = await connector.start();
    otherServiceUrl = await otherConnector.start();
    await auth.start();
    app = await startApp(
      testConfig(temp.dataDir, {
        MICROSOFT_APP_ID: APP_ID,
        MICROSOFT_APP_PASSWORD: APP_PASSWORD,
        MICROSOFT_OPENID_METADATA_URL: auth.metadataUrl(),
        USER_TOKEN_SECRET,
      }),
      temp.store,
      silentLogger(),
      () => FIXTURE_NOW,
      { botFrameworkCredentials: auth.credentialsFactory(APP_ID, APP_PASSWORD) },
    );
    base = `http://127.0.0.1:${app.port}`;
  });
  afterAll(async () => {
    await app.stop();
    await connector.stop();
    await otherConnector.stop();
    await auth.stop();
    await temp.cleanup();
    jest.restoreAllMocks();
  });

  let conversation = 0;
  /** A Teams message from Sam (whose aadObjectId is linked), in a fresh conversation. */
  const teamsMessage = (text: string, overrides: Record<string, unknown> = {}) =>
    inboundActivity(serviceUrl, text, {
      channelId: 'msteams',
      conversation: { id: `a:teams-${++conversation}` },
      from: { id: '29:sam', name: 'Sam Rivera', aadObjectId: 'teams-sam' },
      ...overrides,
    });
  const post = (activity: Record<string, unknown>, token?: string) =>
    fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(activity),
    });
  const goodToken = (url = serviceUrl) => auth.mint({ appId: APP_ID, serviceUrl: url });
  /** Posts and returns the status and the text of the one reply the connector got. */
  const ask = async (activity: Record<string, unknown>, token: string) => {
    const before = connector.posts.length;
    const response = await post(activity, token);
    expect(response.status).toBe(200);
    const [reply] = (await connector.received(before + 1)).slice(before);
    return reply!;
  };
  /** Asserts the request was refused with 401 and nothing of it ran. */
  const expectRefused = async (activity: Record<string, unknown>, token?: string) => {
    const posts = connector.posts.length + otherConnector.posts.length;
    const conversations = await temp.store.conversations.countDocuments({});
    const response = await post(activity, token);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      error: 'UNAUTHORIZED',
      message: 'The request is not authorized.',
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(connector.posts.length + otherConnector.posts.length).toBe(posts);
    expect(await temp.store.conversations.countDocuments({})).toBe(conversations);
  };

  it('answers a good token: the linked Teams user gets CRM data, the reply is signed with our outbound token', async () => {
    const reply = await ask(teamsMessage('tell me about Acme'), goodToken());
    expect((reply.activity as { text: string }).text).toContain('Acme Corporation');
    expect(auth.issuedAccessTokens.length).toBeGreaterThan(0);
    expect(reply.authorization).toBe(`Bearer ${auth.issuedAccessTokens.at(-1)}`);
    expect(auth.hits.get('/ok/v1/.well-known/keys')).toBeGreaterThan(0);
  });

  it('refuses a token with a bad signature, a wrong audience, an expiry in the past, or none', async () => {
    await expectRefused(
      teamsMessage('tell me about Acme'),
      auth.mint({ appId: APP_ID, serviceUrl, signingKey: BotConnectorAuthStandIn.strangerKey() }),
    );
    await expectRefused(
      teamsMessage('tell me about Acme'),
      auth.mint({ appId: 'someone-elses-bot', serviceUrl }),
    );
    // Past botbuilder's five minutes of clock tolerance.
    await expectRefused(
      teamsMessage('tell me about Acme'),
      auth.mint({ appId: APP_ID, serviceUrl, lifetimeSeconds: -600 }),
    );
    await expectRefused(
      teamsMessage('tell me about Acme'),
      auth.mint({ appId: APP_ID, serviceUrl, issuer: 'https://issuer.invalid' }),
    );
    await expectRefused(teamsMessage('tell me about Acme'));
  });

  it("refuses an activity whose serviceUrl differs from the token's claim, and posts to neither", async () => {
    await expectRefused(teamsMessage('tell me about Acme', { serviceUrl: otherServiceUrl }), goodToken());
  });

  it('makes a visitor of a sender naming a Teams id on another channel (ids Direct Line clients choose)', async () => {
    for (const channelId of ['webchat', 'directline', 'emulator']) {
      const reply = await ask(
        teamsMessage('hello', {
          channelId,
          from: { id: 'teams-sam', name: 'Mallory', aadObjectId: 'teams-sam' },
        }),
        goodToken(),
      );
      const text = (reply.activity as { text: string }).text;
      expect(text).toMatch(VISITOR_GREETING);
      expect(text).not.toMatch(/Sam/); // the linked rep would be greeted by name
    }
  });

  it('resolves a Web Chat sender with a valid user token of ours to that CRM user, and only then', async () => {
    const webchat = (crmproUserToken?: string) =>
      teamsMessage('hello', {
        channelId: 'webchat',
        from: { id: 'dl_7f3a', name: 'Visitor' },
        ...(crmproUserToken ? { channelData: { crmproUserToken } } : {}),
      });
    const valid = issueUserToken({ email: REP_EMAIL, ttlSeconds: 600, secret: USER_TOKEN_SECRET });
    expect(((await ask(webchat(valid), goodToken())).activity as { text: string }).text).toMatch(/^Hi Sam!/);
    const expired = issueUserToken({
      email: REP_EMAIL,
      ttlSeconds: 600,
      secret: USER_TOKEN_SECRET,
      now: new Date(Date.now() - 3_600_000),
    });
    const forged = issueUserToken({
      email: REP_EMAIL,
      ttlSeconds: 600,
      secret: 'not-our-secret-but-long-enough-to-pass',
    });
    for (const token of [expired, forged, undefined]) {
      const text = ((await ask(webchat(token), goodToken())).activity as { text: string }).text;
      expect(text).toMatch(VISITOR_GREETING);
    }
  });
});

describe('POST /api/messages when the signing keys cannot be read', () => {
  const temp = temporaryStore();
  const connector = new LoopbackConnector();
  const auth = new BotConnectorAuthStandIn();
  const lines: string[] = [];
  let app: App;
  let serviceUrl: string;

  beforeAll(async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await auth.start();
    serviceUrl = await connector.start();
    app = await startApp(
      testConfig(temp.dataDir, {
        MICROSOFT_APP_ID: APP_ID,
        MICROSOFT_APP_PASSWORD: APP_PASSWORD,
        MICROSOFT_OPENID_METADATA_URL: auth.metadataUrl('broken'),
      }),
      temp.store,
      createLogger({ level: 'error', destination: { write: (line: string) => lines.push(line) } }),
      () => FIXTURE_NOW,
      { botFrameworkCredentials: auth.credentialsFactory(APP_ID, APP_PASSWORD) },
    );
  });
  afterAll(async () => {
    await app.stop();
    await connector.stop();
    await auth.stop();
    await temp.cleanup();
    jest.restoreAllMocks();
  });

  it('answers 500 with a plain apology and a reference; the details go only to the log', async () => {
    const response = await fetch(`http://127.0.0.1:${app.port}/api/messages`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${auth.mint({ appId: APP_ID, serviceUrl })}`,
      },
      body: JSON.stringify(inboundActivity(serviceUrl, 'hello', { channelId: 'msteams' })),
    });
    expect(response.status).toBe(500);
    const body = (await response.json()) as { error: string; message: string; reference: string };
    expect(body.message).toBe(
      `Sorry, something went wrong on our side (reference ${body.reference}). Please try again.`,
    );
    expect(body.message).not.toMatch(/openID|metadata|failed|error/i);
    const logged = lines.find((line) => line.includes(body.reference));
    expect(logged).toMatch(/openID config/);
    expect(connector.posts).toHaveLength(0);
  });
});
