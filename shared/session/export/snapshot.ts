/**
 * A session as plain data: what every exporter reads. Exporters are pure functions of a
 * snapshot, so the server renders the same report from the documents it holds that a test
 * renders from a hand-made snapshot.
 */
import type * as Y from 'yjs';
import { readBoard } from '../schema/readBoard';
import { readControl } from '../schema/readControl';
import type { BoardState, ControlState } from '../schema/types';

export type SessionSnapshot = { control: ControlState; board: BoardState };

export function snapshotSession(control: Y.Doc, board: Y.Doc): SessionSnapshot {
  return { control: readControl(control), board: readBoard(board) };
}
