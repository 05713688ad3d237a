import { useEffect, useState } from 'react';
import type { TimerState } from '../../shared/core/layout';
import { useMessages } from '../i18n';

function remainingMs(timer: TimerState, now: number): number {
  return timer.state === 'running' ? timer.endsAt - now : timer.remainingMs;
}

export function formatClock(ms: number): string {
  const totalSeconds = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${minutes}:${seconds.toString().padStart(2, '0')}`;
}

/** Re-renders once a second only while running: a paused timer costs nothing. */
function useNow(running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return undefined;
    const interval = window.setInterval(() => setNow(Date.now()), 500);
    return () => window.clearInterval(interval);
  }, [running]);
  return now;
}

type TimerProps = { timer: TimerState; size?: 'small' | 'large' };

/** Counts down from the CONTROL document's timer; every screen derives the same clock. */
export function Timer({ timer, size = 'small' }: TimerProps) {
  const m = useMessages();
  const now = useNow(timer.state === 'running');
  const left = remainingMs(timer, now);
  const over = left <= 0;
  const fraction = timer.durationMs > 0 ? Math.max(0, Math.min(1, left / timer.durationMs)) : 0;
  return (
    <span
      className={`timer timer--${size}${over ? ' timer--over' : ''}${timer.state === 'paused' ? ' timer--paused' : ''}`}
      role="timer"
      aria-label={over ? m.timer.over : `${m.timer.label} ${formatClock(left)}`}
    >
      <span
        className="timer__ring"
        aria-hidden="true"
        style={{ ['--fraction' as string]: String(fraction) }}
      />
      <span className="timer__clock">{over ? m.timer.over : formatClock(left)}</span>
    </span>
  );
}
