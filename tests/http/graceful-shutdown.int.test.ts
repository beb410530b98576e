import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inboundActivity, LoopbackConnector } from '../fixtures/loopback-connector';

const root = path.join(__dirname, '..', '..');

/** Starts `src/main.ts` in a child process and resolves with its port once it listens. */
function startServer(dataDir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src', 'main.ts')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SEED_ON_EMPTY: 'false',
      LOG_LEVEL: 'info',
      SHUTDOWN_TIMEOUT_MS: '15000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const listening = new Promise<number>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        logs.push(line);
        const port = /"port":(\d+)/.exec(line);
        if (port && line.includes('listening')) resolve(Number(port[1]));
      }
    });
    child.stderr.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
    void exited.then((code) => reject(new Error(`server exited with ${code}: ${logs.join('\n')}`)));
  });
  return { child, listening, exited, logs };
}

describe('graceful shutdown of the server process', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'crmpro-shutdown-'));
  const connector = new LoopbackConnector();
  const started: ReturnType<typeof startServer>[] = [];
  afterAll(async () => {
    // A test that failed or timed out must not leave its server running.
    for (const server of started) if (server.child.exitCode === null) server.child.kill('SIGKILL');
    await connector.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('on SIGTERM stops taking messages, finishes the turn in flight, closes the store and exits 0', async () => {
    const serviceUrl = await connector.start();
    connector.delayMs = 2_000; // the reply to the connector is slow: the turn stays in flight
    const server = startServer(dataDir);
    started.push(server);
    const port = await server.listening;

    const replyStarted = connector.nextArrival();
    const inFlight = fetch(`http://127.0.0.1:${port}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(inboundActivity(serviceUrl, 'hello')),
    });
    // The bot is posting its reply to the (slow) connector: the turn is in flight now.
    await replyStarted;
    server.child.kill('SIGTERM');

    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await server.exited).toBe(0);
    expect(connector.posts).toHaveLength(1);
    expect((connector.posts[0]!.activity as { text: string }).text).toMatch(/Hi|CRMPro/);
    expect(server.logs.join('\n')).toContain('"msg":"stopped"');
  });
});
