/**
 * The address people open: PUBLIC_URL when set (behind a proxy, https), otherwise the first LAN
 * address the server prints at start. Links handed out by the API come from here, never from a
 * request's Host header (which whoever sends the request chooses).
 */
import os from 'node:os';
import type { ServerConfig } from './config';

export function networkAddresses(): string[] {
  return Object.values(os.networkInterfaces())
    .flatMap((entries) => entries ?? [])
    .filter((entry) => entry.family === 'IPv4' && !entry.internal)
    .map((entry) => entry.address);
}

function isWildcard(host: string): boolean {
  return host === '0.0.0.0' || host === '::' || host === '';
}

/** Hosts the start-up lines print: every interface for a wildcard listen address. */
export function listeningHosts(config: ServerConfig): string[] {
  return isWildcard(config.host) ? ['localhost', ...networkAddresses()] : [config.host];
}

export function publicOrigin(config: ServerConfig, port: number): string {
  if (config.publicUrl !== null) return config.publicUrl;
  const host = isWildcard(config.host) ? (networkAddresses()[0] ?? 'localhost') : config.host;
  const bracketed = host.includes(':') ? `[${host}]` : host;
  return `http://${bracketed}:${port}`;
}

/**
 * Whether other devices can open `origin`: false for a loopback host (localhost, 127.x, ::1),
 * which is what publicOrigin falls back to when the machine has no LAN address and no PUBLIC_URL
 * is set. A projector showing such an address would invite a room to a link nobody can open.
 */
export function isReachableByOthers(origin: string): boolean {
  const host = new URL(origin).hostname.toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return false;
  if (host === '[::1]' || host === '::1') return false;
  return !/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
