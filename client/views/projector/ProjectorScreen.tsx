import { useAgendaItems, useLiveAgendaItem } from '../../activities/agenda/useAgenda';
import { ReadinessMeter } from '../../activities/readiness/ReadinessMeter';
import { useI18n } from '../../i18n';
import { useControl } from '../../session/hooks';
import { Loading } from '../../ui/Loading';
import { Timer } from '../../ui/Timer';
import { usePresentCount } from '../../features/participants/useVoterCount';
import { VotersVsPresent } from '../../features/participants/VotersVsPresent';
import type { AgendaItem } from '../../../shared/template/types';
import { JoinChip } from './JoinChip';
import { Stage } from './Stage';

/**
 * What the room sees: where we are, the clock, how to join, and the item. Nothing here is a
 * control (the console has them): the projector window, the console's miniature and the console
 * presenting itself all render this, so all three show the same.
 */
export function ProjectorScreen() {
  const loaded = useControl((state) => state.content !== null);
  const item = useLiveAgendaItem();
  return (
    <div className="projector">
      <ProjectorHeader item={item} />
      <div className="projector__stage">
        {!loaded || item === undefined ? (
          <Loading />
        ) : (
          <>
            <div
              className={`projector__item-header${item.title.length > 60 ? ' projector__item-header--long' : ''}`}
            >
              <h1>{item.title}</h1>
              {item.description === '' ? null : <p>{item.description}</p>}
            </div>
            <div className="projector__activity">
              <Stage item={item} />
            </div>
          </>
        )}
      </div>
    </div>
  );
}

function ProjectorHeader({ item }: { item: AgendaItem | undefined }) {
  const { m } = useI18n();
  const title = useControl((state) => state.meta?.title ?? '');
  const items = useAgendaItems();
  const present = usePresentCount();
  const index = item === undefined ? -1 : items.findIndex((candidate) => candidate.id === item.id);
  return (
    <header className="projector__header">
      <div className="projector__where">
        <span className="projector__session">{title}</span>
        <span className="projector__counter">
          {index < 0 ? '' : m.presenter.itemOf(index + 1, items.length)}
        </span>
      </div>
      <span className="spacer" />
      <span className="projector__count">{m.presenter.participants(present)}</span>
      <VotersVsPresent />
      {item === undefined ? null : <ReadinessMeter agendaItemId={item.id} />}
      {item === undefined ? null : <ItemClock item={item} />}
      <JoinChip />
    </header>
  );
}

/** The item's countdown, or its planned length while it has not started. */
function ItemClock({ item }: { item: AgendaItem }) {
  const timer = useControl((state) => state.live.timer);
  if (timer !== null && timer.agendaItemId === item.id) return <Timer timer={timer} size="large" />;
  const minutes = item.durationMinutes > 0 ? item.durationMinutes : 5;
  return (
    <span className="timer timer--large timer--paused" aria-hidden="true">
      <span className="timer__clock">{`${minutes}:00`}</span>
    </span>
  );
}
