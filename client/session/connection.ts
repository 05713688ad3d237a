/**
 * One live session in this browser: the BOARD and CONTROL documents, each relayed through its
 * own y-websocket room and kept in IndexedDB, plus one connection status for the UI.
 */
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { CLOSE_CODE, roomName, WS_PARAM, type RoomKind } from '../../shared/protocol';

export type Credentials =
  | { role: 'facilitator'; facilitatorKey: string }
  | { role: 'participant'; participantId: string; participantToken: string; name: string };

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
};

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
  return `${scheme}://${window.location.host}/ws`;
}

function paramsFor(credentials: Credentials): Record<string, string> {
  if (credentials.role === 'facilitator') {
    return { [WS_PARAM.facilitatorKey]: credentials.facilitatorKey };
  }
  return {
    [WS_PARAM.participantId]: credentials.participantId,
    [WS_PARAM.participantToken]: credentials.participantToken,
  };
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
  persistence: IndexeddbPersistence | null;
};

function openRoom(code: string, kind: RoomKind, credentials: Credentials): Room {
  const doc = new Y.Doc();
  const room = roomName(code, kind);
  // IndexedDB first: a participant whose Wi-Fi dropped still sees (and edits) the board.
  const persistence =
    typeof indexedDB === 'undefined' ? null : new IndexeddbPersistence(`collectief:${room}`, doc);
  const provider = new WebsocketProvider(websocketUrl(), room, doc, {
    params: paramsFor(credentials),
    // Tabs of one browser must still go through the relay, which checks authority.
    disableBc: true,
  });
  provider.awareness.setLocalStateField('user', awarenessUser(credentials));
  return { doc, provider, persistence };
}

export function connectSession(code: string, credentials: Credentials): SessionConnection {
  const boardRoom = openRoom(code, 'board', credentials);
  const controlRoom = openRoom(code, 'control', credentials);
  const connection = createStore<ConnectionState>(() => ({
    status: navigator.onLine ? 'connecting' : 'offline',
    loaded: false,
    refusal: null,
  }));
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
    for (const room of rooms) room.provider.connect();
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
