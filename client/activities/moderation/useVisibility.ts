import { visibilityOf, type TextRef, type Visibility } from '../../../shared/session/moderation';
import { useControl } from '../../session/hooks';

/** What the room may see of one participant's text; re-renders only when that changes. */
export function useVisibility(ref: TextRef): Visibility {
  return useControl((state) => visibilityOf(state.moderation, state.settings.premoderation, ref));
}

/** A filter for lists of texts (takeaways, route notes) on shared screens. */
export function useIsVisible(): (ref: TextRef) => boolean {
  const moderation = useControl((state) => state.moderation);
  const premoderation = useControl((state) => state.settings.premoderation);
  return (ref) => visibilityOf(moderation, premoderation, ref) === 'visible';
}
