/**
 * The browser-facing guards of every answer: security headers (a strict Content-Security-Policy,
 * no framing, no referrer) and the cross-origin check for state-changing requests (an Origin from
 * another site, or a body that is not JSON, is refused before any handler runs).
 */
import type { IncomingMessage } from 'node:http';
import type { HttpError } from './respond';

/** A Host header we are willing to echo into the policy: host name or address, optional port. */
const HOST_PATTERN = /^[A-Za-z0-9.-]+(?::\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](?::\d{1,5})?$/;

/**
 * Scripts, styles, fonts and fetches come from this origin only; no inline script, no inline
 * <style>, no style="" in markup. React's `style={...}` and framer-motion write through the
 * CSSOM (element.style), which CSP does not govern, so no 'unsafe-inline' is needed anywhere
 * (checked in Chromium by tests/e2e/security.test.ts). Images may be data:/blob: URLs (the QR
 * code, the board PNG). Nothing may frame us.
 */
export function contentSecurityPolicy(host: string | undefined, publicOrigin: string): string {
  // 'self' covers same-host ws:/wss: in CSP level 3; naming them helps older browsers, and the
  // public origin covers a proxy that rewrites the Host header.
  const hosts = new Set<string>();
  if (host !== undefined && HOST_PATTERN.test(host)) hosts.add(host);
  const publicHost = new URL(publicOrigin).host;
  if (HOST_PATTERN.test(publicHost)) hosts.add(publicHost);
  const sockets = [...hosts].map((name) => ` ws://${name} wss://${name}`).join('');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${sockets}`,
    "object-src 'none'",
    "frame-src 'none'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

export function securityHeaders(
  host: string | undefined,
  publicOrigin: string,
): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(host, publicOrigin),
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * An Origin header, when present, must be this server: the public origin (PUBLIC_URL or the LAN
 * address) or the very host the request was sent to. Browsers always send Origin on cross-origin
 * requests and websocket handshakes, so a page of another site is refused here; tools without
 * Origin (curl, tests) are not browsers and carry no victim's cookies or storage.
 */
export function originRefusal(request: IncomingMessage, publicOrigin: string): HttpError | null {
  const origin = request.headers.origin;
  if (origin === undefined) return null;
  if (origin === publicOrigin) return null;
  let host: string | null = null;
  try {
    host = origin === 'null' ? null : new URL(origin).host;
  } catch {
    host = null;
  }
  if (host !== null && host === request.headers.host) return null;
  return { status: 403, message: `requests from origin ${origin.slice(0, 100)} are refused` };
}

function hasBody(request: IncomingMessage): boolean {
  const length = request.headers['content-length'];
  if (length !== undefined) return length.trim() !== '0';
  return request.headers['transfer-encoding'] !== undefined;
}

/**
 * State-changing requests: same origin, and a body (if any) declared as JSON. A cross-site
 * `<form>` or `text/plain` fetch can send neither without a CORS preflight, which we never grant.
 */
export function crossOriginRefusal(
  request: IncomingMessage,
  publicOrigin: string,
): HttpError | null {
  if (SAFE_METHODS.has(request.method ?? 'GET')) return null;
  const refused = originRefusal(request, publicOrigin);
  if (refused !== null) return refused;
  if (!hasBody(request)) return null;
  const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json')
    return {
      status: 415,
      message: 'request bodies must be sent as Content-Type: application/json',
    };
  return null;
}
