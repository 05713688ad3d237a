import { type AgendaItemId, newAgendaItemId } from '../../../shared/core/ids';
import type { AgendaItem, AgendaItemKind } from '../../../shared/template/types';
import { useControl, useSession } from '../../session/hooks';
import { parseWholeNumber } from './EditableField';
import { moveBy, patchById, updateContent, withoutId } from './listEdits';

const NO_ITEMS: readonly AgendaItem[] = [];

/** A new item's planned minutes: the length of a typical exchange in the seed programme. */
const NEW_ITEM_MINUTES = 10;

/** The programme's items and every edit of them, each one editContent on 'agenda'. */
export function useAgendaEditor() {
  const control = useSession().docs.control;
  const items = useControl((state) => state.content?.agenda ?? NO_ITEMS);
  const currentId = useControl((state) => state.live.agendaItemId);
  const update = (change: (items: AgendaItem[]) => AgendaItem[]) =>
    updateContent(control, 'agenda', change);
  return {
    items,
    currentId,
    edit: (id: AgendaItemId, patch: Partial<Omit<AgendaItem, 'id'>>) =>
      update((current) => patchById(current, id, patch)),
    setDuration: (id: AgendaItemId, text: string) =>
      update((current) => patchById(current, id, { durationMinutes: parseWholeNumber(text) })),
    move: (id: AgendaItemId, delta: number) => update((current) => moveBy(current, id, delta)),
    remove: (id: AgendaItemId) => update((current) => withoutId(current, id)),
    add: (title: string, kind: AgendaItemKind) =>
      update((current) => [
        ...current,
        { id: newAgendaItemId(), kind, title, description: '', durationMinutes: NEW_ITEM_MINUTES },
      ]),
  };
}
