import { useState } from 'react';
import { useMessages } from '../../i18n';
import { useBoard } from '../../session/hooks';
import { Dialog } from '../../ui/Dialog';
import { Icon } from '../../ui/Icon';
import { ParticipantsPanel } from './ParticipantsPanel';
import { usePresentCount } from './useVoterCount';
import { useRemovalApi, useRoomSettings } from './useRoomControl';
import './participants.css';

/**
 * The console's head count ("20 deelnemers", a lock when the doors are closed) is the door to the
 * room: a click opens the participant list. A dialog, so names reach the projector only while the
 * facilitator looks at them, and the bar keeps its one line at 1366 px.
 */
export function RoomButton({ className }: { className?: string }) {
  const m = useMessages();
  const [open, setOpen] = useState(false);
  const present = usePresentCount();
  const joined = useBoard((state) => Object.keys(state.participants).length);
  const { doorsClosed, participantCap } = useRoomSettings();
  const api = useRemovalApi();
  const label = [
    m.presenter.participants(present),
    `${m.room.open}: ${m.room.count(joined, participantCap)}`,
    doorsClosed ? m.room.doorsAreClosed : null,
  ]
    .filter((part) => part !== null)
    .join(', ');
  return (
    <>
      <button
        type="button"
        className={['room-button', className].filter(Boolean).join(' ')}
        aria-label={label}
        title={label}
        onClick={() => setOpen(true)}
      >
        <Icon name="people" size={26} />
        {doorsClosed ? <Icon name="lock" size={22} /> : null} {m.presenter.participants(present)}
      </button>
      <Dialog
        open={open}
        title={m.room.title}
        onClose={() => setOpen(false)}
        className="room-dialog"
      >
        <ParticipantsPanel api={api} />
      </Dialog>
    </>
  );
}
