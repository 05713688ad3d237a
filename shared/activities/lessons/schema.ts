/** The lessons' stored values: each participant's dots in the BOARD and the budget in CONTROL `settings`. */
import type * as Y from 'yjs';
import { type Decoder, integerIn } from '../../core/decode';
import { LIMITS } from '../../core/protocol';
import { valuesSlice } from '../../core/board-slice';
import { namespaceOf } from '../../core/roots';
import { readEntries } from '../../core/readers';
import type { ParticipantId } from '../../core/ids';

export const MAX_DOT_BUDGET = 20;

export const dotCountDecoder: Decoder<number> = integerIn(0, MAX_DOT_BUDGET);

/** BOARD `dots`: pid -> lessonId -> dots (their sum within the dot budget). */
export const dotsSlice = valuesSlice('dots', dotCountDecoder, 'writing');

/** The lessons' field of CONTROL `settings`. */
export type LessonSettings = { dotBudget: number };
export const LESSON_SETTINGS_FIELDS = { dotBudget: integerIn(0, MAX_DOT_BUDGET) };
export const DEFAULT_LESSON_SETTINGS: LessonSettings = { dotBudget: LIMITS.defaultDotBudget };

/** One participant's dots: lessonId -> count. */
export function readDots(board: Y.Doc, participantId: ParticipantId): Record<string, number> {
  const namespace = namespaceOf(board, dotsSlice.root, participantId);
  return namespace === undefined ? {} : readEntries(namespace, dotCountDecoder);
}
