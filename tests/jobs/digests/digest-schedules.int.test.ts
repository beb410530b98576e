import { randomUUID } from 'node:crypto';
import { silentLogger } from '../../../src/core/logger';
import { BullmqScheduler } from '../../../src/jobs/bullmq-scheduler';
import { bullConnectionOf } from '../../../src/jobs/create-scheduler';
import { digestJob } from '../../../src/jobs/digests/digest-job';
import { DigestScheduleSync, digestScheduleIdOf } from '../../../src/jobs/digests/digest-schedules';
import { InProcessScheduler } from '../../../src/jobs/in-process-scheduler';
import { jobRegistry, type JobScheduler } from '../../../src/jobs/job-scheduler';
import { subscribeDigest, unsubscribeDigest } from '../../../src/skills/digests';
import { invokeSkill, type SkillServices } from '../../../src/skills/skill';
import { startTestRedis, type TestRedis } from '../../fixtures/redis-server';
import { servicesFor, temporaryStore } from '../../fixtures/small-crm';

/** Subscribers in four zones: two DST changes in March, one in April (southern), one zone without DST. */
const ZONES = ['America/New_York', 'Europe/Paris', 'Australia/Sydney', 'Asia/Kolkata'] as const;

/** The wall-clock time of an instant in a zone, e.g. "Mon 08:00". */
function localTime(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
}

const admin = { role: 'admin' as const, timezone: 'UTC' };

describe('digest schedules: one cron per subscription in the subscriber’s time zone', () => {
  const temp = temporaryStore();
  let redis: TestRedis;
  let services: SkillServices;
  const emails: Record<string, string> = {};

  beforeAll(async () => {
    redis = await startTestRedis();
    services = servicesFor(temp.store);
    for (const [i, zone] of ZONES.entries()) {
      const email = `manager${i}@digest.example`;
      await temp.store.users.insertOne({
        email,
        name: `Manager ${zone}`,
        role: 'manager',
        team: `Team ${i}`,
        timezone: zone,
        active: true,
        teamsUserId: `teams-${i}`,
      });
      emails[zone] = email;
      await invokeSkill(subscribeDigest, { email, schedule: 'weekdays 08:00' }, { caller: admin, services });
    }
  });
  afterAll(async () => {
    jest.useRealTimers();
    await redis.stop();
    await temp.cleanup();
  });

  function bullmq(): BullmqScheduler {
    return new BullmqScheduler({
      connection: bullConnectionOf(redis.url),
      queueName: `digests-${randomUUID()}`,
      registry: jobRegistry([]),
      services,
      logger: silentLogger(),
      runWorker: false,
    });
  }

  /**
   * Walks the clock (only `Date` is faked: Redis and timers run for real) from one due run to the
   * next, 12 times, re-reading each schedule's next run as a scheduler computes it after a run.
   */
  async function walk(scheduler: JobScheduler, start: Date): Promise<Record<string, Date[]>> {
    const runs: Record<string, Date[]> = Object.fromEntries(ZONES.map((z) => [z, []]));
    const job = digestJob({ senders: {} });
    const subscriptions = await temp.store.digestSubscriptions.find({ active: true });
    for (const zone of ZONES) {
      const sub = subscriptions.find((s) => s.timezone === zone)!;
      let now = start;
      for (let i = 0; i < 12; i++) {
        jest.setSystemTime(now);
        await scheduler.unschedule(digestScheduleIdOf(sub._id));
        await scheduler.schedule({
          id: digestScheduleIdOf(sub._id),
          job,
          cron: sub.cron,
          timezone: sub.timezone,
          payload: { subscriptionId: sub._id, timezone: sub.timezone },
        });
        const next = (await scheduler.listSchedules()).find(
          (s) => s.id === digestScheduleIdOf(sub._id),
        )!.next!;
        runs[zone]!.push(next);
        now = new Date(next.getTime() + 60_000);
      }
    }
    return runs;
  }

  const faked = () =>
    jest.useFakeTimers({
      doNotFake: [
        'setTimeout',
        'clearTimeout',
        'setInterval',
        'clearInterval',
        'setImmediate',
        'clearImmediate',
        'nextTick',
        'queueMicrotask',
        'hrtime',
        'performance',
      ],
    });

  it.each([
    ['BullMQ job schedulers', bullmq],
    ['node-cron in-process', () => new InProcessScheduler({ services, logger: silentLogger() })],
  ])(
    '%s run at 08:00 local on weekdays across daylight-saving changes',
    async (_name, make) => {
      faked();
      const scheduler = make();
      try {
        // New York springs forward on 8 March 2026, Paris on 29 March, Sydney falls back on 5 April.
        const marchRuns = await walk(scheduler, new Date('2026-03-04T00:00:00Z'));
        const aprilRuns = await walk(scheduler, new Date('2026-03-26T00:00:00Z'));
        for (const zone of ZONES)
          for (const run of [...marchRuns[zone]!, ...aprilRuns[zone]!]) {
            expect(localTime(run, zone)).toMatch(/^(Mon|Tue|Wed|Thu|Fri) 08:00$/);
          }
        const utcHours = (zone: string, runs: Record<string, Date[]>) => [
          ...new Set(runs[zone]!.map((d) => d.getUTCHours())),
        ];
        expect(utcHours('America/New_York', marchRuns)).toEqual([13, 12]);
        expect(utcHours('Europe/Paris', aprilRuns)).toEqual([7, 6]);
        expect(utcHours('Australia/Sydney', aprilRuns)).toEqual([21, 22]);
        expect(utcHours('Asia/Kolkata', aprilRuns)).toEqual([2]);
        // Twelve weekday runs from Wed 4 March: no day skipped or doubled around the change.
        expect(marchRuns['America/New_York']!.map((d) => d.toISOString().slice(0, 10))).toEqual([
          '2026-03-04',
          '2026-03-05',
          '2026-03-06',
          '2026-03-09',
          '2026-03-10',
          '2026-03-11',
          '2026-03-12',
          '2026-03-13',
          '2026-03-16',
          '2026-03-17',
          '2026-03-18',
          '2026-03-19',
        ]);
      } finally {
        jest.useRealTimers();
        await scheduler.close(2_000);
      }
    },
    60_000,
  );

  it('keeps BullMQ schedulers equal to the active subscriptions: added, changed, removed', async () => {
    const scheduler = bullmq();
    const sync = new DigestScheduleSync(scheduler, digestJob({ senders: {} }), services, silentLogger());
    try {
      expect(await sync.syncOnce()).toMatchObject({ scheduled: ZONES.length, removed: 0 });
      const listed = await scheduler.bullQueue.getJobSchedulers(0, -1, true);
      expect(listed.map((s) => [s.pattern, s.tz]).sort()).toEqual(
        ZONES.map((z) => ['0 8 * * 1-5', z]).sort(),
      );
      expect(await sync.syncOnce()).toMatchObject({ scheduled: 0, removed: 0 });
      await invokeSkill(
        subscribeDigest,
        { email: emails['Europe/Paris'], schedule: 'mondays 9am' },
        { caller: admin, services },
      );
      await invokeSkill(unsubscribeDigest, { email: emails['Asia/Kolkata'] }, { caller: admin, services });
      expect(await sync.syncOnce()).toMatchObject({ scheduled: 1, removed: 1 });
      const after = await scheduler.bullQueue.getJobSchedulers(0, -1, true);
      expect(after.map((s) => [s.pattern, s.tz]).sort()).toEqual(
        [
          ['0 8 * * 1-5', 'America/New_York'],
          ['0 9 * * 1', 'Europe/Paris'],
          ['0 8 * * 1-5', 'Australia/Sydney'],
        ].sort(),
      );
      // A second process starting on the same Redis finds the schedules and changes nothing.
      const other = new DigestScheduleSync(scheduler, digestJob({ senders: {} }), services, silentLogger());
      expect(await other.syncOnce()).toMatchObject({ scheduled: 0, removed: 0 });
    } finally {
      await sync.stop();
      await scheduler.close(2_000);
    }
  });
});
