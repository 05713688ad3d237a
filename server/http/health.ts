/** `GET /healthz` (200 / 503 when storage is failing) and `GET /metrics` (Prometheus text). */
import { frameCost } from '../event-loop';
import { renderMetrics } from '../metrics';
import type { HttpDeps } from './deps';
import { sendJson, sendText } from './respond';
import { route, type Route } from './router';
import { API_ROUTES } from '../../shared/core/protocol';

export function healthRoutes(deps: HttpDeps): Route[] {
  return [
    route('GET', API_ROUTES.health, ({ response }) => {
      if (!deps.health.healthy) {
        sendJson(response, 503, { ok: false, problems: deps.health.list() });
        return;
      }
      sendJson(response, 200, {
        ok: true,
        sessionsLoaded: deps.registry.loadedCount,
        connections: deps.connectionCount(),
      });
    }),
    route('GET', API_ROUTES.metrics, ({ response }) => {
      const gauges = {
        rooms: deps.registry.loadedCount * 2,
        sessions: deps.registry.loadedCount,
        connections: deps.connectionCount(),
        storageHealthy: deps.health.healthy,
        eventLoop: deps.eventLoopDelay?.scrape(),
        frameCpu: frameCost.scrape(),
      };
      sendText(
        response,
        200,
        renderMetrics(deps.counters, gauges),
        'text/plain; version=0.0.4; charset=utf-8',
      );
    }),
  ];
}
