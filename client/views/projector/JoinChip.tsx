import { useJoinUrl } from '../../activities/content/JoinPanel';
import { useMessages } from '../../i18n';
import { QrCode } from '../../ui/QrCode';

/** Always on the projector: the QR, the address and the code, for whoever comes in late. */
export function JoinChip() {
  const m = useMessages();
  const { link, code } = useJoinUrl();
  return (
    <div className="join-chip">
      {link === null ? null : (
        <QrCode
          value={link.url}
          label={`${m.presenter.joinAt} ${link.url}`}
          className="join-chip__qr"
        />
      )}
      <p className="join-chip__text">
        <span className="join-chip__url">{link?.display ?? '…'}</span>
        <span className="join-chip__code">
          <span className="visually-hidden">{m.presenter.code} </span>
          {code}
        </span>
      </p>
    </div>
  );
}
