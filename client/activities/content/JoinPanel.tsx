import { formatSessionCode, pagePath } from '../../../shared/core/protocol';
import { useMessages } from '../../i18n';
import { useSession } from '../../session/hooks';
import { usePublicAddress } from '../../session/publicAddress';
import { QrCode } from '../../ui/QrCode';
import './join-panel.css';

/** `display`: what a person types (host and /join), the code shown beside it. */
export type JoinLink = { url: string; display: string };

/**
 * The participant's URL on the server's public address; null until the server has said it.
 * Never carries the facilitator key.
 */
export function useJoinUrl(): { link: JoinLink | null; code: string } {
  const { code } = useSession();
  const address = usePublicAddress();
  const formatted = formatSessionCode(code);
  if (address.status === 'asking') return { link: null, code: formatted };
  const url = `${address.origin}${pagePath('join', code)}`;
  return { link: { url, display: `${new URL(address.origin).host}/join` }, code: formatted };
}

/** Large join information: for the welcome slide and the full-screen dialog. */
export function JoinPanel() {
  const m = useMessages();
  const { link, code } = useJoinUrl();
  return (
    <div className="join-panel">
      {link === null ? (
        <div className="join-panel__qr join-panel__qr--pending" role="status">
          {m.joinAddress.asking}
        </div>
      ) : (
        <QrCode
          value={link.url}
          label={`${m.presenter.joinAt} ${link.url}`}
          className="join-panel__qr"
        />
      )}
      <div className="join-panel__text">
        <p className="join-panel__label">{m.presenter.joinAt}</p>
        <p className="join-panel__url">{link?.display ?? '…'}</p>
        <p className="join-panel__label">{m.presenter.code}</p>
        <p className="join-panel__code">{code}</p>
      </div>
    </div>
  );
}
