import { Suspense } from 'react';
import type { AgendaItem } from '../../../shared/template/types';
import { activityViews } from '../../activities/registry';
import { FitToBox } from '../../ui/FitToBox';
import { Loading } from '../../ui/Loading';

/**
 * What the projector shows for an agenda item, chosen by its kind, in the room left under the
 * title: whatever is longer than that is scaled to fit, never cut off or scrolled.
 */
export function Stage({ item }: { item: AgendaItem }) {
  const View = activityViews(item.kind).stage;
  // The stage views are lazy (see registry.ts): only the stage waits for one, not the whole screen.
  return (
    <FitToBox>
      <Suspense fallback={<Loading />}>
        <View item={item} />
      </Suspense>
    </FitToBox>
  );
}
