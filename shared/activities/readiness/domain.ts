/**
 * The facilitator's readiness figure: how many of the people present said "I'm done" with the
 * current agenda item. Someone who marked done and then left does not count, so done <= present.
 */
import type { AgendaItemId } from '../../core/ids';

export type Readiness = { done: number; present: number };

export function readinessOf(
  readiness: Readonly<Record<string, Readonly<Record<string, number>>>>,
  agendaItemId: AgendaItemId,
  presentParticipantIds: Iterable<string>,
): Readiness {
  const present = new Set(presentParticipantIds);
  let done = 0;
  for (const participantId of present) {
    if (readiness[participantId]?.[agendaItemId] !== undefined) done += 1;
  }
  return { done, present: present.size };
}

/** 0..1 for a progress bar; 0 when nobody is present. */
export function readinessShare({ done, present }: Readiness): number {
  return present === 0 ? 0 : done / present;
}
