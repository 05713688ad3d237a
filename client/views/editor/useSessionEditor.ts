import { setSessionTitle } from '../../../shared/activities/content/actions';
import { updateSettings } from '../../../shared/session/settings';
import type { Settings } from '../../../shared/session/schema/types';
import { useControl, useSession } from '../../session/hooks';
import { parseWholeNumber } from './EditableField';

/** The session's title and settings, and the actions that change them. */
export function useSessionEditor() {
  const control = useSession().docs.control;
  const title = useControl((state) => state.meta?.title ?? '');
  const settings = useControl((state) => state.settings);
  return {
    title,
    settings,
    setTitle: (text: string) => setSessionTitle(control, text),
    setDotBudget: (text: string) => updateSettings(control, { dotBudget: parseWholeNumber(text) }),
    setMinGroupSize: (text: string) =>
      updateSettings(control, { minGroupSize: parseWholeNumber(text) }),
    update: (patch: Partial<Settings>) => updateSettings(control, patch),
  };
}
