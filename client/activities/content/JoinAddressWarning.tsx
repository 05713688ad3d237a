import { useMessages } from '../../i18n';
import { usePublicAddress } from '../../session/publicAddress';
import './join-address-warning.css';

/**
 * For the facilitator only (never on the projected join panel): says when the join link cannot
 * work for others, because the server is reachable only on this computer or could not be asked.
 * Renders nothing while the address is fine or still being asked for.
 */
export function JoinAddressWarning() {
  const m = useMessages();
  const address = usePublicAddress();
  if (address.status === 'asking') return null;
  if (address.status === 'answered' && address.reachable) return null;
  const host = new URL(address.origin).host;
  const message =
    address.status === 'answered'
      ? m.joinAddress.unreachable(host)
      : m.joinAddress.unanswered(host);
  return (
    <p className="join-address-warning" role="alert">
      <strong>{m.joinAddress.warningLabel}:</strong> {message}
    </p>
  );
}
