import { ModerationPanel } from '../../activities/moderation/ModerationPanel';
import { JoinAddressWarning } from '../../activities/content/JoinAddressWarning';
import { useEffect } from 'react';
import { pagePath } from '../../../shared/core/protocol';
import { useAgendaItems, useLiveAgendaItem } from '../../activities/agenda/useAgenda';
import { RefusedNotice } from '../../activities/refusals';
import { preloadConsoleParts, preloadStages } from '../../activities/registry';
import { appHref, navigate } from '../../app/router';
import { RoomButton } from '../../features/participants/RoomButton';
import { VotersVsPresent } from '../../features/participants/VotersVsPresent';
import { useI18n } from '../../i18n';
import { useConnection, useControl, useSession } from '../../session/hooks';
import { useSessionLanguage } from '../../session/useSessionLanguage';
import { Button } from '../../ui/Button';
import { ConnectionBadge } from '../../ui/ConnectionBadge';
import { Icon } from '../../ui/Icon';
import { ProjectorCanvas } from '../projector/ProjectorCanvas';
import { ProjectorScreen } from '../projector/ProjectorScreen';
import { useProgrammeKeys } from '../facilitator/useProgrammeKeys';
import { ItemConsole } from './ItemConsole';
import { ItemRoomControls, ProgrammeNavigation } from './ProgrammeControls';
import { NextItemPreview, ProjectorMiniature } from './ProjectorPreview';
import { PROGRAMME_PARAMS } from './useConsolePanel';
import { usePresentMode } from './usePresentMode';
import { useProjectorWindow } from './useProjectorWindow';

/** The facilitator's console: every control, a miniature of the projector, the next item. */
export function ConsoleShell() {
  const { m } = useI18n();
  useSessionLanguage();
  const present = usePresentMode();
  useProgrammeKeys();
  useEffect(() => {
    preloadStages();
    preloadConsoleParts();
  }, []);
  if (present.presenting) {
    return (
      <div className="console-presenting">
        <ProjectorCanvas>
          <ProjectorScreen />
        </ProjectorCanvas>
        <button type="button" className="console-presenting__back" onClick={present.stop}>
          {m.console.presentHint}
        </button>
      </div>
    );
  }
  return (
    <div className="console">
      <ConsoleBar onPresent={present.start} />
      <main className="console__main">
        <div className="console__side">
          <ProjectorMiniature />
          <NextItemPreview />
        </div>
        <div className="console__work">
          <RefusedNotice />
          <LiveItem />
        </div>
      </main>
    </div>
  );
}

function ConsoleBar({ onPresent }: { onPresent: () => void }) {
  const { m } = useI18n();
  const session = useSession();
  const title = useControl((state) => state.meta?.title ?? '');
  const status = useConnection((state) => state.status);
  const projector = useProjectorWindow();
  return (
    <header className="console__bar">
      <div className="console__where">
        <span className="console__session">{title}</span>
        <span className="muted">{m.console.title}</span>
      </div>
      <span aria-live="polite">
        <RoomButton className="console__count" />
      </span>
      <VotersVsPresent />
      <span className="spacer" />
      <Button variant="primary" icon={<Icon name="expand" />} onClick={projector.open}>
        {projector.state === 'open' ? m.console.projectorOpen : m.console.openProjector}
      </Button>
      <Button onClick={onPresent}>{m.console.present}</Button>
      <a
        className="btn btn--ghost btn--medium"
        href={appHref(pagePath('console', session.code), PROGRAMME_PARAMS)}
        onClick={(event) => {
          // A plain click stays in this tab; ctrl/middle click opens the editor beside the console.
          if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
          event.preventDefault();
          navigate(pagePath('console', session.code), { params: PROGRAMME_PARAMS });
        }}
      >
        <Icon name="edit" /> {m.presenter.editProgramme}
      </a>
      <a
        className="btn btn--ghost btn--medium"
        href={appHref(pagePath('report', session.code))}
        onClick={(event) => {
          if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
          event.preventDefault();
          navigate(pagePath('report', session.code));
        }}
      >
        {m.presenter.report}
      </a>
      <JoinAddressWarning />
      <ConnectionBadge status={status} />
      {projector.state === 'blocked' ? (
        <p className="notice notice--warn console__blocked" role="alert">
          {m.console.projectorBlocked}
        </p>
      ) : null}
    </header>
  );
}

/** The live item: where we are, how to move on, the room, and the item's own controls. */
function LiveItem() {
  const { m } = useI18n();
  const items = useAgendaItems();
  const item = useLiveAgendaItem();
  const index = item === undefined ? -1 : items.findIndex((candidate) => candidate.id === item.id);
  return (
    <>
      <div className="console-now">
        <p className="console-now__label">
          {m.console.now} · {index < 0 ? '' : m.presenter.itemOf(index + 1, items.length)}
        </p>
        <h1 className="console-now__title">{item?.title ?? ''}</h1>
      </div>
      <ProgrammeNavigation />
      <ItemRoomControls />
      {item === undefined ? null : <ItemConsole item={item} />}
      <ModerationPanel />
    </>
  );
}
