import { useCallback, useEffect, useId, useState } from 'react';
import type { ActionError } from '../../../shared/core/errors';
import type { ActionResult } from '../../../shared/core/run';
import { useDrafts } from './drafts';

/** Writes a field's text through a shared action; the action validates and may refuse. */
export type CommitText = (text: string) => ActionResult<unknown>;

export type FieldDraft = {
  /** What the input shows: the typed text while editing, else the document's value. */
  value: string;
  error: ActionError | null;
  /** A typed change the document does not have (yet). */
  unsaved: boolean;
  change: (text: string) => void;
  /** Commits the typed text; true when nothing is left unsaved. */
  save: () => boolean;
  /** Drops the typed text and shows the document's value again. */
  revert: () => void;
};

/**
 * One editable value of the live session. Nothing is copied while the field is idle, so a
 * change from elsewhere (another facilitator tab) shows at once; while someone types, their
 * text wins until they save or press Esc. A refused save keeps the text and the error, so a
 * typing mistake is fixed, never lost.
 */
export function useFieldDraft(stored: string, commit: CommitText, label: string): FieldDraft {
  const fieldId = useId();
  const drafts = useDrafts();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<ActionError | null>(null);

  useEffect(() => () => drafts.mark(fieldId, false), [drafts, fieldId]);

  const change = useCallback(
    (text: string) => {
      setDraft(text);
      drafts.mark(fieldId, text !== stored);
    },
    [drafts, fieldId, stored],
  );

  const revert = useCallback(() => {
    setDraft(null);
    setError(null);
    drafts.mark(fieldId, false);
  }, [drafts, fieldId]);

  const save = useCallback((): boolean => {
    if (draft === null || draft === stored) {
      revert();
      return true;
    }
    const result = commit(draft);
    if (!result.ok) {
      setError(result.error);
      drafts.mark(fieldId, true);
      return false;
    }
    revert();
    drafts.saved(label);
    return true;
  }, [commit, draft, drafts, fieldId, label, revert, stored]);

  return {
    value: draft ?? stored,
    error,
    unsaved: draft !== null && draft !== stored,
    change,
    save,
    revert,
  };
}
