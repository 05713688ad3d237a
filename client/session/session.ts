/**
 * A live session in this browser: the connection plus the stores bound to its documents.
 * Created once per view mount and destroyed on unmount; everything React reads comes from here.
 */
import type { StoreApi } from 'zustand/vanilla';
import { bindBoardStore, type BoardSlices } from './boardStore';
import { connectSession, type ConnectionState, type Credentials, type SessionConnection } from './connection';
import { bindControlStore, type ControlSlices } from './controlStore';
import { bindInitiativesStore, type InitiativesState } from './initiativesStore';
import { bindPresenceStore, type PresenceState } from './awarenessStore';
import { createUndoController, type UndoController } from './undo';

export type Session = {
  code: string;
  credentials: Credentials;
  /** Own participant id, or null for the facilitator. */
  participantId: string | null;
  link: SessionConnection;
  connection: StoreApi<ConnectionState>;
  initiatives: StoreApi<InitiativesState>;
  board: StoreApi<BoardSlices>;
  control: StoreApi<ControlSlices>;
  presence: StoreApi<PresenceState>;
  undo: UndoController | null;
  destroy: () => void;
};

export function openSession(code: string, credentials: Credentials): Session {
  const link = connectSession(code, credentials);
  const initiatives = bindInitiativesStore(link.board);
  const board = bindBoardStore(link.board);
  const control = bindControlStore(link.control);
  const presence = bindPresenceStore(link.boardProvider.awareness);
  const participantId = credentials.role === 'participant' ? credentials.participantId : null;
  const undo = participantId === null ? null : createUndoController(link.board, participantId);
  return {
    code,
    credentials,
    participantId,
    link,
    connection: link.connection,
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
      link.destroy();
    },
  };
}
