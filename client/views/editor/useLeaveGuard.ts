import { useEffect, useState } from 'react';
import type { DraftRegistry } from './drafts';

/**
 * Leaving the editor while a field holds a refused change asks first; closing or reloading the
 * tab with any unsaved change gets the browser's own question (the only one it allows).
 */
export function useLeaveGuard(drafts: DraftRegistry, leave: () => void) {
  const [asking, setAsking] = useState(0);

  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (drafts.unsavedCount() === 0) return;
      event.preventDefault();
      // Older Chromium only asks when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [drafts]);

  return {
    /** How many fields are unsaved while the question is open; 0 when it is closed. */
    asking,
    request: () => {
      const unsaved = drafts.unsavedCount();
      if (unsaved === 0) leave();
      else setAsking(unsaved);
    },
    stay: () => setAsking(0),
    leaveAnyway: () => {
      setAsking(0);
      leave();
    },
  };
}
