import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { useStore } from 'zustand';
import type { InitiativeId } from '../../../shared/core/ids';
import { useMessages } from '../../i18n';
import { useSession } from '../../session/hooks';
import { pointToBoard } from './geometry';
import { describePlace } from './describePlace';
import { useQuadrantActions } from './useQuadrantActions';

/**
 * Placing a note without dragging (a phone, a shaky hand, a switch user): tap a note to pick it
 * up, tap the board where it goes. The place is continuous, from the tap point, and goes through
 * the same `move` action as a drag, so the server's limits apply alike. Tapping the note again,
 * Escape, or the board being locked puts it back down where it was.
 */
export function useTapToPlace(boardRef: RefObject<HTMLElement | null>, locked: boolean) {
  const m = useMessages();
  const session = useSession();
  const actions = useQuadrantActions();
  const [picked, setPickedState] = useState<InitiativeId | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // Read by the callbacks, so they stay the same functions and the memoised notes do not all
  // re-render when one is picked up.
  const pickedRef = useRef<InitiativeId | null>(null);
  const setPicked = useCallback((id: InitiativeId | null) => {
    pickedRef.current = id;
    setPickedState(id);
  }, []);

  const textOf = useCallback(
    (id: InitiativeId) => session.initiatives.getState().byId[id]?.text ?? '',
    [session],
  );

  const cancel = useCallback(() => {
    const current = pickedRef.current;
    if (current === null) return;
    setPicked(null);
    setAnnouncement(m.quadrant.announce.cancel(textOf(current)));
  }, [setPicked, m, textOf]);

  /** A tap on one's own note: pick it up, or put it back when it is the one in hand. */
  const toggle = useCallback(
    (id: InitiativeId) => {
      if (pickedRef.current === id) return cancel();
      setPicked(id);
      setAnnouncement(m.quadrant.announce.pickedUp(textOf(id)));
    },
    [setPicked, cancel, m, textOf],
  );

  /** A tap on the board with a note in hand: the note goes there. */
  const placeAt = useCallback(
    (point: { x: number; y: number }) => {
      const picked = pickedRef.current;
      const rect = boardRef.current?.getBoundingClientRect();
      if (picked === null || rect === undefined) return;
      const place = pointToBoard(point, rect);
      if (place === null) return;
      actions.move(picked, place.x, place.y);
      setAnnouncement(m.quadrant.announce.drop(textOf(picked), describePlace(m, place.x, place.y)));
      setPicked(null);
    },
    [boardRef, setPicked, actions, m, textOf],
  );

  useEffect(() => {
    if (picked === null) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') cancel();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [picked, cancel]);

  // A lock (or the note vanishing) ends the pick-up: nothing may move now.
  const pickedExists = useStore(
    session.initiatives,
    (state) => picked !== null && state.byId[picked] !== undefined,
  );
  useEffect(() => {
    if (picked !== null && (locked || !pickedExists)) setPicked(null);
  }, [picked, locked, pickedExists, setPicked]);

  return { picked, toggle, placeAt, cancel, announcement };
}
