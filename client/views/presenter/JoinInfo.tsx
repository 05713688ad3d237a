import { useState } from 'react';
import { JoinPanel, useJoinUrl } from '../../activities/content/JoinPanel';
import { useMessages } from '../../i18n';
import { Dialog } from '../../ui/Dialog';
import { QrCode } from '../../ui/QrCode';

/** Always on screen: code, URL and a small QR; one click makes it fill the projector. */
export function JoinChip() {
  const m = useMessages();
  const { link, code } = useJoinUrl();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="join-chip"
        onClick={() => setOpen(true)}
        aria-label={m.presenter.showJoin}
      >
        {link === null ? null : <QrCode value={link.url} label={null} className="join-chip__qr" />}
        <span className="join-chip__text">
          <span className="join-chip__url">{link?.display ?? '…'}</span>
          <span className="join-chip__code">{code}</span>
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
