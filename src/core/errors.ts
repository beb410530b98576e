/** Every error code the product uses; each boundary (HTTP, chat, CLI, worker) maps these once. */
export const ErrorCode = {
  NotFound: 'NOT_FOUND',
  Ambiguous: 'AMBIGUOUS',
  Forbidden: 'FORBIDDEN',
  InvalidInput: 'INVALID_INPUT',
  Conflict: 'CONFLICT',
  Unavailable: 'UNAVAILABLE',
  Internal: 'INTERNAL',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * The one error type of the product. `message` is safe to show to a user; `details` carry
 * structured context (candidates for AMBIGUOUS, issues for INVALID_INPUT) for the boundary to render.
 */
export class CrmError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'CrmError';
  }
}

/** True when `error` is a CrmError, optionally of the given code. */
export function isCrmError(error: unknown, code?: ErrorCode): error is CrmError {
  return error instanceof CrmError && (code === undefined || error.code === code);
}

/**
 * True for our errors a dialog answers in words (not found, ambiguous, forbidden, invalid input,
 * conflict). INTERNAL and UNAVAILABLE, like anything else thrown, go to the turn error handler.
 */
export function isPersonFacingError(error: unknown): error is CrmError {
  return isCrmError(error) && error.code !== ErrorCode.Internal && error.code !== ErrorCode.Unavailable;
}

/** A user-safe message for any thrown value: ours verbatim, anything else generic. */
export function userMessageOf(error: unknown): string {
  return isCrmError(error) ? error.message : 'Something went wrong on our side. Please try again.';
}
