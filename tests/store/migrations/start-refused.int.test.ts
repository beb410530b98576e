import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openEmbeddedStore } from '../../../src/store/embedded/embedded-store';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSION_META_ID } from '../../../src/store/migrations';
import { anAccount } from '../../contract/store-fixtures';

const root = path.join(__dirname, '..', '..', '..');

describe('the bot server on a store written by a newer CRMPro', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'crmpro-newer-start-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('does not start: it exits 1 with a message naming both versions and the way back, before listening', async () => {
    const dataDir = path.join(work, 'data');
    const store = openEmbeddedStore({ dataDir });
    await store.accounts.insertOne(anAccount('Initech'));
    await store.meta.insertOne({
      _id: SCHEMA_VERSION_META_ID,
      value: { version: LATEST_SCHEMA_VERSION + 1, history: [] },
    });
    await store.close();

    const result = await new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src', 'main.ts')], {
        cwd: root,
        env: {
          ...process.env,
          DATA_DIR: dataDir,
          MONGODB_URI: '',
          REDIS_URL: '',
          PORT: '0',
          LOG_LEVEL: 'info',
        },
      });
      let out = '';
      let err = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
      child.on('exit', (code) => resolve({ code, out, err }));
    });
    expect(result.code).toBe(1);
    expect(result.err).toContain(
      `CRMPro could not start: The embedded store is at schema version ${LATEST_SCHEMA_VERSION + 1}, but this CRMPro knows versions up to ${LATEST_SCHEMA_VERSION}`,
    );
    expect(result.err).toContain('crmpro store restore');
    expect(result.out).not.toMatch(/listening/i);
  }, 240_000);
});
