import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { createDeflate, createGzip, gzipSync } from 'node:zlib';

const MB = 1024 * 1024;
/** What one bomb inflates to: far past the 1 MB limit, while its compressed form stays under it. */
const BOMB_BYTES = 512 * MB;
/** The most the server's peak memory may grow over all the bombs (a single inflated one is 512 MB). */
const PEAK_GROWTH_LIMIT_MB = 48;

/** `bytes` zero bytes as an encoder compresses them (streamed: the plain bytes are never held). */
async function compressedZeros(bytes: number, encoder: 'gzip' | 'deflate'): Promise<Buffer> {
  const zeros = Buffer.alloc(MB);
  const chunks = Readable.from(
    (function* () {
      for (let sent = 0; sent < bytes; sent += MB) yield zeros;
    })(),
  );
  return buffer(chunks.pipe(encoder === 'gzip' ? createGzip({ level: 9 }) : createDeflate({ level: 9 })));
}

describe('body limits over HTTP (the server in a child process, its memory and temp directory measured)', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'crmpro-limits-data-'));
  const serverTmp = mkdtempSync(path.join(tmpdir(), 'crmpro-limits-tmp-'));
  let child: ChildProcess;
  let base: string;

  const usage = async (): Promise<{ maxRssKb: number; rssBytes: number }> => {
    const answer = once(child, 'message');
    child.send('usage');
    return (await answer)[0] as { maxRssKb: number; rssBytes: number };
  };

  beforeAll(async () => {
    child = fork(path.join(__dirname, '..', 'fixtures', 'http-server-child.ts'), [], {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, DATA_DIR: dataDir, TMPDIR: serverTmp, TMP: serverTmp, TEMP: serverTmp },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const [ready] = (await once(child, 'message')) as [{ port: number }];
    base = `http://127.0.0.1:${ready.port}`;
  }, 60_000);
  afterAll(async () => {
    if (child.connected) {
      child.send('stop');
      await once(child, 'exit');
    }
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(serverTmp, { recursive: true, force: true });
  });

  const post = (
    route: string,
    body: Buffer | string | FormData | URLSearchParams,
    headers: Record<string, string>,
  ) => fetch(`${base}${route}`, { method: 'POST', headers, body });

  it('decodes a compressed JSON body within the limit', async () => {
    const response = await post('/api/webchat/messages', gzipSync(JSON.stringify({ text: 'hello' })), {
      'Content-Type': 'application/json',
      'Content-Encoding': 'gzip',
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { replies: unknown[] }).replies.length).toBeGreaterThan(0);
  });

  it('answers 413 to gzip and deflate bombs without inflating them past the limit (peak memory bounded)', async () => {
    const bombs = {
      gzip: await compressedZeros(BOMB_BYTES, 'gzip'),
      deflate: await compressedZeros(BOMB_BYTES, 'deflate'),
    };
    for (const bomb of Object.values(bombs)) expect(bomb.length).toBeLessThan(MB); // under the wire limit
    // Warm the paths first so the measurement is of the bombs, not of code loading.
    await post('/api/messages', gzipSync('{}'), {
      'Content-Type': 'application/json',
      'Content-Encoding': 'gzip',
    });
    const before = await usage();
    for (const route of ['/api/messages', '/api/webchat/messages']) {
      for (const [encoding, bomb] of Object.entries(bombs)) {
        const response = await post(route, bomb, {
          'Content-Type': 'application/json',
          'Content-Encoding': encoding,
        });
        expect(response.status).toBe(413);
        expect(((await response.json()) as { message: string }).message).toMatch(/after decompression/);
      }
    }
    const after = await usage();
    const growthMb = (after.maxRssKb - before.maxRssKb) / 1024;
    console.log(
      `decompression bombs (4 x ${BOMB_BYTES / MB} MB inflated, ${bombs.gzip.length} B gzip): peak RSS ${(before.maxRssKb / 1024) | 0} -> ${(after.maxRssKb / 1024) | 0} MB (+${growthMb.toFixed(1)} MB)`,
    );
    expect(growthMb).toBeLessThan(PEAK_GROWTH_LIMIT_MB);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  }, 120_000);

  it('answers 415 to multipart and urlencoded bodies and writes nothing to the temp directory', async () => {
    const before = readdirSync(serverTmp);
    for (const route of ['/api/messages', '/api/webchat/messages']) {
      const multipart = new FormData();
      multipart.set('text', 'hello');
      multipart.set('upload', new Blob([Buffer.alloc(300_000, 'a')]), 'notes.txt');
      expect((await post(route, multipart, {})).status).toBe(415);
      expect((await post(route, new URLSearchParams({ text: 'hello' }), {})).status).toBe(415);
    }
    expect(readdirSync(serverTmp)).toEqual(before);
    // Only tsx's compile cache (the child runs TypeScript) lives there; no upload ever did.
    expect(before.filter((name) => !name.startsWith('tsx-'))).toEqual([]);
  });
});
