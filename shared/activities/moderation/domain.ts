/** What the room may see of a participant's text, from its mark and the pre-moderation switch. */
import { FACILITATOR_NAMESPACE } from '../../core/layout';
import { type Moderation, type TextRef, moderationKey } from './schema';

/**
 * visible: on the projector, in the report and exports, on every participant's screen.
 * pending: pre-moderation is on and the facilitator has not approved it: only its author and the
 *          facilitator's queue show it. hidden: the facilitator took it off: the same.
 */
export type Visibility = 'visible' | 'pending' | 'hidden';

export function visibilityOf(
  moderation: Moderation,
  premoderation: boolean,
  text: TextRef,
): Visibility {
  const mark = moderation[moderationKey(text)];
  // A bare id is a hidden mark from before the author was part of the key.
  if (mark === 'hidden' || moderation[text.entryId] === 'hidden') return 'hidden';
  if (mark === 'approved') return 'visible';
  // The facilitator's own texts (the quadrant's examples) need nobody's approval.
  if (text.authorId === FACILITATOR_NAMESPACE) return 'visible';
  return premoderation ? 'pending' : 'visible';
}

/** participantId -> entryId -> entry, keeping only what `keep` allows (for a root of entries). */
export function keepEntries<T>(
  byParticipant: Readonly<Record<string, Readonly<Record<string, T>>>>,
  keep: (authorId: string, entryId: string) => boolean,
): Record<string, Record<string, T>> {
  const kept: Record<string, Record<string, T>> = {};
  for (const [authorId, entries] of Object.entries(byParticipant)) {
    const mine: Record<string, T> = {};
    for (const [entryId, entry] of Object.entries(entries))
      if (keep(authorId, entryId)) mine[entryId] = entry;
    kept[authorId] = mine;
  }
  return kept;
}
