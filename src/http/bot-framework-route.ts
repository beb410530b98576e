import type { Activity } from 'botbuilder';
import type { Request, Response } from 'restify';
import { z } from 'zod';
import { BotFrameworkChannel } from '../bots/bot-framework/cloud-adapter';
import type { Logger } from '../core/logger';
import { refuse, refuseOverLimit, sendError } from './http-answers';
import { isLoopbackUrl } from './peer-policy';
import type { TokenBucketLimiter } from './rate-limiter';

/** The least an inbound Bot Framework activity must carry for the adapter to reply to it. */
const activityShape = z.object({
  type: z.string().min(1),
  serviceUrl: z.string().url(),
  conversation: z.object({ id: z.string().min(1) }),
  text: z.string().optional(),
});

/**
 * `POST /api/messages`: a Bot Framework activity in, the bot's replies posted to its `serviceUrl`.
 * In order: the activity's shape (400); in local development mode a `serviceUrl` off this machine's
 * loopback (400, and nothing is sent anywhere); the Bot Connector token (401, logged with the
 * reason); the sender's rate limit (429); then the turn. (That only this machine reaches the route
 * in local mode is checked before the body is read, by the server's local-only gate.)
 */
export function botFrameworkRoute(deps: {
  botFramework: BotFrameworkChannel;
  senderLimiter: TokenBucketLimiter;
  logger: Logger;
}): (req: Request, res: Response) => Promise<void> {
  const { botFramework, senderLimiter, logger } = deps;
  return async (req, res) => {
    const shape = activityShape.safeParse(req.body);
    if (!shape.success) {
      refuse(
        res,
        400,
        `Not a Bot Framework activity: ${shape.error.issues.map((i) => `${i.path.join('.') || 'body'} ${i.message}`).join('; ')}`,
      );
      return;
    }
    const activity = withDates(req.body as Activity);
    if (botFramework.mode === 'local' && !isLoopbackUrl(activity.serviceUrl)) {
      logger.warn(
        { channel: activity.channelId },
        'refused an activity whose serviceUrl is not on loopback (local development mode)',
      );
      refuse(
        res,
        400,
        'In local development mode (no MICROSOFT_APP_ID) replies go only to a serviceUrl on this machine (localhost, 127.0.0.1 or [::1]).',
      );
      return;
    }
    try {
      const authentication = await botFramework.authenticate(activity, req.headers.authorization);
      if (!authentication.ok) {
        logger.warn(
          { reason: authentication.reason, channel: activity.channelId, peer: req.socket.remoteAddress },
          'refused a Bot Framework request: its token does not prove it',
        );
        refuse(res, 401, 'The request is not authorized.');
        return;
      }
      if (refuseOverLimit(res, senderLimiter, BotFrameworkChannel.senderOf(activity))) return;
      const invoke = await botFramework.process(authentication.request, activity);
      if (invoke?.body !== undefined) res.send(invoke.status ?? 200, invoke.body);
      else res.send(invoke?.status ?? 200);
    } catch (error) {
      sendError(res, error, logger, { route: 'api/messages' });
    }
  };
}

/** The activity with its ISO time stamps as Dates, as botbuilder's own HTTP entry point leaves it. */
function withDates(activity: Activity): Activity {
  const fixed = activity as Activity & Record<string, unknown>;
  for (const [field, raw] of [
    ['timestamp', 'rawTimestamp'],
    ['localTimestamp', 'rawLocalTimestamp'],
    ['expiration', 'rawExpiration'],
  ] as const) {
    const value = fixed[field];
    if (typeof value === 'string') {
      fixed[raw] = value;
      fixed[field] = new Date(value);
    }
  }
  return fixed;
}
