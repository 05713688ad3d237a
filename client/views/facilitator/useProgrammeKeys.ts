import { useMemo } from 'react';
import { useAgendaItems, useLiveAgendaItem } from '../../activities/agenda/useAgenda';
import { useAgendaKeys, useFacilitatorAgenda } from '../../activities/agenda/useFacilitatorAgenda';

/**
 * Arrows and a clicker's PageUp/PageDown step through the programme, on the console and on the
 * projector window alike (the clicker talks to whichever window has the focus). Pressed past
 * either end they do nothing, like the disabled buttons: no refusal shown.
 */
export function useProgrammeKeys(enabled = true): void {
  const items = useAgendaItems();
  const item = useLiveAgendaItem();
  const actions = useFacilitatorAgenda();
  const index = item === undefined ? -1 : items.findIndex((candidate) => candidate.id === item.id);
  const onFirst = index <= 0;
  const onLast = index < 0 || index === items.length - 1;
  const keyActions = useMemo(
    () => ({
      next: () => (onLast ? undefined : actions.next()),
      previous: () => (onFirst ? undefined : actions.previous()),
    }),
    [actions, onFirst, onLast],
  );
  useAgendaKeys(keyActions, enabled);
}
