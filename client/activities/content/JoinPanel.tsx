import { formatSessionCode, pagePath } from '../../../shared/core/protocol';
import { useMessages } from '../../i18n';
import { useSession } from '../../session/hooks';
import { QrCode } from '../../ui/QrCode';
import './join-panel.css';

/** The participant's URL: never carries the facilitator key. */
export function useJoinUrl(): { url: string; display: string; code: string } {
  const { code } = useSession();
  const url = `${window.location.origin}${pagePath('join', code)}`;
  return { url, display: `${window.location.host}/join`, code: formatSessionCode(code) };
}

/** Large join information: for the welcome slide and the full-screen dialog. */
export function JoinPanel() {
  const m = useMessages();
  const join = useJoinUrl();
  return (
    <div className="join-panel">
      <QrCode
        value={join.url}
        label={`${m.presenter.joinAt} ${join.url}`}
        className="join-panel__qr"
      />
      <div className="join-panel__text">
        <p className="join-panel__label">{m.presenter.joinAt}</p>
        <p className="join-panel__url">{join.display}</p>
        <p className="join-panel__label">{m.presenter.code}</p>
        <p className="join-panel__code">{join.code}</p>
      </div>
    </div>
  );
}
