import type { AgendaItem } from '../../../shared/template/types';
import { useMessages } from '../../i18n';
import { useControl } from '../../session/hooks';
import { Button } from '../../ui/Button';
import { Timer } from '../../ui/Timer';
import { useFacilitatorAgenda } from './useFacilitatorAgenda';
import { Icon } from '../../ui/Icon';

/** The item's countdown on the projector, with start / pause / reset for the facilitator. */
export function TimerControls({ item }: { item: AgendaItem }) {
  const m = useMessages();
  const timer = useControl((state) => state.live.timer);
  const actions = useFacilitatorAgenda();
  const mine = timer !== null && timer.agendaItemId === item.id ? timer : null;
  const minutes = item.durationMinutes > 0 ? item.durationMinutes : 5;
  return (
    <div className="row" style={{ gap: 8 }}>
      {mine === null ? (
        <span className="timer timer--large timer--paused" aria-hidden="true">
          <span className="timer__clock">{`${minutes}:00`}</span>
        </span>
      ) : (
        <Timer timer={mine} size="large" />
      )}
      {mine?.state === 'running' ? (
        <Button size="small" onClick={actions.pauseTimer} aria-label={m.timer.pause}>
          <Icon name="pause" />
        </Button>
      ) : (
        <Button
          size="small"
          onClick={() =>
            mine === null ? actions.startTimer(item.id, minutes) : actions.resumeTimer()
          }
          aria-label={m.timer.start}
        >
          <Icon name="play" />
        </Button>
      )}
      {mine === null ? null : (
        <Button size="small" onClick={actions.addMinute} aria-label={m.timer.addMinute}>
          +1
        </Button>
      )}
      {mine === null ? null : (
        <Button
          size="small"
          variant="ghost"
          onClick={actions.resetTimer}
          aria-label={m.timer.reset}
        >
          <Icon name="reset" />
        </Button>
      )}
    </div>
  );
}
