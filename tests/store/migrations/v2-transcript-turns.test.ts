import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { transcriptMessagesOf } from '../../../src/skills/shared/transcript-logger';
import { openEmbeddedStore } from '../../../src/store/embedded/embedded-store';
import { MIGRATIONS, migrateStore, readSchemaVersion } from '../../../src/store/migrations';
import { turnsOf } from '../../../src/store/migrations/v2-transcript-turns';
import { openStore } from '../../../src/store/open-store';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 2, 9, minute));

describe('schema version 2: transcripts one row per turn', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'crmpro-migration-v2-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('groups messages into turns: each message of the person opens one; replies before any are a turn of their own', () => {
    const message = (direction: 'in' | 'out', minute: number) => ({
      direction,
      at: at(minute),
      text: `${minute}`,
    });
    expect(
      turnsOf([
        message('out', 0),
        message('in', 1),
        message('out', 2),
        message('out', 3),
        message('in', 4),
      ]).map((turn) => turn.map((m) => m.text)),
    ).toEqual([['0'], ['1', '2', '3'], ['4']]);
  });

  it('splits a version-1 store’s conversation documents into turn rows, keeps every message in order, and a second run changes nothing', async () => {
    const dataDir = path.join(work, 'store');
    // The way CRMPro wrote transcripts at schema version 1: every message in the conversation document.
    const old = openEmbeddedStore({ dataDir });
    await migrateStore(old, { migrations: MIGRATIONS.slice(0, 1) });
    const messages = [
      { at: at(0), direction: 'in' as const, text: 'tell me about Globex' },
      { at: at(1), direction: 'out' as const, text: 'Globex has 2 open deals', attachments: ['text/plain'] },
      { at: at(2), direction: 'in' as const, text: 'and their champion?' },
      { at: at(3), direction: 'out' as const, text: 'Jane Park' },
    ];
    await old.conversations.insertOne({
      _id: 'webchat:c1',
      channel: 'webchat',
      channelConversationId: 'c1',
      userId: 'u-sam',
      startedAt: at(0),
      lastActivityAt: at(3),
      messageCount: 4,
      messages,
    });
    await old.conversations.insertOne({
      _id: 'webchat:c2',
      channel: 'webchat',
      channelConversationId: 'c2',
      startedAt: at(5),
      lastActivityAt: at(5),
      messageCount: 0,
    });
    expect(await readSchemaVersion(old)).toBe(1);
    await old.close();

    const store = await openStore({ dataDir });
    try {
      expect(await readSchemaVersion(store)).toBe(2);
      const turns = await store.transcriptTurns.find({}, { sort: { at: 1 } });
      expect(turns.map((turn) => [turn._id, turn.userId, turn.messages.length])).toEqual([
        ['webchat:c1:0', 'u-sam', 2],
        ['webchat:c1:1', 'u-sam', 2],
      ]);
      expect(await transcriptMessagesOf(store, 'webchat:c1')).toEqual(messages);
      const conversation = await store.conversations.findById('webchat:c1');
      expect(conversation).not.toHaveProperty('messages');
      expect(conversation!.messageCount).toBe(4);

      const before = await store.transcriptTurns.find({});
      await store.conversations.updateOne({ _id: 'webchat:c1' }, { $set: { messages } });
      await MIGRATIONS[1]!.up(store, { log: () => undefined }); // a re-run after a crash before the unset
      expect(await store.transcriptTurns.find({})).toEqual(before);
    } finally {
      await store.close();
    }
  });
});
