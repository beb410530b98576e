import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { CrmError, ErrorCode } from '../../src/core/errors';
import { silentLogger } from '../../src/core/logger';
import { BullmqScheduler } from '../../src/jobs/bullmq-scheduler';
import { InProcessScheduler } from '../../src/jobs/in-process-scheduler';
import { defineJob } from '../../src/jobs/job';
import { jobRegistry, type JobScheduler } from '../../src/jobs/job-scheduler';
import { startTestRedis, type TestRedis } from '../fixtures/redis-server';
import { servicesFor, temporaryStore } from '../fixtures/small-crm';

/** A job that records its runs and fails as told: by payload, 'transient' fails twice then works. */
function recordingJob() {
  const runs: string[] = [];
  const attempts = new Map<string, number>();
  const job = defineJob({
    name: 'digest-test',
    description: 'records runs',
    payload: z.object({
      subscriber: z.string(),
      behaviour: z.enum(['ok', 'transient', 'permanent']).default('ok'),
    }),
    keyOf: (payload, firedAt) => `${payload.subscriber}:${firedAt.toISOString().slice(0, 10)}`,
    run: async (payload) => {
      const tries = (attempts.get(payload.subscriber) ?? 0) + 1;
      attempts.set(payload.subscriber, tries);
      if (payload.behaviour === 'permanent') throw new CrmError(ErrorCode.NotFound, 'no such subscriber');
      if (payload.behaviour === 'transient' && tries < 3)
        throw new CrmError(ErrorCode.Unavailable, 'store down');
      runs.push(payload.subscriber);
      return { sent: true };
    },
  });
  return { job, runs, attempts };
}

async function eventually(check: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('BullMQ scheduler on a real Redis', () => {
  let redis: TestRedis;
  const temp = temporaryStore();
  beforeAll(async () => {
    redis = await startTestRedis();
  });
  afterAll(async () => {
    await redis.stop();
    await temp.cleanup();
  });

  function scheduler(job: ReturnType<typeof recordingJob>['job']): BullmqScheduler {
    const url = new URL(redis.url);
    return new BullmqScheduler({
      connection: { host: url.hostname, port: Number(url.port), maxRetriesPerRequest: null },
      queueName: `test-${randomUUID()}`,
      registry: jobRegistry([job as never]),
      services: servicesFor(temp.store),
      logger: silentLogger(),
    });
  }

  it('runs a job once per idempotency key, even when enqueued twice', async () => {
    const { job, runs } = recordingJob();
    const jobs = scheduler(job);
    await jobs.start();
    const day = new Date('2026-05-04T07:00:00Z');
    expect(await jobs.enqueue(job, { subscriber: 'sam', behaviour: 'ok' }, day)).toBe(true);
    expect(
      await jobs.enqueue(job, { subscriber: 'sam', behaviour: 'ok' }, new Date('2026-05-04T09:00:00Z')),
    ).toBe(false);
    expect(await jobs.enqueue(job, { subscriber: 'morgan', behaviour: 'ok' }, day)).toBe(true);
    await eventually(() => runs.length === 2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(runs.sort()).toEqual(['morgan', 'sam']);
    await jobs.close();
  });

  it('retries transient failures and gives up at once on permanent ones', async () => {
    const { job, runs, attempts } = recordingJob();
    const jobs = scheduler(job);
    // Shorter backoff for the test: the default policy waits seconds between attempts.
    (jobs.bullQueue as unknown as { jobsOpts: Record<string, unknown> }).jobsOpts.backoff = {
      type: 'fixed',
      delay: 50,
    };
    await jobs.start();
    await jobs.enqueue(job, { subscriber: 'flaky', behaviour: 'transient' });
    await jobs.enqueue(job, { subscriber: 'ghost', behaviour: 'permanent' });
    await eventually(() => runs.includes('flaky'));
    expect(attempts.get('flaky')).toBe(3);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(attempts.get('ghost')).toBe(1);
    await jobs.close();
  });

  it('registers a cron schedule as a BullMQ job scheduler', async () => {
    const { job } = recordingJob();
    const jobs = scheduler(job);
    await jobs.schedule({
      id: 'daily-digest',
      job,
      cron: '0 7 * * 1-5',
      timezone: 'Europe/Berlin',
      payload: { subscriber: 'sam', behaviour: 'ok' },
    });
    const schedulers = await jobs.bullQueue.getJobSchedulers();
    expect(schedulers).toEqual([
      expect.objectContaining({ key: 'daily-digest', pattern: '0 7 * * 1-5', tz: 'Europe/Berlin' }),
    ]);
    await jobs.close();
  });
});

describe('in-process scheduler (no Redis)', () => {
  const temp = temporaryStore();
  afterAll(() => temp.cleanup());

  it('runs a key once, even across a restart, and records the outcome in the store', async () => {
    const { job, runs } = recordingJob();
    const first: JobScheduler = new InProcessScheduler({
      services: servicesFor(temp.store),
      logger: silentLogger(),
    });
    await first.start();
    const day = new Date('2026-05-04T07:00:00Z');
    expect(await first.enqueue(job, { subscriber: 'sam', behaviour: 'ok' }, day)).toBe(true);
    expect(await first.enqueue(job, { subscriber: 'sam', behaviour: 'ok' }, day)).toBe(false);
    await first.close();
    const second = new InProcessScheduler({ services: servicesFor(temp.store), logger: silentLogger() });
    expect(await second.enqueue(job, { subscriber: 'sam', behaviour: 'ok' }, day)).toBe(false);
    await second.close();
    expect(runs).toEqual(['sam']);
    const record = await temp.store.meta.findById('job-run:digest-test:sam:2026-05-04');
    expect(record?.value).toMatchObject({ state: 'done' });
  });

  it('marks a permanently failing run as failed without retrying', async () => {
    const { job, attempts } = recordingJob();
    const jobs = new InProcessScheduler({ services: servicesFor(temp.store), logger: silentLogger() });
    await jobs.enqueue(job, { subscriber: 'ghost', behaviour: 'permanent' });
    await jobs.close();
    expect(attempts.get('ghost')).toBe(1);
    const [record] = await temp.store.meta.find({ _id: { $regex: '^job-run:digest-test:ghost' } });
    expect(record?.value).toMatchObject({ state: 'failed', error: 'no such subscriber' });
  });

  it('refuses an invalid cron expression', async () => {
    const { job } = recordingJob();
    const jobs = new InProcessScheduler({ services: servicesFor(temp.store), logger: silentLogger() });
    await expect(
      jobs.schedule({
        id: 'x',
        job,
        cron: 'every day',
        timezone: 'UTC',
        payload: { subscriber: 'a', behaviour: 'ok' },
      }),
    ).rejects.toThrow(/invalid cron/);
  });
});
