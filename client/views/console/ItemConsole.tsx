import { Suspense } from 'react';
import type { AgendaItem } from '../../../shared/template/types';
import { activityViews } from '../../activities/registry';
import { useMessages } from '../../i18n';
import { Loading } from '../../ui/Loading';

/** The live item's own controls (open a proposition, moderate a note), chosen by its kind. */
export function ItemConsole({ item }: { item: AgendaItem }) {
  const m = useMessages();
  const View = activityViews(item.kind).console;
  return (
    <section className="console-item card" aria-label={m.console.itemControls}>
      {View === undefined ? (
        <p className="muted">{m.console.noItemControls}</p>
      ) : (
        <Suspense fallback={<Loading />}>
          <View item={item} />
        </Suspense>
      )}
    </section>
  );
}
