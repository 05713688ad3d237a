import { describe, expect, it } from 'vitest';
import { timerProgress, timerRemainingMs } from '../../shared/activities/agenda/domain';
import { agendaItemId as asAgendaItemId } from '../../shared/core/ids';

describe('timer arithmetic', () => {
  const running = {
    state: 'running' as const,
    agendaItemId: asAgendaItemId('why'),
    endsAt: 60_000,
    durationMs: 60_000,
  };
  const paused = {
    state: 'paused' as const,
    agendaItemId: asAgendaItemId('why'),
    remainingMs: 15_000,
    durationMs: 60_000,
  };

  it('counts down a running timer and stops at zero', () => {
    expect(timerRemainingMs(running, 45_000)).toBe(15_000);
    expect(timerRemainingMs(running, 90_000)).toBe(0);
  });

  it('holds a paused timer whatever the clock says', () => {
    expect(timerRemainingMs(paused, 0)).toBe(15_000);
    expect(timerRemainingMs(paused, 9e12)).toBe(15_000);
  });

  it('gives progress from 0 to 1, and 0 without a timer', () => {
    expect(timerProgress(running, 30_000)).toBe(0.5);
    expect(timerProgress(running, 99_000)).toBe(1);
    expect(timerProgress(paused, 0)).toBe(0.75);
    expect(timerProgress(null, 0)).toBe(0);
    expect(timerRemainingMs(null, 0)).toBe(0);
  });
});
