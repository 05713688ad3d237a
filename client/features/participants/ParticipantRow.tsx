import { useState } from 'react';
import { useI18n } from '../../i18n';
import { Button } from '../../ui/Button';
import type { ListedParticipant, useRemoval } from './useRoomControl';

type RowProps = {
  participant: ListedParticipant;
  removal: ReturnType<typeof useRemoval>;
  canRemove: boolean;
};

/** One participant; "remove" and "delete texts" each ask once before they act. */
export function ParticipantRow({ participant, removal, canRemove }: RowProps) {
  const { m, lang } = useI18n();
  const { participantId, name } = participant;
  const asking = removal.pending?.participantId === participantId ? removal.pending.kind : null;
  const joined = new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit' }).format(
    participant.joinedAt,
  );
  return (
    <>
      <tr className={participant.online ? 'room__row' : 'room__row room__row--offline'}>
        <th scope="row">{name}</th>
        <td>{participant.perspective === '' ? '' : m.perspectives[participant.perspective]}</td>
        <td>
          <time dateTime={new Date(participant.joinedAt).toISOString()}>{joined}</time>
        </td>
        <td>{participant.online ? m.room.online : m.room.offline}</td>
        <td className="room__actions">
          <Button
            size="small"
            variant="ghost"
            disabled={!canRemove || removal.busy}
            aria-label={m.room.removeTextsLabel(name)}
            onClick={() => removal.ask({ kind: 'texts', participantId })}
          >
            {m.room.removeTexts}
          </Button>
          <Button
            size="small"
            variant="danger"
            disabled={!canRemove || removal.busy}
            aria-label={m.room.removeLabel(name)}
            onClick={() => removal.ask({ kind: 'remove', participantId })}
          >
            {m.room.remove}
          </Button>
        </td>
      </tr>
      {asking === null ? null : (
        <tr className="room__confirm">
          <td colSpan={5}>
            <Confirm participant={participant} kind={asking} removal={removal} />
          </td>
        </tr>
      )}
    </>
  );
}

function Confirm({
  participant,
  kind,
  removal,
}: {
  participant: ListedParticipant;
  kind: 'remove' | 'texts';
  removal: ReturnType<typeof useRemoval>;
}) {
  const { m } = useI18n();
  const [alsoTexts, setAlsoTexts] = useState(false);
  const cancel = (
    <Button size="small" variant="ghost" onClick={() => removal.ask(null)} disabled={removal.busy}>
      {m.common.cancel}
    </Button>
  );
  if (kind === 'texts') {
    return (
      <div className="row" role="group" aria-label={m.room.removeTextsLabel(participant.name)}>
        <span>{m.room.confirmRemoveTexts(participant.name)}</span>
        <Button
          size="small"
          variant="danger"
          disabled={removal.busy}
          onClick={() => void removal.removeTexts(participant)}
        >
          {removal.busy ? m.room.working : m.room.yesRemoveTexts}
        </Button>
        {cancel}
      </div>
    );
  }
  return (
    <div className="row" role="group" aria-label={m.room.removeLabel(participant.name)}>
      <span>{m.room.confirmRemove(participant.name)}</span>
      <label className="row">
        <input
          type="checkbox"
          checked={alsoTexts}
          onChange={(event) => setAlsoTexts(event.target.checked)}
        />
        <span>{m.room.alsoTexts}</span>
      </label>
      <Button
        size="small"
        variant="danger"
        disabled={removal.busy}
        onClick={() => void removal.remove(participant, alsoTexts)}
      >
        {removal.busy ? m.room.working : m.room.yesRemove}
      </Button>
      {cancel}
    </div>
  );
}
