/**
 * One benchmark client: an official provider (y-websocket's, or Hocuspocus's own for Hocuspocus)
 * on a Y.Doc, over a `ws` socket that counts every frame the relay sends it.
 */
import * as Y from 'yjs';
import WebSocket from 'ws';
import * as decoding from 'lib0/decoding';
import { WebsocketProvider } from 'y-websocket';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type { ClientSpec, WireProtocol } from '../relays/relay';

/** What the relay sent to one socket: all frames, and the document-sync frames among them. */
export type SocketCounter = {
  messages: number;
  bytes: number;
  syncMessages: number;
  syncBytes: number;
};

export function emptyCounter(): SocketCounter {
  return { messages: 0, bytes: 0, syncMessages: 0, syncBytes: 0 };
}

export function resetCounter(counter: SocketCounter): void {
  Object.assign(counter, emptyCounter());
}

/** Message type 0 is sync in both protocols; Hocuspocus puts the document name in front of it. */
function isSyncFrame(frame: Uint8Array, protocol: WireProtocol): boolean {
  const decoder = decoding.createDecoder(frame);
  if (protocol === 'hocuspocus') decoding.readVarString(decoder);
  return decoding.readVarUint(decoder) === 0;
}

function toBytes(data: WebSocket.RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

function countingWebSocket(counter: SocketCounter, protocol: WireProtocol) {
  return class CountingWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols);
      this.on('message', (data: WebSocket.RawData) => {
        const frame = toBytes(data);
        counter.messages += 1;
        counter.bytes += frame.byteLength;
        if (isSyncFrame(frame, protocol)) {
          counter.syncMessages += 1;
          counter.syncBytes += frame.byteLength;
        }
      });
    }
  };
}

type Connection =
  | { protocol: 'y-websocket'; provider: WebsocketProvider }
  | { protocol: 'hocuspocus'; provider: HocuspocusProvider; socket: HocuspocusProviderWebsocket };

export class BenchClient {
  readonly doc = new Y.Doc();
  private readonly connection: Connection;
  private readonly synced: Promise<void>;

  /** `sharedSocket`: Hocuspocus multiplexes several documents over one socket, as its clients do. */
  constructor(
    readonly spec: ClientSpec,
    readonly counter: SocketCounter = emptyCounter(),
    sharedSocket?: HocuspocusProviderWebsocket,
  ) {
    this.connection =
      spec.protocol === 'y-websocket' ? this.openYWebsocket() : this.openHocuspocus(sharedSocket);
    this.awareness?.setLocalStateField('user', spec.identity);
    this.synced = new Promise((resolve) => {
      if (this.connection.protocol === 'y-websocket') {
        const provider = this.connection.provider;
        const onSync = (isSynced: boolean) => {
          if (!isSynced) return;
          provider.off('sync', onSync);
          resolve();
        };
        provider.on('sync', onSync);
      } else {
        const provider = this.connection.provider;
        if (provider.isSynced) resolve();
        else provider.on('synced', () => resolve());
      }
    });
  }

  get awareness() {
    return this.connection.provider.awareness ?? null;
  }

  get hocuspocusSocket(): HocuspocusProviderWebsocket | undefined {
    return this.connection.protocol === 'hocuspocus' ? this.connection.socket : undefined;
  }

  whenSynced(timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(
              `client ${this.spec.identity.participantId} not synced to ${this.spec.room} in ${timeoutMs} ms`,
            ),
          ),
        timeoutMs,
      );
      void this.synced.then(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  destroy(): void {
    this.connection.provider.destroy();
    if (this.connection.protocol === 'hocuspocus') this.connection.socket.destroy();
    this.doc.destroy();
  }

  private openYWebsocket(): Connection {
    const provider = new WebsocketProvider(this.spec.url, this.spec.room, this.doc, {
      params: this.spec.params,
      WebSocketPolyfill: countingWebSocket(
        this.counter,
        'y-websocket',
      ) as unknown as typeof globalThis.WebSocket,
      // Many providers share a process here: without this they would sync through an
      // in-process BroadcastChannel and skip the relay.
      disableBc: true,
    });
    return { protocol: 'y-websocket', provider };
  }

  private openHocuspocus(sharedSocket?: HocuspocusProviderWebsocket): Connection {
    const socket =
      sharedSocket ??
      new HocuspocusProviderWebsocket({
        url: this.spec.url,
        WebSocketPolyfill: countingWebSocket(this.counter, 'hocuspocus'),
      });
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: this.spec.room,
      document: this.doc,
    });
    provider.attach();
    return { protocol: 'hocuspocus', provider, socket };
  }
}
