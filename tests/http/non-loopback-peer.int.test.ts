import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { startApp, type App } from '../../src/app';
import { silentLogger } from '../../src/core/logger';
import { inboundActivity } from '../fixtures/loopback-connector';
import { NetworkNamespace } from '../fixtures/network-namespace';
import { FIXTURE_NOW, loadSmallCrm, temporaryStore } from '../fixtures/small-crm';
import { testConfig } from '../fixtures/test-config';

/**
 * A connector stand-in inside the namespace: it prints a line for every request, so the test sees
 * whether the server ever called out to an address that is not loopback.
 */
const namespaceConnector = (address: string) => `
  const http = require('node:http');
  const server = http.createServer((req, res) => {
    process.stdout.write('HIT ' + req.method + ' ' + req.url + '\\n');
    res.setHeader('Content-Type', 'application/json');
    res.end('{"id":"1"}');
  });
  server.listen(0, '${address}', () => process.stdout.write('PORT ' + server.address().port + '\\n'));
`;

describe('local development mode seen from a peer that is not loopback (a network namespace)', () => {
  const temp = temporaryStore();
  let namespace: NetworkNamespace;
  let app: App;
  let connector: ChildProcessWithoutNullStreams;
  const connectorOutput: string[] = [];
  let outsideServiceUrl: string;
  let serverFromNamespace: string;

  beforeAll(async () => {
    namespace = NetworkNamespace.create();
    await loadSmallCrm(temp.store);
    // HOST=0.0.0.0: the server listens on every interface, the veth end included.
    app = await startApp(
      testConfig(temp.dataDir, { HOST: '0.0.0.0' }),
      temp.store,
      silentLogger(),
      () => FIXTURE_NOW,
    );
    serverFromNamespace = `http://${namespace.hostAddress}:${app.port}`;
    connector = namespace.spawnNode(namespaceConnector(namespace.namespaceAddress));
    const port = await new Promise<string>((resolve, reject) => {
      connector.stdout.on('data', (chunk: Buffer) => {
        connectorOutput.push(chunk.toString());
        const match = /PORT (\d+)/.exec(connectorOutput.join(''));
        if (match) resolve(match[1]!);
      });
      connector.on('exit', (code) => reject(new Error(`namespace connector exited with ${code}`)));
    });
    outsideServiceUrl = `http://${namespace.namespaceAddress}:${port}`;
  }, 60_000);

  afterAll(async () => {
    connector?.kill();
    await app?.stop();
    namespace?.remove();
    await temp.cleanup();
  });

  const hits = () =>
    connectorOutput
      .join('')
      .split('\n')
      .filter((line) => line.startsWith('HIT'));
  /** Resolves once the namespace's connector printed `count` hits (its output arrives asynchronously). */
  const hitsReach = async (count: number) => {
    for (let waited = 0; hits().length < count && waited < 5_000; waited += 50)
      await new Promise((resolve) => setTimeout(resolve, 50));
    return hits();
  };
  const conversations = () => temp.store.conversations.countDocuments({});

  it('reaches the server from the namespace at all (the health check answers)', async () => {
    expect((await namespace.request(`${serverFromNamespace}/healthz`)).status).toBe(200);
    // And the namespace's connector is reachable, so a reply sent there would have been seen.
    const control = await fetch(`${outsideServiceUrl}/control`);
    expect(control.status).toBe(200);
    expect(await hitsReach(1)).toEqual(['HIT GET /control']);
  });

  it('answers 401 on /api/messages, the web chat and its page, whatever the request claims, and runs nothing', async () => {
    const before = await conversations();
    const json = { 'Content-Type': 'application/json' };
    const claims = [
      {},
      { 'X-Forwarded-For': '127.0.0.1' },
      { Host: 'localhost', Origin: `http://localhost:${app.port}` },
    ] as Record<string, string>[];
    for (const headers of claims) {
      const activity = inboundActivity(outsideServiceUrl, 'tell me about Acme');
      const message = await namespace.request(`${serverFromNamespace}/api/messages`, {
        method: 'POST',
        headers: { ...json, ...headers },
        body: JSON.stringify(activity),
      });
      expect(message.status).toBe(401);
      const webchat = await namespace.request(`${serverFromNamespace}/api/webchat/messages`, {
        method: 'POST',
        headers: { ...json, ...headers },
        body: JSON.stringify({ text: 'move the Acme anvil fleet renewal to closed lost' }),
      });
      expect(webchat.status).toBe(401);
      expect(JSON.parse(webchat.body)).toMatchObject({ error: 'UNAUTHORIZED' });
      expect((await namespace.request(`${serverFromNamespace}/chat`, { headers })).status).toBe(401);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await conversations()).toBe(before);
    expect(hits()).toEqual(['HIT GET /control']); // no reply went out
  });

  it('refuses (4xx) a loopback request naming a serviceUrl outside loopback, and sends nothing there', async () => {
    const before = await conversations();
    const response = await fetch(`http://127.0.0.1:${app.port}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(inboundActivity(outsideServiceUrl, 'tell me about Acme')),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toMatch(/serviceUrl/);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(hits()).toEqual(['HIT GET /control']);
    expect(await conversations()).toBe(before);
  });
});
