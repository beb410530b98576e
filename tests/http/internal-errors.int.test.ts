import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startApp, type App } from '../../src/app';
import { createLogger } from '../../src/core/logger';
import { openEmbeddedStore } from '../../src/store/embedded/embedded-store';
import { inboundActivity, LoopbackConnector } from '../fixtures/loopback-connector';
import { FIXTURE_NOW, loadSmallCrm } from '../fixtures/small-crm';
import { testConfig } from '../fixtures/test-config';

const APOLOGY = /^Sorry, something went wrong on our side \(reference ([0-9a-f]{8})\)\. Please try again\.$/;
/** Text of the failure itself, which must stay in the log. */
const INTERNALS = /database|sqlite|not open|Error|at \w+ \(/i;

describe('internal errors never reach the sender', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'crmpro-failures-'));
  const store = openEmbeddedStore({ dataDir });
  const connector = new LoopbackConnector();
  const lines: string[] = [];
  let app: App;
  let serviceUrl: string;
  let base: string;

  beforeAll(async () => {
    await loadSmallCrm(store);
    serviceUrl = await connector.start();
    app = await startApp(
      testConfig(dataDir),
      store,
      createLogger({ level: 'error', destination: { write: (line: string) => lines.push(line) } }),
      () => FIXTURE_NOW,
    );
    base = `http://127.0.0.1:${app.port}`;
    // The store goes away under the running server: every turn now fails inside.
    await store.close();
  });
  afterAll(async () => {
    await app.stop();
    await connector.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const loggedWith = (reference: string) => lines.filter((line) => line.includes(reference)).join('\n');

  it('the web chat answers a plain apology with a reference; the details are logged under it', async () => {
    const response = await fetch(`${base}/api/webchat/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: 'tell me about Acme' }),
    });
    const body = (await response.json()) as { replies: { text: string }[]; message?: string };
    const text = body.replies?.[0]?.text ?? body.message ?? '';
    expect(text).toMatch(APOLOGY);
    expect(JSON.stringify(body)).not.toMatch(INTERNALS);
    expect(loggedWith(APOLOGY.exec(text)![1]!)).toMatch(/not open|database/i);
  });

  it('a Bot Framework sender gets the same apology in chat, never the error', async () => {
    const before = connector.posts.length;
    const response = await fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(inboundActivity(serviceUrl, 'tell me about Acme')),
    });
    expect(response.status).toBeLessThan(500);
    expect(await response.text()).not.toMatch(INTERNALS);
    const [reply] = (await connector.received(before + 1)).slice(before);
    const text = (reply!.activity as { text: string }).text;
    expect(text).toMatch(APOLOGY);
    expect(loggedWith(APOLOGY.exec(text)![1]!)).toMatch(/not open|database/i);
  });
});
