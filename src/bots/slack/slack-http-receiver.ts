import { verifySlackRequest, type App, type Receiver, type ReceiverEvent } from '@slack/bolt';
import { LRUCache } from 'lru-cache';
import type { Logger } from '../../core/logger';

/** How far a request's timestamp may be from our clock (Slack's replay window). */
export const SLACK_REPLAY_WINDOW_SECONDS = 5 * 60;
/** How long Slack waits for an answer; we answer a little before it. */
const ACK_DEADLINE_MS = 2_500;
/** Event ids remembered to drop Slack's retries: how many and for how long (Slack retries for ~1 hour). */
const MAX_REMEMBERED_EVENTS = 10_000;
const EVENT_MEMORY_MS = 60 * 60_000;

/** What the HTTP route answers Slack. */
export interface SlackHttpAnswer {
  status: number;
  /** JSON to send, or a string (plain text); empty means an empty 200. */
  body: unknown;
}

/** The request headers the receiver reads (lower-case names, as Node gives them). */
export type SlackRequestHeaders = Record<string, string | string[] | undefined>;

/**
 * Bolt's receiver for HTTP mode, fed by our own restify route (`POST /api/slack/events`) instead
 * of a server of Bolt's: it checks Slack's v0 signature over the raw body and the five-minute
 * replay window, answers the URL verification challenge, drops Slack's retries of an event it has
 * already taken (by event id, remembered for an hour in bounded memory), hands the rest to the
 * Bolt app, and answers Slack as soon as the listener acknowledges (or after 2.5 s), while the
 * listener goes on with the turn.
 */
export class SlackHttpReceiver implements Receiver {
  private app?: App;
  private readonly seenEvents = new LRUCache<string, true>({
    max: MAX_REMEMBERED_EVENTS,
    ttl: EVENT_MEMORY_MS,
  });

  constructor(
    private readonly signingSecret: string,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  init(app: App): void {
    this.app = app;
  }

  /** Nothing to start: requests arrive through the server's route. */
  async start(): Promise<void> {}

  async stop(): Promise<void> {}

  /** Takes one request Slack sent; resolves with the answer once it is known. */
  async handle(raw: Buffer, headers: SlackRequestHeaders): Promise<SlackHttpAnswer> {
    const rawText = raw.toString('utf8');
    const refusal = this.refusalOf(rawText, headers);
    if (refusal) {
      this.logger.warn({ reason: refusal }, 'refused a Slack request');
      return { status: 401, body: { error: 'UNAUTHORIZED', message: 'The request is not signed by Slack.' } };
    }
    const body = parseBody(rawText, header(headers, 'content-type'));
    if (!body)
      return { status: 400, body: { error: 'INVALID_INPUT', message: 'The body is not a Slack payload.' } };
    if (body.ssl_check) return { status: 200, body: '' };
    if (body.type === 'url_verification')
      return { status: 200, body: { challenge: String(body.challenge ?? '') } };
    const eventId = typeof body.event_id === 'string' ? body.event_id : undefined;
    const retryNum = Number(header(headers, 'x-slack-retry-num') ?? '') || undefined;
    if (eventId) {
      if (this.seenEvents.has(eventId)) {
        this.logger.debug({ eventId, retryNum }, 'Slack retry of an event already taken; dropped');
        return { status: 200, body: '' };
      }
      this.seenEvents.set(eventId, true);
    }
    if (!this.app) throw new Error('the Slack receiver was not initialised by its app');
    return this.dispatch(this.app, body, retryNum, header(headers, 'x-slack-retry-reason'));
  }

  private dispatch(
    app: App,
    body: Record<string, unknown>,
    retryNum: number | undefined,
    retryReason: string | undefined,
  ): Promise<SlackHttpAnswer> {
    return new Promise<SlackHttpAnswer>((resolve) => {
      let answered = false;
      const answer = (result: SlackHttpAnswer) => {
        if (answered) return;
        answered = true;
        clearTimeout(timer);
        resolve(result);
      };
      const timer = setTimeout(() => {
        this.logger.warn(
          { type: body.type },
          'a Slack listener did not acknowledge within 2.5 s; answered empty',
        );
        answer({ status: 200, body: '' });
      }, ACK_DEADLINE_MS);
      const event: ReceiverEvent = {
        body,
        ...(retryNum !== undefined ? { retryNum } : {}),
        ...(retryReason ? { retryReason } : {}),
        customProperties: {},
        ack: async (response?: unknown) => {
          answer({ status: 200, body: response ?? '' });
        },
      };
      app.processEvent(event).then(
        () => answer({ status: 200, body: '' }),
        (error: unknown) => {
          this.logger.error({ err: error, type: body.type }, 'a Slack event failed');
          answer({ status: 200, body: '' });
        },
      );
    });
  }

  /** Why the request is not Slack's (no or bad signature, outside the replay window); undefined when it is. */
  private refusalOf(rawText: string, headers: SlackRequestHeaders): string | undefined {
    const signature = header(headers, 'x-slack-signature');
    const timestamp = header(headers, 'x-slack-request-timestamp');
    if (!signature || !timestamp) return 'no signature';
    if (!/^\d{1,12}$/.test(timestamp)) return 'malformed timestamp';
    const seconds = Number(timestamp);
    // Bolt refuses old timestamps; a timestamp from the future is refused here as well.
    if (Math.abs(this.now() / 1000 - seconds) > SLACK_REPLAY_WINDOW_SECONDS)
      return 'timestamp outside the replay window';
    try {
      verifySlackRequest({
        signingSecret: this.signingSecret,
        body: rawText,
        headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': seconds },
        nowMilliseconds: this.now(),
      });
      return undefined;
    } catch {
      return 'bad signature';
    }
  }
}

function header(headers: SlackRequestHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * A Slack payload: Events API JSON, an interaction (`payload=` JSON in a form) or a slash command
 * (form fields). Undefined when the body is none of these.
 */
function parseBody(rawText: string, contentType: string | undefined): Record<string, unknown> | undefined {
  try {
    if ((contentType ?? '').toLowerCase().startsWith('application/json')) {
      const parsed: unknown = JSON.parse(rawText);
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
        ? (parsed as Record<string, unknown>)
        : undefined;
    }
    const form = new URLSearchParams(rawText);
    const payload = form.get('payload');
    if (payload !== null) {
      const parsed: unknown = JSON.parse(payload);
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : undefined;
    }
    return Object.fromEntries(form);
  } catch {
    return undefined;
  }
}
