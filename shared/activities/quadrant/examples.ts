/**
 * Example initiatives: the facilitator pre-places them (in FACILITATOR_NAMESPACE, from the
 * template's `quadrant.examples`) to show the room how the board works. They are shown on the
 * board as examples and are never an outcome: no count, share, report line, CSV row or PNG note.
 * No participant can write in that namespace (participants.ts refuses the id), so whatever is
 * there is the facilitator's example.
 */
import { FACILITATOR_NAMESPACE } from '../../core/layout';

export function isExampleAuthor(participantId: string): boolean {
  return participantId === FACILITATOR_NAMESPACE;
}
