import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');

/** Starts the server the way a person does (the README's command or `npm start`) and waits for /healthz. */
function start(command: string, args: string[], dataDir: string) {
  const child = spawn(command, args, {
    cwd: root,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SEED_ON_EMPTY: 'false',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const listening = new Promise<{ port: number; serverPid: number }>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        logs.push(line);
        const port = /"port":(\d+)/.exec(line);
        const pid = /"pid":(\d+)/.exec(line);
        if (port && pid && line.includes('listening'))
          resolve({ port: Number(port[1]), serverPid: Number(pid[1]) });
      }
    });
    child.stderr.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
    void exited.then((status) =>
      reject(new Error(`exited early (${JSON.stringify(status)}): ${logs.join('\n')}`)),
    );
  });
  return { child, exited, listening, logs };
}

async function waitForHealth(port: number): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (res) => res.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('/healthz never answered');
}

/** True while a process with this id exists (and is not a zombie). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const status = `/proc/${pid}/status`;
  return !existsSync(status) || !/State:\s+Z/.test(readFileSync(status, 'utf8'));
}

describe.each([
  ['bash scripts/start.sh (the README command)', 'bash', ['scripts/start.sh']],
  ['npm start', 'npm', ['start']],
])('stopping the server started by %s', (_name, command, args) => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'crmpro-signals-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it.each(['SIGTERM', 'SIGINT'] as const)(
    '%s to the started process drains the node server, which exits cleanly',
    async (signal) => {
      const server = start(command, args, dataDir);
      const { port, serverPid } = await server.listening;
      await waitForHealth(port);
      expect(alive(serverPid)).toBe(true);

      server.child.kill(signal);
      const status = await server.exited;

      const deadline = Date.now() + 10_000;
      while (alive(serverPid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(alive(serverPid)).toBe(false);
      expect(server.logs.join('\n')).toContain(`"signal":"${signal}"`);
      expect(server.logs.join('\n')).toContain('"msg":"stopped"');
      // The server exits 0; npm, which forwarded the signal, re-raises it on itself once its child is gone.
      if (command === 'npm') expect(status.code === 0 || status.signal === signal).toBe(true);
      else expect(status).toEqual({ code: 0, signal: null });
      await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
    },
    180_000,
  );
});
