import { lazy, type ComponentType } from 'react';
import type { ActivityView } from './types';

/**
 * A view in its own chunk (React.lazy) that can be fetched ahead of time. The registry sits in the
 * participant's first load, so everything it names for the projector, the editor and the report
 * must be lazy, or the participant would download those screens too.
 */
export function lazyView<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): ActivityView<Props> {
  let loading: Promise<{ default: ComponentType<Props> }> | undefined;
  const preload = () => (loading ??= load().then((view) => ({ default: view })));
  return Object.assign(lazy(preload), { preload });
}
