import type { Request, Response } from 'restify';
import { crmMetrics } from '../core/metrics';

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD']);

/**
 * Counts the request in `crmpro_http_requests_total{method, route, status}` once its answer is
 * sent. `route` is the matched route's pattern (never the raw path, which a client chooses), or
 * `unmatched` when no route took it (404s, and requests refused before routing, e.g. rate-limited).
 */
export function countRequestWhenAnswered(req: Request, res: Response): void {
  res.once('finish', () => {
    const route = req.getRoute()?.path;
    crmMetrics.httpRequests.inc({
      method: METHODS.has(req.method ?? '') ? req.method! : 'OTHER',
      route: route === undefined ? 'unmatched' : String(route),
      status: String(res.statusCode),
    });
  });
}
