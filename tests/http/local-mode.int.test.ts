import { startApp, type App } from '../../src/app';
import { createLogger, silentLogger } from '../../src/core/logger';
import { inboundActivity, LoopbackConnector } from '../fixtures/loopback-connector';
import { FIXTURE_NOW, loadSmallCrm, temporaryStore } from '../fixtures/small-crm';
import { testConfig } from '../fixtures/test-config';
import { keptMessages } from '../fixtures/transcripts';

/** A logger whose JSON lines the test can read. */
function capturingLogger() {
  const lines: string[] = [];
  const logger = createLogger({ level: 'info', destination: { write: (line: string) => lines.push(line) } });
  return { logger, lines };
}

interface WebchatBody {
  conversationId: string;
  newConversation: boolean;
  replies: { text: string }[];
}

describe('local development mode (no MICROSOFT_APP_ID) over HTTP on loopback', () => {
  const temp = temporaryStore();
  const connector = new LoopbackConnector();
  const log = capturingLogger();
  let app: App;
  let serviceUrl: string;
  let base: string;

  beforeAll(async () => {
    await loadSmallCrm(temp.store);
    serviceUrl = await connector.start();
    app = await startApp(testConfig(temp.dataDir), temp.store, log.logger, () => FIXTURE_NOW);
    base = `http://127.0.0.1:${app.port}`;
  });
  afterAll(async () => {
    await app.stop();
    await connector.stop();
    await temp.cleanup();
  });

  const conversationCount = () => temp.store.conversations.countDocuments({});
  const postJson = (route: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${base}${route}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  const chat = async (body: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const response = await postJson('/api/webchat/messages', body, headers);
    return { status: response.status, body: (await response.json()) as WebchatBody & { message?: string } };
  };

  it('says in one start-up line that it is in local development mode and what that allows', () => {
    const lines = log.lines.filter((line) => line.includes('local development mode'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/MICROSOFT_APP_ID unset/);
    expect(lines[0]).toMatch(/loopback/);
    expect(lines[0]).toMatch(/401/);
  });

  it('refuses (401) a loopback peer that relays through a proxy, and processes nothing', async () => {
    const conversationsBefore = await conversationCount();
    const postsBefore = connector.posts.length;
    for (const header of ['X-Forwarded-For', 'Forwarded', 'X-Real-IP']) {
      const value = header === 'Forwarded' ? 'for=203.0.113.7' : '203.0.113.7';
      const message = await postJson('/api/messages', inboundActivity(serviceUrl, 'tell me about Acme'), {
        [header]: value,
      });
      expect(message.status).toBe(401);
      expect(((await message.json()) as { message: string }).message).toMatch(/proxy/);
      const webchat = await chat({ text: 'tell me about Acme' }, { [header]: value });
      expect(webchat.status).toBe(401);
      expect((await fetch(`${base}/chat`, { headers: { [header]: value } })).status).toBe(401);
    }
    // Nothing ran: no reply left, no transcript was written.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(connector.posts.length).toBe(postsBefore);
    expect(await conversationCount()).toBe(conversationsBefore);
    expect(log.lines.some((line) => line.includes('refused a request to a local-only endpoint'))).toBe(true);
  });

  it('takes JSON only on the web chat: HTML form and multipart posts get 415 and change nothing (CSRF)', async () => {
    const conversationsBefore = await conversationCount();
    const form = await fetch(`${base}/api/webchat/messages`, {
      method: 'POST',
      body: new URLSearchParams({ text: 'move the Acme anvil fleet renewal to closed lost' }),
    });
    expect(form.status).toBe(415);
    const multipart = new FormData();
    multipart.set('text', 'move the Acme anvil fleet renewal to closed lost');
    multipart.set('file', new Blob(['x'.repeat(10_000)]), 'upload.txt');
    expect((await fetch(`${base}/api/webchat/messages`, { method: 'POST', body: multipart })).status).toBe(
      415,
    );
    const plain = await fetch(`${base}/api/webchat/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: JSON.stringify({ text: 'move the Acme anvil fleet renewal to closed lost' }),
    });
    expect(plain.status).toBe(415);
    expect(await conversationCount()).toBe(conversationsBefore);
    const deal = await temp.store.deals.findOne({ name: 'Acme anvil fleet renewal' });
    expect(deal?.stage).not.toBe('closed_lost');
  });

  it("refuses (403) requests from another site's page, and serves the page's own", async () => {
    const conversationsBefore = await conversationCount();
    for (const headers of [
      { Origin: 'https://evil.example' },
      { Origin: `http://evil.example:${app.port}` },
      { Origin: 'null' },
      { 'Sec-Fetch-Site': 'cross-site' },
    ] as Record<string, string>[]) {
      const refused = await chat({ text: 'tell me about Acme' }, headers);
      expect(refused.status).toBe(403);
    }
    expect(await conversationCount()).toBe(conversationsBefore);
    const own = await chat(
      { text: 'who is our contact at Initech' },
      { Origin: `http://localhost:${app.port}`, 'Sec-Fetch-Site': 'same-origin' },
    );
    expect(own.status).toBe(200);
    expect(own.body.replies[0]!.text).toContain('Jane Park');
  });

  it('issues conversation ids itself: a made-up id starts a new conversation under an id it issued', async () => {
    const madeUp = 'attacker-chosen-conversation';
    const first = await chat({ conversationId: madeUp, text: 'hello' });
    expect(first.status).toBe(200);
    expect(first.body.newConversation).toBe(true);
    expect(first.body.conversationId).not.toBe(madeUp);
    expect(await temp.store.conversations.countDocuments({ channelConversationId: madeUp })).toBe(0);

    const second = await chat({
      conversationId: first.body.conversationId,
      text: 'who is our contact at Initech',
    });
    expect(second.body).toMatchObject({ conversationId: first.body.conversationId, newConversation: false });
    const transcript = await keptMessages(temp.store, {
      channelConversationId: first.body.conversationId,
    });
    expect(transcript.filter((m) => m.direction === 'in').map((m) => m.text)).toEqual([
      'hello',
      'who is our contact at Initech',
    ]);
  });

  it('stores a message refused as too long truncated in the transcript, not whole', async () => {
    const long = `please ${'remember this '.repeat(600)}`; // ~7,800 characters
    const refused = await chat({ text: long });
    expect(refused.body.replies[0]!.text).toMatch(/too long/);
    const transcript = await keptMessages(temp.store, {
      channelConversationId: refused.body.conversationId,
    });
    const stored = transcript.find((m) => m.direction === 'in')!.text;
    expect(stored.length).toBeLessThan(4_100);
    expect(stored.startsWith(long.slice(0, 4_000))).toBe(true);
    expect(stored).toContain(`truncated: ${long.length} characters`);
  });
});

/** A server with the given rate limits, its connector and a way to post a message as a sender. */
function limitedServer(limits: Record<string, string>) {
  const temp = temporaryStore();
  const connector = new LoopbackConnector();
  const server = { app: undefined as unknown as App, serviceUrl: '', base: '' };
  beforeAll(async () => {
    await loadSmallCrm(temp.store);
    server.serviceUrl = await connector.start();
    server.app = await startApp(
      testConfig(temp.dataDir, limits),
      temp.store,
      silentLogger(),
      () => FIXTURE_NOW,
    );
    server.base = `http://127.0.0.1:${server.app.port}`;
  });
  afterAll(async () => {
    await server.app.stop();
    await connector.stop();
    await temp.cleanup();
  });
  const send = (fromId: string) =>
    fetch(`${server.base}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(
        inboundActivity(server.serviceUrl, 'hello', { from: { id: fromId, name: 'User' } }),
      ),
    });
  return { server, connector, send };
}

describe('rate limit per sender over HTTP', () => {
  const { connector, send } = limitedServer({
    RATE_LIMIT_ADDRESS_PER_MINUTE: '0',
    RATE_LIMIT_SENDER_PER_MINUTE: '2', // one message every 30 s once the burst is spent
    RATE_LIMIT_SENDER_BURST: '2',
  });

  it('answers 429 with Retry-After to a sender past the limit, without holding up the others', async () => {
    const postsBefore = connector.posts.length;
    expect((await send('alice')).status).toBe(200);
    expect((await send('alice')).status).toBe(200);
    const limited = await send('alice');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(20);
    expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(30);
    expect(((await limited.json()) as { error: string }).error).toBe('RATE_LIMITED');
    expect((await send('bob')).status).toBe(200);
    await connector.received(postsBefore + 3);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(connector.posts.length).toBe(postsBefore + 3); // the limited message was not processed
  });
});

describe('rate limit per client address over HTTP', () => {
  const { server } = limitedServer({
    RATE_LIMIT_ADDRESS_PER_MINUTE: '6', // one request every 10 s once the burst is spent
    RATE_LIMIT_ADDRESS_BURST: '5',
    RATE_LIMIT_SENDER_PER_MINUTE: '0',
  });

  it('answers 429 with Retry-After on every route once the address spent its burst', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await fetch(`${server.base}/healthz`)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    for (const route of ['/readyz', '/api/webchat/messages', '/no-such-route']) {
      const limited = await fetch(`${server.base}${route}`, {
        method: route.startsWith('/api') ? 'POST' : 'GET',
        headers: { 'Content-Type': 'application/json' },
        ...(route.startsWith('/api') ? { body: JSON.stringify({ text: 'hello' }) } : {}),
      });
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(5);
      expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(10);
    }
  });
});
