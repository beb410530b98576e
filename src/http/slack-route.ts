import type { Response } from 'restify';
import type { SlackHttpReceiver } from '../bots/slack/slack-http-receiver';
import type { ChannelRequest, ChannelRoute } from './channel-route';

/** Slack's one request URL for events, slash commands and interactivity (STABLE). */
export const SLACK_EVENTS_PATH = '/api/slack/events';

/**
 * `POST /api/slack/events`: public (Slack's signature is the check, made by the receiver over the
 * raw body), Events API JSON and form-encoded commands and interactions; the answer is whatever
 * the receiver decides (401 for an unsigned or stale request, the challenge, a listener's ack).
 */
export function slackEventsRoute(receiver: SlackHttpReceiver): ChannelRoute {
  return {
    method: 'POST',
    path: SLACK_EVENTS_PATH,
    access: 'public',
    accepts: ['application/json', 'application/x-www-form-urlencoded'],
    handle: async (req: ChannelRequest, res: Response) => {
      const answer = await receiver.handle(req.rawBody ?? Buffer.alloc(0), req.headers);
      if (typeof answer.body === 'string') {
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        res.sendRaw(answer.status, answer.body);
      } else res.send(answer.status, answer.body);
    },
  };
}
