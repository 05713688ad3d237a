import { useState } from 'react';
import { navigate } from '../../app/router';
import { useMessages } from '../../i18n';
import { deleteSession } from '../../session/api';
import { forgetFacilitatorKey, forgetParticipant } from '../../session/identity';
import { useSession } from '../../session/hooks';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Icon } from '../../ui/Icon';

/** The facilitator erases the session (privacy: nothing stays on the server), after a confirm. */
export function DeleteSession({ facilitatorKey }: { facilitatorKey: string }) {
  const m = useMessages();
  const { code } = useSession();
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const confirm = async () => {
    const result = await deleteSession(code, facilitatorKey);
    if (!result.ok) {
      setFailed(true);
      return;
    }
    forgetParticipant(code);
    forgetFacilitatorKey(code);
    navigate('/', { replace: true });
  };
  return (
    <>
      <Button variant="danger" icon={<Icon name="trash" />} onClick={() => setOpen(true)}>
        {m.report.deleteSession}
      </Button>
      <Dialog open={open} title={m.report.deleteSession} onClose={() => setOpen(false)}>
        <div className="stack" style={{ padding: 24 }}>
          <p>{m.report.deleteConfirm}</p>
          {failed ? (
            <p className="notice notice--error" role="alert">
              {m.report.deleteFailed}
            </p>
          ) : null}
          <div className="row" style={{ justifyContent: 'flex-end' }}>
            <Button onClick={() => setOpen(false)}>{m.common.cancel}</Button>
            <Button variant="danger" onClick={() => void confirm()}>
              {m.report.deleteConfirmButton}
            </Button>
          </div>
        </div>
      </Dialog>
    </>
  );
}
