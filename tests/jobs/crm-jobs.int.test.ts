import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { startApp } from '../../src/app';
import { silentLogger } from '../../src/core/logger';
import { BullmqScheduler } from '../../src/jobs/bullmq-scheduler';
import { startScheduler } from '../../src/jobs/create-scheduler';
import { retrainLeadScoreJob, segmentSnapshotJob } from '../../src/jobs/crm-jobs';
import { loadSegmentSnapshot } from '../../src/skills/shared/segment-snapshots';
import { seedDemoCrm } from '../../src/store/seed';
import { startTestRedis, type TestRedis } from '../fixtures/redis-server';
import { servicesFor, temporaryStore } from '../fixtures/small-crm';
import { testConfig } from '../fixtures/test-config';

const ANCHOR = new Date('2026-03-02T00:00:00Z');

describe('CRM jobs', () => {
  const temp = temporaryStore();
  const services = servicesFor(temp.store, ANCHOR);
  let redis: TestRedis;
  beforeAll(async () => {
    redis = await startTestRedis();
    await seedDemoCrm(temp.store, { anchor: ANCHOR, scale: 0.05 });
  }, 120_000);
  afterAll(async () => {
    await redis.stop();
    await temp.cleanup();
  });

  it("records the day's segments and retrains the scoring model, once per day", async () => {
    const jobs = await startScheduler({ services, logger: silentLogger(), timezone: 'UTC' });
    expect(jobs.kind).toBe('in-process');
    expect(await jobs.enqueue(segmentSnapshotJob, {}, ANCHOR)).toBe(true);
    expect(await jobs.enqueue(retrainLeadScoreJob, {}, ANCHOR)).toBe(true);
    expect(await jobs.enqueue(retrainLeadScoreJob, {}, new Date(ANCHOR.getTime() + 3_600_000))).toBe(false);
    await jobs.close();

    const snapshot = await loadSegmentSnapshot(temp.store, '2026-03-02');
    expect(snapshot?.reconstructed).toBe(false);
    expect(snapshot?.members.size).toBeGreaterThan(0);
    const versions = readdirSync(path.join(services.modelsDir, 'lead-score'));
    expect(versions).toHaveLength(1);
    expect(existsSync(path.join(services.modelsDir, 'lead-score', versions[0]!, 'model.json'))).toBe(true);
  }, 120_000);

  it('registers the nightly schedules in Redis when REDIS_URL is set', async () => {
    const jobs = (await startScheduler({
      redisUrl: redis.url,
      services,
      logger: silentLogger(),
      timezone: 'Europe/Berlin',
      runWorker: false,
    })) as BullmqScheduler;
    const schedulers = await jobs.bullQueue.getJobSchedulers();
    expect(schedulers.map((s) => [s.key, s.pattern, s.tz]).sort()).toEqual([
      ['daily-segment-snapshot', '30 0 * * *', 'Europe/Berlin'],
      ['nightly-lead-score', '0 2 * * *', 'Europe/Berlin'],
    ]);
    await jobs.bullQueue.obliterate({ force: true });
    await jobs.close();
  });

  it('reports Redis in /readyz: ready while it answers, 503 when it is gone', async () => {
    const ownRedis = await startTestRedis();
    const app = await startApp(
      testConfig(temp.dataDir, { REDIS_URL: ownRedis.url, SHUTDOWN_TIMEOUT_MS: '2000' }),
      temp.store,
      silentLogger(),
    );
    const base = `http://127.0.0.1:${app.port}`;
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ checks: { store: 'ok', redis: 'ok' } });
    if (!process.env.REDIS_URL) {
      await ownRedis.stop();
      const down = await fetch(`${base}/readyz`);
      expect(down.status).toBe(503);
      expect(((await down.json()) as { checks: { redis: string } }).checks.redis).not.toBe('ok');
    }
    // The server itself stays up without Redis.
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const started = Date.now();
    await app.stop();
    expect(Date.now() - started).toBeLessThan(15_000);
    await ownRedis.stop();
  }, 90_000);
});
