import type { Request, Response } from 'restify';

/**
 * Who may call a route: `public` anyone (the channel itself verifies its caller: Slack's signature,
 * a visitor's session); `local` only direct requests from this machine, and from a browser only this
 * server's own pages; `local-page` the same peers, but any navigation may open it.
 */
export type RouteAccess = 'public' | 'local' | 'local-page';

/** A request as a channel route sees it: the body parsed when it is JSON, and its raw bytes. */
export type ChannelRequest = Request & { rawBody?: Buffer };

/**
 * One endpoint a channel adds to the server (Slack's events, the widget's script and messages…).
 * The server applies the per-address rate limit, the access rule and the body limit before
 * `handle` runs; a POST's body arrives as `rawBody` (after Content-Encoding is undone) and, when
 * it is JSON, parsed as `body`.
 */
export interface ChannelRoute {
  /** OPTIONS: a CORS preflight (the widget's cross-site API). */
  method: 'GET' | 'POST' | 'OPTIONS';
  /** A restify path, e.g. '/api/slack/events'. */
  path: string;
  access: RouteAccess;
  /**
   * The media types a POST takes (lower-case, no parameters); default JSON only. Others get 415
   * before a byte is read.
   */
  accepts?: readonly string[];
  handle(req: ChannelRequest, res: Response): Promise<void>;
}
