import type { Logger } from '../core/logger';
import type { CrmMetrics } from '../core/metrics';
import type { SkillServices } from '../skills/skill';
import { BullmqScheduler } from './bullmq-scheduler';
import { CRM_JOBS, crmSchedules } from './crm-jobs';
import { digestJob } from './digests/digest-job';
import { DigestScheduleSync } from './digests/digest-schedules';
import type { DigestSenders } from './digests/digest-senders';
import { InProcessScheduler } from './in-process-scheduler';
import type { Job } from './job';
import { jobRegistry, type JobScheduler } from './job-scheduler';

/** BullMQ connection options from a redis:// or rediss:// URL. */
export function bullConnectionOf(redisUrl: string) {
  const url = new URL(redisUrl);
  return {
    host: url.hostname,
    port: Number(url.port || 6379),
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
    ...(url.pathname.length > 1 ? { db: Number(url.pathname.slice(1)) } : {}),
    ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
    maxRetriesPerRequest: null,
  };
}

/**
 * The job scheduler of a process: BullMQ when Redis is configured (schedules registered once in
 * Redis, run by any worker), node-cron in this process otherwise. Registers the CRM schedules and
 * keeps one digest schedule per active subscription (synced from the store every `digestSyncMs`).
 */
export async function startScheduler(options: {
  redisUrl?: string;
  services: SkillServices;
  logger: Logger;
  timezone: string;
  runWorker?: boolean;
  /** How digests reach people (Teams, Slack); a digest for a channel without a sender fails and is retried. */
  digestSenders?: DigestSenders;
  metrics?: CrmMetrics;
  /** How often subscriptions are synced into schedules (default 30 s). */
  digestSyncMs?: number;
  /** TRANSCRIPT_RETENTION_DAYS: a daily purge of older transcripts (0 or absent: none). */
  transcriptRetentionDays?: number;
  /** Queue name (tests and benches use their own). */
  queueName?: string;
  concurrency?: number;
}): Promise<JobScheduler> {
  const { services, logger, metrics } = options;
  const digests = digestJob({ senders: options.digestSenders ?? {}, metrics });
  const jobs = [...CRM_JOBS, digests as Job<never>];
  let scheduler: JobScheduler;
  if (options.redisUrl) {
    scheduler = new BullmqScheduler({
      connection: bullConnectionOf(options.redisUrl),
      registry: jobRegistry(jobs),
      services,
      logger,
      runWorker: options.runWorker,
      metrics,
      ...(options.queueName ? { queueName: options.queueName } : {}),
      ...(options.concurrency ? { concurrency: options.concurrency } : {}),
    });
  } else {
    scheduler = new InProcessScheduler({ services, logger, metrics });
  }
  for (const schedule of crmSchedules(options.timezone, options.transcriptRetentionDays))
    await scheduler.schedule(schedule);
  await scheduler.start();
  const sync = new DigestScheduleSync(scheduler, digests, services, logger);
  await sync.start(options.digestSyncMs);
  logger.info({ kind: scheduler.kind }, 'jobs scheduled');
  // The same scheduler object is returned (callers may reach its queue); its close stops the sync first.
  const close = scheduler.close.bind(scheduler);
  scheduler.close = async (graceMs?: number) => {
    await sync.stop();
    await close(graceMs);
  };
  return scheduler;
}
