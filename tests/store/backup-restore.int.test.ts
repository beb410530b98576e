import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
  closeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EMBEDDED_DB_FILE, openEmbeddedStore } from '../../src/store/embedded/embedded-store';

const root = path.join(__dirname, '..', '..');
const WRITER = path.join(__dirname, 'fixtures', 'embedded-writer-child.ts');

/** Runs `crmpro <args>` as a user does, with DATA_DIR set; resolves with its exit code and output. */
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

/** Every interaction of the embedded store in `dataDir`, by id. */
async function interactionsOf(dataDir: string) {
  const store = openEmbeddedStore({ dataDir });
  try {
    const all = await store.interactions.find({});
    return new Map(all.map((each) => [each._id, each]));
  } finally {
    await store.close();
  }
}

describe('crmpro store backup and restore', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'crmpro-backup-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('backs up while another process keeps writing; the restored copy holds every write acknowledged before the backup, each as written', async () => {
    const dataDir = path.join(work, 'live');
    const acked: string[] = [];
    let buffered = '';
    const writer: ChildProcessWithoutNullStreams = spawn(
      process.execPath,
      ['--import', 'tsx', WRITER, 'insert', dataDir],
      {
        cwd: root,
      },
    );
    writer.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      acked.push(...lines.filter(Boolean));
    });
    while (acked.length < 300) await new Promise((resolve) => setTimeout(resolve, 50));

    const ackedBefore = [...acked];
    const backupFile = path.join(work, 'live.backup');
    const backup = await crmpro(['store', 'backup', '--out', backupFile], dataDir);
    const ackedAfter = [...acked];
    writer.kill('SIGKILL');
    await new Promise((resolve) => writer.once('exit', resolve));

    expect(backup).toMatchObject({ code: 0 });
    expect(backup.out).toMatch(/backed up .* bytes/);
    expect(statSync(backupFile).mode & 0o777).toBe(0o600);
    expect(ackedAfter.length).toBeGreaterThan(ackedBefore.length); // writes went on during the backup

    const restoredDir = path.join(work, 'restored');
    const restore = await crmpro(['store', 'restore', backupFile], restoredDir);
    expect(restore).toMatchObject({ code: 0 });

    const restored = await interactionsOf(restoredDir);
    const source = await interactionsOf(dataDir);
    for (const id of ackedBefore) expect(restored.has(id)).toBe(true);
    // A snapshot of one commit: a prefix of the writer's sequence, nothing half-written.
    const order = [...source.keys()];
    const restoredIds = [...restored.keys()];
    expect(order.slice(0, restoredIds.length)).toEqual(restoredIds);
    for (const [id, document] of restored) expect(document).toEqual(source.get(id));
  }, 120_000);

  it('refuses to restore into a DATA_DIR that is not empty unless --force, then replaces its database', async () => {
    const from = path.join(work, 'from');
    const store = openEmbeddedStore({ dataDir: from });
    await store.interactions.insertOne({
      type: 'note',
      accountId: 'a1',
      occurredAt: new Date(),
      summary: 'kept',
    });
    await store.close();
    const backupFile = path.join(work, 'from.backup');
    expect((await crmpro(['store', 'backup', '--out', backupFile], from)).code).toBe(0);

    const target = path.join(work, 'occupied');
    const other = openEmbeddedStore({ dataDir: target });
    await other.interactions.insertOne({
      type: 'note',
      accountId: 'a2',
      occurredAt: new Date(),
      summary: 'replaced',
    });
    await other.close();

    const refused = await crmpro(['store', 'restore', backupFile], target);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('is not empty');
    expect(refused.err).toContain('--force');
    expect([...(await interactionsOf(target)).values()].map((each) => each.summary)).toEqual(['replaced']);

    const forced = await crmpro(['store', 'restore', backupFile, '--force'], target);
    expect(forced.code).toBe(0);
    expect([...(await interactionsOf(target)).values()].map((each) => each.summary)).toEqual(['kept']);
  }, 120_000);

  it('refuses a damaged backup file', async () => {
    const bogus = path.join(work, 'bogus.backup');
    writeFileSync(bogus, 'this is not a database'.repeat(300));
    const refused = await crmpro(['store', 'restore', bogus], path.join(work, 'empty'));
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('not a usable CRMPro backup');
  }, 60_000);
});

describe('integrity check at start', () => {
  it('refuses to open a damaged store file with a message naming the backup commands', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'crmpro-corrupt-'));
    try {
      const store = openEmbeddedStore({ dataDir });
      await store.interactions.insertMany(
        Array.from({ length: 400 }, (_, i) => ({
          type: 'note' as const,
          accountId: `a${i}`,
          occurredAt: new Date(),
          summary: `note ${i} ${'x'.repeat(300)}`,
        })),
      );
      await store.close();
      const file = path.join(dataDir, EMBEDDED_DB_FILE);
      // Scribble over pages in the middle of the file (past the header, inside table and index pages).
      const fd = openSync(file, 'r+');
      const size = statSync(file).size;
      for (let offset = 8192; offset < size - 4096; offset += 16384)
        writeSync(fd, Buffer.alloc(2048, 0x5a), 0, 2048, offset);
      closeSync(fd);

      expect(() => openEmbeddedStore({ dataDir })).toThrow(
        /damaged.*crmpro store restore.*crmpro store backup/s,
      );
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('opens a whole store as before', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'crmpro-whole-'));
    mkdirSync(dataDir, { recursive: true });
    const store = openEmbeddedStore({ dataDir });
    await store.close();
    expect(() => openEmbeddedStore({ dataDir }).close()).not.toThrow();
    rmSync(dataDir, { recursive: true, force: true });
  });
});
