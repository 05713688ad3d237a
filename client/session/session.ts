/**
 * A live session in this browser: the two documents, the stores bound to them, presence and
 * undo. `openSession` connects to the relay; `bindSession` binds to documents it is given (the
 * component tests and the rendering benchmark use it with local Y.Docs, no network).
 */
import type * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { bindBoardStore, type BoardSlices } from './boardStore';
import type { RoomKind } from '../../shared/core/protocol';
import {
  awarenessUser,
  clearLocalCopy,
  connectSession,
  type ConnectOptions,
  type ConnectionState,
  type Credentials,
  type Reverted,
} from './connection';
import { bindControlStore, type ControlSlices } from './controlStore';
import { bindInitiativesStore, type InitiativesState } from './initiativesStore';
import { bindPresenceStore, type PresenceState } from './awarenessStore';
import { createUndoController, type UndoController } from './undo';
import type { ParticipantId } from '../../shared/core/ids';

export type SessionDocs = { board: Y.Doc; control: Y.Doc };

export type Session = {
  code: string;
  credentials: Credentials;
  /** Own participant id, or null for the facilitator. */
  participantId: ParticipantId | null;
  /** Actions write here (through the shared activities' actions), never components directly. */
  docs: SessionDocs;
  /** The BOARD room's awareness: presence and live drags. */
  awareness: Awareness;
  connection: StoreApi<ConnectionState>;
  initiatives: StoreApi<InitiativesState>;
  board: StoreApi<BoardSlices>;
  control: StoreApi<ControlSlices>;
  presence: StoreApi<PresenceState>;
  undo: UndoController | null;
  destroy: () => void;
};

type BindInput = {
  code: string;
  credentials: Credentials;
  docs: SessionDocs;
  awareness: Awareness;
  connection: StoreApi<ConnectionState>;
  onDestroy: () => void;
};

export function bindSession(input: BindInput): Session {
  const { docs, credentials } = input;
  const initiatives = bindInitiativesStore(docs.board);
  const board = bindBoardStore(docs.board);
  const control = bindControlStore(docs.control);
  const presence = bindPresenceStore(input.awareness);
  const participantId = credentials.role === 'participant' ? credentials.participantId : null;
  const undo = participantId === null ? null : createUndoController(docs.board, participantId);
  return {
    code: input.code,
    credentials,
    participantId,
    docs,
    awareness: input.awareness,
    connection: input.connection,
    initiatives: initiatives.store,
    board: board.store,
    control: control.store,
    presence: presence.store,
    undo,
    destroy: () => {
      undo?.destroy();
      presence.destroy();
      control.destroy();
      board.destroy();
      initiatives.destroy();
      input.onDestroy();
    },
  };
}

export function openSession(
  code: string,
  credentials: Credentials,
  options: ConnectOptions = {},
): Session {
  const link = connectSession(code, credentials, options);
  return bindSession({
    code,
    credentials,
    docs: { board: link.board, control: link.control },
    awareness: link.boardProvider.awareness,
    connection: link.connection,
    onDestroy: link.destroy,
  });
}

/**
 * A session that returns to the shared state when the relay refuses part of our edits (e.g. a
 * note moved offline while the facilitator locked the board). The relay kept what it allowed and
 * put placeholders where the rest was; only this browser still shows the rest, and no Yjs
 * operation can take it back (the clocks are used). So the session is rebuilt: the refused room's
 * IndexedDB copy is forgotten and a fresh document (new client id) syncs from the relay, which
 * holds every edit of ours it accepted. The fresh document never had the refused clocks, so it
 * cannot send them again: no loop. Calls `show` with each session it opens; returns `close`.
 */
export function openRecoveringSession(
  code: string,
  credentials: Credentials,
  show: (session: Session) => void,
): () => void {
  let current: Session | null = null;
  let closed = false;

  const open = (reverted: Reverted | null, withoutLocalCopy: ReadonlySet<RoomKind>): void => {
    const deniedRooms = new Set<RoomKind>();
    let reason: Reverted = 'other';
    const session = openSession(code, credentials, {
      reverted,
      withoutLocalCopy,
      onDenied: (kind, refusal) => {
        if (deniedRooms.size === 0) queueMicrotask(rebuild);
        deniedRooms.add(kind);
        reason = refusal;
      },
    });
    // Out of the provider's message handler first, then once for every room refused meanwhile.
    // Destroying the session closes this tab's IndexedDB copies before they are deleted.
    const rebuild = (): void => {
      if (closed || current !== session) return;
      session.destroy();
      current = null;
      const rooms = [...deniedRooms];
      const memoryOnly = new Set(withoutLocalCopy);
      void Promise.all(rooms.map((kind) => clearLocalCopy(code, kind)))
        .then((outcomes) => {
          // Another tab holds a copy open: never load it again in this session.
          rooms.forEach((kind, index) => {
            if (outcomes[index] === 'held-open') memoryOnly.add(kind);
          });
        })
        .catch((error: unknown) => {
          console.error('Collectief: could not clear the local copy', error);
          for (const kind of rooms) memoryOnly.add(kind);
        })
        .then(() => {
          if (!closed) open(reason, memoryOnly);
        });
    };
    current = session;
    show(session);
  };

  open(null, new Set());
  return () => {
    closed = true;
    current?.destroy();
    current = null;
  };
}

/** A session over local documents, always "online": for tests and benchmarks. */
export function localSession(code: string, credentials: Credentials, docs: SessionDocs): Session {
  const awareness = new Awareness(docs.board);
  awareness.setLocalStateField('user', awarenessUser(credentials));
  const connection = createStore<ConnectionState>(() => ({
    status: 'online',
    loaded: true,
    refusal: null,
    reverted: null,
  }));
  return bindSession({
    code,
    credentials,
    docs,
    awareness,
    connection,
    onDestroy: () => awareness.destroy(),
  });
}
