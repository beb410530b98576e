import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CrmError, ErrorCode } from '../core/errors';
import type { Logger } from '../core/logger';
import type { CrmMetrics } from '../core/metrics';

/** A worker's metrics listener: where it answers, and how to stop it. */
export interface WorkerMetricsServer {
  /** e.g. http://127.0.0.1:9465/metrics */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves a worker process's metrics (job durations and failures, digest deliveries, queue depth,
 * process figures) as Prometheus text on `GET /metrics`, so each worker is scraped like the bot
 * server. It binds loopback unless told otherwise (WORKER_METRICS_HOST): metrics describe the
 * install and stay internal. A port already taken is UNAVAILABLE, so the worker says so at start.
 */
export async function startWorkerMetricsServer(
  metrics: CrmMetrics,
  options: { port: number; host: string },
  logger: Logger,
): Promise<WorkerMetricsServer> {
  const server: Server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://worker').pathname;
    if (pathname !== '/metrics' || (request.method !== 'GET' && request.method !== 'HEAD')) {
      // writeHead is never chained: restify, when loaded in the same process (tests, an
      // all-in-one host), replaces it with one that returns nothing.
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found\n');
      return;
    }
    // text(), not registry.metrics(): prom-client writes a NaN sample as "Nan", which strict
    // parsers of the exposition format reject.
    metrics.text().then(
      (text) => {
        response.writeHead(200, { 'content-type': metrics.contentType });
        response.end(request.method === 'HEAD' ? undefined : text);
      },
      (error: unknown) => {
        logger.warn({ err: error }, 'worker metrics could not be collected');
        response.writeHead(500, { 'content-type': 'text/plain' });
        response.end('metrics unavailable\n');
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new CrmError(
          ErrorCode.Unavailable,
          `The worker's metrics listener cannot use ${options.host}:${options.port} (${error.code ?? error.message}); set another WORKER_METRICS_PORT (0 for any free port) or unset it.`,
          undefined,
          { cause: error },
        ),
      ),
    );
    server.listen(options.port, options.host, resolve);
  });
  server.unref();
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}/metrics`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
