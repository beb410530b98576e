import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, rmdirSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startApp, type App } from '../../src/app';
import { createLogger } from '../../src/core/logger';
import { openEmbeddedStore } from '../../src/store/embedded/embedded-store';
import type { Store } from '../../src/store/store';
import { testConfig } from '../fixtures/test-config';

/** Writes to `file` until the file system says it is full (ENOSPC). */
function fillDisk(file: string): void {
  const fd = openSync(file, 'w');
  const chunk = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
}

const readyz = async (port: number) => {
  const res = await fetch(`http://127.0.0.1:${port}/readyz`);
  return { status: res.status, body: (await res.json()) as { checks: Record<string, string> } };
};

describe('/readyz on a full disk (a 6 MB tmpfs as DATA_DIR)', () => {
  const mountPoint = mkdtempSync(path.join(tmpdir(), 'crmpro-fulldisk-'));
  const dataDir = path.join(mountPoint, 'data');
  const filler = path.join(mountPoint, 'filler');
  let store: Store;
  let app: App;
  beforeAll(async () => {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=6m,mode=0700', 'tmpfs', mountPoint]);
    store = openEmbeddedStore({ dataDir });
    app = await startApp(testConfig(dataDir), store, createLogger({ level: 'silent' }));
  });
  afterAll(async () => {
    await app?.stop();
    await store?.close().catch(() => undefined);
    execFileSync('umount', [mountPoint]);
    rmdirSync(mountPoint);
  });

  it('turns 503 while the store cannot write, recovers when space is freed, and loses no acknowledged write', async () => {
    expect((await readyz(app.port)).status).toBe(200);

    const acknowledged: string[] = [];
    let refused = 0;
    const write = async (i: number) => {
      try {
        const saved = await store.interactions.insertOne({
          type: 'note',
          accountId: 'acct-full',
          occurredAt: new Date(),
          summary: `note ${i} ${'y'.repeat(2_000)}`,
        });
        acknowledged.push(saved._id);
      } catch {
        refused += 1;
      }
    };
    for (let i = 0; i < 50; i++) await write(i);
    fillDisk(filler);
    for (let i = 50; i < 300; i++) await write(i);

    const full = await readyz(app.port);
    expect(full.status).toBe(503);
    expect(full.body.checks.disk).toMatch(/free/);
    expect(refused).toBeGreaterThan(0); // the full disk really refused writes

    rmSync(filler);
    for (let i = 300; i < 310; i++) await write(i);
    expect((await readyz(app.port)).status).toBe(200);

    const stored = new Set(
      (await store.interactions.find({ accountId: 'acct-full' })).map((each) => each._id),
    );
    for (const id of acknowledged) expect(stored.has(id)).toBe(true);
    expect(stored.size).toBe(acknowledged.length);
  });
});
