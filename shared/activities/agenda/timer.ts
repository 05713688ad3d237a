import type * as Y from 'yjs';
import { actionError } from '../../core/errors';
import { integerIn, object, timestamp } from '../../core/decode';
import { err, ok } from '../../core/result';
import { CONTROL_ROOT, type TimerState } from '../../core/layout';
import { controlRoot } from '../../core/roots';
import { type AgendaItemId, agendaItemIdDecoder } from '../../core/ids';
import { MAX_TIMER_MS, readAgendaLive } from './schema';
import { type ActionResult, decodeInput, transact } from '../../core/run';

const startDecoder = object({
  agendaItemId: agendaItemIdDecoder,
  durationMs: integerIn(1_000, MAX_TIMER_MS),
  now: timestamp,
});

function writeTimer(control: Y.Doc, timer: TimerState | null): ActionResult {
  return transact(control, () => {
    controlRoot(control, CONTROL_ROOT.live).set('timer', timer);
    return ok(undefined);
  });
}

/**
 * Starts a countdown for an agenda item. Stored as an end time, not a ticking number, so the
 * document does not change every second and every screen counts down from its own clock.
 */
export function startTimer(
  control: Y.Doc,
  timer: { agendaItemId: AgendaItemId; durationMs: number; now: number },
): ActionResult {
  const input = decodeInput(startDecoder, timer);
  if (!input.ok) return input;
  const { agendaItemId, durationMs, now } = input.value;
  return writeTimer(control, {
    state: 'running',
    agendaItemId,
    endsAt: now + durationMs,
    durationMs,
  });
}

export function pauseTimer(control: Y.Doc, now: number): ActionResult {
  const timer = readAgendaLive(control).timer;
  if (timer === null || timer.state !== 'running')
    return err(actionError('not-running', 'No timer is running'));
  const remainingMs = Math.max(0, timer.endsAt - now);
  return writeTimer(control, {
    state: 'paused',
    agendaItemId: timer.agendaItemId,
    remainingMs,
    durationMs: timer.durationMs,
  });
}

export function resumeTimer(control: Y.Doc, now: number): ActionResult {
  const timer = readAgendaLive(control).timer;
  if (timer === null || timer.state !== 'paused')
    return err(actionError('not-paused', 'No timer is paused'));
  return writeTimer(control, {
    state: 'running',
    agendaItemId: timer.agendaItemId,
    endsAt: now + timer.remainingMs,
    durationMs: timer.durationMs,
  });
}

/** "+1 minute": more time for the item, whether the clock runs, is paused or has run out. */
export function extendTimer(control: Y.Doc, byMs: number, now: number): ActionResult {
  const timer = readAgendaLive(control).timer;
  if (timer === null) return err(actionError('not-running', 'No timer is running'));
  const durationMs = Math.min(MAX_TIMER_MS, timer.durationMs + byMs);
  if (timer.state === 'paused') {
    const remainingMs = Math.min(MAX_TIMER_MS, timer.remainingMs + byMs);
    return writeTimer(control, { ...timer, remainingMs, durationMs });
  }
  // A clock that ran out starts again from now: the extra minute is a minute from now.
  const endsAt = Math.min(now + MAX_TIMER_MS, Math.max(timer.endsAt, now) + byMs);
  return writeTimer(control, { ...timer, endsAt, durationMs });
}

export function resetTimer(control: Y.Doc): ActionResult {
  return writeTimer(control, null);
}

export { timerRemainingMs } from './domain';
