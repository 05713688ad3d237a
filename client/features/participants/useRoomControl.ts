import { useState } from 'react';
import { updateSettings } from '../../../shared/session/settings';
import type { Perspective } from '../../../shared/core/protocol';
import { useMessages } from '../../i18n';
import { removeParticipant, removeParticipantTexts, type ApiError } from '../../session/api';
import { useBoard, useControl, usePresence, useSession } from '../../session/hooks';
import type { Result } from '../../../shared/core/result';

export type ListedParticipant = {
  participantId: string;
  name: string;
  perspective: Perspective | '';
  joinedAt: number;
  online: boolean;
};

/** Who joined, in order of arrival, with whether they are connected now. */
export function useParticipantList(): ListedParticipant[] {
  const participants = useBoard((state) => state.participants);
  const online = usePresence((state) => state.onlineParticipantIds);
  return Object.entries(participants)
    .map(([participantId, participant]) => ({
      participantId,
      ...participant,
      online: online.has(participantId),
    }))
    .sort((a, b) => a.joinedAt - b.joinedAt || a.name.localeCompare(b.name));
}

/**
 * The room's settings and the facilitator's switches: doors and cap go through the CONTROL
 * document. A refused change is kept as `refused` so the panel says so inside its dialog (the
 * screen's own notice sits behind the modal).
 */
export function useRoomSettings() {
  const control = useSession().docs.control;
  const doorsClosed = useControl((state) => state.settings.doorsClosed);
  const participantCap = useControl((state) => state.settings.participantCap);
  const [refused, setRefused] = useState(false);
  const update = (change: Parameters<typeof updateSettings>[1]): void => {
    setRefused(!updateSettings(control, change).ok);
  };
  return {
    doorsClosed,
    participantCap,
    refused,
    setDoorsClosed: (closed: boolean) => update({ doorsClosed: closed }),
    setParticipantCap: (cap: number) => update({ participantCap: cap }),
  };
}

/** The server's removal endpoints, with the facilitator key; swappable in component tests. */
export type RemovalApi = {
  remove: (participantId: string, texts: boolean) => Promise<Result<number, ApiError>>;
  removeTexts: (participantId: string) => Promise<Result<number, ApiError>>;
};

export function useRemovalApi(): RemovalApi | null {
  const { code, credentials } = useSession();
  if (credentials.role !== 'facilitator') return null;
  const key = credentials.facilitatorKey;
  return {
    remove: (participantId, texts) => removeParticipant(code, participantId, key, { texts }),
    removeTexts: (participantId) => removeParticipantTexts(code, participantId, key),
  };
}

export type Pending = { kind: 'remove' | 'texts'; participantId: string } | null;

/** One confirm step at a time; the result is announced in one status line. */
export function useRemoval(api: RemovalApi | null) {
  const m = useMessages();
  const [pending, setPending] = useState<Pending>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');

  const run = async (
    call: () => Promise<Result<number, ApiError>>,
    done: (removed: number) => string,
  ): Promise<void> => {
    setBusy(true);
    const result = await call();
    setBusy(false);
    setPending(null);
    setStatus(result.ok ? done(result.value) : m.room.failed);
  };

  return {
    pending,
    busy,
    status,
    ask: (next: Pending) => {
      setPending(next);
      setStatus('');
    },
    remove: (participant: ListedParticipant, texts: boolean) =>
      api === null
        ? Promise.resolve()
        : run(
            () => api.remove(participant.participantId, texts),
            () => m.room.removed(participant.name),
          ),
    removeTexts: (participant: ListedParticipant) =>
      api === null
        ? Promise.resolve()
        : run(
            () => api.removeTexts(participant.participantId),
            (removed) => m.room.textsRemoved(participant.name, removed),
          ),
  };
}
