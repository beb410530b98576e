import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { silentLogger } from '../../../src/core/logger';
import { BullmqScheduler } from '../../../src/jobs/bullmq-scheduler';
import { bullConnectionOf } from '../../../src/jobs/create-scheduler';
import { digestJob, localDayOf } from '../../../src/jobs/digests/digest-job';
import { jobRegistry } from '../../../src/jobs/job-scheduler';
import { subscribeDigest } from '../../../src/skills/digests';
import { invokeSkill, type SkillServices } from '../../../src/skills/skill';
import { seedDemoCrm } from '../../../src/store/seed';
import type { DigestSubscription } from '../../../src/vocabulary/digest';
import { startTestRedis, type TestRedis } from '../../fixtures/redis-server';
import { SlackApiStandIn } from '../../fixtures/slack-api-stand-in';
import { servicesFor, temporaryStore } from '../../fixtures/small-crm';

const ROOT = path.join(__dirname, '..', '..', '..');
const TOKEN = 'xoxb-digest-workers';
/** A schedule that never fires during the test: runs are enqueued by the test itself. */
const NEVER_DURING_TEST = '0 8 1 1 *';

/** `npm run worker` as a child process; resolves once it says it is running. */
async function startWorker(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'worker.ts')], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker did not start: ${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('worker running')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`worker exited with ${code}: ${output}`)));
  });
  child.stdout!.resume();
  child.stderr!.resume();
  return child;
}

async function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

async function eventually<T>(check: () => Promise<T | undefined | false>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`not in time: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('digest workers on a real Redis (worker processes, Slack API stand-in)', () => {
  const temp = temporaryStore();
  const slack = new SlackApiStandIn(TOKEN);
  let redis: TestRedis;
  let services: SkillServices;
  let subscriptions: DigestSubscription[];
  let queue: BullmqScheduler;
  let env: Record<string, string>;
  const job = digestJob({ senders: {} });
  const workers: ChildProcess[] = [];

  /** Direct messages posted to a subscriber's DM channel (the stand-in opens D<slack id>). */
  const postsTo = (sub: DigestSubscription, slackIds: Map<string, string>) =>
    slack.callsOf('chat.postMessage').filter((c) => c.args.channel === `D${slackIds.get(sub.userId)}`).length;

  let slackIds: Map<string, string>;

  beforeAll(async () => {
    redis = await startTestRedis();
    await slack.start();
    await seedDemoCrm(temp.store, { anchor: new Date(), scale: 0.05 });
    services = servicesFor(temp.store, new Date());
    const people = await temp.store.users.find({
      role: { $in: ['manager', 'rep'] },
      slackUserId: { $exists: true },
    });
    slackIds = new Map(people.map((u) => [u._id, u.slackUserId!]));
    subscriptions = [];
    for (const person of people.slice(0, 8)) {
      const { subscription } = await invokeSkill(
        subscribeDigest,
        { email: person.email, kind: 'forecast', schedule: NEVER_DURING_TEST, channel: 'slack' },
        { caller: { role: 'admin', timezone: 'UTC' }, services },
      );
      subscriptions.push(subscription);
    }
    queue = new BullmqScheduler({
      connection: bullConnectionOf(redis.url),
      registry: jobRegistry([]),
      services,
      logger: silentLogger(),
      runWorker: false,
    });
    env = {
      REDIS_URL: redis.url,
      DATA_DIR: temp.dataDir,
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_API_URL: slack.url,
      SLACK_SIGNING_SECRET: 'digest-workers-signing-secret',
      LOG_LEVEL: 'info',
      SEED_ON_EMPTY: 'false',
      WORKER_CONCURRENCY: '2',
    };
  }, 120_000);

  afterAll(async () => {
    for (const worker of workers) if (worker.exitCode === null) worker.kill('SIGKILL');
    await queue.close(2_000);
    await slack.stop();
    await redis.stop();
    await temp.cleanup();
  });

  /** Enqueues every subscription's run for `day` the way a schedule does, plus a duplicate of each (another job id). */
  async function enqueueDay(day: string, subs: DigestSubscription[], duplicates: boolean): Promise<void> {
    const firedAt = new Date(`${day}T12:00:00Z`);
    for (const sub of subs) {
      const payload = { subscriptionId: sub._id, timezone: sub.timezone };
      expect(await queue.enqueue(job, payload, firedAt)).toBe(true);
      expect(await queue.enqueue(job, payload, new Date(firedAt.getTime() + 3_600_000))).toBe(false);
      if (duplicates)
        await queue.bullQueue.add(
          'digest',
          { payload, firedAt: firedAt.toISOString() },
          { jobId: `dup-${randomUUID()}` },
        );
    }
  }

  const deliveriesOf = (period: string) => temp.store.digestDeliveries.find({ period });

  it('two workers racing over duplicated runs send each subscriber one digest', async () => {
    workers.push(await startWorker(env), await startWorker(env));
    await enqueueDay('2030-01-07', subscriptions, true);
    const period = localDayOf(new Date('2030-01-07T12:00:00Z'), subscriptions[0]!.timezone);
    await eventually(
      async () => {
        const done = await temp.store.digestDeliveries.countDocuments({ state: 'delivered' });
        const counts = await queue.depth();
        return done === subscriptions.length && counts.waiting === 0 && counts.active === 0;
      },
      150_000,
      'all digests delivered and the queue drained',
    );
    for (const sub of subscriptions) expect(postsTo(sub, slackIds)).toBe(1);
    expect(slack.callsOf('files.completeUploadExternal').length).toBe(subscriptions.length);
    const delivered = await deliveriesOf(period);
    expect(delivered.every((d) => d.state === 'delivered' && d.messageId)).toBe(true);
  }, 200_000);

  it('retries a failed delivery with backoff, and an unreachable person blocks nobody', async () => {
    const [flaky, gone, ...others] = subscriptions;
    let failedOnce = false;
    slack.answer('chat.postMessage', (args) => {
      if (args.channel === `D${slackIds.get(flaky!.userId)}` && !failedOnce) {
        failedOnce = true;
        return { ok: false, error: 'internal_error' };
      }
      return { channel: args.channel, ts: `${Date.now() / 1000}`, message: { text: args.text } };
    });
    slack.answer('conversations.open', (args) =>
      args.users === slackIds.get(gone!.userId)
        ? { ok: false, error: 'user_not_found' }
        : { channel: { id: `D${String(args.users)}` } },
    );
    const before = new Map(subscriptions.map((s) => [s._id, postsTo(s, slackIds)]));
    await enqueueDay('2030-01-08', subscriptions, false);
    const key = (s: DigestSubscription) => `${s._id}:2030-01-08`;
    await eventually(
      async () => {
        const rows = await temp.store.digestDeliveries.find({ period: '2030-01-08' });
        return (
          rows.length === subscriptions.length &&
          rows.every((r) => r.state === 'delivered' || r.state === 'undeliverable')
        );
      },
      120_000,
      'every digest of the day delivered or given up',
    );
    const flakyRow = await temp.store.digestDeliveries.findById(key(flaky!));
    expect(flakyRow).toMatchObject({ state: 'delivered', attempts: 2 });
    // The refused post and the one retry: one message reached the person.
    expect(failedOnce).toBe(true);
    expect(postsTo(flaky!, slackIds) - before.get(flaky!._id)!).toBe(2);
    const goneRow = await temp.store.digestDeliveries.findById(key(gone!));
    expect(goneRow?.state).toBe('undeliverable');
    expect(goneRow?.error).toMatch(/user_not_found/);
    for (const sub of others) expect(postsTo(sub, slackIds) - before.get(sub._id)!).toBe(1);
    slack.answer('conversations.open', (args) => ({ channel: { id: `D${String(args.users)}` } }));
  }, 200_000);

  it('a worker killed mid-digest and a new one started send that digest exactly once; SIGTERM lets a running digest finish', async () => {
    for (const worker of workers.splice(0)) {
      worker.kill('SIGTERM');
      expect(await exited(worker)).toBe(0);
    }
    slack.answer('chat.postMessage', (args) => ({ channel: args.channel, ts: `${Date.now() / 1000}` }));
    slack.answer('conversations.open', (args) => ({ channel: { id: `D${String(args.users)}` } }));
    const [victim, , graceful] = subscriptions;
    const doomed = await startWorker(env);
    workers.push(doomed);
    const sent = postsTo(victim!, slackIds);
    await enqueueDay('2030-01-09', [victim!], false);
    await eventually(
      async () =>
        (await temp.store.digestDeliveries.findById(`${victim!._id}:2030-01-09`))?.state === 'composing',
      60_000,
      'the digest being composed',
    );
    doomed.kill('SIGKILL');
    await exited(doomed);
    workers.push(await startWorker(env));
    // BullMQ hands the stalled job to the new worker once the dead one's lock expires (about 30-60 s).
    await eventually(
      async () =>
        (await temp.store.digestDeliveries.findById(`${victim!._id}:2030-01-09`))?.state === 'delivered',
      150_000,
      'the digest delivered after the restart',
    );
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(postsTo(victim!, slackIds) - sent).toBe(1);

    const running = workers[workers.length - 1]!;
    const gracefulSent = postsTo(graceful!, slackIds);
    await enqueueDay('2030-01-10', [graceful!], false);
    await eventually(
      async () =>
        (await temp.store.digestDeliveries.findById(`${graceful!._id}:2030-01-10`))?.state === 'composing',
      60_000,
      'the second digest being composed',
    );
    running.kill('SIGTERM');
    expect(await exited(running)).toBe(0);
    expect((await temp.store.digestDeliveries.findById(`${graceful!._id}:2030-01-10`))?.state).toBe(
      'delivered',
    );
    expect(postsTo(graceful!, slackIds) - gracefulSent).toBe(1);
  }, 400_000);
});
