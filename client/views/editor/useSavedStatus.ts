import { useEffect, useState } from 'react';
import type { DraftRegistry } from './drafts';

/** The last field saved, for the page's polite status line (fields save silently otherwise). */
export function useSavedStatus(drafts: DraftRegistry): string | null {
  const [label, setLabel] = useState<string | null>(null);
  useEffect(() => drafts.onSaved(setLabel), [drafts]);
  return label;
}
