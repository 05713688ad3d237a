import { useEffect, useState } from 'react';
import { checkFacilitatorKey } from '../../session/api';
import { takeFacilitatorKeyFromUrl } from '../../session/identity';

export type KeyState =
  | { phase: 'checking' }
  | { phase: 'missing' }
  | { phase: 'rejected' }
  | { phase: 'ready'; facilitatorKey: string };

/**
 * The facilitator key: from `#key=` (then removed from the address bar) or from localStorage,
 * so reopening the console on the same machine, a projector window it opens, or the link on
 * another device continues. A server we cannot reach does not reject the key: the page opens and
 * reconnects.
 */
export function useFacilitatorKey(code: string): KeyState {
  const [state, setState] = useState<KeyState>({ phase: 'checking' });
  useEffect(() => {
    const facilitatorKey = takeFacilitatorKeyFromUrl(code);
    if (facilitatorKey === null) {
      setState({ phase: 'missing' });
      return undefined;
    }
    let cancelled = false;
    void checkFacilitatorKey(code, facilitatorKey).then((result) => {
      if (cancelled) return;
      const refused = !result.ok && result.error.status >= 400 && result.error.status < 500;
      setState(refused ? { phase: 'rejected' } : { phase: 'ready', facilitatorKey });
    });
    return () => {
      cancelled = true;
    };
  }, [code]);
  return state;
}
