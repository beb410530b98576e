import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { silentLogger } from '../../../src/core/logger';
import { BullmqScheduler } from '../../../src/jobs/bullmq-scheduler';
import { bullConnectionOf } from '../../../src/jobs/create-scheduler';
import { digestJob } from '../../../src/jobs/digests/digest-job';
import { jobRegistry } from '../../../src/jobs/job-scheduler';
import { subscribeDigest } from '../../../src/skills/digests';
import { invokeSkill } from '../../../src/skills/skill';
import { seedDemoCrm } from '../../../src/store/seed';
import { histogramSamples, metricFamilies, sampleValue } from '../../fixtures/prometheus-text';
import { startTestRedis, type TestRedis } from '../../fixtures/redis-server';
import { SlackApiStandIn } from '../../fixtures/slack-api-stand-in';
import { servicesFor, temporaryStore } from '../../fixtures/small-crm';

const ROOT = path.join(__dirname, '..', '..', '..');
const TOKEN = 'xoxb-worker-metrics';

/** `npm run worker` as a child process, with everything it printed so far. */
function spawnWorker(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'worker.ts')], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

async function eventually<T>(
  check: () => Promise<T | undefined | false> | T | undefined | false,
  what: string,
) {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`not in time: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("a worker's own GET /metrics (WORKER_METRICS_PORT, loopback)", () => {
  const temp = temporaryStore();
  const slack = new SlackApiStandIn(TOKEN);
  let redis: TestRedis;
  let queue: BullmqScheduler;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    redis = await startTestRedis();
    await slack.start();
    await seedDemoCrm(temp.store, { anchor: new Date(), scale: 0.05 });
    queue = new BullmqScheduler({
      connection: bullConnectionOf(redis.url),
      registry: jobRegistry([]),
      services: servicesFor(temp.store, new Date()),
      logger: silentLogger(),
      runWorker: false,
    });
  }, 120_000);

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await queue.close(2_000);
    await slack.stop();
    await redis.stop();
    await temp.cleanup();
  });

  it('serves the digest runs and deliveries of that worker as Prometheus text, on loopback; a taken port stops the start', async () => {
    const services = servicesFor(temp.store, new Date());
    const person = (await temp.store.users.findOne({ role: 'rep', slackUserId: { $exists: true } }))!;
    const { subscription } = await invokeSkill(
      subscribeDigest,
      { email: person.email, kind: 'accounts-to-call', schedule: '0 8 1 1 *', channel: 'slack' },
      { caller: { role: 'admin', timezone: 'UTC' }, services },
    );
    const env = {
      REDIS_URL: redis.url,
      DATA_DIR: temp.dataDir,
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_API_URL: slack.url,
      SLACK_SIGNING_SECRET: 'worker-metrics-signing-secret',
      LOG_LEVEL: 'info',
      SEED_ON_EMPTY: 'false',
    };
    const worker = spawnWorker({ ...env, WORKER_METRICS_PORT: '0' });
    children.push(worker.child);
    const url = await eventually(
      () => /worker metrics on (http:\/\/127\.0\.0\.1:\d+\/metrics)/.exec(worker.output())?.[1],
      `the worker's metrics address: ${worker.output()}`,
    );
    await eventually(() => worker.output().includes('worker running'), 'the worker running');

    const before = await metricFamilies(await (await fetch(url)).text());
    expect(
      sampleValue(before, 'crmpro_digest_deliveries_total', { channel: 'slack', outcome: 'delivered' }),
    ).toBe(0);

    expect(
      await queue.enqueue(
        digestJob({ senders: {} }),
        { subscriptionId: subscription._id, timezone: subscription.timezone },
        new Date(),
      ),
    ).toBe(true);
    await eventually(
      async () =>
        (await temp.store.digestDeliveries.findOne({ subscriptionId: subscription._id }))?.state ===
        'delivered',
      'the digest delivered',
    );
    // The store shows `delivered` once it is committed; the worker counts the delivery after its
    // write is acknowledged (the WAL synced), a moment later: read the metrics until they show it.
    const delivered = (families: Awaited<ReturnType<typeof metricFamilies>>) =>
      sampleValue(families, 'crmpro_digest_deliveries_total', { channel: 'slack', outcome: 'delivered' });
    await eventually(
      async () => delivered(await metricFamilies(await (await fetch(url)).text())) !== 0,
      'the delivery counted',
    );
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const after = await metricFamilies(await response.text());
    expect(delivered(after)).toBe(1);
    const runs = histogramSamples(after, 'crmpro_job_duration_seconds').find(
      (h) => h.labels.job === 'digest' && h.labels.outcome === 'ok',
    );
    expect(Number(runs?.count)).toBe(1);
    expect(after.get('crmpro_queue_depth')?.type).toBe('gauge');
    expect([...after.keys()].some((name) => name.startsWith('crmpro_process_'))).toBe(true);
    expect((await fetch(url.replace(/\/metrics$/, '/other'))).status).toBe(404);

    // A second worker told to use a port that is taken says so and does not start.
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    const clash = spawnWorker({ ...env, WORKER_METRICS_PORT: String(port) });
    children.push(clash.child);
    const code = await new Promise<number | null>((resolve) => clash.child.once('exit', resolve));
    taken.close();
    expect(code).toBe(1);
    expect(clash.output()).toMatch(
      new RegExp(`metrics listener cannot use 127\\.0\\.0\\.1:${port} \\(EADDRINUSE\\)`),
    );

    worker.child.kill('SIGTERM');
    expect(await new Promise((resolve) => worker.child.once('exit', resolve))).toBe(0);
  }, 240_000);
});
