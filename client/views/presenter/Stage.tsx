import { Suspense } from 'react';
import type { AgendaItem } from '../../../shared/template/types';
import { activityViews } from '../../activities/registry';
import { Loading } from '../../ui/Loading';

/** What the projector shows for an agenda item, chosen by the item's kind. */
export function Stage({ item }: { item: AgendaItem }) {
  const View = activityViews(item.kind).stage;
  // The stage views are lazy (see registry.ts): only the stage waits for one, not the whole screen.
  return (
    <Suspense fallback={<Loading />}>
      <View item={item} />
    </Suspense>
  );
}
