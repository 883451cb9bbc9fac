import type { Route } from '../http/route';
import type { GatewayMetrics } from './metrics';

/** `GET /metrics`: the Prometheus text exposition of the gateway's registry. */
export function metricsRoute(metrics: GatewayMetrics): Route {
  return {
    path: '/metrics',
    async handle(_req, res) {
      const { contentType, text } = await metrics.exposition();
      res.writeHead(200, { 'content-type': contentType }).end(text);
    },
  };
}
