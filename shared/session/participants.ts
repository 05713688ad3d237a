import { BOARD_ROOT, BOARD_ROOT_NAMES } from './activities';
import * as Y from 'yjs';
import { object, text, oneOf, timestamp, id as idDecoder, withDefault } from '../core/decode';
import { LIMITS, PERSPECTIVES, type Perspective } from '../core/protocol';
import { actionError } from '../core/errors';
import { err } from '../core/result';
import { FACILITATOR_NAMESPACE } from '../core/layout';
import { boardRoot, childMap, ensureNamespace } from '../core/roots';
import { type ActionResult, decodeInput, done, notFound, transact } from '../core/run';
import type { ParticipantId } from '../core/ids';

const registrationDecoder = object({
  participantId: idDecoder,
  name: text({ max: LIMITS.participantNameMaxLength }),
  perspective: withDefault(oneOf([...PERSPECTIVES, ''] as const), ''),
  joinedAt: timestamp,
});

export type Registration = {
  name: string;
  perspective?: Perspective | '' | null;
  joinedAt: number;
};

/**
 * Adds a participant and creates their empty namespace in every BOARD root (see ensureNamespace
 * for why up front). Called by the server when someone joins; registering again updates the name.
 */
export function registerParticipant(
  board: Y.Doc,
  participantId: ParticipantId,
  registration: Registration,
): ActionResult {
  const input = decodeInput(registrationDecoder, {
    participantId,
    name: registration.name,
    perspective: registration.perspective ?? '',
    joinedAt: registration.joinedAt,
  });
  if (!input.ok) return input;
  // The facilitator's namespace holds the pre-placed examples; no participant may own it.
  if (participantId === FACILITATOR_NAMESPACE) {
    return err(actionError('reserved-id', 'This participant id is reserved', 'participantId'));
  }
  const { name, perspective, joinedAt } = input.value;
  return transact(board, () => {
    const participants = boardRoot(board, BOARD_ROOT.participants);
    const record = childMap(participants, participantId) ?? new Y.Map<unknown>();
    if (record.parent === null) participants.set(participantId, record);
    record.set('name', name);
    record.set('perspective', perspective);
    if (!record.has('joinedAt')) record.set('joinedAt', joinedAt);
    for (const root of BOARD_ROOT_NAMES) {
      if (root !== BOARD_ROOT.participants) ensureNamespace(board, root, participantId);
    }
    return done;
  });
}

const profileDecoder = object({
  name: withDefault(text({ max: LIMITS.participantNameMaxLength }), undefined),
  perspective: withDefault(oneOf([...PERSPECTIVES, ''] as const), undefined),
});

/** A participant changes their display name or perspective. */
export function updateParticipant(
  board: Y.Doc,
  participantId: ParticipantId,
  profile: { name?: string; perspective?: Perspective | '' },
): ActionResult {
  const input = decodeInput(profileDecoder, profile);
  if (!input.ok) return input;
  return transact(board, () => {
    const record = childMap(boardRoot(board, BOARD_ROOT.participants), participantId);
    if (record === undefined) return { ok: false, error: notFound('Participant', 'participantId') };
    if (input.value.name !== undefined) record.set('name', input.value.name);
    if (input.value.perspective !== undefined) record.set('perspective', input.value.perspective);
    return done;
  });
}
