import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { silentLogger } from '../src/core/logger';
import { BullmqScheduler } from '../src/jobs/bullmq-scheduler';
import { bullConnectionOf } from '../src/jobs/create-scheduler';
import { digestJob } from '../src/jobs/digests/digest-job';
import { composeForecastDigest } from '../src/jobs/digests/forecast-digest';
import { DigestScheduleSync } from '../src/jobs/digests/digest-schedules';
import { jobRegistry } from '../src/jobs/job-scheduler';
import { dealMarksOf } from '../src/skills/digests/digest-ledger';
import { leadScoreModelOf } from '../src/skills/shared/lead-score-model';
import { buildSkillServices } from '../src/skills/skill-services';
import { openEmbeddedStore } from '../src/store/embedded/embedded-store';
import { seedDemoCrm } from '../src/store/seed';
import type { DigestDealMark, DigestSubscription } from '../src/vocabulary/digest';
import { startTestRedis } from '../tests/fixtures/redis-server';
import { SlackApiStandIn } from '../tests/fixtures/slack-api-stand-in';

const ROOT = path.join(__dirname, '..');
const TOKEN = 'xoxb-digest-bench';

/**
 * Digests composed and delivered for many subscribers by 1, 2 and 4 `npm run worker` processes on a
 * real Redis, into the Slack API stand-in (so the real Web API client and files.uploadV2 run), on the
 * embedded store with the demo CRM; and the Redis memory one scheduled subscriber costs (its BullMQ
 * job scheduler and next delayed job). BENCH_DIGEST_SUBSCRIBERS sets the count (default 10,000).
 *
 * Besides the wall time, each round reports the CPU time spent per digest by the workers, by this
 * process (the Slack API stand-in, the enqueueing and the polling) and by redis-server: on a shared
 * machine the wall time follows the load, the CPU per digest follows the code.
 */
export async function runDigestsBench(options: {
  log: (line: string) => void;
}): Promise<Record<string, unknown>> {
  const { log } = options;
  const subscribers = Number(process.env.BENCH_DIGEST_SUBSCRIBERS ?? 10_000);
  const workerCounts = (process.env.BENCH_DIGEST_WORKERS ?? '1,2,4').split(',').map(Number);
  const concurrency = Number(process.env.BENCH_DIGEST_CONCURRENCY ?? 16);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'crmpro-digest-bench-'));
  const modelsDir = mkdtempSync(path.join(tmpdir(), 'crmpro-digest-models-'));
  const redis = await startTestRedis();
  const slack = new SlackApiStandIn(TOKEN);
  await slack.start();
  const store = openEmbeddedStore({ dataDir });
  const services = buildSkillServices({
    store,
    logger: silentLogger(),
    modelsDir,
    knowledgeDir: path.join(ROOT, 'knowledge'),
  });
  try {
    await seedDemoCrm(store, { anchor: new Date(), scale: 0.1 });
    await leadScoreModelOf(services); // trained once, read by every worker
    const managers = await store.users.find({ role: 'manager' });
    log(`creating ${subscribers} subscribers`);
    const users = Array.from({ length: subscribers }, (_, i) => ({
      email: `subscriber${i}@bench.example`,
      name: `Subscriber ${i}`,
      role: 'manager' as const,
      team: managers[i % managers.length]!.team,
      timezone: ['America/New_York', 'Europe/Paris', 'Asia/Singapore', 'UTC'][i % 4]!,
      slackUserId: `UB${String(i).padStart(8, '0')}`,
      active: true,
    }));
    for (let i = 0; i < users.length; i += 1_000) {
      const inserted = await store.users.insertMany(users.slice(i, i + 1_000));
      await store.digestSubscriptions.insertMany(
        inserted.map((u) => ({
          _id: `${u._id}:forecast`,
          userId: u._id,
          kind: 'forecast' as const,
          channel: 'slack' as const,
          cron: '0 8 * * 1-5',
          timezone: u.timezone,
          schedule: 'weekdays 08:00',
          active: true,
        })),
      );
    }
    const subscriptions = await store.digestSubscriptions.find({ active: true });
    // Every round starts from the same state: each subscriber's last digest was yesterday (its
    // snapshot is what its team's digest keeps), so each round composes "what changed" from a
    // stored snapshot, as on any day after the first, and no round does more than another.
    const previousDay = await previousDigestSnapshots(services, subscriptions);

    // Redis memory per scheduled subscriber: the schedulers the sync registers, one per subscription.
    const probe = new Redis(redis.url);
    const redisCpuMs = async () => {
      const info = await probe.info('cpu');
      const seconds = (name: string) => Number(new RegExp(`${name}:([\\d.]+)`).exec(info)?.[1] ?? 0);
      return (seconds('used_cpu_user') + seconds('used_cpu_sys')) * 1000;
    };
    const usedMemory = async () => Number(/used_memory:(\d+)/.exec(await probe.info('memory'))![1]);
    const scheduling = new BullmqScheduler({
      connection: bullConnectionOf(redis.url),
      queueName: 'bench-schedules',
      registry: jobRegistry([]),
      services,
      logger: silentLogger(),
      runWorker: false,
    });
    await scheduling.bullQueue.waitUntilReady();
    const before = await usedMemory();
    const syncStarted = performance.now();
    await new DigestScheduleSync(scheduling, digestJob({ senders: {} }), services, silentLogger()).syncOnce();
    const syncSeconds = (performance.now() - syncStarted) / 1000;
    const bytesPerSubscriber = Math.round(((await usedMemory()) - before) / subscriptions.length);
    log(
      `${subscriptions.length} schedules in ${syncSeconds.toFixed(1)} s, ${bytesPerSubscriber} bytes of Redis each`,
    );
    await scheduling.bullQueue.obliterate({ force: true });
    await scheduling.close(2_000);

    const runs: Record<string, unknown>[] = [];
    const queue = new BullmqScheduler({
      connection: bullConnectionOf(redis.url),
      registry: jobRegistry([]),
      services,
      logger: silentLogger(),
      runWorker: false,
    });
    const job = digestJob({ senders: {} });
    for (const [round, workers] of workerCounts.entries()) {
      await store.digestDeliveries.deleteMany({});
      await store.digestSnapshots.deleteMany({});
      for (let i = 0; i < previousDay.length; i += 1_000)
        await store.digestSnapshots.insertMany(previousDay.slice(i, i + 1_000));
      const children = await Promise.all(
        Array.from({ length: workers }, () =>
          startWorker({
            REDIS_URL: redis.url,
            DATA_DIR: dataDir,
            MODELS_DIR: modelsDir,
            SLACK_BOT_TOKEN: TOKEN,
            SLACK_SIGNING_SECRET: 'digest-bench-secret',
            SLACK_API_URL: slack.url,
            SEED_ON_EMPTY: 'false',
            LOG_LEVEL: 'info',
            WORKER_CONCURRENCY: String(concurrency),
          }),
        ),
      );
      const firedAt = new Date(Date.UTC(2030, 0, 7 + round, 12));
      const posts = slack.callsOf('chat.postMessage').length;
      const loadBefore = loadavg()[0]!;
      const workerCpuBefore = children.map(cpuMsOf);
      const workerThreadsBefore = children.map(threadCpuMsOf);
      const benchCpuBefore = process.cpuUsage();
      const redisCpuBefore = await redisCpuMs();
      const started = performance.now();
      for (const s of subscriptions)
        await queue.enqueue(job, { subscriptionId: s._id, timezone: s.timezone }, firedAt);
      const enqueueSeconds = (performance.now() - started) / 1000;
      for (;;) {
        const settled = await store.digestDeliveries.countDocuments({
          state: { $in: ['delivered', 'undeliverable'] },
        });
        if (settled >= subscriptions.length) break;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      const seconds = (performance.now() - started) / 1000;
      const workerCpuMs = children.map((c, i) => cpuMsOf(c) - workerCpuBefore[i]!);
      const workerThreads = children.map((c, i) => threadCpuDelta(threadCpuMsOf(c), workerThreadsBefore[i]!));
      const benchCpu = process.cpuUsage(benchCpuBefore);
      const redisCpu = (await redisCpuMs()) - redisCpuBefore;
      const perDigest = (ms: number) => Math.round((ms / subscriptions.length) * 100) / 100;
      const delivered = await store.digestDeliveries.countDocuments({ state: 'delivered' });
      for (const child of children) child.kill('SIGTERM');
      await Promise.all(children.map((c) => new Promise((resolve) => c.once('exit', resolve))));
      runs.push({
        workers,
        seconds: Math.round(seconds * 10) / 10,
        digestsPerSecond: Math.round((subscriptions.length / seconds) * 10) / 10,
        delivered,
        slackMessages: slack.callsOf('chat.postMessage').length - posts,
        enqueueSeconds: Math.round(enqueueSeconds * 10) / 10,
        cpuMsPerDigest: {
          workers: perDigest(workerCpuMs.reduce((a, b) => a + b, 0)),
          benchProcessAndSlackStandIn: perDigest((benchCpu.user + benchCpu.system) / 1000),
          redis: perDigest(redisCpu),
        },
        workerCpuSeconds: workerCpuMs.map((ms) => Math.round(ms / 100) / 10),
        workerCpuSecondsByThread: workerThreads.map((byKind) =>
          Object.fromEntries(Object.entries(byKind).map(([kind, ms]) => [kind, Math.round(ms / 100) / 10])),
        ),
        loadAverage: { before: round1(loadBefore), after: round1(loadavg()[0]!) },
      });
      log(
        `${workers} worker(s): ${subscriptions.length} digests in ${seconds.toFixed(1)} s (${delivered} delivered), ` +
          `worker CPU ${perDigest(workerCpuMs.reduce((a, b) => a + b, 0))} ms per digest, load ${round1(loadavg()[0]!)}`,
      );
    }
    await queue.close(2_000);
    probe.disconnect();
    const one = runs.find((r) => r.workers === 1)?.seconds as number | undefined;
    const two = runs.find((r) => r.workers === 2)?.seconds as number | undefined;
    return {
      subscribers: subscriptions.length,
      workerConcurrency: concurrency,
      demoScale: 0.1,
      runs,
      speedupTwoWorkers: one && two ? Math.round((one / two) * 100) / 100 : null,
      redisBytesPerScheduledSubscriber: bytesPerSubscriber,
      scheduleSyncSeconds: Math.round(syncSeconds * 10) / 10,
      goals: { twoWorkersUnderSeconds: 60, twoWorkersSpeedup: 1.7 },
    };
  } finally {
    await store.close();
    await slack.stop();
    await redis.stop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(modelsDir, { recursive: true, force: true });
  }
}

async function startWorker(env: Record<string, string>): Promise<ChildProcess> {
  // BENCH_DIGEST_WORKER_ARGS: extra Node options for each worker, e.g. `--cpu-prof --cpu-prof-dir=DIR`.
  const nodeArgs = (process.env.BENCH_DIGEST_WORKER_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(
    process.execPath,
    [...nodeArgs, '--import', 'tsx', path.join(ROOT, 'src', 'worker.ts')],
    {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('worker running')) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`worker exited with ${code}: ${output.slice(-2000)}`)));
  });
  child.stdout!.resume();
  child.stderr!.resume();
  return child;
}

/** CPU time (user + system) a child process has used so far, in ms, from /proc (Linux). */
function cpuMsOf(child: ChildProcess): number {
  try {
    const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ 100)
  } catch {
    return Number.NaN;
  }
}

/**
 * A subscriber's snapshot of "yesterday's" digest: the deals its team's forecast digest keeps
 * today, taken a day ago. Composed once per team in this process, then copied per subscription.
 */
async function previousDigestSnapshots(
  services: ReturnType<typeof buildSkillServices>,
  subscriptions: DigestSubscription[],
): Promise<{ _id: string; takenAt: Date; deals: DigestDealMark[] }[]> {
  const takenAt = new Date(Date.now() - 86_400_000);
  const byTeam = new Map<string, DigestDealMark[]>();
  const snapshots = [];
  for (const subscription of subscriptions) {
    const user = (await services.store.users.findById(subscription.userId))!;
    let deals = byTeam.get(user.team);
    if (!deals) {
      deals = dealMarksOf((await composeForecastDigest(services, subscription, user)).snapshot);
      byTeam.set(user.team, deals);
    }
    snapshots.push({ _id: subscription._id, takenAt, deals });
  }
  return snapshots;
}

/** What kind of thread of a Node process a thread name (`comm`) is. */
function threadKind(name: string): string {
  if (name === 'MainThread') return 'main';
  if (name.startsWith('libuv-worker')) return 'libuvPool';
  // V8's platform workers: concurrent and parallel GC, background compilation.
  if (name === 'V8Worker' || name.startsWith('DelayedTaskSche')) return 'v8Workers';
  return 'other';
}

/** CPU time (ms) per thread kind of a child process so far, from /proc/<pid>/task (Linux). */
function threadCpuMsOf(child: ChildProcess): Record<string, number> {
  const byKind: Record<string, number> = {};
  try {
    for (const tid of readdirSync(`/proc/${child.pid}/task`)) {
      const stat = readFileSync(`/proc/${child.pid}/task/${tid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const kind = threadKind(name);
      byKind[kind] = (byKind[kind] ?? 0) + ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
    }
  } catch {
    // the process is gone: no figures
  }
  return byKind;
}

function threadCpuDelta(
  after: Record<string, number>,
  before: Record<string, number>,
): Record<string, number> {
  return Object.fromEntries(Object.entries(after).map(([kind, ms]) => [kind, ms - (before[kind] ?? 0)]));
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
