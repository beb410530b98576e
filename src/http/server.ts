import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CloudAdapter } from 'botbuilder';
import restify, { type Request, type Response, type Server } from 'restify';
import { z } from 'zod';
import type { Bot } from '../bots/core/build-bot';
import type { WebchatChannel } from '../bots/webchat/webchat-channel';
import { CrmError, ErrorCode, isCrmError } from '../core/errors';
import type { Logger } from '../core/logger';
import { projectRoot } from '../core/project-root';
import { checkReadiness, type ReadinessCheck } from './readiness';

export interface HttpServerDependencies {
  core: Bot;
  cloudAdapter: CloudAdapter;
  webchat: WebchatChannel;
  readiness: ReadinessCheck[];
  logger: Logger;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
}

/** The HTTP face of the bot, with a switch to refuse new work while shutting down. */
export interface HttpServer {
  server: Server;
  /** Stops taking messages (503) ahead of a shutdown; health checks report it. */
  drain(): void;
}

/** The least an inbound Bot Framework activity must carry for the adapter to reply to it. */
const activityShape = z.object({
  type: z.string().min(1),
  serviceUrl: z.string().url(),
  conversation: z.object({ id: z.string().min(1) }),
  text: z.string().optional(),
});

const STATUS_OF: Record<string, number> = {
  [ErrorCode.InvalidInput]: 400,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.Ambiguous]: 409,
  [ErrorCode.Unavailable]: 503,
};

/**
 * The restify server: Bot Framework messages, the local web chat, health and readiness.
 * Our error codes become HTTP statuses here, once.
 */
export function createHttpServer(deps: HttpServerDependencies): HttpServer {
  const { core, cloudAdapter, webchat, logger } = deps;
  let draining = false;
  const server = restify.createServer({ name: 'crmpro', handleUncaughtExceptions: false });
  server.use(
    restify.plugins.bodyParser({
      maxBodySize: deps.maxBodyBytes ?? 1_000_000,
      mapParams: false,
      rejectUnknown: true,
    }),
  );

  const refuseWhileDraining = (res: Response): boolean => {
    if (!draining) return false;
    res.header('Retry-After', '5');
    res.send(503, { error: 'shutting down' });
    return true;
  };

  server.post('/api/messages', async (req: Request, res: Response) => {
    if (refuseWhileDraining(res)) return;
    const shape = activityShape.safeParse(req.body);
    if (!shape.success) {
      res.send(400, {
        error: ErrorCode.InvalidInput,
        message: `Not a Bot Framework activity: ${shape.error.issues.map((i) => `${i.path.join('.') || 'body'} ${i.message}`).join('; ')}`,
      });
      return;
    }
    try {
      await cloudAdapter.process(req as never, res as never, (context) => core.bot.run(context));
    } catch (error) {
      logger.error({ err: error }, 'could not process a Bot Framework activity');
      if (!res.headersSent) res.send(500, { error: 'internal error' });
    }
  });

  server.post('/api/webchat/messages', async (req: Request, res: Response) => {
    if (refuseWhileDraining(res)) return;
    try {
      res.send(200, await webchat.handle(req.body));
    } catch (error) {
      sendError(res, error, logger);
    }
  });

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

  server.get('/', async (_req: Request, res: Response) => {
    const html = await readFile(path.join(projectRoot(), 'public', 'webchat.html'), 'utf8');
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader(
      'Content-Security-Policy',
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'",
    );
    res.sendRaw(200, html);
  });

  server.on(
    'restifyError',
    (req: Request, res: Response, error: Error & { statusCode?: number }, callback: () => void) => {
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

function sendError(res: Response, error: unknown, logger: Logger): void {
  if (isCrmError(error)) {
    res.send(STATUS_OF[error.code] ?? 500, { error: error.code, message: error.message });
    return;
  }
  logger.error({ err: error }, 'request failed');
  res.send(500, {
    error: ErrorCode.Internal,
    message: new CrmError(ErrorCode.Internal, 'internal error').message,
  });
}
