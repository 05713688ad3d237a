import { useCallback, useMemo } from 'react';
import {
  addInitiative,
  deleteInitiative,
  editInitiative,
  moveInitiative,
} from '../../../shared/activities/quadrant/initiatives';
import {
  INITIATIVE_COLOURS,
  type InitiativeColour,
} from '../../../shared/activities/quadrant/schema';
import { useControl, useSession } from '../../session/hooks';
import { useReportRefusal } from '../refusals';
import type { InitiativeId } from '../../../shared/core/ids';

/** A participant keeps one colour, so the room can tell whose notes are whose at a glance. */
export function colourFor(participantId: string): InitiativeColour {
  let hash = 0;
  for (const char of participantId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return INITIATIVE_COLOURS[hash % INITIATIVE_COLOURS.length] ?? 'yellow';
}

export function useBoardLocked(): boolean {
  return useControl((state) => state.live.boardLocked);
}

/** The participant's own note operations; each one shared action = one Yjs transaction. */
export function useQuadrantActions() {
  const session = useSession();
  const { participantId } = session;
  const board = session.docs.board;
  const report = useReportRefusal();

  const add = useCallback(
    (text: string) => {
      if (participantId === null) return false;
      // Start around the centre, scattered, so quick adds do not hide each other.
      const jitter = () => Math.round((Math.random() - 0.5) * 700) / 1000;
      return report(
        addInitiative(board, participantId, {
          text,
          colour: colourFor(participantId),
          x: jitter(),
          y: jitter(),
          at: Date.now(),
        }),
      );
    },
    [board, participantId, report],
  );

  const move = useCallback(
    (initiativeId: InitiativeId, x: number, y: number) => {
      if (participantId === null) return;
      report(moveInitiative(board, participantId, initiativeId, { x, y, at: Date.now() }));
    },
    [board, participantId, report],
  );

  const edit = useCallback(
    (initiativeId: InitiativeId, text: string) => {
      if (participantId === null) return false;
      return report(editInitiative(board, participantId, initiativeId, { text, at: Date.now() }));
    },
    [board, participantId, report],
  );

  const remove = useCallback(
    (initiativeId: InitiativeId) => {
      if (participantId !== null) report(deleteInitiative(board, participantId, initiativeId));
    },
    [board, participantId, report],
  );

  return useMemo(() => ({ add, move, edit, remove }), [add, move, edit, remove]);
}
