import { useState } from 'react';
import type { AgendaItem } from '../../../shared/template/types';
import { useControl } from '../../session/hooks';

const NO_ITEMS: readonly AgendaItem[] = [];

export function useAgendaItems(): readonly AgendaItem[] {
  return useControl((state) => state.content?.agenda ?? NO_ITEMS);
}

/** The facilitator's current item; the first item before the facilitator picked one. */
export function useLiveAgendaItem(): AgendaItem | undefined {
  const items = useAgendaItems();
  const liveId = useControl((state) => state.live.agendaItemId);
  return items.find((item) => item.id === liveId) ?? items[0];
}

/**
 * A participant follows the facilitator by default; picking an earlier item pins the view
 * there ("looking back") until they return to now.
 */
export function useFollowedAgendaItem() {
  const items = useAgendaItems();
  const live = useLiveAgendaItem();
  const [pinnedId, setPinnedId] = useState<string | null>(null);
  const pinned = pinnedId === null ? undefined : items.find((item) => item.id === pinnedId);
  const shown = pinned ?? live;
  const following = pinned === undefined || pinned.id === live?.id;
  return {
    items,
    live,
    shown,
    following,
    lookAt: (id: string) => setPinnedId(id === live?.id ? null : id),
    follow: () => setPinnedId(null),
  };
}
