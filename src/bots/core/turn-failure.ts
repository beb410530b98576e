import { randomBytes } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import { ErrorCode, isCrmError, isPersonFacingError, type CrmError } from '../../core/errors';
import type { Logger } from '../../core/logger';

/**
 * What the person is told when a turn fails: our own words for errors meant for people (not found,
 * forbidden, unavailable, ...); for anything else a plain apology with a reference, while the
 * details go to the log under the same reference — internal error text never reaches the sender.
 */
export function failedTurnMessage(error: unknown, logger: Logger, context?: TurnContext): string {
  const ours = crmErrorWithin(error);
  if (ours && (isPersonFacingError(ours) || isCrmError(ours, ErrorCode.Unavailable))) return ours.message;
  return internalFailure(error, logger, { channel: context?.activity.channelId }).message;
}

/**
 * Our error inside the wrappers it reached the turn handler in: botbuilder's dialogs wrap what a
 * dialog step throws in a DialogContextError (the thrown error in `error`), others use `cause`.
 * Without this, a skill's "there is no model yet" reached the person as an apology.
 */
function crmErrorWithin(error: unknown): CrmError | undefined {
  let current = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    if (isCrmError(current)) return current;
    current = (current as Error & { error?: unknown }).error ?? current.cause;
  }
  return undefined;
}

/**
 * Logs an internal error under a fresh reference and returns what the sender is told instead: a
 * plain apology quoting the reference (for turns, and for HTTP responses alike).
 */
export function internalFailure(
  error: unknown,
  logger: Logger,
  context: Record<string, unknown> = {},
): { reference: string; message: string } {
  const reference = randomBytes(4).toString('hex');
  logger.error({ err: error, reference, ...context }, 'failed; the sender was given the reference');
  return {
    reference,
    message: `Sorry, something went wrong on our side (reference ${reference}). Please try again.`,
  };
}
