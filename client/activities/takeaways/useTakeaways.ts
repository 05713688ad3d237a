import { useMemo } from 'react';
import { addTakeaway, deleteTakeaway } from '../../../shared/activities/takeaways/actions';
import { useBoard, useSession } from '../../session/hooks';
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
};

/** Everyone's takeaways, newest last, with their author's name (derived in a memo, see useRouteNotes). */
export function useAllTakeaways(): TakeawayRow[] {
  const takeaways = useBoard((state) => state.takeaways);
  const participants = useBoard((state) => state.participants);
  return useMemo(() => {
    const rows: TakeawayRow[] = [];
    for (const [authorId, entries] of Object.entries(takeaways)) {
      // Keys come from participants' writes: one that is not an id is junk and is not shown.
      if (!isParticipantId(authorId)) continue;
      for (const [id, takeaway] of Object.entries(entries)) {
        if (!isTakeawayId(id)) continue;
        const authorName = participants[authorId]?.name ?? '';
        rows.push({ id, authorId, authorName, text: takeaway.text, createdAt: takeaway.createdAt });
      }
    }
    return rows.sort((a, b) => a.createdAt - b.createdAt);
  }, [takeaways, participants]);
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
