import { readFile } from 'node:fs/promises';
import path from 'node:path';
import restify, { type Next, type Request, type Response, type Server } from 'restify';
import type { BotFrameworkChannel } from '../bots/bot-framework/cloud-adapter';
import type { Bot } from '../bots/core/build-bot';
import type { WebchatChannel } from '../bots/webchat/webchat-channel';
import type { Logger } from '../core/logger';
import { projectRoot } from '../core/project-root';
import { botFrameworkRoute } from './bot-framework-route';
import { refuse, refuseOverLimit, sendError } from './http-answers';
import type { ChannelRoute, RouteAccess } from './channel-route';
import { isJsonContentType, readJsonBody, readRequestBody, type JsonBody } from './json-body';
import { localPeerVerdict } from './peer-policy';
import { TokenBucketLimiter, type RateLimit } from './rate-limiter';
import { countRequestWhenAnswered } from './request-metrics';
import { checkReadiness, type ReadinessCheck } from './readiness';

/** The largest request body accepted by default, in bytes (after decompression). */
export const DEFAULT_MAX_BODY_BYTES = 1_000_000;

/**
 * How long an idle keep-alive connection stays open, in milliseconds. Node's default (5 s) is
 * shorter than the idle timeouts of the proxies and clients that reuse connections to us (nginx,
 * cloud load balancers: 60 s), so a request sent on a socket the server was closing at that moment
 * failed (ECONNRESET, or a 502 from the proxy). The server must be the side that waits longer.
 */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

export interface HttpServerDependencies {
  core: Bot;
  botFramework: BotFrameworkChannel;
  webchat: WebchatChannel;
  readiness: ReadinessCheck[];
  logger: Logger;
  /** Token buckets per client address (every route) and per verified sender (messages). */
  rateLimits: { perAddress: RateLimit; perSender: RateLimit };
  /** Largest request body accepted, in bytes, counted after decompression. */
  maxBodyBytes?: number;
  /** The endpoints channels add (Slack's events, the website widget…). */
  channelRoutes?: readonly ChannelRoute[];
}

/** The HTTP face of the bot, with a switch to refuse new work while shutting down. */
export interface HttpServer {
  server: Server;
  /** Stops taking messages (503) ahead of a shutdown; health checks report it. */
  drain(): void;
}

/**
 * The restify server: Bot Framework messages, the local web chat, health and readiness. Every
 * request first meets the per-address rate limit; routes that act as the local user then meet the
 * peer policy (401/403, before the body is read); POST bodies are JSON only and size-limited
 * after decompression (415/413); errors leave as our codes or a plain apology with a reference.
 */
export function createHttpServer(deps: HttpServerDependencies): HttpServer {
  const { core, botFramework, webchat, logger } = deps;
  const maxBodyBytes = deps.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const addressLimiter = new TokenBucketLimiter(deps.rateLimits.perAddress);
  const senderLimiter = new TokenBucketLimiter(deps.rateLimits.perSender);
  let draining = false;
  const server = restify.createServer({ name: 'crmpro', handleUncaughtExceptions: false });
  server.server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;

  const access = new Map<string, RouteAccess>([
    ['GET /chat', 'local-page'],
    ['POST /api/webchat/messages', 'local'],
  ]);
  if (botFramework.mode === 'local') access.set('POST /api/messages', 'local');
  const channelRoutes = deps.channelRoutes ?? [];
  const routeKey = (method: string, path: string) => `${method} ${path}`;
  const accepted = new Map<string, readonly string[]>();
  for (const route of channelRoutes) {
    access.set(routeKey(route.method, route.path), route.access);
    if (route.accepts) accepted.set(routeKey(route.method, route.path), route.accepts);
  }

  server.pre((req: Request, res: Response, next: Next) => {
    countRequestWhenAnswered(req, res);
    if (refuseOverLimit(res, addressLimiter, req.socket.remoteAddress ?? 'unknown')) return next(false);
    return next();
  });

  server.use((req: Request, res: Response, next: Next) => {
    const rule = access.get(routeKey(req.method ?? '', String(req.getRoute()?.path ?? '')));
    if (!rule || rule === 'public') return next();
    const verdict = localPeerVerdict({
      remoteAddress: req.socket.remoteAddress,
      localPort: req.socket.localPort,
      headers: rule === 'local' ? req.headers : withoutBrowserHeaders(req.headers),
    });
    if (verdict.allowed) return next();
    logger.warn(
      { peer: req.socket.remoteAddress, route: req.getRoute()?.path, status: verdict.status },
      'refused a request to a local-only endpoint',
    );
    refuse(res, verdict.status, verdict.reason);
    return next(false);
  });

  server.use((req: Request, res: Response, next: Next) => {
    if (req.method !== 'POST' && req.method !== 'PUT' && req.method !== 'PATCH') return next();
    const mediaTypes = accepted.get(routeKey(req.method ?? '', String(req.getRoute()?.path ?? '')));
    const reading = mediaTypes ? readBodyOf(req, maxBodyBytes, mediaTypes) : readJsonBody(req, maxBodyBytes);
    reading.then(
      (read) => {
        if (read.ok) {
          req.body = read.body;
          (req as Request & { rawBody?: Buffer }).rawBody = read.raw;
          return next();
        }
        refuse(res, read.status, read.message);
        return next(false);
      },
      (error: unknown) => {
        sendError(res, error, logger, { route: req.getRoute()?.path });
        return next(false);
      },
    );
  });

  const refuseWhileDraining = (res: Response): boolean => {
    if (!draining) return false;
    res.header('Retry-After', '5');
    res.send(503, { error: 'UNAVAILABLE', message: 'The server is shutting down; try again shortly.' });
    return true;
  };

  const messages = botFrameworkRoute({ botFramework, senderLimiter, logger });
  server.post('/api/messages', async (req: Request, res: Response) => {
    if (refuseWhileDraining(res)) return;
    await messages(req, res);
  });

  server.post('/api/webchat/messages', async (req: Request, res: Response) => {
    if (refuseWhileDraining(res)) return;
    try {
      res.send(200, await webchat.handle(req.body));
    } catch (error) {
      sendError(res, error, logger, { route: 'api/webchat/messages' });
    }
  });

  for (const route of channelRoutes) {
    const handler = async (req: Request, res: Response) => {
      if (route.method === 'POST' && refuseWhileDraining(res)) return;
      try {
        await route.handle(req, res);
      } catch (error) {
        if (!res.headersSent) sendError(res, error, logger, { route: route.path });
        else logger.error({ err: error, route: route.path }, 'channel route failed after answering');
      }
    };
    if (route.method === 'GET') server.get(route.path, handler);
    else if (route.method === 'OPTIONS') server.opts(route.path, handler);
    else server.post(route.path, handler);
  }

  server.get('/healthz', async (_req: Request, res: Response) => {
    res.send(draining ? 503 : 200, {
      status: draining ? 'draining' : 'ok',
      inFlightTurns: core.tracker.inFlight,
    });
  });

  server.get('/readyz', async (_req: Request, res: Response) => {
    const report = await checkReadiness(deps.readiness);
    const ready = report.ready && !draining;
    res.send(ready ? 200 : 503, { ...report, ready, ...(draining ? { draining: true } : {}) });
  });

  // The local rep chat (GET / is the website widget's demo site).
  server.get('/chat', async (_req: Request, res: Response) => {
    try {
      const html = await readFile(path.join(projectRoot(), 'public', 'webchat.html'), 'utf8');
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.setHeader(
        'Content-Security-Policy',
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
      );
      res.setHeader('X-Frame-Options', 'DENY');
      res.sendRaw(200, html);
    } catch (error) {
      sendError(res, error, logger, { route: '/chat' });
    }
  });

  server.on(
    'restifyError',
    (req: Request, _res: Response, error: Error & { statusCode?: number }, callback: () => void) => {
      if ((error.statusCode ?? 500) >= 500) logger.error({ err: error, path: req.path() }, 'request failed');
      callback();
    },
  );

  return {
    server,
    drain: () => {
      draining = true;
    },
  };
}

/** A body of one of `mediaTypes`: parsed when it is JSON, otherwise only its raw bytes. */
async function readBodyOf(req: Request, maxBytes: number, mediaTypes: readonly string[]): Promise<JsonBody> {
  const read = await readRequestBody(req, {
    maxBytes,
    accepts: (mediaType) => mediaTypes.includes(mediaType),
    expected: mediaTypes.join(' or '),
  });
  if (!read.ok) return read;
  if (!isJsonContentType(read.mediaType)) return { ok: true, body: undefined, raw: read.raw };
  try {
    return { ok: true, body: JSON.parse(read.raw.toString('utf8')), raw: read.raw };
  } catch {
    return { ok: false, status: 400, message: 'The request body is not valid JSON.' };
  }
}

/** The headers without those that tell a page's own requests from other sites' (for navigations). */
function withoutBrowserHeaders(headers: Request['headers']): Request['headers'] {
  const { origin: _origin, 'sec-fetch-site': _site, ...rest } = headers;
  return rest;
}
