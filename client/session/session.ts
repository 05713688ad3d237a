/**
 * A live session in this browser: the two documents, the stores bound to them, presence and
 * undo. `openSession` connects to the relay; `bindSession` binds to documents it is given (the
 * component tests and the rendering benchmark use it with local Y.Docs, no network).
 */
import type * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { bindBoardStore, type BoardSlices } from './boardStore';
import {
  awarenessUser,
  connectSession,
  type ConnectionState,
  type Credentials,
} from './connection';
import { bindControlStore, type ControlSlices } from './controlStore';
import { bindInitiativesStore, type InitiativesState } from './initiativesStore';
import { bindPresenceStore, type PresenceState } from './awarenessStore';
import { createUndoController, type UndoController } from './undo';

export type SessionDocs = { board: Y.Doc; control: Y.Doc };

export type Session = {
  code: string;
  credentials: Credentials;
  /** Own participant id, or null for the facilitator. */
  participantId: string | null;
  /** Actions write here (through shared/actions), never components directly. */
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

export function openSession(code: string, credentials: Credentials): Session {
  const link = connectSession(code, credentials);
  return bindSession({
    code,
    credentials,
    docs: { board: link.board, control: link.control },
    awareness: link.boardProvider.awareness,
    connection: link.connection,
    onDestroy: link.destroy,
  });
}

/** A session over local documents, always "online": for tests and benchmarks. */
export function localSession(code: string, credentials: Credentials, docs: SessionDocs): Session {
  const awareness = new Awareness(docs.board);
  awareness.setLocalStateField('user', awarenessUser(credentials));
  const connection = createStore<ConnectionState>(() => ({
    status: 'online',
    loaded: true,
    refusal: null,
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
