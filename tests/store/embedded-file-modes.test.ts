import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EMBEDDED_DB_FILE, openEmbeddedStore } from '../../src/store/embedded/embedded-store';

const modeOf = (file: string) => statSync(file).mode & 0o777;

describe('embedded store files are readable by their owner only', () => {
  const parent = mkdtempSync(path.join(tmpdir(), 'crmpro-modes-'));
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  it('creates the data directory 0700 and the database, its WAL and shared-memory files 0600', async () => {
    const previous = process.umask(0o022); // the usual umask: without care, files would be 0644
    try {
      const dataDir = path.join(parent, 'fresh', 'data');
      const store = openEmbeddedStore({ dataDir });
      await store.accounts.insertOne({ name: 'Acme', nameKey: 'acme', status: 'prospect' } as never);
      expect(modeOf(dataDir)).toBe(0o700);
      expect(modeOf(path.join(parent, 'fresh'))).toBe(0o700);
      const files = readdirSync(dataDir);
      expect(files).toEqual(expect.arrayContaining([EMBEDDED_DB_FILE, `${EMBEDDED_DB_FILE}-wal`]));
      for (const file of files) expect([file, modeOf(path.join(dataDir, file))]).toEqual([file, 0o600]);
      await store.close();
    } finally {
      process.umask(previous);
    }
  });

  it('narrows a database file left world-readable by an earlier version to 0600 on open', async () => {
    const dataDir = path.join(parent, 'old');
    const first = openEmbeddedStore({ dataDir });
    await first.close();
    const file = path.join(dataDir, EMBEDDED_DB_FILE);
    chmodSync(file, 0o644);
    writeFileSync(`${file}-shm`, '');
    chmodSync(`${file}-shm`, 0o666);
    const reopened = openEmbeddedStore({ dataDir });
    expect(modeOf(file)).toBe(0o600);
    expect(modeOf(`${file}-shm`)).toBe(0o600);
    await reopened.close();
  });
});
