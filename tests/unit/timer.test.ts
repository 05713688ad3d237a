import { describe, expect, it } from 'vitest';
import { timerProgress, timerRemainingMs } from '../../shared/activities/agenda/domain';
import { agendaItemId as asAgendaItemId } from '../../shared/core/ids';
import {
  extendTimer,
  nextAgendaItem,
  pauseTimer,
  resumeTimer,
  setCurrentAgendaItem,
  startTimer,
} from '../../shared/session/actions';
import { readControl } from '../../shared/session/schema/readControl';
import { must, newSession } from './fixtures';

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

describe('timer actions: one more minute, and leaving an item stops its clock', () => {
  const T = 1_700_000_000_000;

  it('adds a minute to a running, a paused and a run-out timer', () => {
    const { control } = newSession();
    const item = readControl(control).content.agenda[1]?.id ?? asAgendaItemId('none');
    must(setCurrentAgendaItem(control, item));
    must(startTimer(control, { agendaItemId: item, durationMs: 60_000, now: T }));
    must(extendTimer(control, 60_000, T + 10_000));
    expect(timerRemainingMs(readControl(control).live.timer, T + 10_000)).toBe(110_000);
    must(pauseTimer(control, T + 20_000));
    must(extendTimer(control, 60_000, T + 30_000));
    expect(timerRemainingMs(readControl(control).live.timer, T + 99_000)).toBe(160_000);
    must(resumeTimer(control, T + 40_000));
    // Run out long ago: the extra minute counts from now.
    must(extendTimer(control, 60_000, T + 900_000));
    expect(timerRemainingMs(readControl(control).live.timer, T + 900_000)).toBe(60_000);
  });

  it('stops the timer when the room moves to another item, not when it stays', () => {
    const { control } = newSession();
    const [first, second] = readControl(control).content.agenda;
    if (first === undefined || second === undefined) throw new Error('seed agenda too short');
    must(setCurrentAgendaItem(control, first.id));
    must(startTimer(control, { agendaItemId: first.id, durationMs: 60_000, now: T }));
    must(setCurrentAgendaItem(control, first.id));
    expect(readControl(control).live.timer).not.toBeNull();
    must(nextAgendaItem(control));
    expect(readControl(control).live.agendaItemId).toBe(second.id);
    expect(readControl(control).live.timer).toBeNull();
    expect(extendTimer(control, 60_000, T).ok).toBe(false);
  });
});
