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
