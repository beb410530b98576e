import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from '../core/logger';
import type { CrmMetrics } from '../core/metrics';
import type { SkillServices } from '../skills/skill';
import type { Job, JobSchedule } from './job';
import type { JobScheduler, ScheduleInfo } from './job-scheduler';
import { isRetryable, runJob } from './run-job';

const RETRY_DELAYS_MS = [2_000, 10_000, 60_000];

/**
 * Jobs inside the server process with node-cron, for installs without Redis. Keys of finished runs
 * are remembered in the store's meta collection, so a restart does not redo a period's work.
 */
export class InProcessScheduler implements JobScheduler {
  readonly kind = 'in-process' as const;
  private readonly tasks = new Map<string, ScheduledTask>();
  private readonly definitions = new Map<string, { cron: string; timezone: string }>();
  private readonly running = new Set<Promise<unknown>>();
  private started = false;
  private closed = false;
  private readonly stopReportingDepth?: () => void;

  constructor(private readonly options: { services: SkillServices; logger: Logger; metrics?: CrmMetrics }) {
    this.stopReportingDepth = options.metrics?.addQueueDepth(() => this.depth());
  }

  async schedule<Payload>(schedule: JobSchedule<Payload>): Promise<void> {
    if (!cron.validate(schedule.cron))
      throw new Error(`invalid cron expression for ${schedule.id}: ${schedule.cron}`);
    this.tasks.get(schedule.id)?.stop();
    const task = cron.createTask(
      schedule.cron,
      () => void this.enqueue(schedule.job, schedule.payload, new Date()),
      {
        timezone: schedule.timezone,
        name: schedule.id,
        noOverlap: true,
      },
    );
    if (this.started) await task.start();
    this.tasks.set(schedule.id, task);
    this.definitions.set(schedule.id, { cron: schedule.cron, timezone: schedule.timezone });
  }

  async unschedule(id: string): Promise<void> {
    const task = this.tasks.get(id);
    this.tasks.delete(id);
    this.definitions.delete(id);
    if (task) {
      await task.stop();
      await task.destroy();
    }
  }

  async listSchedules(): Promise<ScheduleInfo[]> {
    return [...this.definitions].map(([id, d]) => {
      const next = this.tasks.get(id)?.getNextRuns(1)[0];
      return { id, cron: d.cron, timezone: d.timezone, ...(next ? { next } : {}) };
    });
  }

  async depth(): Promise<Record<string, number>> {
    return { active: this.running.size };
  }

  async enqueue<Payload>(
    job: Job<Payload>,
    payload: Payload,
    firedAt: Date = new Date(),
    options: { replace?: boolean } = {},
  ): Promise<boolean> {
    if (this.closed) return false;
    const key = `job-run:${job.name}:${job.keyOf(payload, firedAt)}`;
    const meta = this.options.services.store.meta;
    if (options.replace) await meta.deleteOne({ _id: key, 'value.state': { $in: ['done', 'failed'] } });
    // Claim the key atomically: an upsert that inserts means this run is ours.
    const claim = await meta.updateOne(
      { _id: key },
      { $setOnInsert: { value: { state: 'running', at: firedAt } } },
      { upsert: true },
    );
    if (!claim.upsertedId) return false;
    const run = this.runWithRetries(job, payload, firedAt, key);
    this.running.add(run);
    void run.finally(() => this.running.delete(run));
    return true;
  }

  async start(): Promise<void> {
    this.started = true;
    for (const task of this.tasks.values()) await task.start();
  }

  async close(graceMs = 60_000): Promise<void> {
    this.closed = true;
    this.stopReportingDepth?.();
    for (const task of this.tasks.values()) await task.stop();
    await Promise.race([
      Promise.allSettled([...this.running]),
      new Promise((resolve) => setTimeout(resolve, graceMs).unref()),
    ]);
  }

  private async runWithRetries<Payload>(
    job: Job<Payload>,
    payload: Payload,
    firedAt: Date,
    key: string,
  ): Promise<void> {
    const { services, logger } = this.options;
    for (let attempt = 0; ; attempt++) {
      try {
        await runJob(
          job,
          payload,
          { services, logger: logger.child({ job: job.name }), firedAt },
          this.options.metrics,
        );
        await services.store.meta.updateOne(
          { _id: key },
          { $set: { value: { state: 'done', at: firedAt } } },
        );
        return;
      } catch (error) {
        const delay = RETRY_DELAYS_MS[attempt];
        if (!isRetryable(error) || delay === undefined || this.closed) {
          logger.error({ err: error, job: job.name }, 'job failed');
          await services.store.meta.updateOne(
            { _id: key },
            { $set: { value: { state: 'failed', at: firedAt, error: (error as Error).message } } },
          );
          return;
        }
        logger.warn({ err: error, job: job.name, attempt: attempt + 1 }, 'job failed; retrying');
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }
}
