import { useSearch } from '../../app/router';

/**
 * The console route shows the controls or, with `?view=programme`, the programme editor. A
 * query, not a new path: the server serves the SPA for `/console/:code` already, and a reload
 * or a second tab lands on the editor with the same facilitator key.
 */
export type ConsolePanel = 'controls' | 'programme';

export const PROGRAMME_PARAMS: Record<string, string> = { view: 'programme' };

export function useConsolePanel(): ConsolePanel {
  const search = useSearch();
  return new URLSearchParams(search).get('view') === 'programme' ? 'programme' : 'controls';
}
