import { spawn } from 'node:child_process';
import path from 'node:path';
import { createLogger } from '../../src/core/logger';
import {
  auditEventOf,
  recordAudit,
  recordIdsIn,
  TurnAuditTrail,
  withTurnAudit,
} from '../../src/skills/shared/audit-log';
import { StoreTranscripts } from '../../src/skills/shared/transcript-logger';
import { openEmbeddedStore } from '../../src/store/embedded/embedded-store';
import type { Store } from '../../src/store/store';
import { ChatDriver } from '../fixtures/chat-driver';
import { FIXTURE_NOW, loadSmallCrm, REP_EMAIL, servicesFor, temporaryStore } from '../fixtures/small-crm';

const root = path.join(__dirname, '..', '..');

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

describe('audit log', () => {
  let temp: ReturnType<typeof temporaryStore>;
  let store: Store;
  let crm: Awaited<ReturnType<typeof loadSmallCrm>>;
  beforeAll(async () => {
    temp = temporaryStore();
    store = temp.store;
    crm = await loadSmallCrm(store);
  });
  afterAll(() => temp.cleanup());

  it('records a read through the web chat as one entry naming the user, channel, skill and records returned', async () => {
    const chat = new ChatDriver(servicesFor(store), 'audit-webchat', {
      channelId: 'webchat',
      trust: 'local',
    });
    await chat.say('open deals for Globex');
    await chat.core.tracker.idle(30_000); // a turn's read entries are written with its transcript
    const entries = await store.auditEntries.find({ channel: 'webchat' });
    expect(entries.length).toBeGreaterThanOrEqual(1);
    const read = entries.find((entry) => entry.action === 'read')!;
    expect(read).toMatchObject({ userId: crm.repId, role: 'rep', channel: 'webchat' });
    expect(read.recordCount).toBeGreaterThan(0);
    expect(read.recordIds.length).toBe(read.recordCount);
  });

  it('records a read through Teams (a verified Bot Framework caller) under the msteams channel', async () => {
    const chat = new ChatDriver(servicesFor(store), 'audit-teams', {
      channelId: 'msteams',
      trust: 'verified',
      aadObjectId: 'teams-sam',
      fromId: '29:sam',
    });
    await chat.say('tell me about Acme Corporation');
    await chat.core.tracker.idle(30_000);
    const entries = await store.auditEntries.find({ channel: 'msteams' });
    expect(entries.length).toBeGreaterThanOrEqual(1);
    expect(entries[0]).toMatchObject({ userId: crm.repId, role: 'rep', action: 'read' });
    expect(entries.some((entry) => entry.recordIds.includes(crm.acmeId))).toBe(true);
  });

  it('writes no entry for a call that returns no CRM records (a greeting, a help)', async () => {
    const before = await store.auditEntries.countDocuments({});
    const chat = new ChatDriver(servicesFor(store), 'audit-hello', { channelId: 'webchat', trust: 'local' });
    await chat.say('hello');
    await chat.core.tracker.idle(30_000);
    expect(await store.auditEntries.countDocuments({})).toBe(before);
  });

  it("keeps a turn's read entries until the turn ends, writes a change's at once, and a late read of a finished turn on its own", async () => {
    const read = {
      action: 'read' as const,
      skill: 's',
      caller: { role: 'rep', channel: 't1' },
      recordIds: ['r1'],
    };
    const change = { ...read, action: 'change' as const, recordIds: ['r2'] };
    const trail = new TurnAuditTrail();
    const count = () => store.auditEntries.countDocuments({ channel: 't1' });
    await withTurnAudit(trail, async () => {
      await recordAudit(store, read, FIXTURE_NOW);
      expect(await count()).toBe(0); // held for the turn's transcript
      await recordAudit(store, change, FIXTURE_NOW);
      expect(await store.auditEntries.countDocuments({ channel: 't1', action: 'change' })).toBe(1);
    });
    const taken = trail.take();
    expect(taken.map((entry) => entry.recordIds)).toEqual([['r1']]);
    // A turn abandoned past its budget may still read after its entries were taken: written at once.
    await withTurnAudit(trail, () => recordAudit(store, { ...read, recordIds: ['r3'] }, FIXTURE_NOW));
    expect(await store.auditEntries.countDocuments({ channel: 't1', recordIds: 'r3' })).toBe(1);
  });

  it("a turn's audit entries that cannot be written are logged as an error, and the transcript is still kept", async () => {
    const lines: string[] = [];
    const logger = createLogger({
      level: 'info',
      destination: { write: (line: string) => lines.push(line) },
    });
    const failing = new Proxy(store, {
      get: (target, key) =>
        key === 'auditEntries'
          ? { ...target.auditEntries, insertMany: () => Promise.reject(new Error('disk full')) }
          : target[key as keyof Store],
    });
    const entry = {
      at: FIXTURE_NOW,
      action: 'read' as const,
      skill: 's',
      channel: 't2',
      role: 'rep',
      recordIds: ['r1'],
      recordCount: 1,
    };
    await new StoreTranscripts(failing, logger).append({
      channel: 't2',
      channelConversationId: 'c-lost',
      messages: [{ at: FIXTURE_NOW, direction: 'in', text: 'hi' }],
      auditEntries: [entry, entry],
    });
    const errors = lines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((line) => line.level === 50);
    expect(errors).toEqual([
      expect.objectContaining({ msg: 'could not write the audit entries of a turn', entries: 2 }),
    ]);
    expect(await store.transcriptTurns.countDocuments({ conversationId: 't2:c-lost' })).toBe(1);
  });

  it('finds the records in nested results and logs every change, with the ids its input names', () => {
    expect([...recordIdsIn({ account: { _id: 'a1', deals: [{ _id: 'd1' }, { _id: 'd2' }] } })]).toEqual([
      'a1',
      'd1',
      'd2',
    ]);
    const caller = { role: 'rep' as const, userId: 'u1', timezone: 'UTC', channel: 'slack' };
    expect(
      auditEventOf({ name: 'update-deal-stage', changesData: true }, caller, { dealId: 'd9' }, {}),
    ).toMatchObject({ action: 'change', recordIds: ['d9'] });
    expect(auditEventOf({ name: 'forecast' }, caller, {}, { total: 5 })).toBeUndefined();
    // A write skill's preview (shown for a yes, nothing saved) is a read, not a change.
    const preview = { subscription: { _id: 'u1:forecast' }, saved: false };
    const subscribe = { name: 'subscribe-digest', changesData: true };
    expect(auditEventOf(subscribe, caller, { preview: true }, preview)).toMatchObject({ action: 'read' });
    expect(auditEventOf(subscribe, caller, {}, { ...preview, saved: true })).toMatchObject({
      action: 'change',
    });
  });

  it('crmpro audit --user and --record show the trail, as a table or JSON lines', async () => {
    await store.close();
    const byUser = await crmpro(['audit', '--user', REP_EMAIL, '--json'], temp.dataDir);
    expect(byUser.code).toBe(0);
    const lines = byUser.out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(new Set(lines.map((line) => line.channel))).toEqual(new Set(['webchat', 'msteams']));

    const byRecord = await crmpro(['audit', '--record', crm.acmeId, '--since', '2000-01-01'], temp.dataDir);
    expect(byRecord.code).toBe(0);
    expect(byRecord.out).toContain('msteams');
    expect(byRecord.out).toContain(crm.acmeId);

    const later = await crmpro(
      [
        'audit',
        '--record',
        crm.acmeId,
        '--since',
        new Date(FIXTURE_NOW.getTime() + 86_400_000).toISOString(),
      ],
      temp.dataDir,
    );
    expect(later.out.trim()).toBe('');

    const neither = await crmpro(['audit'], temp.dataDir);
    expect(neither.code).toBe(1);
    expect(neither.err).toContain('--user EMAIL or --record ID');
    store = openEmbeddedStore({ dataDir: temp.dataDir });
    temp.store = store;
  }, 60_000);
});
