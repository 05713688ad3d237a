import { useState } from 'react';
import { useMessages } from '../../i18n';
import { useBoard } from '../../session/hooks';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Icon } from '../../ui/Icon';
import { ParticipantsPanel } from './ParticipantsPanel';
import { useRemovalApi, useRoomSettings } from './useRoomControl';
import './participants.css';

/**
 * The facilitator's door to the room: a button in the console's bar (count against the cap, a
 * lock when the doors are closed) opening the participant list. A dialog, so names are on the
 * projector only while the facilitator looks at them.
 */
export function RoomButton() {
  const m = useMessages();
  const [open, setOpen] = useState(false);
  const joined = useBoard((state) => Object.keys(state.participants).length);
  const { doorsClosed, participantCap } = useRoomSettings();
  const api = useRemovalApi();
  return (
    <>
      <Button
        icon={<Icon name={doorsClosed ? 'lock' : 'people'} />}
        onClick={() => setOpen(true)}
        aria-label={`${m.room.open}: ${m.room.count(joined, participantCap)}${doorsClosed ? `, ${m.room.doorsAreClosed}` : ''}`}
      >
        {m.room.openWithCount(joined, participantCap)}
      </Button>
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
