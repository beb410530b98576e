import { LogLevel, WebClient } from '@slack/web-api';

/** What a Slack Web API client needs: the bot token and the API's base URL (a stand-in's in tests). */
export interface SlackWebApiSettings {
  botToken: string;
  /** Ends with a slash, e.g. https://slack.com/api/. */
  apiUrl: string;
  /** The HTTP transport (default: the built-in fetch); a worker passes a cheaper one. */
  fetch?: typeof fetch;
}

/**
 * The one way the product builds a Slack Web API client, so every call (replies, notices,
 * hand-off threads) goes to `SLACK_API_URL` with the bot token. Retries are few and short: a turn
 * must not hang on Slack.
 */
export function createSlackWebClient(settings: SlackWebApiSettings): WebClient {
  return new WebClient(settings.botToken, {
    slackApiUrl: settings.apiUrl,
    logLevel: LogLevel.ERROR,
    retryConfig: { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 1_000 },
    timeout: 10_000,
    ...(settings.fetch ? { fetch: settings.fetch } : {}),
  });
}
