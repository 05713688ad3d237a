/**
 * One live session in this browser: the BOARD and CONTROL documents, each relayed through its
 * own y-websocket room and kept in IndexedDB, plus one connection status for the UI.
 */
import { readAuthMessage } from 'y-protocols/auth';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  CLOSE_CODE,
  decodeRefusalCode,
  PARTICIPANT_REMOVED,
  roomName,
  type RefusalCode,
  type RoomKind,
  WS_PATH,
} from '../../shared/core/protocol';
import { requestTicket } from './api';
import type { ParticipantId } from '../../shared/core/ids';
import { connectWithTickets, type TicketedProvider } from './tickets';

export type Credentials =
  | { role: 'facilitator'; facilitatorKey: string }
  | {
      role: 'participant';
      participantId: ParticipantId;
      participantToken: string;
      name: string;
    };

/** online: both rooms synced; reconnecting: lost the relay, retrying; offline: no network. */
export type ConnectionStatus = 'connecting' | 'online' | 'reconnecting' | 'offline';

export type ConnectionState = {
  status: ConnectionStatus;
  /** True once both documents hold the relay's state (or the IndexedDB copy while offline). */
  loaded: boolean;
  /**
   * Set when the relay refuses us for good (session deleted, or the facilitator removed this
   * participant): stop retrying and say so.
   */
  refusal: 'deleted' | 'removed' | null;
  /** Set when the relay refused part of our edits and this screen was rebuilt from its state. */
  reverted: Reverted | null;
};

/** Why our edits were undone: the relay's refusal code, or 'other' for a code we do not know. */
export type Reverted = RefusalCode | 'other';

/** The relay refused (part of) an update we sent to room `kind`: our document has diverged. */
export type DeniedHandler = (kind: RoomKind, reason: Reverted) => void;

export type ConnectOptions = {
  onDenied?: DeniedHandler;
  reverted?: Reverted | null;
  /** Rooms to keep in memory only (their IndexedDB copy could not be cleared after a refusal). */
  withoutLocalCopy?: ReadonlySet<RoomKind>;
};

/** y-websocket's message type for y-protocols' auth messages (permission denied). */
const MESSAGE_AUTH = 2;

export type AwarenessUser = {
  participantId: string;
  name: string;
  role: 'facilitator' | 'participant';
};

export type SessionConnection = {
  code: string;
  credentials: Credentials;
  board: Y.Doc;
  control: Y.Doc;
  boardProvider: WebsocketProvider;
  controlProvider: WebsocketProvider;
  connection: StoreApi<ConnectionState>;
  destroy: () => void;
};

/** The id the facilitator uses in awareness: not a participant, never counted as one. */
export const FACILITATOR_AWARENESS_ID = 'facilitator';

function websocketUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${window.location.host}${WS_PATH}`;
}

export function awarenessUser(credentials: Credentials): AwarenessUser {
  if (credentials.role === 'facilitator') {
    return { participantId: FACILITATOR_AWARENESS_ID, name: 'Facilitator', role: 'facilitator' };
  }
  return {
    participantId: credentials.participantId,
    name: credentials.name,
    role: 'participant',
  };
}

type Room = {
  doc: Y.Doc;
  provider: WebsocketProvider;
  tickets: TicketedProvider;
  persistence: IndexeddbPersistence | null;
};

const localCopyName = (code: string, kind: RoomKind): string =>
  `collectief:${roomName(code, kind)}`;

/** cleared: gone; held-open: another tab keeps it open, so it is deleted once that tab closes. */
export type LocalCopyClearing = 'cleared' | 'held-open';

/**
 * Forgets this browser's IndexedDB copy of one room. After a refusal the copy holds edits the
 * relay replaced by placeholders, and its delete set still holds refused deletions: loaded again,
 * it would show the refused edits and send those deletions with every sync (accepted once the
 * board is unlocked, they would remove a note's position). The caller closes its own copy first;
 * deleteDatabase is then held ('blocked') only by another tab, which never closes its copy, so
 * that case answers at once instead of waiting for it.
 */
export function clearLocalCopy(code: string, kind: RoomKind): Promise<LocalCopyClearing> {
  if (typeof indexedDB === 'undefined') return Promise.resolve('cleared');
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(localCopyName(code, kind));
    request.onsuccess = () => resolve('cleared');
    request.onblocked = () => resolve('held-open');
    request.onerror = () => reject(request.error ?? new Error('deleteDatabase failed'));
  });
}

/**
 * y-websocket only logs a permission denied; we need it to rebuild the document, so this
 * provider gets its own handler for that message type (the providers' handler table is per
 * instance).
 */
function listenForDenials(provider: WebsocketProvider, kind: RoomKind, onDenied: DeniedHandler) {
  provider.messageHandlers[MESSAGE_AUTH] = (_encoder, decoder) => {
    readAuthMessage(decoder, provider.doc, (_doc, reason) => {
      onDenied(kind, decodeRefusalCode(reason) ?? 'other');
    });
  };
}

function openRoom(
  code: string,
  kind: RoomKind,
  credentials: Credentials,
  options: ConnectOptions,
  onRefused: (status: number, code?: string) => void,
): Room {
  const doc = new Y.Doc();
  const room = roomName(code, kind);
  const { onDenied, withoutLocalCopy } = options;
  // IndexedDB first: a participant whose Wi-Fi dropped still sees (and edits) the board.
  const persistence =
    typeof indexedDB === 'undefined' || withoutLocalCopy?.has(kind) === true
      ? null
      : new IndexeddbPersistence(localCopyName(code, kind), doc);
  const provider = new WebsocketProvider(websocketUrl(), room, doc, {
    // Each connection attempt first fetches a short-lived ticket: no secret in the URL.
    connect: false,
    // Tabs of one browser must still go through the relay, which checks authority.
    disableBc: true,
  });
  if (onDenied !== undefined) listenForDenials(provider, kind, onDenied);
  provider.awareness.setLocalStateField('user', awarenessUser(credentials));
  const tickets = connectWithTickets(provider, () => requestTicket(code, credentials), onRefused);
  tickets.connect();
  return { doc, provider, tickets, persistence };
}

export function connectSession(
  code: string,
  credentials: Credentials,
  options: ConnectOptions = {},
): SessionConnection {
  const connection = createStore<ConnectionState>(() => ({
    status: navigator.onLine ? 'connecting' : 'offline',
    loaded: false,
    refusal: null,
    reverted: options.reverted ?? null,
  }));
  // The ticket endpoint answers 404 once the session is gone (the relay's close says the same).
  const onRefused = (status: number, code?: string): void => {
    if (status === 404) connection.setState({ refusal: 'deleted' });
    if (code === PARTICIPANT_REMOVED) connection.setState({ refusal: 'removed' });
  };
  const boardRoom = openRoom(code, 'board', credentials, options, onRefused);
  const controlRoom = openRoom(code, 'control', credentials, options, onRefused);
  const stopTracking = trackConnection([boardRoom, controlRoom], connection);
  return {
    code,
    credentials,
    board: boardRoom.doc,
    control: controlRoom.doc,
    boardProvider: boardRoom.provider,
    controlProvider: controlRoom.provider,
    connection,
    destroy: () => {
      stopTracking();
      for (const room of [boardRoom, controlRoom]) {
        room.tickets.stop();
        room.provider.awareness.setLocalState(null);
        room.provider.destroy();
        void room.persistence?.destroy();
        room.doc.destroy();
      }
    },
  };
}

function trackConnection(rooms: Room[], connection: StoreApi<ConnectionState>): () => void {
  let everOnline = false;
  const localLoaded = new Set<Room>();

  const update = (): void => {
    const allSynced = rooms.every((room) => room.provider.synced && room.provider.wsconnected);
    if (allSynced) everOnline = true;
    const loaded =
      connection.getState().loaded ||
      allSynced ||
      (!navigator.onLine && localLoaded.size === rooms.length);
    const status: ConnectionStatus = !navigator.onLine
      ? 'offline'
      : allSynced
        ? 'online'
        : everOnline
          ? 'reconnecting'
          : 'connecting';
    connection.setState({ status, loaded });
  };

  // y-websocket keeps a dead socket until its 30 s message timeout; when the browser knows the
  // network is gone we disconnect at once and reconnect the moment it returns, so offline edits
  // flush immediately after the Wi-Fi comes back.
  const onOffline = (): void => {
    for (const room of rooms) room.provider.disconnect();
    update();
  };
  const onOnline = (): void => {
    for (const room of rooms) room.tickets.connect();
    update();
  };
  // y-websocket stops retrying by itself on 4xxx closes; we only need to tell the person why.
  const onClosed = (event: { code: number }): void => {
    if (event.code === CLOSE_CODE.sessionDeleted) connection.setState({ refusal: 'deleted' });
    if (event.code === CLOSE_CODE.participantRemoved) connection.setState({ refusal: 'removed' });
    update();
  };

  for (const room of rooms) {
    room.provider.on('status', update);
    room.provider.on('sync', update);
    room.provider.on('closed', onClosed);
    void room.persistence?.whenSynced.then(() => {
      localLoaded.add(room);
      update();
    });
  }
  window.addEventListener('offline', onOffline);
  window.addEventListener('online', onOnline);
  update();

  return () => {
    window.removeEventListener('offline', onOffline);
    window.removeEventListener('online', onOnline);
    for (const room of rooms) {
      room.provider.off('status', update);
      room.provider.off('sync', update);
      room.provider.off('closed', onClosed);
    }
  };
}
