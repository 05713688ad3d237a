import { useEffect } from 'react';
import {
  nextAgendaItem,
  previousAgendaItem,
  setCurrentAgendaItem,
} from '../../../shared/activities/agenda/actions';
import {
  extendTimer,
  pauseTimer,
  resetTimer,
  resumeTimer,
  startTimer,
} from '../../../shared/activities/agenda/timer';
import { lockBoard } from '../../../shared/activities/quadrant/board';
import type { AgendaItemId } from '../../../shared/core/ids';
import { useSession } from '../../session/hooks';
import { useReportRefusal } from '../refusals';

/**
 * The facilitator's programme controls; each is one shared action on the CONTROL document, and a
 * refusal is shown on the screen (useReportRefusal).
 */
export function useFacilitatorAgenda() {
  const control = useSession().docs.control;
  const report = useReportRefusal();
  return {
    next: () => report(nextAgendaItem(control)),
    previous: () => report(previousAgendaItem(control)),
    goTo: (id: AgendaItemId) => report(setCurrentAgendaItem(control, id)),
    startTimer: (agendaItemId: AgendaItemId, minutes: number) =>
      report(
        startTimer(control, {
          agendaItemId,
          durationMs: Math.max(1, minutes) * 60_000,
          now: Date.now(),
        }),
      ),
    pauseTimer: () => report(pauseTimer(control, Date.now())),
    resumeTimer: () => report(resumeTimer(control, Date.now())),
    resetTimer: () => report(resetTimer(control)),
    addMinute: () => report(extendTimer(control, 60_000, Date.now())),
    lockBoard: (locked: boolean) => report(lockBoard(control, locked)),
  };
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}

/** Arrow keys (and a clicker's PageUp/PageDown) step through the programme, except while typing. */
export function useAgendaKeys(
  actions: { next: () => void; previous: () => void },
  enabled: boolean,
) {
  useEffect(() => {
    if (!enabled) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target) || event.altKey || event.ctrlKey || event.metaKey) return;
      if (document.querySelector('dialog[open]') !== null) return;
      if (event.key === 'ArrowRight' || event.key === 'PageDown') {
        event.preventDefault();
        actions.next();
      } else if (event.key === 'ArrowLeft' || event.key === 'PageUp') {
        event.preventDefault();
        actions.previous();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions, enabled]);
}
