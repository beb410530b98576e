import type { Response } from 'restify';
import { internalFailure } from '../bots/core/turn-failure';
import { ErrorCode, isCrmError } from '../core/errors';
import type { Logger } from '../core/logger';
import type { RateDecision, TokenBucketLimiter } from './rate-limiter';

/** The HTTP status of each of our error codes: the one place the HTTP boundary maps them. */
const STATUS_OF: Record<string, number> = {
  [ErrorCode.InvalidInput]: 400,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.Ambiguous]: 409,
  [ErrorCode.Unavailable]: 503,
};

/** Codes of refusals made at the HTTP boundary itself (not by the CRM). */
export const HttpRefusal = {
  Unauthorized: 'UNAUTHORIZED',
  Forbidden: 'FORBIDDEN',
  TooLarge: 'PAYLOAD_TOO_LARGE',
  UnsupportedMediaType: 'UNSUPPORTED_MEDIA_TYPE',
  RateLimited: 'RATE_LIMITED',
  InvalidInput: 'INVALID_INPUT',
} as const;

const REFUSAL_OF_STATUS: Record<number, string> = {
  400: HttpRefusal.InvalidInput,
  401: HttpRefusal.Unauthorized,
  403: HttpRefusal.Forbidden,
  413: HttpRefusal.TooLarge,
  415: HttpRefusal.UnsupportedMediaType,
  429: HttpRefusal.RateLimited,
};

/** Answers a refusal: `{ error, message }` with the status's code. */
export function refuse(res: Response, status: number, message: string): void {
  res.send(status, { error: REFUSAL_OF_STATUS[status] ?? 'REFUSED', message });
}

/** Answers 429 with Retry-After when `limiter` has no token left for `key`; true when it did. */
export function refuseOverLimit(res: Response, limiter: TokenBucketLimiter, key: string): boolean {
  const decision: RateDecision = limiter.take(key);
  if (decision.allowed) return false;
  res.header('Retry-After', String(decision.retryAfterSeconds));
  refuse(res, 429, `Too many requests: try again in ${decision.retryAfterSeconds} s.`);
  return true;
}

/**
 * Answers a thrown error: our codes with their own (person-safe) message; anything else a 500
 * with a plain apology and a reference, the details going only to the log under that reference.
 */
export function sendError(
  res: Response,
  error: unknown,
  logger: Logger,
  context: Record<string, unknown> = {},
): void {
  if (isCrmError(error) && error.code !== ErrorCode.Internal) {
    res.send(STATUS_OF[error.code] ?? 500, { error: error.code, message: error.message });
    return;
  }
  const failure = internalFailure(error, logger, context);
  if (!res.headersSent) res.send(500, { error: ErrorCode.Internal, ...failure });
}
