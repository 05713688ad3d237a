import type * as Y from 'yjs';
import { actionError } from '../../core/errors';
import { type AgendaItemId, agendaItemIdDecoder } from '../../core/ids';
import { err, ok } from '../../core/result';
import { CONTROL_ROOT } from '../../core/layout';
import { controlRoot } from '../../core/roots';
import { readContentPart } from '../content/schema';
import { readAgendaLive } from './schema';
import { type ActionResult, decodeInput, notFound, transact } from '../../core/run';

/**
 * The facilitator moves the room to an agenda item (every screen follows). Leaving an item stops
 * its timer: a clock left running would count down over the next item.
 */
export function setCurrentAgendaItem(control: Y.Doc, agendaItemId: AgendaItemId): ActionResult {
  const input = decodeInput(agendaItemIdDecoder, agendaItemId, 'agendaItemId');
  if (!input.ok) return input;
  const agenda = readContentPart(control, 'agenda');
  if (!agenda.some((item) => item.id === input.value))
    return err(notFound('Agenda item', 'agendaItemId'));
  return transact(control, () => {
    const live = controlRoot(control, CONTROL_ROOT.live);
    const { agendaItemId: current, timer } = readAgendaLive(control);
    if (current !== input.value && timer !== null) live.set('timer', null);
    live.set('agendaItemId', input.value);
    return ok(undefined);
  });
}

function stepAgenda(control: Y.Doc, offset: 1 | -1): ActionResult<AgendaItemId> {
  const agenda = readContentPart(control, 'agenda');
  const currentIndex = agenda.findIndex((item) => item.id === readAgendaLive(control).agendaItemId);
  const target = agenda[currentIndex === -1 ? 0 : currentIndex + offset];
  if (target === undefined) {
    return err(
      actionError(
        offset === 1 ? 'at-end' : 'at-start',
        offset === 1 ? 'This is the last agenda item' : 'This is the first agenda item',
      ),
    );
  }
  const moved = setCurrentAgendaItem(control, target.id);
  return moved.ok ? ok(target.id) : moved;
}

/** Returns the id of the item moved to; 'at-end' on the last one. */
export function nextAgendaItem(control: Y.Doc): ActionResult<AgendaItemId> {
  return stepAgenda(control, 1);
}

/** Returns the id of the item moved to; 'at-start' on the first one. */
export function previousAgendaItem(control: Y.Doc): ActionResult<AgendaItemId> {
  return stepAgenda(control, -1);
}
