/**
 * Which fields of the editor hold a change that is not in the document yet. Fields save
 * themselves on blur; a change stays here only while it is being typed or when the action
 * refused it. Leaving the editor (or closing the tab) asks first while anything is here.
 * A plain object, not React state: the leave check runs in the same click that blurred the
 * last field, before React would have re-rendered.
 */
import { createContext, useContext } from 'react';

export type DraftRegistry = {
  mark: (fieldId: string, unsaved: boolean) => void;
  unsavedCount: () => number;
  /** Tells the page's status line what was just saved (for people who cannot see the field). */
  saved: (label: string) => void;
  onSaved: (listener: (label: string) => void) => () => void;
};

export function createDraftRegistry(): DraftRegistry {
  const unsaved = new Set<string>();
  const listeners = new Set<(label: string) => void>();
  return {
    mark: (fieldId, isUnsaved) => {
      if (isUnsaved) unsaved.add(fieldId);
      else unsaved.delete(fieldId);
    },
    unsavedCount: () => unsaved.size,
    saved: (label) => listeners.forEach((listener) => listener(label)),
    onSaved: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Outside an editor page (e.g. a component test of one field) nothing is tracked. */
const untracked = createDraftRegistry();
export const DraftContext = createContext<DraftRegistry>(untracked);

export function useDrafts(): DraftRegistry {
  return useContext(DraftContext);
}
