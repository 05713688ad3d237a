import { toggleRecognition } from '../../../shared/activities/reasons/actions';
import type { ReasonId } from '../../../shared/core/ids';
import { useBoard, useSession } from '../../session/hooks';
import { useReportRefusal } from '../refusals';

/** Whether I recognise an item, how many do, and the toggle. */
export function useRecognition(itemId: ReasonId) {
  const session = useSession();
  const report = useReportRefusal();
  const { participantId } = session;
  const mine = useBoard((state) =>
    participantId === null ? false : state.recognitions[participantId]?.[itemId] === true,
  );
  const count = useBoard((state) => {
    let total = 0;
    for (const items of Object.values(state.recognitions)) if (items[itemId] === true) total += 1;
    return total;
  });
  const toggle = () => {
    if (participantId !== null)
      report(toggleRecognition(session.docs.board, participantId, itemId));
  };
  return { mine, count, toggle, canToggle: participantId !== null };
}
