import type { z } from 'zod';
import type { Logger } from '../core/logger';
import type { SkillServices } from '../skills/skill';

/** What a job's run function may use. */
export interface JobContext {
  readonly services: SkillServices;
  readonly logger: Logger;
  /** When the run was due (the cron tick or the enqueue time). */
  readonly firedAt: Date;
}

/**
 * A unit of background work (a digest, a retraining). Jobs are idempotent by design: `keyOf`
 * names the work (e.g. subscriber + period), and a second run with the same key is dropped.
 */
export interface Job<Payload> {
  readonly name: string;
  readonly description: string;
  readonly payload: z.ZodType<Payload>;
  /** The idempotency key of one run: the same key is never done twice. */
  keyOf(payload: Payload, firedAt: Date): string;
  run(payload: Payload, context: JobContext): Promise<unknown>;
}

/** Declares a job (identity function that keeps its types). */
export function defineJob<Payload>(job: Job<Payload>): Job<Payload> {
  return job;
}

/** A recurring run of a job: a cron expression in a time zone, with a fixed payload. */
export interface JobSchedule<Payload = unknown> {
  /** Stable id of this schedule (re-registering it replaces the previous definition). */
  id: string;
  job: Job<Payload>;
  cron: string;
  timezone: string;
  payload: Payload;
}
