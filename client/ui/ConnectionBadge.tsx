import { useMessages } from '../i18n';
import type { ConnectionStatus } from '../session/connection';
import { NARROW_SCREEN, useMediaQuery } from './useMediaQuery';

/**
 * Always-visible connection state. `role="status"` makes screen readers announce changes
 * without stealing focus; the colour is never the only signal (text + icon shape differ too).
 * On a phone the badge is compact: the long texts pushed a 390 px page to 445 px, so it shows
 * a short word (the dot alone while all is well) and keeps the full text as its tooltip.
 */
export function ConnectionBadge({ status }: { status: ConnectionStatus }) {
  const m = useMessages();
  const compact = useMediaQuery(NARROW_SCREEN);
  const text = compact ? m.connection.short[status] : m.connection[status];
  return (
    <span
      className={`connection connection--${status}${compact ? ' connection--compact' : ''}`}
      role="status"
      aria-label={m.connection.label}
      title={m.connection[status]}
    >
      <span className="connection__dot" aria-hidden="true" />
      <span
        className={
          compact && status === 'online' ? 'connection__text visually-hidden' : 'connection__text'
        }
      >
        {text}
      </span>
    </span>
  );
}
