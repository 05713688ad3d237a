import type { AgendaItem } from '../../../shared/template/types';
import { activityViews } from '../../activities/registry';

/** What a participant does during an agenda item, chosen by the item's kind. */
export function ItemPanel({ item }: { item: AgendaItem }) {
  const Panel = activityViews(item.kind).participant;
  return <Panel item={item} />;
}
