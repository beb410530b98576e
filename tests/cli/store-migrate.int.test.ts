import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import { openEmbeddedStore } from '../../src/store/embedded/embedded-store';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSION_META_ID, readSchemaVersion } from '../../src/store/migrations';
import { anAccount } from '../contract/store-fixtures';

const root = path.join(__dirname, '..', '..');

/** Runs `crmpro <args>` as a user does, with DATA_DIR set and no MongoDB configured. */
function crmpro(args: string[], dataDir: string) {
  return new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src', 'cli.ts'), ...args], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir, MONGODB_URI: '', LOG_LEVEL: 'warn' },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => resolve({ code, out, err }));
  });
}

/** A DATA_DIR as a CRMPro before schema versions left it: data, no version. */
async function unstampedStore(dataDir: string, version?: number): Promise<void> {
  const store = openEmbeddedStore({ dataDir });
  await store.accounts.insertOne(anAccount('Initech'));
  if (version !== undefined)
    await store.meta.insertOne({ _id: SCHEMA_VERSION_META_ID, value: { version, history: [] } });
  await store.close();
}

async function versionOf(dataDir: string): Promise<number> {
  const store = openEmbeddedStore({ dataDir });
  try {
    return await readSchemaVersion(store);
  } finally {
    await store.close();
  }
}

describe('crmpro store migrate', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'crmpro-migrate-cli-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('prints the current and target versions, lists pending steps with --dry-run, applies them without, then has nothing left', async () => {
    const dataDir = path.join(work, 'old');
    await unstampedStore(dataDir);

    const dry = await crmpro(['store', 'migrate', '--dry-run'], dataDir);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain(`embedded store: schema version 0; this CRMPro: ${LATEST_SCHEMA_VERSION}`);
    expect(dry.out).toMatch(/pending v1: baseline/);
    expect(dry.out).toMatch(/dry run: \d+ migration\(s\) not applied/);
    expect(await versionOf(dataDir)).toBe(0);

    const run = await crmpro(['store', 'migrate'], dataDir);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/applied v1 in \d+ ms/);
    expect(run.out).toContain(`store is at schema version ${LATEST_SCHEMA_VERSION}`);
    expect(await versionOf(dataDir)).toBe(LATEST_SCHEMA_VERSION);

    const again = await crmpro(['store', 'migrate'], dataDir);
    expect(again.out).toContain('up to date: nothing to migrate');
  }, 240_000);

  it('refuses a store written by a newer CRMPro, here and in every other command that opens the store', async () => {
    const dataDir = path.join(work, 'newer');
    await unstampedStore(dataDir, LATEST_SCHEMA_VERSION + 1);
    const migrate = await crmpro(['store', 'migrate'], dataDir);
    expect(migrate.code).toBe(1);
    expect(migrate.err).toMatch(/newer CRMPro has upgraded it/);
    const audit = await crmpro(['audit', '--user', 'ann@example.com', '--since', '2026-01-01'], dataDir);
    expect(audit.code).toBe(1);
    expect(audit.err).toMatch(/schema version \d+, but this CRMPro knows versions up to/);
  }, 240_000);

  it('--to takes only a MongoDB connection string', async () => {
    const result = await crmpro(['store', 'migrate', '--to', '/tmp/elsewhere'], path.join(work, 'to'));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/--to takes a MongoDB connection string/);
  }, 240_000);

  const uri = process.env.MONGODB_URI;
  (uri ? it : it.skip)(
    `--to MONGODB_URI copies DATA_DIR and prints the verified table${uri ? '' : ' (skipped: set MONGODB_URI to run it)'}`,
    async () => {
      const dataDir = path.join(work, 'to-mongo');
      await unstampedStore(dataDir);
      const dbName = `crmpro_migrate_cli_${process.pid}`;
      const target = new URL(uri!);
      target.pathname = `/${dbName}`;
      try {
        const first = await crmpro(['store', 'migrate', '--to', target.toString()], dataDir);
        expect(first.code).toBe(0);
        expect(first.out).toMatch(/^accounts\s+1\s+1\s+1\s+1\s+ok$/m);
        const second = await crmpro(['store', 'migrate', '--to', target.toString()], dataDir);
        expect(second.code).toBe(1);
        expect(second.err).toMatch(/not empty.*--force/);
      } finally {
        const connection = await mongoose.createConnection(uri!, { dbName }).asPromise();
        await connection.dropDatabase();
        await connection.close();
      }
    },
    120_000,
  );
});
