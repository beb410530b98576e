import { startApp, type App } from '../../src/app';
import { silentLogger } from '../../src/core/logger';
import { inboundActivity, LoopbackConnector } from '../fixtures/loopback-connector';
import { FIXTURE_NOW, loadSmallCrm, temporaryStore } from '../fixtures/small-crm';
import { testConfig } from '../fixtures/test-config';

describe('POST /api/messages end to end over HTTP', () => {
  const temp = temporaryStore();
  const connector = new LoopbackConnector();
  let app: App;
  let serviceUrl: string;
  let base: string;

  beforeAll(async () => {
    await loadSmallCrm(temp.store);
    serviceUrl = await connector.start();
    app = await startApp(testConfig(temp.dataDir), temp.store, silentLogger(), () => FIXTURE_NOW);
    base = `http://127.0.0.1:${app.port}`;
  });
  afterAll(async () => {
    await app.stop();
    await connector.stop();
    await temp.cleanup();
  });

  const post = (body: unknown, contentType = 'application/json') =>
    fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': contentType },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  it('replies to the activity at its serviceUrl, naming the account and its key facts', async () => {
    const before = connector.posts.length;
    const activity = inboundActivity(serviceUrl, 'tell me about Acme');
    const response = await post(activity);
    expect(response.status).toBe(200);
    const [reply] = (await connector.received(before + 1)).slice(before);
    expect(reply!.path).toBe(`/v3/conversations/conv-e2e/activities/${activity.id}`);
    expect(reply!.authorization).toBeUndefined(); // no MICROSOFT_APP_ID: no token
    const sent = reply!.activity as {
      text: string;
      replyToId: string;
      attachments: { contentType: string; content: { body: unknown[] } }[];
    };
    expect(sent.replyToId).toBe(activity.id);
    expect(sent.text).toContain('Acme Corporation');
    expect(sent.text).toContain('Sam Rivera');
    const card = sent.attachments[0]!;
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(card.content)).toContain('$290k (2 deals)');
    expect(JSON.stringify(card.content)).toContain('Acme anvil fleet renewal');
  });

  it('greets members who join', async () => {
    const before = connector.posts.length;
    await post(
      inboundActivity(serviceUrl, '', {
        type: 'conversationUpdate',
        text: undefined,
        conversation: { id: 'conv-join' },
        membersAdded: [{ id: 'emulator-user', name: 'User' }],
      }),
    );
    const [greeting] = (await connector.received(before + 1)).slice(before);
    expect((greeting!.activity as { text: string }).text).toMatch(/^Hi Sam!/);
  });

  it('rejects malformed JSON with 400 and keeps serving', async () => {
    expect((await post('{"type": "message", ')).status).toBe(400);
    expect((await post({ no: 'activity type' })).status).toBe(400);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it('rejects an oversized body with 413', async () => {
    const response = await post(inboundActivity(serviceUrl, 'x'.repeat(1_200_000)));
    expect(response.status).toBe(413);
  });

  it('answers health and readiness', async () => {
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ready: true, checks: { store: 'ok' } });
  });

  it('serves the local web chat page and its endpoint', async () => {
    const page = await fetch(`${base}/chat`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('/api/webchat/messages');
    const response = await fetch(`${base}/api/webchat/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: 'who is our contact at Initech' }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { conversationId: string; replies: { text: string }[] };
    expect(body.replies[0]!.text).toContain('Jane Park');
    const bad = await fetch(`${base}/api/webchat/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ conversationId: '../../etc', text: 'hi' }),
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toMatch(/conversationId/);
  });
});
