/**
 * One interval for the whole server (no timer per connection):
 * - a socket that did not answer the previous ping is dead: terminate it (unless the rate gate
 *   holds it paused: then its pong sits unread, and the gate bounds how long that lasts);
 * - a room that broadcast nothing for a whole period gets an empty awareness message, because
 *   the y-websocket client drops a socket after 30 s without any message.
 */
import type { SessionRegistry } from '../sessions/registry';
import { KEEPALIVE_MESSAGE } from './protocol';

export function startHeartbeat(registry: SessionRegistry, periodMs: number): () => void {
  const timer = setInterval(() => beat(registry, periodMs), periodMs);
  timer.unref();
  return () => clearInterval(timer);
}

function beat(registry: SessionRegistry, periodMs: number): void {
  const now = Date.now();
  for (const session of registry.loaded) {
    for (const room of session.rooms) {
      for (const connection of room.connections) {
        if (!connection.alive && !connection.held) {
          connection.socket.terminate();
          continue;
        }
        connection.alive = false;
        connection.socket.ping();
      }
      if (room.connections.size > 0 && now - room.lastBroadcastAt >= periodMs)
        room.broadcast(KEEPALIVE_MESSAGE);
    }
  }
}
