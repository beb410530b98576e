import { randomBytes } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import { ErrorCode, isCrmError, isPersonFacingError } from '../../core/errors';
import type { Logger } from '../../core/logger';

/**
 * What the person is told when a turn fails: our own words for errors meant for people (not found,
 * forbidden, unavailable, ...); for anything else a plain apology with a reference, while the
 * details go to the log under the same reference — internal error text never reaches the sender.
 */
export function failedTurnMessage(error: unknown, logger: Logger, context?: TurnContext): string {
  if (isPersonFacingError(error) || isCrmError(error, ErrorCode.Unavailable)) return error.message;
  return internalFailure(error, logger, { channel: context?.activity.channelId }).message;
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
