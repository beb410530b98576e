import cron from 'node-cron';
import { BullmqScheduler } from '../jobs/bullmq-scheduler';
import { bullConnectionOf } from '../jobs/create-scheduler';
import { crmSchedules } from '../jobs/crm-jobs';
import { digestScheduleIdOf } from '../jobs/digests/digest-schedules';
import { jobRegistry } from '../jobs/job-scheduler';
import { DigestLedger } from '../skills/digests';
import type { SkillServices } from '../skills/skill';
import type { CliEnvironment } from './cli-environment';

/** What `crmpro jobs status --json` prints. */
export interface JobsStatus {
  scheduler: 'bullmq' | 'in-process';
  /** Jobs by state in the queue (BullMQ only). */
  queue?: Record<string, number>;
  schedules: {
    id: string;
    job: string;
    cron: string;
    timezone: string;
    next: string | null;
    user?: string;
    channel?: string;
    lastRun?: { period: string; state: string; at: string; error?: string };
  }[];
  failedDeliveries: {
    key: string;
    user: string;
    kind: string;
    channel: string;
    period: string;
    state: string;
    attempts: number;
    error?: string;
  }[];
}

/** The next run of a cron expression in a time zone (node-cron's reading, as the in-process scheduler's). */
function nextRunOf(expression: string, timezone: string): string | null {
  const task = cron.createTask(expression, () => undefined, { timezone });
  try {
    return task.getNextRuns(1)[0]?.toISOString() ?? null;
  } finally {
    void task.destroy();
  }
}

/** Schedules (CRM jobs and one per digest subscription), their last runs, failed deliveries, the queue. */
export async function jobsStatus(services: SkillServices, env: CliEnvironment): Promise<JobsStatus> {
  const config = env.config();
  const ledger = new DigestLedger(services.store);
  const subscriptions = await services.store.digestSubscriptions.find({ active: true }, { sort: { _id: 1 } });
  const users = new Map(
    (await services.store.users.find({}, { projection: { _id: 1, email: 1 } })).map((u) => [u._id, u.email]),
  );
  const lastRuns = new Map(
    (
      await services.store.digestDeliveries.aggregate<{
        _id: string;
        period: string;
        state: string;
        at: Date;
        error?: string;
      }>([
        { $sort: { firedAt: -1 } },
        {
          $group: {
            _id: '$subscriptionId',
            period: { $first: '$period' },
            state: { $first: '$state' },
            at: { $first: '$updatedAt' },
            error: { $first: '$error' },
          },
        },
      ])
    ).map((r) => [r._id, r]),
  );
  const status: JobsStatus = {
    scheduler: config.redisUrl ? 'bullmq' : 'in-process',
    schedules: [
      ...crmSchedules(config.defaultTimezone).map((s) => ({
        id: s.id,
        job: s.job.name,
        cron: s.cron,
        timezone: s.timezone,
        next: nextRunOf(s.cron, s.timezone),
      })),
      ...subscriptions.map((s) => {
        const last = lastRuns.get(s._id);
        return {
          id: digestScheduleIdOf(s._id),
          job: `digest:${s.kind}`,
          cron: s.cron,
          timezone: s.timezone,
          next: nextRunOf(s.cron, s.timezone),
          user: users.get(s.userId) ?? s.userId,
          channel: s.channel,
          ...(last
            ? {
                lastRun: {
                  period: last.period,
                  state: last.state,
                  at: new Date(last.at).toISOString(),
                  ...(last.error ? { error: last.error } : {}),
                },
              }
            : {}),
        };
      }),
    ],
    failedDeliveries: (await ledger.problems()).map((d) => ({
      key: d._id,
      user: users.get(d.userId) ?? d.userId,
      kind: d.kind,
      channel: d.channel,
      period: d.period,
      state: d.state === 'sending' ? 'interrupted' : d.state,
      attempts: d.attempts,
      ...(d.error ? { error: d.error } : {}),
    })),
  };
  if (config.redisUrl) {
    const queue = new BullmqScheduler({
      connection: bullConnectionOf(config.redisUrl),
      registry: jobRegistry([]),
      services,
      logger: env.logger,
      runWorker: false,
    });
    try {
      status.queue = await queue.depth();
    } finally {
      await queue.close(2_000);
    }
  }
  return status;
}

/** `crmpro jobs status`: prints the status; exits 2 when deliveries failed. */
export async function jobsStatusCommand(env: CliEnvironment, flags: { json?: boolean }): Promise<number> {
  const status = await jobsStatus(await env.services(), env);
  if (flags.json) {
    env.out(JSON.stringify(status, null, 2));
    return 0;
  }
  env.out(`scheduler: ${status.scheduler}`);
  if (status.queue)
    env.out(
      `queue: ${Object.entries(status.queue)
        .map(([state, n]) => `${state} ${n}`)
        .join(', ')}`,
    );
  env.out(`schedules (${status.schedules.length}):`);
  for (const s of status.schedules)
    env.out(
      `  ${s.id}\t${s.cron} ${s.timezone}\tnext ${s.next ?? '-'}${s.lastRun ? `\tlast ${s.lastRun.period} ${s.lastRun.state}` : ''}`,
    );
  env.out(`failed deliveries (${status.failedDeliveries.length}):`);
  for (const d of status.failedDeliveries)
    env.out(`  ${d.key}\t${d.user}\t${d.state}\t${d.attempts} attempt(s)\t${d.error ?? ''}`);
  return status.failedDeliveries.length ? 2 : 0;
}
