import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { addRouteNote } from '../../../shared/activities/routemap/routeNotes';
import { setCheckHand } from '../../../shared/activities/routemap/checkHands';
import type { CheckHand } from '../../../shared/activities/routemap/schema';
import type { RouteStepId } from '../../../shared/template/types';
import { useBoard, useControl, useSession } from '../../session/hooks';
import type { Visibility } from '../../../shared/session/moderation';
import { useTextVisibility } from '../moderation/useVisibility';
import { useReportRefusal } from '../refusals';

export type RouteNoteRow = {
  id: string;
  authorId: string;
  authorName: string;
  text: string;
  createdAt: number;
  visibility: Visibility;
};

/**
 * The notes for one step this screen may show (the room's visible ones and the viewer's own),
 * oldest first. Selects the two slices and derives the rows in a
 * memo: a selector that builds new row objects would never compare equal and loop React.
 */
export function useRouteNotes(stepId: RouteStepId): RouteNoteRow[] {
  const routeNotes = useBoard((state) => state.routeNotes);
  const participants = useBoard((state) => state.participants);
  const moderation = useTextVisibility();
  return useMemo(() => {
    const rows: RouteNoteRow[] = [];
    for (const [authorId, notes] of Object.entries(routeNotes)) {
      for (const [id, note] of Object.entries(notes)) {
        if (note.stepId !== stepId) continue;
        const ref = { root: 'routeNotes', authorId, entryId: id };
        const visibility = moderation.visibility(ref);
        if (!moderation.shown(ref, visibility)) continue;
        rows.push({
          visibility,
          id,
          authorId,
          authorName: participants[authorId]?.name ?? '',
          text: note.text,
          createdAt: note.createdAt,
        });
      }
    }
    return rows.sort((a, b) => a.createdAt - b.createdAt);
  }, [routeNotes, participants, stepId, moderation]);
}

/** Show of hands for the current CHECK round: counts, my hand, and raising it. */
export function useCheckHands() {
  const session = useSession();
  const report = useReportRefusal();
  const { participantId } = session;
  const round = useControl((state) => state.live.checkRound);
  const pollOpen = useControl((state) => state.live.checkPollOpen);
  const key = String(round);
  const counts = useBoard(
    useShallow((state) => {
      let yes = 0;
      let no = 0;
      for (const hands of Object.values(state.checkHands)) {
        if (hands[key] === 'yes') yes += 1;
        if (hands[key] === 'no') no += 1;
      }
      return { yes, no };
    }),
  );
  const mine = useBoard((state) =>
    participantId === null ? undefined : state.checkHands[participantId]?.[key],
  );
  const raise = (hand: CheckHand) => {
    if (participantId === null) return;
    report(setCheckHand(session.docs.board, participantId, round, mine === hand ? null : hand));
  };
  return { round, pollOpen, counts, mine, raise };
}

export function useAddRouteNote() {
  const session = useSession();
  const report = useReportRefusal();
  const { participantId } = session;
  return (stepId: RouteStepId, text: string) =>
    participantId !== null &&
    report(addRouteNote(session.docs.board, participantId, { stepId, text, at: Date.now() }));
}
