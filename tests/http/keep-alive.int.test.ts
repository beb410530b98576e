import { once } from 'node:events';
import { Agent, request, type IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { startApp, type App } from '../../src/app';
import { silentLogger } from '../../src/core/logger';
import { KEEP_ALIVE_TIMEOUT_MS } from '../../src/http/server';
import { FIXTURE_NOW, temporaryStore } from '../fixtures/small-crm';
import { testConfig } from '../fixtures/test-config';

/** Past Node's default keep-alive timeout (5 s, closed after a 1 s grace), which closed idle connections under clients' feet. */
const IDLE_MS = 7_000;

describe('idle keep-alive connections (clients and proxies reuse them)', () => {
  const temp = temporaryStore();
  let app: App;
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });

  beforeAll(async () => {
    app = await startApp(testConfig(temp.dataDir), temp.store, silentLogger(), () => FIXTURE_NOW);
  });
  afterAll(async () => {
    agent.destroy();
    await app.stop();
    await temp.cleanup();
  });

  const get = async (path: string): Promise<{ response: IncomingMessage; socket: Socket }> => {
    const sent = request({ host: '127.0.0.1', port: app.port, path, agent });
    sent.end();
    const [response] = (await once(sent, 'response')) as [IncomingMessage];
    response.resume();
    await once(response, 'end');
    return { response, socket: sent.socket as Socket };
  };

  it('tells clients how long it keeps them, longer than the 60 s proxies keep idle connections', async () => {
    const { response } = await get('/healthz');
    expect(KEEP_ALIVE_TIMEOUT_MS).toBeGreaterThan(60_000);
    expect(response.headers['keep-alive']).toBe(`timeout=${KEEP_ALIVE_TIMEOUT_MS / 1000}`);
  });

  it("answers a second request on the same connection after it was idle for 7 s, past Node's default", async () => {
    const first = await get('/healthz');
    await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
    const second = await get('/healthz');
    expect(second.response.statusCode).toBe(200);
    expect(second.socket).toBe(first.socket);
  }, 20_000);
});
