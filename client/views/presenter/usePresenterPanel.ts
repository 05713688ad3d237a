import { useSearch } from '../../app/router';

/**
 * The presenter route shows the projector stage or, with `?view=programme`, the programme
 * editor. A query, not a new path: the server serves the SPA for `/present/:code` already, and
 * a reload or a second tab lands on the editor with the same facilitator key.
 */
export type PresenterPanel = 'stage' | 'programme';

export const PROGRAMME_PARAMS: Record<string, string> = { view: 'programme' };

export function usePresenterPanel(): PresenterPanel {
  const search = useSearch();
  return new URLSearchParams(search).get('view') === 'programme' ? 'programme' : 'stage';
}
