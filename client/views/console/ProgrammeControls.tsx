import { useAgendaItems, useLiveAgendaItem } from '../../activities/agenda/useAgenda';
import { useFacilitatorAgenda } from '../../activities/agenda/useFacilitatorAgenda';
import { TimerControls } from '../../activities/agenda/TimerControls';
import { ReadinessMeter } from '../../activities/readiness/ReadinessMeter';
import { useMessages } from '../../i18n';
import { useControl } from '../../session/hooks';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';

/** Moving through the programme: previous, next, jump to any item. */
export function ProgrammeNavigation() {
  const m = useMessages();
  const items = useAgendaItems();
  const item = useLiveAgendaItem();
  const actions = useFacilitatorAgenda();
  const index = item === undefined ? -1 : items.findIndex((candidate) => candidate.id === item.id);
  return (
    <div className="console-nav" role="toolbar" aria-label={m.presenter.controls}>
      <Button
        size="large"
        onClick={actions.previous}
        disabled={index <= 0}
        aria-label={m.presenter.previous}
      >
        ← {m.presenter.previous}
      </Button>
      <Button
        size="large"
        variant="primary"
        onClick={actions.next}
        disabled={index < 0 || index >= items.length - 1}
        aria-label={m.presenter.next}
      >
        {m.presenter.next} →
      </Button>
      <select
        className="select console-nav__jump"
        aria-label={m.presenter.jumpTo}
        value={item?.id ?? ''}
        onChange={(event) => {
          // The option's value is the item's id as text; the item itself carries the brand.
          const chosen = items.find((candidate) => candidate.id === event.target.value);
          if (chosen !== undefined) actions.goTo(chosen.id);
        }}
      >
        {items.map((candidate, position) => (
          <option key={candidate.id} value={candidate.id}>
            {position + 1}. {candidate.title}
          </option>
        ))}
      </select>
      <span className="muted console-nav__hint">{m.presenter.keyboardHint}</span>
    </div>
  );
}

/** The live item's clock, the room's readiness and the lock on writing. */
export function ItemRoomControls() {
  const m = useMessages();
  const item = useLiveAgendaItem();
  const locked = useControl((state) => state.live.boardLocked);
  const actions = useFacilitatorAgenda();
  return (
    <div className="console-room">
      {item === undefined ? null : <TimerControls item={item} />}
      {item === undefined ? null : <ReadinessMeter agendaItemId={item.id} />}
      <span className="spacer" />
      <Button
        aria-pressed={locked}
        icon={<Icon name={locked ? 'lock' : 'unlock'} />}
        onClick={() => actions.lockBoard(!locked)}
      >
        {locked ? m.presenter.unlockBoard : m.presenter.lockBoard}
      </Button>
    </div>
  );
}
