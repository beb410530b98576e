import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { ErrorCode } from '../../src/core/errors';
import { EMBEDDED_DB_FILE, openEmbeddedStore } from '../../src/store/embedded/embedded-store';
import type { Store } from '../../src/store/store';
import { crmErrorOf } from '../contract/store-fixtures';

const CHILD = path.join(__dirname, 'fixtures', 'embedded-writer-child.ts');

/** Starts the writer child under tsx; `onLine` sees each complete line it prints. */
function startChild(args: string[], onLine: (line: string) => void): ChildProcessWithoutNullStreams {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], {
    cwd: path.join(__dirname, '..', '..'),
  });
  let buffered = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop()!;
    for (const line of lines) onLine(line);
  });
  let errors = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
  child.on('exit', (code) => {
    if (code) process.stderr.write(`writer child exited ${code}: ${errors}\n`);
  });
  return child;
}

const exited = (child: ChildProcessWithoutNullStreams) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });

function integrityOf(dataDir: string): string {
  const db = new DatabaseSync(path.join(dataDir, EMBEDDED_DB_FILE));
  try {
    return (db.prepare('PRAGMA integrity_check').all() as { integrity_check: string }[])
      .map((row) => row.integrity_check)
      .join('\n');
  } finally {
    db.close();
  }
}

describe('embedded store durability', () => {
  let dataDir: string;
  const stores: Store[] = [];
  const open = () => {
    const store = openEmbeddedStore({ dataDir });
    stores.push(store);
    return store;
  };
  beforeEach(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'crmpro-durable-'));
  });
  afterEach(async () => {
    for (const store of stores.splice(0)) await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('every insert acknowledged before kill -9 is there after reopening, and the database is intact', async () => {
    const acknowledged: string[] = [];
    let reached!: () => void;
    const enough = new Promise<void>((resolve) => (reached = resolve));
    const child = startChild(['insert', dataDir], (id) => {
      acknowledged.push(id);
      if (acknowledged.length === 40) reached();
    });
    await Promise.race([
      enough,
      exited(child).then(() => Promise.reject(new Error('the writer died before writing'))),
    ]);
    child.kill('SIGKILL');
    await exited(child);
    expect(child.signalCode).toBe('SIGKILL');

    expect(integrityOf(dataDir)).toBe('ok');
    const store = open();
    const found = await store.interactions.find({ _id: { $in: acknowledged } }, { projection: { _id: 1 } });
    expect(found.map((doc) => doc._id).sort()).toEqual([...acknowledged].sort());
    // Whatever was written after the last acknowledgement is whole documents or nothing.
    const all = await store.interactions.find({});
    expect(all.length).toBeGreaterThanOrEqual(acknowledged.length);
    for (const interaction of all) expect(interaction.occurredAt).toBeInstanceOf(Date);
  }, 30_000);

  // kill -9 keeps the operating system's page cache, so the test above cannot tell a store that
  // syncs before acknowledging from one that never syncs. This one can: under strace (which follows
  // libuv's threads, where the writer's fdatasync runs), every acknowledgement the writer prints
  // must come after an fsync of the database's write-ahead log, i.e. the write had reached
  // the disk (as far as the OS can promise) before anyone was told it was saved. What is not
  // covered here: a disk that acknowledges an fsync it has only cached (that needs real power loss).
  test('every acknowledged insert was fsynced before its acknowledgement', () => {
    const traceFile = path.join(dataDir, 'trace.txt');
    const inserts = 15;
    const run = spawnSync(
      'strace',
      [
        '-f',
        '-qq',
        '-e',
        'trace=fsync,fdatasync,write',
        '-e',
        'signal=none',
        '-o',
        traceFile,
        process.execPath,
        '--import',
        'tsx',
        CHILD,
        'insert',
        dataDir,
        String(inserts),
      ],
      { cwd: path.join(__dirname, '..', '..'), encoding: 'utf8' },
    );
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(inserts);
    const calls = readFileSync(traceFile, 'utf8')
      .split('\n')
      .map((line) => /^\d+\s+(fsync|fdatasync|write)\((\d+)(?:, ?("[0-9a-f]{24}\\n"))?/.exec(line))
      .filter((match): match is RegExpExecArray => match !== null)
      // An acknowledgement is the writer printing an id (tsx's helper processes write to fd 1 too).
      .map((match) => ({ call: match[1]!, ack: match[1] === 'write' && match[2] === '1' && !!match[3] }));
    let syncedSinceLastAck = false;
    let acks = 0;
    for (const { call, ack } of calls) {
      if (call !== 'write') syncedSinceLastAck = true;
      else if (ack) {
        expect(syncedSinceLastAck).toBe(true);
        syncedSinceLastAck = false;
        acks++;
      }
    }
    expect(acks).toBe(inserts);
  }, 60_000);

  test('an insertMany with one invalid document in the middle leaves nothing, also after reopening', async () => {
    const store = open();
    const batch = Array.from({ length: 100 }, (_, i) => ({
      type: 'call' as const,
      occurredAt: new Date(),
      summary: `call ${i}`,
    }));
    batch[50] = { ...batch[50]!, type: 'telegram' as never };
    const error = await crmErrorOf(store.interactions.insertMany(batch), ErrorCode.InvalidInput);
    expect(error.message).toMatch(/type/);
    expect(await store.interactions.countDocuments()).toBe(0);
    await store.close();
    expect(await open().interactions.countDocuments()).toBe(0);
  });

  test('50 parallel $inc on one document in one process add exactly 50', async () => {
    const store = open();
    await store.conversations.insertOne({
      _id: 'c',
      channel: 't',
      channelConversationId: 'c',
      startedAt: new Date(),
      lastActivityAt: new Date(),
      messageCount: 0,
      messages: [],
    });
    await Promise.all(
      Array.from({ length: 50 }, () =>
        store.conversations.updateOne({ _id: 'c' }, { $inc: { messageCount: 1 } }),
      ),
    );
    expect((await store.conversations.findById('c'))!.messageCount).toBe(50);
  });

  test('two connections incrementing the same document concurrently lose nothing', async () => {
    const first = open();
    const second = open();
    await first.conversations.insertOne({
      _id: 'c',
      channel: 't',
      channelConversationId: 'c',
      startedAt: new Date(),
      lastActivityAt: new Date(),
      messageCount: 0,
      messages: [],
    });
    const inc = (store: Store) => store.conversations.updateOne({ _id: 'c' }, { $inc: { messageCount: 1 } });
    await Promise.all(Array.from({ length: 40 }, (_, i) => inc(i % 2 === 0 ? first : second)));
    expect((await first.conversations.findById('c'))!.messageCount).toBe(40);
    expect((await second.conversations.findById('c'))!.messageCount).toBe(40);
  });

  test('two processes incrementing the same document concurrently lose no increment', async () => {
    const store = open();
    await store.conversations.insertOne({
      _id: 'shared',
      channel: 't',
      channelConversationId: 'shared',
      startedAt: new Date(),
      lastActivityAt: new Date(),
      messageCount: 0,
      messages: [],
    });
    const perChild = 60;
    let ready = 0;
    let allReady!: () => void;
    const bothReady = new Promise<void>((resolve) => (allReady = resolve));
    const children = [0, 1].map(() =>
      startChild(['inc', dataDir, 'shared', String(perChild)], (line) => {
        if (line === 'ready' && ++ready === 2) allReady();
      }),
    );
    await bothReady;
    for (const child of children) child.stdin.write('go\n');
    expect(await Promise.all(children.map(exited))).toEqual([0, 0]);
    expect((await store.conversations.findById('shared'))!.messageCount).toBe(2 * perChild);
    expect(integrityOf(dataDir)).toBe('ok');
  }, 45_000);
});
