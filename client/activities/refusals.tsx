import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { ActionError } from '../../shared/core/errors';
import type { ActionResult } from '../../shared/core/run';
import { useMessages } from '../i18n';
import { Notice } from '../ui/Notice';

type Tell = (error: ActionError) => void;

/**
 * Without a RefusalsProvider (a component rendered alone in a test) a refusal has nobody to be
 * shown to; every screen that renders activities provides one.
 */
const TellContext = createContext<Tell>(() => undefined);
const RefusedContext = createContext<{ refused: ActionError | null; dismiss: () => void }>({
  refused: null,
  dismiss: () => undefined,
});

/** Holds the last refused action of this screen until the person dismisses it. */
export function RefusalsProvider({ children }: { children: ReactNode }) {
  const [refused, setRefused] = useState<ActionError | null>(null);
  const dismiss = useCallback(() => setRefused(null), []);
  const shown = useMemo(() => ({ refused, dismiss }), [refused, dismiss]);
  return (
    <TellContext.Provider value={setRefused}>
      <RefusedContext.Provider value={shown}>{children}</RefusedContext.Provider>
    </TellContext.Provider>
  );
}

/**
 * `report(result)` passes a shared action's result on: a refusal is shown to the person who
 * acted (RefusedNotice), so a click that changed nothing never looks like one that worked.
 * Returns whether the action went through.
 */
export function useReportRefusal(): (result: ActionResult<unknown>) => boolean {
  const tell = useContext(TellContext);
  return useCallback(
    (result: ActionResult<unknown>) => {
      if (!result.ok) tell(result.error);
      return result.ok;
    },
    [tell],
  );
}

/** The last refusal, as a notice the person dismisses. */
export function RefusedNotice() {
  const m = useMessages();
  const { refused, dismiss } = useContext(RefusedContext);
  if (refused === null) return null;
  return (
    <Notice tone="warn" dismissLabel={m.refused.dismiss} onDismiss={dismiss}>
      {m.refused.action} {m.refused.why[refused.code]}
    </Notice>
  );
}
