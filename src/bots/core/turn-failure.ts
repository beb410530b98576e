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
  const reference = randomBytes(4).toString('hex');
  logger.error(
    { err: error, reference, channel: context?.activity.channelId },
    'turn failed; the person was given the reference',
  );
  return `Sorry, something went wrong on our side (reference ${reference}). Please try again.`;
}
