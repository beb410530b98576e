import type { Job, JobSchedule } from './job';

/** Runs jobs now or on a schedule, on BullMQ (Redis) or in-process (node-cron). */
export interface JobScheduler {
  readonly kind: 'bullmq' | 'in-process';
  /** Registers (or replaces) a recurring schedule. */
  schedule<Payload>(schedule: JobSchedule<Payload>): Promise<void>;
  /** Removes a recurring schedule (nothing happens when there is none). */
  unschedule(id: string): Promise<void>;
  /** The recurring schedules, with their next run when known. */
  listSchedules(): Promise<ScheduleInfo[]>;
  /**
   * Runs a job once, soon. Resolves with false when a run with the same key was already taken;
   * with `replace`, a finished or failed run of the key is forgotten first (a re-drive).
   */
  enqueue<Payload>(
    job: Job<Payload>,
    payload: Payload,
    firedAt?: Date,
    options?: { replace?: boolean },
  ): Promise<boolean>;
  /** Jobs by state (waiting, active, delayed, failed…), for `/metrics` and `crmpro jobs status`. */
  depth(): Promise<Record<string, number>>;
  /** Starts executing jobs (workers / cron timers). */
  start(): Promise<void>;
  /** Stops taking new jobs and waits for the running ones (at most `graceMs`). */
  close(graceMs?: number): Promise<void>;
}

/** A recurring schedule as a scheduler holds it. */
export interface ScheduleInfo {
  id: string;
  cron: string;
  timezone?: string;
  /** The next run, when the scheduler knows it. */
  next?: Date;
}

/** The job registry a scheduler executes, by name. */
export type JobRegistry = ReadonlyMap<string, Job<unknown>>;

/** Builds the registry from job definitions (names must be unique). */
export function jobRegistry(jobs: Job<never>[]): JobRegistry {
  const registry = new Map<string, Job<unknown>>();
  for (const job of jobs) {
    if (registry.has(job.name)) throw new Error(`two jobs are named ${job.name}`);
    registry.set(job.name, job as unknown as Job<unknown>);
  }
  return registry;
}
