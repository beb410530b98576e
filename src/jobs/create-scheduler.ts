import type { Logger } from '../core/logger';
import type { SkillServices } from '../skills/skill';
import { BullmqScheduler } from './bullmq-scheduler';
import { CRM_JOBS, crmSchedules } from './crm-jobs';
import { InProcessScheduler } from './in-process-scheduler';
import { jobRegistry, type JobScheduler } from './job-scheduler';

/**
 * The job scheduler of a process: BullMQ when Redis is configured (schedules registered once in
 * Redis, run by any worker), node-cron in this process otherwise. Registers the CRM schedules.
 */
export async function startScheduler(options: {
  redisUrl?: string;
  services: SkillServices;
  logger: Logger;
  timezone: string;
  runWorker?: boolean;
}): Promise<JobScheduler> {
  const { services, logger } = options;
  let scheduler: JobScheduler;
  if (options.redisUrl) {
    const url = new URL(options.redisUrl);
    scheduler = new BullmqScheduler({
      connection: {
        host: url.hostname,
        port: Number(url.port || 6379),
        ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
        ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
        ...(url.pathname.length > 1 ? { db: Number(url.pathname.slice(1)) } : {}),
        ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
        maxRetriesPerRequest: null,
      },
      registry: jobRegistry(CRM_JOBS),
      services,
      logger,
      runWorker: options.runWorker,
    });
  } else {
    scheduler = new InProcessScheduler({ services, logger });
  }
  for (const schedule of crmSchedules(options.timezone)) await scheduler.schedule(schedule);
  await scheduler.start();
  logger.info({ kind: scheduler.kind }, 'jobs scheduled');
  return scheduler;
}
