import { useMemo } from 'react';
import { addTakeaway, deleteTakeaway } from '../../../shared/activities/takeaways/actions';
import { useBoard, useSession } from '../../session/hooks';
import type { Visibility } from '../../../shared/session/moderation';
import { useTextVisibility } from '../moderation/useVisibility';
import { useReportRefusal } from '../refusals';
import {
  type ParticipantId,
  type TakeawayId,
  isParticipantId,
  isTakeawayId,
} from '../../../shared/core/ids';

export type TakeawayRow = {
  id: TakeawayId;
  authorId: ParticipantId;
  authorName: string;
  text: string;
  createdAt: number;
  visibility: Visibility;
};

/**
 * The takeaways this screen may show (the room's visible ones and the viewer's own), oldest
 * first, with their author's name (derived in a memo, see useRouteNotes).
 */
export function useAllTakeaways(): TakeawayRow[] {
  const takeaways = useBoard((state) => state.takeaways);
  const participants = useBoard((state) => state.participants);
  const moderation = useTextVisibility();
  return useMemo(() => {
    const rows: TakeawayRow[] = [];
    for (const [authorId, entries] of Object.entries(takeaways)) {
      // Keys come from participants' writes: one that is not an id is junk and is not shown.
      if (!isParticipantId(authorId)) continue;
      for (const [id, takeaway] of Object.entries(entries)) {
        if (!isTakeawayId(id)) continue;
        const ref = { root: 'takeaways', authorId, entryId: id };
        const visibility = moderation.visibility(ref);
        if (!moderation.shown(ref, visibility)) continue;
        const authorName = participants[authorId]?.name ?? '';
        const { text, createdAt } = takeaway;
        rows.push({ id, authorId, authorName, text, createdAt, visibility });
      }
    }
    return rows.sort((a, b) => a.createdAt - b.createdAt);
  }, [takeaways, participants, moderation]);
}

export function useTakeawayActions() {
  const session = useSession();
  const report = useReportRefusal();
  const { participantId } = session;
  return {
    add: (text: string) =>
      participantId !== null &&
      report(addTakeaway(session.docs.board, participantId, { text, at: Date.now() })),
    remove: (id: TakeawayId) => {
      if (participantId !== null) report(deleteTakeaway(session.docs.board, participantId, id));
    },
    participantId,
  };
}
