import type { Readiness } from '../readiness';
import { sendJson, type Route } from './route';

/**
 * `GET /ready` (CONTRACT §8): 200 while nothing stops the gateway from serving, else 503 with
 * every part's reason, e.g. `{"status":"unavailable","reasons":{"boot":"starting"}}`. `/health`
 * stays the liveness probe: a gateway waiting for Redis is alive, just not ready.
 */
export function readyRoute(readiness: Readiness): Route {
  return {
    path: '/ready',
    handle(_req, res) {
      if (readiness.ready) sendJson(res, 200, { status: 'ready' });
      else sendJson(res, 503, { status: 'unavailable', reasons: readiness.describe() });
    },
  };
}
