/** GET /api/config -> { publicUrl }: the address the server hands out in links (PUBLIC_URL or the LAN address). */
import type { HttpDeps } from './deps';
import { sendJson } from './respond';
import { route, type Route } from './router';
import { API_ROUTES } from '../../shared/core/protocol';

export function configRoutes(deps: HttpDeps): Route[] {
  return [
    route('GET', API_ROUTES.config, ({ response }) =>
      sendJson(response, 200, { publicUrl: deps.publicOrigin() }),
    ),
  ];
}
