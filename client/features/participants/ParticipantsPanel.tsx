import { useId, useState } from 'react';
import { LIMITS } from '../../../shared/core/protocol';
import { useI18n } from '../../i18n';
import { Button } from '../../ui/Button';
import { ParticipantRow } from './ParticipantRow';
import { type RemovalApi, useParticipantList, useRemoval, useRoomSettings } from './useRoomControl';

/** Doors, cap and the list of who joined, with remove (confirm first). */
export function ParticipantsPanel({ api }: { api: RemovalApi | null }) {
  const { m } = useI18n();
  const participants = useParticipantList();
  const room = useRoomSettings();
  const removal = useRemoval(api);
  const doorsHint = useId();
  return (
    <div className="room stack">
      <div className="room__settings">
        <label className="room__doors">
          <input
            type="checkbox"
            role="switch"
            checked={room.doorsClosed}
            aria-describedby={doorsHint}
            onChange={(event) => room.setDoorsClosed(event.target.checked)}
          />
          <span>{m.room.doorsClosed}</span>
        </label>
        <p id={doorsHint} className="muted room__hint">
          {m.room.doorsClosedHint}
        </p>
        <CapField cap={room.participantCap} onSave={room.setParticipantCap} />
        <p className="muted">{m.room.count(participants.length, room.participantCap)}</p>
        {room.refused && (
          <p className="field__error" role="alert">
            {m.refused.action}
          </p>
        )}
      </div>
      <p className="room__status" role="status">
        {removal.status}
      </p>
      {participants.length === 0 ? (
        <p className="empty">{m.room.empty}</p>
      ) : (
        <table className="room__list" aria-label={m.room.listLabel}>
          <thead>
            <tr>
              <th scope="col">{m.room.name}</th>
              <th scope="col">{m.room.perspective}</th>
              <th scope="col">{m.room.joined}</th>
              <th scope="col">{m.room.status}</th>
              <th scope="col" className="room__actions">
                {m.room.actions}
              </th>
            </tr>
          </thead>
          <tbody>
            {participants.map((participant) => (
              <ParticipantRow
                key={participant.participantId}
                participant={participant}
                removal={removal}
                canRemove={api !== null}
              />
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** The cap: saved on Enter or blur when it is a whole number within bounds, else says why. */
function CapField({ cap, onSave }: { cap: number; onSave: (cap: number) => unknown }) {
  const { m } = useI18n();
  const [draft, setDraft] = useState<string | null>(null);
  const ids = { input: useId(), hint: useId() };
  const value = draft ?? String(cap);
  const parsed = Number(value);
  const valid =
    /^\d+$/.test(value.trim()) &&
    parsed >= LIMITS.minParticipantCap &&
    parsed <= LIMITS.maxParticipantCap;
  const save = (): void => {
    if (draft === null || !valid) return;
    onSave(parsed);
    setDraft(null);
  };
  return (
    <div className="field room__cap">
      <label className="field__label" htmlFor={ids.input}>
        {m.room.cap}
      </label>
      <div className="row">
        <input
          id={ids.input}
          className="input"
          inputMode="numeric"
          value={value}
          aria-invalid={!valid}
          aria-describedby={ids.hint}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={save}
          onKeyDown={(event) => {
            if (event.key === 'Enter') save();
            if (event.key === 'Escape') setDraft(null);
          }}
        />
        <Button size="small" onClick={save} disabled={draft === null || !valid}>
          {m.common.save}
        </Button>
      </div>
      <span id={ids.hint} className={valid ? 'muted' : 'field__error'}>
        {m.room.capHint(LIMITS.minParticipantCap, LIMITS.maxParticipantCap)}
      </span>
    </div>
  );
}
