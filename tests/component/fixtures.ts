/** Local documents with a real session in them, written through the shared actions. */
import * as Y from 'yjs';
import { initializeSession } from '../../shared/session/session';
import { registerParticipant } from '../../shared/session/participants';
import { builtInTemplate } from '../../shared/template/builtIn';
import type { SessionDocs } from '../../client/session/session';
import { participantId as asParticipantId } from '../../shared/core/ids';

export function sessionDocs(participants: { id: string; name: string }[] = []): SessionDocs {
  const board = new Y.Doc();
  const control = new Y.Doc();
  initializeSession(control, board, {
    title: 'Testsessie',
    lang: 'nl',
    template: builtInTemplate('nl'),
    createdAt: 1_700_000_000_000,
    includeExamples: false,
  });
  for (const participant of participants) {
    registerParticipant(board, asParticipantId(participant.id), {
      name: participant.name,
      perspective: 'resident',
      joinedAt: 1,
    });
  }
  return { board, control };
}

/** Carries every change of `from` into `to` as a remote peer would (origin: not an action). */
export function syncInto(from: Y.Doc, to: Y.Doc): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), 'remote');
}
