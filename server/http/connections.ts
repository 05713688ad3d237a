/**
 * At most `limit` plain HTTP connections open at once per client address (an IPv6 /64 as one):
 * slow clients from one address cannot hold every socket. A connection that becomes a websocket
 * is released here (the relay counts websockets itself, MAX_CONNECTIONS_PER_IP).
 */
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from '../log';
import { addressKey } from './rate-limit';

const LOG_INTERVAL_MS = 10_000;

export function limitConnectionsPerAddress(
  server: http.Server,
  limit: number,
  log: Logger,
): { release(socket: Duplex): void } {
  const open = new Map<string, number>();
  const counted = new WeakMap<Duplex, string>();
  let loggedAt = -Infinity;

  const release = (socket: Duplex): void => {
    const key = counted.get(socket);
    if (key === undefined) return;
    counted.delete(socket);
    const left = (open.get(key) ?? 1) - 1;
    if (left <= 0) open.delete(key);
    else open.set(key, left);
  };

  server.on('connection', (socket) => {
    const key = addressKey(socket.remoteAddress ?? 'unknown');
    const count = open.get(key) ?? 0;
    if (count >= limit) {
      if (Date.now() - loggedAt >= LOG_INTERVAL_MS) {
        loggedAt = Date.now();
        log.warn('http-connection-refused', {
          address: key,
          open: count,
          reason: 'too many connections from this address',
        });
      }
      socket.destroy();
      return;
    }
    open.set(key, count + 1);
    counted.set(socket, key);
    socket.once('close', () => release(socket));
  });
  return { release };
}
