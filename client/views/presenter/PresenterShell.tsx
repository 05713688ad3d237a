import { useEffect, useMemo } from 'react';
import { pagePath } from '../../../shared/core/protocol';
import { useLiveAgendaItem, useAgendaItems } from '../../activities/agenda/useAgenda';
import { useAgendaKeys, useFacilitatorAgenda } from '../../activities/agenda/useFacilitatorAgenda';
import { TimerControls } from '../../activities/agenda/TimerControls';
import { ReadinessMeter } from '../../activities/readiness/ReadinessMeter';
import { RefusedNotice } from '../../activities/refusals';
import { preloadStages } from '../../activities/registry';
import { appHref, navigate } from '../../app/router';
import { PROGRAMME_PARAMS } from './usePresenterPanel';
import { useI18n } from '../../i18n';
import { useConnection, useControl, useSession } from '../../session/hooks';
import { Button } from '../../ui/Button';
import { ConnectionBadge } from '../../ui/ConnectionBadge';
import { Loading } from '../../ui/Loading';
import { JoinChip } from './JoinInfo';
import { JoinAddressWarning } from '../../activities/content/JoinAddressWarning';
import { Stage } from './Stage';
import { useSessionLanguage } from '../../session/useSessionLanguage';
import { Icon } from '../../ui/Icon';
import { RoomButton } from '../../features/participants/RoomButton';
import { VotersVsPresent } from '../../features/participants/VotersVsPresent';

/** The projector: header with who/where/how long, the item's stage, the facilitator's bar. */
export function PresenterShell() {
  const { m } = useI18n();
  useSessionLanguage();
  const session = useSession();
  const title = useControl((state) => state.meta?.title ?? '');
  const loaded = useControl((state) => state.content !== null);
  const locked = useControl((state) => state.live.boardLocked);
  const status = useConnection((state) => state.status);
  const items = useAgendaItems();
  const item = useLiveAgendaItem();
  const actions = useFacilitatorAgenda();
  const index = item === undefined ? -1 : items.findIndex((candidate) => candidate.id === item.id);
  const onFirst = index === 0;
  const onLast = index >= 0 && index === items.length - 1;
  // A clicker pressed past either end does nothing, like the disabled buttons: no refusal shown.
  const keyActions = useMemo(
    () => ({
      next: () => (onLast ? undefined : actions.next()),
      previous: () => (onFirst ? undefined : actions.previous()),
    }),
    [actions, onFirst, onLast],
  );
  useAgendaKeys(keyActions, true);
  useEffect(preloadStages, []);

  return (
    <div className="presenter">
      <header className="presenter__header">
        <div className="presenter__where">
          <span className="presenter__session">{title}</span>
          <span className="presenter__counter">
            {index < 0 ? '' : m.presenter.itemOf(index + 1, items.length)}
          </span>
        </div>
        <span className="spacer" />
        <span aria-live="polite">
          <RoomButton className="presenter__count" />
        </span>
        <VotersVsPresent />
        {item === undefined ? null : <ReadinessMeter agendaItemId={item.id} />}
        {item === undefined ? null : <TimerControls item={item} />}
        <JoinAddressWarning />
        <JoinChip />
      </header>
      <main className="presenter__stage">
        <RefusedNotice />
        {!loaded || item === undefined ? (
          <Loading />
        ) : (
          <>
            <div
              className={`presenter__item-header${item.title.length > 60 ? ' presenter__item-header--long' : ''}`}
            >
              <h1>{item.title}</h1>
              {item.description === '' ? null : <p>{item.description}</p>}
            </div>
            <Stage item={item} />
          </>
        )}
      </main>
      <footer className="presenter__controls" role="toolbar" aria-label={m.presenter.controls}>
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
          className="select presenter__jump"
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
        <span className="muted presenter__hint">{m.presenter.keyboardHint}</span>
        <span className="spacer" />
        <Button
          aria-pressed={locked}
          icon={<Icon name={locked ? 'lock' : 'unlock'} />}
          onClick={() => actions.lockBoard(!locked)}
        >
          {locked ? m.presenter.unlockBoard : m.presenter.lockBoard}
        </Button>
        <a
          className="btn btn--ghost btn--medium"
          href={appHref(pagePath('present', session.code), PROGRAMME_PARAMS)}
          onClick={(event) => {
            // A plain click stays in this tab; ctrl/middle click opens the editor beside the projector.
            if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
            event.preventDefault();
            navigate(pagePath('present', session.code), { params: PROGRAMME_PARAMS });
          }}
        >
          <Icon name="edit" /> {m.presenter.editProgramme}
        </a>
        <Button variant="ghost" onClick={() => navigate(pagePath('report', session.code))}>
          {m.presenter.report}
        </Button>
        <ConnectionBadge status={status} />
      </footer>
    </div>
  );
}
