import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Response } from 'restify';
import type { VisitorSessions, VisitorSession } from '../bots/widget/visitor-sessions';
import { MAX_VISITOR_MESSAGE_CHARS, type WidgetChannel } from '../bots/widget/widget-channel';
import type { WidgetEvent } from '../bots/widget/visitor-streams';
import type { Logger } from '../core/logger';
import { projectRoot } from '../core/project-root';
import type { ChannelRequest, ChannelRoute } from './channel-route';
import { refuse, refuseOverLimit } from './http-answers';
import { TokenBucketLimiter, type RateLimit } from './rate-limiter';

/** The widget's script (STABLE). */
export const WIDGET_SCRIPT_PATH = '/widget.js';
/** Issues or renews a visitor session. */
export const WIDGET_SESSION_PATH = '/api/widget/session';
/** A visitor's message (JSON `{ text }`, the session as a Bearer token). */
export const WIDGET_MESSAGES_PATH = '/api/widget/messages';
/** A visitor's event stream (Server-Sent Events, `?token=`, `Last-Event-ID` to resume). */
export const WIDGET_STREAM_PATH = '/api/widget/stream';

/** The largest widget message body, in bytes (a message is at most MAX_VISITOR_MESSAGE_CHARS). */
export const MAX_WIDGET_BODY_BYTES = 16_384;
/** Open streams one visitor may hold at once (tabs). */
const MAX_STREAMS_PER_VISITOR = 5;
/** A comment line keeps idle streams open through proxies. */
const HEARTBEAT_MS = 25_000;

const DEMO_PAGE_CSP =
  "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'";

export interface WidgetRoutesDependencies {
  channel: WidgetChannel;
  sessions: VisitorSessions;
  /** Sites that may embed the widget (WIDGET_ALLOWED_ORIGINS); the server's own pages always may. */
  allowedOrigins: readonly string[];
  /** Messages per visitor (RATE_LIMIT_SENDER_*). */
  perVisitor: RateLimit;
  logger: Logger;
}

/** The widget's routes, and a way to end its open streams at shutdown. */
export interface WidgetRoutes {
  routes: ChannelRoute[];
  closeStreams(): void;
}

/**
 * The website widget over HTTP: its script and the demo site (public), sessions, messages and
 * the event stream. Browsers on other sites reach the API only from allowed origins (CORS for
 * those, 403 for others); requests without an Origin (not a browser) rely on the session token
 * and the rate limits alone.
 */
export function widgetRoutes(deps: WidgetRoutesDependencies): WidgetRoutes {
  const { channel, sessions, logger } = deps;
  const allowed = new Set(deps.allowedOrigins.map((origin) => origin.toLowerCase()));
  const visitorLimiter = new TokenBucketLimiter(deps.perVisitor);
  const openStreams = new Set<Response>();
  const publicDir = path.join(projectRoot(), 'public');
  const script = loadScript(path.join(publicDir, 'widget.js'));
  script.catch((error: unknown) => logger.error({ err: error }, 'public/widget.js could not be read'));

  /** True (CORS headers set) when the request may go on; false when it was refused. */
  const admitOrigin = (req: ChannelRequest, res: Response): boolean => {
    const origin = req.headers.origin;
    if (!origin) return true;
    if (!isAllowedOrigin(origin, req.headers.host, allowed)) {
      logger.info({ origin }, 'widget request from an origin that is not allowed');
      refuse(
        res,
        403,
        'This site may not use the chat widget (its origin is not in WIDGET_ALLOWED_ORIGINS).',
      );
      return false;
    }
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Vary', 'Origin');
    return true;
  };

  const sessionOf = (req: ChannelRequest, res: Response, token: unknown): VisitorSession | undefined => {
    const session = sessions.verify(token);
    if (!session) refuse(res, 401, 'The chat session is missing, expired or not valid; start a new one.');
    return session;
  };

  const preflight = (routePath: string, methods: string): ChannelRoute => ({
    method: 'OPTIONS',
    path: routePath,
    access: 'public',
    handle: async (req, res) => {
      if (!admitOrigin(req, res)) return;
      res.setHeader('Access-Control-Allow-Methods', methods);
      res.setHeader('Access-Control-Allow-Headers', 'Content-Type, Authorization, Last-Event-ID');
      res.setHeader('Access-Control-Max-Age', '600');
      res.send(204);
    },
  });

  const routes: ChannelRoute[] = [
    {
      method: 'GET',
      path: WIDGET_SCRIPT_PATH,
      access: 'public',
      handle: async (req, res) => {
        const { plain, gzipped } = await script;
        const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
        res.setHeader('Content-Type', 'application/javascript; charset=utf-8');
        res.setHeader('Cache-Control', 'public, max-age=300');
        res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
        res.setHeader('Vary', 'Accept-Encoding');
        if (acceptsGzip) res.setHeader('Content-Encoding', 'gzip');
        res.sendRaw(200, acceptsGzip ? gzipped : plain);
      },
    },
    {
      method: 'GET',
      path: '/',
      access: 'public',
      handle: async (_req, res) => {
        const html = await readFile(path.join(publicDir, 'demo', 'index.html'), 'utf8');
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.setHeader('Content-Security-Policy', DEMO_PAGE_CSP);
        res.setHeader('X-Frame-Options', 'DENY');
        res.sendRaw(200, html);
      },
    },
    {
      method: 'GET',
      path: '/demo/site.css',
      access: 'public',
      handle: async (_req, res) => {
        res.setHeader('Content-Type', 'text/css; charset=utf-8');
        res.setHeader('Cache-Control', 'public, max-age=300');
        res.sendRaw(200, await readFile(path.join(publicDir, 'demo', 'site.css'), 'utf8'));
      },
    },
    preflight(WIDGET_SESSION_PATH, 'POST'),
    preflight(WIDGET_MESSAGES_PATH, 'POST'),
    {
      method: 'POST',
      path: WIDGET_SESSION_PATH,
      access: 'public',
      handle: async (req, res) => {
        if (!admitOrigin(req, res)) return;
        const given = (req.body as { token?: unknown } | undefined)?.token;
        const kept = given === undefined ? undefined : sessions.verify(given);
        if (kept) {
          res.send(200, { token: given, renewed: false });
          return;
        }
        const { token } = sessions.issue();
        res.send(200, { token, renewed: given !== undefined });
      },
    },
    {
      method: 'POST',
      path: WIDGET_MESSAGES_PATH,
      access: 'public',
      handle: async (req, res) => {
        if (!admitOrigin(req, res)) return;
        if ((req.rawBody?.length ?? 0) > MAX_WIDGET_BODY_BYTES) {
          refuse(res, 413, `A chat message body may be at most ${MAX_WIDGET_BODY_BYTES} bytes.`);
          return;
        }
        const bearer = /^Bearer\s+(\S+)$/i.exec(String(req.headers.authorization ?? ''))?.[1];
        const session = sessionOf(req, res, bearer);
        if (!session) return;
        if (refuseOverLimit(res, visitorLimiter, session.visitorId)) return;
        const text = (req.body as { text?: unknown } | undefined)?.text;
        if (typeof text !== 'string' || text.trim().length === 0) {
          refuse(res, 400, 'Send a JSON body like {"text": "your question"}.');
          return;
        }
        if (text.length > MAX_VISITOR_MESSAGE_CHARS) {
          refuse(res, 413, `A message may be at most ${MAX_VISITOR_MESSAGE_CHARS} characters.`);
          return;
        }
        channel.receive(session.visitorId, { text }).catch((error: unknown) => {
          logger.error({ err: error }, 'a widget message failed');
        });
        res.send(202, { accepted: true });
      },
    },
    {
      method: 'GET',
      path: WIDGET_STREAM_PATH,
      access: 'public',
      handle: async (req, res) => {
        if (!admitOrigin(req, res)) return;
        const query = new URL(req.url ?? '/', 'http://widget').searchParams;
        const session = sessionOf(req, res, query.get('token'));
        if (!session) return;
        if (channel.streams.connections(session.visitorId) >= MAX_STREAMS_PER_VISITOR) {
          res.setHeader('Retry-After', '10');
          refuse(res, 429, 'Too many open chat windows for this session.');
          return;
        }
        const lastEventId = Number(req.headers['last-event-id'] ?? query.get('lastEventId') ?? 0);
        res.writeHead(200, {
          'Content-Type': 'text/event-stream; charset=utf-8',
          'Cache-Control': 'no-store',
          Connection: 'keep-alive',
          'X-Accel-Buffering': 'no',
        });
        const write = (event: WidgetEvent) => {
          const { id, ...data } = event;
          res.write(`id: ${id}\nevent: ${event.type}\ndata: ${JSON.stringify(data)}\n\n`);
        };
        res.write('retry: 2000\n\n');
        const { backlog, close } = channel.connect(
          session.visitorId,
          Number.isFinite(lastEventId) && lastEventId > 0 ? lastEventId : 0,
          write,
        );
        for (const event of backlog) write(event);
        const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
        heartbeat.unref();
        openStreams.add(res);
        req.on('close', () => {
          clearInterval(heartbeat);
          close();
          openStreams.delete(res);
        });
      },
    },
  ];

  return {
    routes,
    closeStreams: () => {
      for (const res of openStreams) res.end();
      openStreams.clear();
    },
  };
}

/** True for the server's own pages (same host) and the configured sites. */
export function isAllowedOrigin(
  origin: string,
  host: string | undefined,
  allowed: ReadonlySet<string>,
): boolean {
  const normalised = origin.toLowerCase().replace(/\/+$/, '');
  if (allowed.has(normalised)) return true;
  try {
    return host !== undefined && new URL(normalised).host === host.toLowerCase();
  } catch {
    return false;
  }
}

async function loadScript(file: string): Promise<{ plain: Buffer; gzipped: Buffer }> {
  const plain = await readFile(file);
  return { plain, gzipped: await promisify(gzip)(plain, { level: 9 }) };
}
