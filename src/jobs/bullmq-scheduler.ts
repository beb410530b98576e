import { Queue, UnrecoverableError, Worker, type ConnectionOptions } from 'bullmq';
import type { Logger } from '../core/logger';
import type { CrmMetrics } from '../core/metrics';
import type { SkillServices } from '../skills/skill';
import type { Job, JobSchedule } from './job';
import type { JobRegistry, JobScheduler, ScheduleInfo } from './job-scheduler';
import { isRetryable, runJob } from './run-job';

export interface BullmqSchedulerOptions {
  connection: ConnectionOptions;
  /** Queue name; tests use a unique one. */
  queueName?: string;
  registry: JobRegistry;
  services: SkillServices;
  logger: Logger;
  /** Run a worker in this process (a server may leave work to `npm run worker` processes). */
  runWorker?: boolean;
  concurrency?: number;
  /** Where job durations and failures are counted, and queue depth is read from. */
  metrics?: CrmMetrics;
}

/**
 * Jobs on BullMQ: schedules are BullMQ job schedulers (cron + time zone), each run's BullMQ job id
 * is its idempotency key (so a duplicate is dropped, even across processes), transient failures
 * retry with exponential backoff and permanent ones (bad input, not found) do not.
 */
export class BullmqScheduler implements JobScheduler {
  readonly kind = 'bullmq' as const;
  private readonly queue: Queue;
  private worker?: Worker;
  private readonly stopReportingDepth?: () => void;

  constructor(private readonly options: BullmqSchedulerOptions) {
    this.queue = new Queue(options.queueName ?? 'crmpro-jobs', {
      connection: options.connection,
      defaultJobOptions: {
        attempts: 5,
        backoff: { type: 'exponential', delay: 2_000 },
        removeOnComplete: { age: 7 * 24 * 3600, count: 10_000 },
        removeOnFail: { age: 30 * 24 * 3600 },
      },
    });
    this.queue.on('error', (error) => options.logger.warn({ err: error }, 'job queue error'));
    this.stopReportingDepth = options.metrics?.addQueueDepth(() => this.depth());
  }

  async schedule<Payload>(schedule: JobSchedule<Payload>): Promise<void> {
    await this.queue.upsertJobScheduler(
      schedule.id,
      { pattern: schedule.cron, tz: schedule.timezone },
      { name: schedule.job.name, data: { payload: schedule.payload, scheduled: true } },
    );
  }

  async unschedule(id: string): Promise<void> {
    await this.queue.removeJobScheduler(id);
  }

  async listSchedules(): Promise<ScheduleInfo[]> {
    const schedulers = await this.queue.getJobSchedulers(0, -1, true);
    return schedulers.map((s) => ({
      id: s.key,
      cron: s.pattern ?? '',
      ...(s.tz ? { timezone: s.tz } : {}),
      ...(s.next ? { next: new Date(s.next) } : {}),
    }));
  }

  async depth(): Promise<Record<string, number>> {
    return this.queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'failed', 'completed');
  }

  async enqueue<Payload>(
    job: Job<Payload>,
    payload: Payload,
    firedAt: Date = new Date(),
    options: { replace?: boolean } = {},
  ): Promise<boolean> {
    const jobId = safeJobId(`${job.name}:${job.keyOf(payload, firedAt)}`);
    const existing = await this.queue.getJob(jobId);
    if (existing && options.replace && ((await existing.isCompleted()) || (await existing.isFailed())))
      await existing.remove();
    else if (existing) return false;
    await this.queue.add(job.name, { payload, firedAt: firedAt.toISOString() }, { jobId });
    return true;
  }

  async start(): Promise<void> {
    if (this.options.runWorker === false || this.worker) return;
    const { registry, services, logger } = this.options;
    this.worker = new Worker(
      this.queue.name,
      async (bullJob) => {
        const job = registry.get(bullJob.name);
        if (!job) throw new UnrecoverableError(`no job named ${bullJob.name}`);
        const data = bullJob.data as { payload: unknown; firedAt?: string; scheduled?: boolean };
        // A scheduler's job carries the time it was due as `prevMillis`; its timestamp is when the
        // previous run created it, which may be a day earlier.
        const due =
          (bullJob.opts as { prevMillis?: number }).prevMillis ?? bullJob.timestamp + (bullJob.delay ?? 0);
        const firedAt = data.firedAt ? new Date(data.firedAt) : new Date(due);
        // A scheduled tick becomes a keyed run, so two ticks for the same period do the work once.
        if (data.scheduled) {
          const accepted = await this.enqueue(job, data.payload, firedAt);
          return { delegated: accepted };
        }
        try {
          return await runJob(
            job,
            data.payload,
            {
              services,
              logger: logger.child({ job: bullJob.name, id: bullJob.id }),
              firedAt,
            },
            this.options.metrics,
          );
        } catch (error) {
          if (!isRetryable(error)) throw new UnrecoverableError((error as Error).message);
          throw error;
        }
      },
      { connection: this.options.connection, concurrency: this.options.concurrency ?? 2 },
    );
    // Connection errors are retried by ioredis; log them instead of letting them print as unhandled.
    this.worker.on('error', (error) => logger.warn({ err: error }, 'job worker error'));
    this.worker.on('failed', (bullJob, error) =>
      logger.warn({ err: error, job: bullJob?.name, attempts: bullJob?.attemptsMade }, 'job failed'),
    );
    await this.worker.waitUntilReady();
  }

  /**
   * Lets running jobs finish (up to `graceMs`), then closes. When Redis is gone the graceful close
   * cannot complete, so the connections are cut instead of holding the process open.
   */
  async close(graceMs = 10_000): Promise<void> {
    this.stopReportingDepth?.();
    const graceful = (async () => {
      await this.worker?.close();
      await this.queue.close();
      return true;
    })();
    const closed = await Promise.race([
      graceful,
      new Promise<false>((resolve) => setTimeout(() => resolve(false), graceMs).unref()),
    ]);
    if (!closed) {
      this.options.logger.warn('job queue did not close in time (is Redis reachable?); disconnecting');
      const cut = Promise.allSettled([this.worker?.disconnect(), this.queue.disconnect()]);
      await Promise.race([cut, new Promise((resolve) => setTimeout(resolve, 2_000).unref())]);
    }
  }

  /** The underlying queue, for tests and operations tooling. */
  get bullQueue(): Queue {
    return this.queue;
  }
}

/** BullMQ job ids may not contain ':' followed by digits only in some versions; keep them plain. */
function safeJobId(id: string): string {
  return id.replace(/[^A-Za-z0-9_.@-]/g, '_');
}
