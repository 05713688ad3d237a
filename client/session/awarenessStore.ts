/**
 * Who is here and who is moving what, from the BOARD room's awareness. Awareness is presence
 * only: it never grants authority and is never stored. Who is online comes from the relay's own
 * entry (SERVER_PRESENCE_FIELD: the participants holding an open socket), never from what other
 * clients' states claim, so made-up presence entries do not change the count.
 */
import type { Awareness } from 'y-protocols/awareness';
import { createStore } from 'zustand/vanilla';
import { SERVER_PRESENCE_FIELD } from '../../shared/core/protocol';
import { isRecord } from '../../shared/core/decode';
import type { BoundStore } from './initiativesStore';

export type RemoteDrag = { name: string; x: number; y: number };

export type PresenceState = {
  /** Distinct participants connected now (the facilitator is not counted). */
  participantCount: number;
  onlineParticipantIds: ReadonlySet<string>;
  /** initiativeId -> someone else dragging it right now. */
  dragging: Readonly<Record<string, RemoteDrag>>;
};

type AwarenessEntry = {
  user?: { participantId?: unknown; name?: unknown; role?: unknown };
  dragging?: { initiativeId?: unknown; x?: unknown; y?: unknown };
};

function readEntry(state: unknown): AwarenessEntry {
  if (!isRecord(state)) return {};
  const user = isRecord(state['user']) ? state['user'] : undefined;
  const dragging = isRecord(state['dragging']) ? state['dragging'] : undefined;
  return { user, dragging };
}

function sameDrag(a: RemoteDrag | undefined, b: RemoteDrag): boolean {
  return a !== undefined && a.name === b.name && a.x === b.x && a.y === b.y;
}

/** Participant ids in the relay's presence entry, or null when the state is not the relay's. */
function serverPresenceIds(state: unknown): string[] | null {
  if (!isRecord(state)) return null;
  const presence = state[SERVER_PRESENCE_FIELD];
  if (!isRecord(presence) || !Array.isArray(presence['participantIds'])) return null;
  return presence['participantIds'].filter((id): id is string => typeof id === 'string');
}

function readPresence(awareness: Awareness, previous: PresenceState | null): PresenceState {
  const online = new Set<string>();
  const dragging: Record<string, RemoteDrag> = {};
  awareness.getStates().forEach((state, clientId) => {
    const serverIds = serverPresenceIds(state);
    if (serverIds !== null) {
      for (const id of serverIds) online.add(id);
      return;
    }
    const { user, dragging: drag } = readEntry(state);
    if (clientId === awareness.clientID || drag === undefined) return;
    const { initiativeId, x, y } = drag;
    if (typeof initiativeId !== 'string' || typeof x !== 'number' || typeof y !== 'number') return;
    const name = typeof user?.name === 'string' ? user.name : '';
    const next = { name, x, y };
    const before = previous?.dragging[initiativeId];
    // Same object when unchanged: the note's component does not re-render.
    dragging[initiativeId] = before !== undefined && sameDrag(before, next) ? before : next;
  });
  return { participantCount: online.size, onlineParticipantIds: online, dragging };
}

export function bindPresenceStore(awareness: Awareness): BoundStore<PresenceState> {
  const store = createStore<PresenceState>(() => readPresence(awareness, null));
  const onChange = () => {
    const previous = store.getState();
    const next = readPresence(awareness, previous);
    const sameOnline =
      next.onlineParticipantIds.size === previous.onlineParticipantIds.size &&
      [...next.onlineParticipantIds].every((id) => previous.onlineParticipantIds.has(id));
    store.setState({
      participantCount: next.participantCount,
      onlineParticipantIds: sameOnline ? previous.onlineParticipantIds : next.onlineParticipantIds,
      dragging: sameKeysAndValues(previous.dragging, next.dragging)
        ? previous.dragging
        : next.dragging,
    });
  };
  awareness.on('change', onChange);
  return { store, destroy: () => awareness.off('change', onChange) };
}

function sameKeysAndValues(
  a: Readonly<Record<string, RemoteDrag>>,
  b: Readonly<Record<string, RemoteDrag>>,
): boolean {
  const aKeys = Object.keys(a);
  return aKeys.length === Object.keys(b).length && aKeys.every((key) => a[key] === b[key]);
}
