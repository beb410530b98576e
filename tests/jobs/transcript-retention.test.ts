import { silentLogger } from '../../src/core/logger';
import { crmSchedules, purgeTranscriptsJob } from '../../src/jobs/crm-jobs';
import { runJob } from '../../src/jobs/run-job';
import { servicesFor, temporaryStore } from '../fixtures/small-crm';

const DAY = 86_400_000;

describe('TRANSCRIPT_RETENTION_DAYS: the daily purge of old transcripts', () => {
  const temp = temporaryStore();
  afterAll(() => temp.cleanup());

  const conversation = (id: string, lastActivityAt: Date) => ({
    _id: id,
    channel: 'webchat',
    channelConversationId: id,
    startedAt: lastActivityAt,
    lastActivityAt,
    messageCount: 1,
  });
  const turn = (conversationId: string, at: Date) => ({
    conversationId,
    channel: 'webchat',
    at,
    messages: [{ direction: 'in' as const, text: `hello from ${conversationId}`, at }],
  });

  it('removes transcripts and conversation state older than the retention, and keeps the rest', async () => {
    const now = new Date();
    // The job runs 400 days from now: what is active today is then past a 365-day retention.
    const later = new Date(now.getTime() + 400 * DAY);
    await temp.store.conversations.insertOne(conversation('old', now) as never);
    await temp.store.conversations.insertOne(
      conversation('recent', new Date(later.getTime() - 10 * DAY)) as never,
    );
    // 'recent' is still going on: its first turn is past the retention, its last is not.
    await temp.store.transcriptTurns.insertMany([
      turn('old', now),
      turn('recent', now),
      turn('recent', new Date(later.getTime() - 10 * DAY)),
    ]);
    await temp.store.botState.insertOne({ _id: 'state-old', eTag: '1', data: '{}' } as never);

    const services = servicesFor(temp.store, later);
    const result = await runJob(
      purgeTranscriptsJob,
      { retentionDays: 365 },
      {
        services,
        logger: silentLogger(),
        firedAt: later,
      },
    );

    expect(result).toMatchObject({ conversations: 1, turns: 2, states: 1 });
    expect(await temp.store.transcriptTurns.countDocuments({ conversationId: 'old' })).toBe(0);
    expect(await temp.store.transcriptTurns.countDocuments({ conversationId: 'recent' })).toBe(1);
    expect(await temp.store.conversations.findById('old')).toBeNull();
    expect(await temp.store.conversations.findById('recent')).not.toBeNull();
    expect(await temp.store.botState.findById('state-old')).toBeNull();
  });

  it('is scheduled daily when a retention is set, and not at all when it is 0 (forever)', () => {
    const ids = (days: number) => crmSchedules('Europe/Berlin', days).map((schedule) => schedule.id);
    expect(ids(365)).toContain('daily-transcript-purge');
    expect(crmSchedules('Europe/Berlin', 30).find((s) => s.id === 'daily-transcript-purge')?.payload).toEqual(
      {
        retentionDays: 30,
      },
    );
    expect(ids(0)).not.toContain('daily-transcript-purge');
  });
});
