import { useJoinUrl } from '../../activities/content/JoinPanel';
import { useMessages } from '../../i18n';
import { QrCode } from '../../ui/QrCode';

/** Always on the projector: the QR, the address and the code, for whoever comes in late. */
export function JoinChip() {
  const m = useMessages();
  const join = useJoinUrl();
  return (
    <div className="join-chip">
      <QrCode
        value={join.url}
        label={`${m.presenter.joinAt} ${join.url}`}
        className="join-chip__qr"
      />
      <p className="join-chip__text">
        <span className="join-chip__url">{join.display}</span>
        <span className="join-chip__code">
          <span className="visually-hidden">{m.presenter.code} </span>
          {join.code}
        </span>
      </p>
    </div>
  );
}
