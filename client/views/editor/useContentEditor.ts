import type { ActionResult } from '../../../shared/core/run';
import type { ContentKey, SessionContent } from '../../../shared/template/types';
import { useControl, useSession } from '../../session/hooks';
import { updateContent } from './listEdits';

/**
 * One part of the workshop texts (route map, lessons...) as the screen shows it, and `update`,
 * which applies a change to the part as the document holds it now (see listEdits.ts).
 */
export function useContentPart<K extends ContentKey>(key: K) {
  const control = useSession().docs.control;
  const part = useControl((state) => state.content?.[key] ?? null);
  const update = (change: (current: SessionContent[K]) => SessionContent[K]): ActionResult =>
    updateContent(control, key, change);
  return { part, update };
}
