import { get, type IncomingHttpHeaders } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { startApp, type App } from '../../../src/app';
import { silentLogger } from '../../../src/core/logger';
import { FIXTURE_NOW, loadSmallCrm, temporaryStore } from '../../fixtures/small-crm';
import { testConfig } from '../../fixtures/test-config';
import { WidgetClient } from './widget-client';

const SHOP = 'https://shop.example.com';

describe('the website widget over HTTP on loopback', () => {
  const temp = temporaryStore();
  let app: App;
  let base: string;

  beforeAll(async () => {
    await loadSmallCrm(temp.store);
    app = await startApp(
      testConfig(temp.dataDir, {
        WIDGET_ALLOWED_ORIGINS: SHOP,
        RATE_LIMIT_SENDER_BURST: '6',
        RATE_LIMIT_SENDER_PER_MINUTE: '6',
      }),
      temp.store,
      silentLogger(),
      () => FIXTURE_NOW,
    );
    base = `http://127.0.0.1:${app.port}`;
  });
  afterAll(async () => {
    await app.stop();
    await temp.cleanup();
  });

  it('serves widget.js small (gzip) and the demo product site that embeds it at GET /', async () => {
    const script = await fetch(`${base}/widget.js`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<script src="/widget.js"');
    expect(html).toMatch(/Pricing/);
    // The size a browser downloads: the gzipped bytes on the wire.
    const wire = await rawGet(`${base}/widget.js`, { 'Accept-Encoding': 'gzip' });
    expect(wire.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(wire.body).toString('utf8')).toContain('attachShadow');
    const size = wire.body.length;
    expect(size).toBeLessThan(30_000);
  });

  it('moved the local rep chat to GET /chat', async () => {
    const chat = await fetch(`${base}/chat`);
    expect(chat.status).toBe(200);
    expect(await chat.text()).toContain('/api/webchat/messages');
  });

  it('issues a session that survives (same token back), and refuses a tampered token', async () => {
    const client = new WidgetClient(base);
    const token = await client.startSession();
    expect(await client.startSession(token)).toBe(token);
    const [version, visitorId, issued, signature] = token.split('.') as [string, string, string, string];
    const flipped = visitorId[0] === 'A' ? `B${visitorId.slice(1)}` : `A${visitorId.slice(1)}`;
    for (const forged of [
      `${version}.${flipped}.${issued}.${signature}`,
      `${version}.${visitorId}.${issued}.${signature.slice(0, -2)}xx`,
      'not-a-token',
    ]) {
      const refused = await client.send('how much is the Team plan?', forged);
      expect(refused.status).toBe(401);
      const stream = await fetch(`${base}/api/widget/stream?token=${encodeURIComponent(forged)}`);
      expect(stream.status).toBe(401);
      // A tampered token handed back for renewal gets a fresh session, never the tampered one.
      const renewed = await client.startSession(forged);
      expect(renewed).not.toBe(forged);
    }
  });

  it('answers CORS only for allowed origins and its own pages; other sites get 403', async () => {
    const preflight = await fetch(`${base}/api/widget/messages`, {
      method: 'OPTIONS',
      headers: { Origin: SHOP, 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(SHOP);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Authorization/);

    const own = new WidgetClient(base, base);
    await own.startSession();
    expect((await own.send('hello')).status).toBe(202);

    for (const evil of ['https://evil.example', 'null', `${SHOP}.evil.example`]) {
      const refused = await fetch(`${base}/api/widget/session`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: evil },
        body: '{}',
      });
      expect(refused.status).toBe(403);
      expect(refused.headers.get('access-control-allow-origin')).toBeNull();
      const message = await fetch(`${base}/api/widget/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: evil, Authorization: `Bearer ${own.token}` },
        body: JSON.stringify({ text: 'hi' }),
      });
      expect(message.status).toBe(403);
      const preflightEvil = await fetch(`${base}/api/widget/messages`, {
        method: 'OPTIONS',
        headers: { Origin: evil },
      });
      expect(preflightEvil.status).toBe(403);
    }
  });

  it('takes JSON only, and refuses messages over the size limit', async () => {
    const client = new WidgetClient(base);
    await client.startSession();
    const form = await fetch(`${base}/api/widget/messages`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Authorization: `Bearer ${client.token}`,
      },
      body: 'text=hi',
    });
    expect(form.status).toBe(415);
    expect((await client.send('x'.repeat(2_001))).status).toBe(413);
    expect((await client.send('   ')).status).toBe(400);
  });

  it('streams a cited answer with the typing indicator, and a reconnect with Last-Event-ID loses nothing', async () => {
    const client = new WidgetClient(base, SHOP);
    await client.startSession();
    await client.connect();
    await client.waitFor((e) => e.event === 'message' && e.data.from === 'bot'); // the greeting
    const [answer] = await client.ask('How much is the Team plan per user?');
    expect(answer!.data.reply!.text).toMatch(/\$29/);
    expect(answer!.data.reply!.sources![0]!.title).toBe('Pricing plans');
    const typing = client.events.filter((e) => e.event === 'typing').map((e) => e.data.active);
    expect(typing.slice(-2)).toEqual([true, false]);
    const ids = client.events.map((e) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));

    // The connection drops; a question asked meanwhile is answered into the stream.
    const seen = client.lastEventId;
    client.disconnect();
    expect((await client.send('Is there a free trial?')).status).toBe(202);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const resumed = new WidgetClient(base, SHOP);
    resumed.token = client.token;
    await resumed.connect(seen);
    const reply = await resumed.waitFor((e) => e.event === 'message' && e.data.from === 'bot');
    expect(reply.data.reply!.text).toMatch(/14-day/);
    expect(resumed.events[0]!.id).toBe(seen + 1);
    expect(resumed.events.every((e) => e.id > seen)).toBe(true);
    resumed.disconnect();

    // A reload (no Last-Event-ID) replays the whole conversation.
    const reloaded = new WidgetClient(base, SHOP);
    reloaded.token = client.token;
    await reloaded.connect();
    await reloaded.waitFor((e) => e.data.reply?.text.includes('14-day') === true);
    expect(reloaded.events[0]!.id).toBe(1);
    reloaded.disconnect();
  });

  it('never shows a visitor CRM records', async () => {
    const client = new WidgetClient(base);
    await client.startSession();
    await client.connectGreeted();
    const replies = await client.ask('who is our contact at Initech and what deals do they have?');
    const text = replies.map((r) => r.data.reply!.text).join('\n');
    expect(text).not.toMatch(/Jane Park|jane\.park|Lumbergh/);
    client.disconnect();
  });

  it('limits each visitor (429 with Retry-After) without slowing other visitors', async () => {
    const busy = new WidgetClient(base);
    await busy.startSession();
    const statuses: number[] = [];
    for (let i = 0; i < 8; i += 1) statuses.push((await busy.send(`hello ${i}`)).status);
    expect(statuses.slice(0, 6)).toEqual([202, 202, 202, 202, 202, 202]);
    const refused = await busy.send('one more');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const other = new WidgetClient(base);
    await other.startSession();
    expect((await other.send('hello')).status).toBe(202);
  });
});

describe('the widget behind the per-address limit', () => {
  const temp = temporaryStore();
  let app: App;
  let base: string;

  beforeAll(async () => {
    app = await startApp(
      testConfig(temp.dataDir, { RATE_LIMIT_ADDRESS_BURST: '5', RATE_LIMIT_ADDRESS_PER_MINUTE: '5' }),
      temp.store,
      silentLogger(),
    );
    base = `http://127.0.0.1:${app.port}`;
  });
  afterAll(async () => {
    await app.stop();
    await temp.cleanup();
  });

  it('refuses (429) an address that opens sessions faster than its limit, whatever the session', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i += 1)
      statuses.push(
        (
          await fetch(`${base}/api/widget/session`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: '{}',
          })
        ).status,
      );
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429]);
  });
});

/** A GET whose body arrives as sent (no decompression). */
function rawGet(
  url: string,
  headers: Record<string, string>,
): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}
