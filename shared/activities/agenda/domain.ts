/**
 * The agenda timer is stored as an end time (or the time left while paused), never as a ticking
 * number: the document does not change every second and each screen counts down on its own clock.
 */
import type { TimerState } from '../../core/layout';

/** Milliseconds left at `now`; 0 when over or when there is no timer. */
export function timerRemainingMs(timer: TimerState | null, now: number): number {
  if (timer === null) return 0;
  return timer.state === 'paused' ? timer.remainingMs : Math.max(0, timer.endsAt - now);
}

/** 0..1 of the planned time used, for a progress ring; 0 without a timer. */
export function timerProgress(timer: TimerState | null, now: number): number {
  if (timer === null || timer.durationMs === 0) return 0;
  return Math.min(1, Math.max(0, 1 - timerRemainingMs(timer, now) / timer.durationMs));
}
