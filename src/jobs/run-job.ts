import { CrmError, ErrorCode, isCrmError } from '../core/errors';
import type { CrmMetrics } from '../core/metrics';
import type { Job, JobContext } from './job';

/** Codes that mean "this will fail the same way again": such runs are not retried. */
const PERMANENT: readonly string[] = [
  ErrorCode.InvalidInput,
  ErrorCode.NotFound,
  ErrorCode.Forbidden,
  ErrorCode.Ambiguous,
];

/** True when a failed run may succeed later (the store or a network service was down). */
export function isRetryable(error: unknown): boolean {
  return !(isCrmError(error) && PERMANENT.includes(error.code));
}

/** Validates the payload and runs the job; a bad payload is a permanent INVALID_INPUT failure. */
export async function runJob<Payload>(
  job: Job<Payload>,
  rawPayload: unknown,
  context: JobContext,
  metrics?: CrmMetrics,
): Promise<unknown> {
  if (!metrics) return runParsed(job, rawPayload, context);
  const stop = metrics.jobDuration.startTimer({ job: job.name });
  try {
    const result = await runParsed(job, rawPayload, context);
    stop({ outcome: 'ok' });
    return result;
  } catch (error) {
    stop({ outcome: 'failed' });
    metrics.jobFailures.inc({ job: job.name, retryable: String(isRetryable(error)) });
    throw error;
  }
}

async function runParsed<Payload>(
  job: Job<Payload>,
  rawPayload: unknown,
  context: JobContext,
): Promise<unknown> {
  const parsed = job.payload.safeParse(rawPayload);
  if (!parsed.success) {
    throw new CrmError(
      ErrorCode.InvalidInput,
      `Bad payload for job ${job.name}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  return job.run(parsed.data, context);
}
