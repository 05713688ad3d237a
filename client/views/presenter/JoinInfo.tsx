import { useState } from 'react';
import { formatSessionCode, pagePath } from '../../../shared/core/protocol';
import { useMessages } from '../../i18n';
import { useSession } from '../../session/hooks';
import { Dialog } from '../../ui/Dialog';
import { QrCode } from '../../ui/QrCode';

/** The participant's URL: never carries the facilitator key. */
export function useJoinUrl(): { url: string; display: string; code: string } {
  const { code } = useSession();
  const url = `${window.location.origin}${pagePath('join', code)}`;
  return { url, display: `${window.location.host}/join`, code: formatSessionCode(code) };
}

/** Always on screen: code, URL and a small QR; one click makes it fill the projector. */
export function JoinChip() {
  const m = useMessages();
  const join = useJoinUrl();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="join-chip"
        onClick={() => setOpen(true)}
        aria-label={m.presenter.showJoin}
      >
        <QrCode value={join.url} label={null} className="join-chip__qr" />
        <span className="join-chip__text">
          <span className="join-chip__url">{join.display}</span>
          <span className="join-chip__code">{join.code}</span>
        </span>
      </button>
      <Dialog
        open={open}
        title={m.presenter.joinAt}
        onClose={() => setOpen(false)}
        className="join-dialog"
      >
        <JoinPanel />
      </Dialog>
    </>
  );
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
