/**
 * Moderation's stored values, in CONTROL (only the facilitator writes there): a mark per
 * participant text (`moderation`: key -> 'hidden' | 'approved') and the pre-moderation switch
 * (its field of `settings`). Which BOARD roots hold moderated texts is the session's to say
 * (every root of entries: initiatives, route notes, takeaways); this module works for any.
 */
import type * as Y from 'yjs';
import { type Decoder, boolean, isSafeId, oneOf, recordOf, withDefault } from '../../core/decode';
import { CONTROL_ROOT } from '../../core/layout';
import { controlRoot } from '../../core/roots';

export const MODERATION_MARKS = ['hidden', 'approved'] as const;
export type ModerationMark = (typeof MODERATION_MARKS)[number];

/** moderationKey -> mark; no mark: visible, or waiting while pre-moderation is on. */
export type Moderation = Readonly<Record<string, ModerationMark>>;

export const moderationMarkDecoder: Decoder<ModerationMark> = oneOf(MODERATION_MARKS);

/** One participant's text, as moderation names it. */
export type TextRef = { root: string; authorId: string; entryId: string };

/**
 * `<root>/<authorId>/<entryId>`: the author is part of the key, so nobody can give their own text
 * the id of an approved one and slip past the queue (each author writes only their namespace).
 */
export function moderationKey(text: TextRef): string {
  return `${text.root}/${text.authorId}/${text.entryId}`;
}

/**
 * A key this module writes, or a bare id: sessions from before moderation covered every text
 * marked hidden initiatives by their id alone, and those marks keep hiding them.
 */
export function isModerationKey(key: string): boolean {
  const parts = key.split('/');
  return (parts.length === 3 || parts.length === 1) && parts.every(isSafeId);
}

/** CONTROL `moderation` as a backup holds it. */
export const moderationDecoder: Decoder<Record<string, ModerationMark>> = recordOf(
  moderationMarkDecoder,
  isModerationKey,
);

export function readModeration(control: Y.Doc): Record<string, ModerationMark> {
  const moderation: Record<string, ModerationMark> = {};
  controlRoot(control, CONTROL_ROOT.moderation).forEach((value, key) => {
    const mark = moderationMarkDecoder(value, key);
    if (isModerationKey(key) && mark.ok) moderation[key] = mark.value;
  });
  return moderation;
}

/** Moderation's field of CONTROL `settings`. */
export type ModerationSettings = {
  /** New texts wait in the facilitator's queue until approved (as Slido reviews questions). */
  premoderation: boolean;
};
export const MODERATION_SETTINGS_FIELDS = {
  // Sessions and backups from before pre-moderation existed decode as "off".
  premoderation: withDefault(boolean, false),
};
export const DEFAULT_MODERATION_SETTINGS: ModerationSettings = { premoderation: false };
