import { visibilityOf, type TextRef, type Visibility } from '../../../shared/session/moderation';
import { useMemo } from 'react';
import { useControl, useSession } from '../../session/hooks';

/** What the room may see of one participant's text; re-renders only when that changes. */
export function useVisibility(ref: TextRef): Visibility {
  return useControl((state) => visibilityOf(state.moderation, state.settings.premoderation, ref));
}

/**
 * For lists of texts (takeaways, route notes): the visibility of each, and whether this screen
 * shows it: what the room may see, plus the viewer's own texts (which say why they wait or are
 * hidden). The projector and the console have no participant id, so they show only the visible.
 */
export function useTextVisibility(): {
  visibility: (ref: TextRef) => Visibility;
  shown: (ref: TextRef, visibility: Visibility) => boolean;
} {
  const moderation = useControl((state) => state.moderation);
  const premoderation = useControl((state) => state.settings.premoderation);
  const { participantId } = useSession();
  return useMemo(
    () => ({
      visibility: (ref) => visibilityOf(moderation, premoderation, ref),
      shown: (ref, visibility) => visibility === 'visible' || ref.authorId === participantId,
    }),
    [moderation, premoderation, participantId],
  );
}
