/**
 * Method + path pattern -> handler. Every handler runs inside one try/catch, so a bug answers
 * 500 and logs, and never takes the process down.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describeError, type Logger } from '../log';
import { addressKey } from './rate-limit';
import { sendError } from './respond';
import { crossOriginRefusal, securityHeaders } from './security';

export type RequestContext = {
  request: IncomingMessage;
  response: ServerResponse;
  url: URL;
  params: Record<string, string>;
  /** The client address as budgets count it (an IPv6 /64 as one). */
  ip: string;
};

export type Handler = (context: RequestContext) => Promise<void> | void;
export type Route = { method: string; pattern: RegExp; names: string[]; handle: Handler };

/** `/api/sessions/:code/votes/:propositionId` -> a route whose params are code and propositionId. */
export function route(method: string, path: string, handle: Handler): Route {
  const names: string[] = [];
  const source = path.replace(/:([a-zA-Z]+)/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { method, pattern: new RegExp(`^${source}$`), names, handle };
}

function match(
  routes: Route[],
  method: string,
  pathname: string,
): { route: Route; params: Record<string, string> } | 'wrong-method' | null {
  let pathMatched = false;
  for (const candidate of routes) {
    const found = candidate.pattern.exec(pathname);
    if (found === null) continue;
    pathMatched = true;
    if (candidate.method !== method) continue;
    const params: Record<string, string> = {};
    candidate.names.forEach((name, index) => {
      params[name] = decodeURIComponent(found[index + 1] ?? '');
    });
    return { route: candidate, params };
  }
  return pathMatched ? 'wrong-method' : null;
}

export function createRequestHandler(
  routes: Route[],
  fallback: Handler,
  log: Logger,
  publicOrigin: () => string,
) {
  return (request: IncomingMessage, response: ServerResponse): void => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const ip = addressKey(request.socket.remoteAddress ?? 'unknown');
    for (const [name, value] of Object.entries(
      securityHeaders(request.headers.host, publicOrigin()),
    ))
      response.setHeader(name, value);
    const run = async (): Promise<void> => {
      const refused = crossOriginRefusal(request, publicOrigin());
      if (refused !== null) {
        log.info('cross-origin-refused', {
          method: request.method,
          path: url.pathname,
          status: refused.status,
          origin: request.headers.origin,
        });
        // The body is never read: close so a large one is not waited for.
        response.setHeader('Connection', 'close');
        return sendError(response, refused);
      }
      const found = match(routes, request.method ?? 'GET', url.pathname);
      if (found === 'wrong-method')
        return sendError(response, { status: 405, message: 'method not allowed' });
      if (found === null) return fallback({ request, response, url, params: {}, ip });
      return found.route.handle({ request, response, url, params: found.params, ip });
    };
    run().catch((error: unknown) => {
      // Only the path: query strings may carry secrets.
      log.error('http-handler-failed', {
        method: request.method,
        path: url.pathname,
        error: describeError(error),
      });
      if (!response.headersSent) sendError(response, { status: 500, message: 'internal error' });
      else response.destroy();
    });
  };
}
