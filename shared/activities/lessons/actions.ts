import type * as Y from 'yjs';
import { actionError } from '../../core/errors';
import { integerIn, object } from '../../core/decode';
import { err } from '../../core/result';
import { dotsSlice, MAX_DOT_BUDGET, readDots } from './schema';
import { ensureNamespace } from '../../core/roots';
import { spentDots } from './domain';
import { type ActionResult, decodeInput, done, transact } from '../../core/run';
import { type LessonId, type ParticipantId, lessonIdDecoder } from '../../core/ids';

const dotsDecoder = object({
  lessonId: lessonIdDecoder,
  count: integerIn(0, MAX_DOT_BUDGET),
  budget: integerIn(0, MAX_DOT_BUDGET),
});

/**
 * Puts `count` of a participant's dots on a lesson. The budget comes from CONTROL settings
 * (the caller reads it); a change that would exceed it is refused, and tallies ignore a
 * participant whose stored dots exceed it anyway (domain/dots.ts).
 * `lessonIds` (the session's current lessons, optional): dots left on lessons the facilitator
 * removed are taken back first, so they do not keep eating the budget.
 */
export function setDots(
  board: Y.Doc,
  participantId: ParticipantId,
  lessonId: LessonId,
  count: number,
  budget: number,
  lessonIds?: readonly LessonId[],
): ActionResult {
  const input = decodeInput(dotsDecoder, { lessonId, count, budget });
  if (!input.ok) return input;
  if (lessonIds !== undefined && !lessonIds.includes(input.value.lessonId)) {
    return err(actionError('not-found', 'This lesson does not exist', 'lessonId'));
  }
  return transact(board, () => {
    if (lessonIds !== undefined) takeBackOrphanDots(board, participantId, lessonIds);
    const current = readDots(board, participantId);
    const others = spentDots(current) - (current[input.value.lessonId] ?? 0);
    if (others + input.value.count > input.value.budget) {
      return err(actionError('over-budget', `You have ${input.value.budget} dots in all`, 'count'));
    }
    const dots = ensureNamespace(board, dotsSlice.root, participantId);
    if (input.value.count === 0) dots.delete(input.value.lessonId);
    else dots.set(input.value.lessonId, input.value.count);
    return done;
  });
}

function takeBackOrphanDots(
  board: Y.Doc,
  participantId: ParticipantId,
  lessonIds: readonly string[],
): void {
  const dots = ensureNamespace(board, dotsSlice.root, participantId);
  for (const stored of Array.from(dots.keys())) {
    if (!lessonIds.includes(stored)) dots.delete(stored);
  }
}

/** One dot on, or all dots off: the tap-a-lesson interaction. */
export function toggleDot(
  board: Y.Doc,
  participantId: ParticipantId,
  lessonId: LessonId,
  budget: number,
  lessonIds?: readonly LessonId[],
): ActionResult {
  const current = readDots(board, participantId)[lessonId] ?? 0;
  return setDots(board, participantId, lessonId, current > 0 ? 0 : 1, budget, lessonIds);
}
