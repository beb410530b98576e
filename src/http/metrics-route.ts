import type { CrmMetrics } from '../core/metrics';
import type { ChannelRoute, RouteAccess } from './channel-route';

/**
 * `GET /metrics`: Prometheus text of every CRMPro series (docs/operations.md lists them).
 * Local-only by default (METRICS_ACCESS=local): metrics describe the install, not something for
 * the internet; set METRICS_ACCESS=public when a scraper on another host needs them.
 */
export function metricsRoute(metrics: CrmMetrics, access: RouteAccess = 'local'): ChannelRoute {
  return {
    method: 'GET',
    path: '/metrics',
    access,
    async handle(_req, res) {
      const body = await metrics.text();
      res.writeHead(200, { 'Content-Type': metrics.contentType, 'Cache-Control': 'no-store' });
      res.end(body);
    },
  };
}
