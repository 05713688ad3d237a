import { useMessages } from '../i18n';
import type { ConnectionStatus } from '../session/connection';

/**
 * Always-visible connection state. `role="status"` makes screen readers announce changes
 * without stealing focus; the colour is never the only signal (text + icon shape differ too).
 */
export function ConnectionBadge({ status }: { status: ConnectionStatus }) {
  const m = useMessages();
  return (
    <span
      className={`connection connection--${status}`}
      role="status"
      aria-label={m.connection.label}
    >
      <span className="connection__dot" aria-hidden="true" />
      <span className="connection__text">{m.connection[status]}</span>
    </span>
  );
}
