import { markReady } from '../../../shared/activities/readiness/actions';
import type { AgendaItemId } from '../../../shared/core/ids';
import { useBoard, usePresence, useSession } from '../../session/hooks';
import { useReportRefusal } from '../refusals';

/** Whether I said "done" for an item, and the toggle. */
export function useOwnReadiness(agendaItemId: AgendaItemId) {
  const session = useSession();
  const report = useReportRefusal();
  const { participantId } = session;
  const ready = useBoard((state) =>
    participantId === null ? false : state.readiness[participantId]?.[agendaItemId] !== undefined,
  );
  const toggle = () => {
    if (participantId === null) return;
    report(markReady(session.docs.board, participantId, agendaItemId, !ready, Date.now()));
  };
  return { ready, toggle };
}

/** For the projector: how many of the people here now are done with the item. */
export function useReadinessCount(agendaItemId: AgendaItemId): { done: number; total: number } {
  const online = usePresence((state) => state.onlineParticipantIds);
  const done = useBoard((state) => {
    let count = 0;
    for (const [participantId, items] of Object.entries(state.readiness)) {
      if (items[agendaItemId] !== undefined && online.has(participantId)) count += 1;
    }
    return count;
  });
  return { done, total: online.size };
}
