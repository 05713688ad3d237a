/**
 * GET /api/config -> { publicUrl, reachable }: the address the server hands out in links (PUBLIC_URL
 * or the LAN address), and whether other devices can open it (false for a loopback address).
 */
import type { HttpDeps } from './deps';
import { sendJson } from './respond';
import { route, type Route } from './router';
import { isReachableByOthers } from '../public-url';
import { API_ROUTES } from '../../shared/core/protocol';

export function configRoutes(deps: HttpDeps): Route[] {
  return [
    route('GET', API_ROUTES.config, ({ response }) => {
      const publicUrl = deps.publicOrigin();
      sendJson(response, 200, { publicUrl, reachable: isReachableByOthers(publicUrl) });
    }),
  ];
}
