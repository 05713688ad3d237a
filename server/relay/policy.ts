/**
 * The relay's write policy: who may change which (root, first key) locations of which room. The
 * inspector (inspector.ts) says where an update lands; this module says whether that is allowed,
 * and with which refusal code the writer is told.
 */
import { BOARD_ROOT_NAMES, LOCKED_ROOTS } from '../../shared/session/activities';
import type { RefusalCode, RoomKind } from '../../shared/core/protocol';
import { SERVER_ONLY_CONTROL_ROOTS } from '../../shared/core/layout';
import type { Touch } from './inspector';

/** Who is behind a connection, established at the upgrade from the key or the participant token. */
export type Principal = { role: 'facilitator' } | { role: 'participant'; participantId: string };

export type Verdict = { allowed: true } | { allowed: false; code: RefusalCode; reason: string };

const BOARD_ROOTS: ReadonlySet<string> = new Set(BOARD_ROOT_NAMES);
const LOCKED: ReadonlySet<string> = new Set(LOCKED_ROOTS);
const allow: Verdict = { allowed: true };
const refuse = (code: RefusalCode, reason: string): Verdict => ({ allowed: false, code, reason });

/**
 * The policy, in one place:
 * - facilitator: anything, except CONTROL `votes` (written only by the server on a participant's behalf);
 * - participant on CONTROL: nothing (read-only);
 * - participant on BOARD: only below their own participantId in a BOARD root, and not
 *   a root the lock covers (texts, dots, marks: the slices' `lock`) while writing is locked.
 */
export function judge(
  kind: RoomKind,
  principal: Principal,
  touches: Touch[],
  boardLocked: boolean,
): Verdict {
  if (principal.role === 'facilitator') {
    if (kind === 'board') return allow;
    const serverOnly = touches.find((touch) =>
      SERVER_ONLY_CONTROL_ROOTS.some((root) => root === touch.root),
    );
    return serverOnly === undefined
      ? allow
      : refuse('server-only', `control root "${serverOnly.root}" is written only by the server`);
  }
  if (kind === 'control')
    return refuse('read-only', 'the control document is read-only for participants');
  for (const touch of touches) {
    if (!BOARD_ROOTS.has(touch.root))
      return refuse('unknown-root', `unknown board root "${touch.root}"`);
    if (touch.key !== principal.participantId)
      return refuse('outside-namespace', `write outside own namespace in "${touch.root}"`);
    if (boardLocked && LOCKED.has(touch.root))
      return refuse('board-locked', `writing is locked ("${touch.root}")`);
  }
  return allow;
}
