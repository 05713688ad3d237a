/**
 * One websocket client. Deliberately small: no timers, no document, no per-connection buffers;
 * the room holds shared state and the global heartbeat walks connections.
 */
import type { WebSocket } from 'ws';
import type { CloseCode } from '../../shared/core/protocol';
import type { Principal } from './policy';

/** The principal id every facilitator connection shares (participant ids never start with '#'). */
export const FACILITATOR_PRINCIPAL = '#facilitator';

export class Connection {
  /** Cleared by each heartbeat, set again by the client's pong; a connection still false is dead. */
  alive = true;
  /**
   * True while the rate gate holds this socket paused (rate-budget.ts): its pongs wait unread in
   * the TCP buffer, so the heartbeat must not take their absence for a dead peer. The gate closes
   * a socket held too long by itself.
   */
  held = false;
  /** The awareness clientID this connection introduced first; it may set no other. */
  awarenessClientId: number | null = null;

  constructor(
    readonly socket: WebSocket,
    readonly principal: Principal,
    readonly ip: string,
  ) {}

  /** Stable id for client-ID ownership: the participantId, or one shared id for the facilitator key. */
  get principalId(): string {
    return this.principal.role === 'facilitator'
      ? FACILITATOR_PRINCIPAL
      : this.principal.participantId;
  }

  send(message: Buffer): void {
    if (this.socket.readyState === this.socket.OPEN) this.socket.send(message);
  }

  close(code: CloseCode, reason: string): void {
    if (
      this.socket.readyState === this.socket.OPEN ||
      this.socket.readyState === this.socket.CONNECTING
    ) {
      this.socket.close(code, reason);
    }
  }
}
