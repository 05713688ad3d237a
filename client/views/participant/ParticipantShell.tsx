import { useEffect, useId, useRef } from 'react';
import { useStore } from 'zustand';
import { useFollowedAgendaItem } from '../../activities/agenda/useAgenda';
import { RevertedNotice } from '../../features/connection/RevertedNotice';
import { AgendaStrip } from '../../activities/agenda/AgendaStrip';
import { ReadyButton } from '../../activities/readiness/ReadyButton';
import { RefusalsProvider, RefusedNotice } from '../../activities/refusals';
import { useMessages } from '../../i18n';
import { useConnection, useControl, useSession } from '../../session/hooks';
import { Button } from '../../ui/Button';
import { ConnectionBadge } from '../../ui/ConnectionBadge';
import { Loading } from '../../ui/Loading';
import { Timer } from '../../ui/Timer';
import type { UndoController } from '../../session/undo';
import { ItemPanel } from './ItemPanel';
import { useSessionLanguage } from '../../session/useSessionLanguage';
import { Icon } from '../../ui/Icon';
import './participant.css';

/** The participant's laptop: top bar, programme strip, the item's activity, "I'm done". */
export function ParticipantShell({ name }: { name: string }) {
  const m = useMessages();
  const status = useConnection((state) => state.status);
  const refusal = useConnection((state) => state.refusal);
  const title = useControl((state) => state.meta?.title ?? '');
  const loaded = useControl((state) => state.content !== null);
  const locked = useControl((state) => state.live.boardLocked);
  const timer = useControl((state) => state.live.timer);
  const agenda = useFollowedAgendaItem();
  const hintId = useId();
  const headingRef = useItemHeadingFocus(loaded ? agenda.shown?.id : undefined);
  useSessionLanguage();
  if (refusal === 'removed') return <RemovedNotice />;

  return (
    <RefusalsProvider>
      <div className="participant">
        <header className="topbar participant__bar">
          <span className="brand__mark" aria-hidden="true" />
          <div className="participant__title">
            {/* The timer sits on the session's line, which is always there: starting it moves
                nothing else in the bar (it used to push the buttons and squeeze the title). */}
            <span className="participant__session">
              <span className="participant__session-title">{title}</span>
              {timer !== null && timer.agendaItemId === agenda.live?.id ? (
                <Timer timer={timer} />
              ) : null}
            </span>
            <span className="participant__item">{agenda.live?.title ?? ''}</span>
          </div>
          <span className="spacer" />
          <UndoButtons />
          <span className="participant__who">{m.participant.signedInAs(name)}</span>
          <ConnectionBadge status={status} />
        </header>
        <AgendaStrip
          items={agenda.items}
          liveId={agenda.live?.id}
          shownId={agenda.shown?.id}
          onSelect={agenda.lookAt}
        />
        <main className="participant__main" id="main">
          {refusal === 'deleted' ? (
            <p className="notice notice--error" role="alert">
              {m.join.unknownSession}
            </p>
          ) : null}
          <RevertedNotice />
          <RefusedNotice />
          {/* Laid over the page, not into it: the board must not jump when the lock comes. The
              region is always there so that the notice's arrival is announced. */}
          <div className="participant__lock" role="status">
            {locked ? (
              <p className="notice notice--warn">
                <Icon name="lock" /> {m.participant.locked}
              </p>
            ) : null}
          </div>
          {!loaded || agenda.shown === undefined ? (
            <Loading />
          ) : (
            <>
              <div className="item-header">
                <h1 ref={headingRef} tabIndex={-1}>
                  {agenda.shown.title}
                </h1>
                {agenda.shown.description === '' ? null : <p>{agenda.shown.description}</p>}
              </div>
              <ItemPanel item={agenda.shown} />
            </>
          )}
        </main>
        <footer className="participant__footer">
          {agenda.following ? (
            <span className="muted">{m.participant.following}</span>
          ) : (
            <>
              <span className="muted participant__looking-back">{m.participant.lookingBack}</span>
              <Button variant="secondary" onClick={agenda.follow}>
                {m.participant.backToLive}
              </Button>
            </>
          )}
          <span className="spacer" />
          <span className="muted participant__hint" id={hintId}>
            {m.participant.doneHint}
          </span>
          {agenda.shown === undefined ? null : (
            <ReadyButton agendaItemId={agenda.shown.id} describedBy={hintId} />
          )}
        </footer>
      </div>
    </RefusalsProvider>
  );
}

/**
 * After joining and whenever another item comes on screen, focus goes to the item's heading:
 * a screen reader reads where one is, and Tab goes on into the item (it took 11 Tabs from the
 * page's body to reach one's own note).
 */
function useItemHeadingFocus(itemId: string | undefined) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (itemId !== undefined) headingRef.current?.focus();
  }, [itemId]);
  return headingRef;
}

/** The facilitator removed this participant: nothing of the session is shown or retried any more. */
function RemovedNotice() {
  const m = useMessages();
  return (
    <main className="join">
      <p className="notice notice--error" role="alert">
        {m.join.removed}
      </p>
    </main>
  );
}

/** Undo/redo of one's own edits (participants only: the facilitator has no undo scope). */
function UndoButtons() {
  const undo = useSession().undo;
  return undo === null ? null : <UndoControls undo={undo} />;
}

/** Buttons plus Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z outside text fields (where the field's own undo wins). */
function UndoControls({ undo }: { undo: UndoController }) {
  const m = useMessages();
  const canUndo = useStore(undo.state, (state) => state.canUndo);
  const canRedo = useStore(undo.state, (state) => state.canRedo);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target;
      if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) return;
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z') return;
      event.preventDefault();
      if (event.shiftKey) undo.redo();
      else undo.undo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo]);

  return (
    <span className="row" style={{ gap: 4, flexWrap: 'nowrap', flexShrink: 0 }}>
      <Button
        size="small"
        variant="ghost"
        aria-label={m.common.undo}
        title={m.common.undo}
        disabled={!canUndo}
        onClick={undo.undo}
      >
        <Icon name="undo" />
      </Button>
      <Button
        size="small"
        variant="ghost"
        aria-label={m.common.redo}
        title={m.common.redo}
        disabled={!canRedo}
        onClick={undo.redo}
      >
        <Icon name="redo" />
      </Button>
    </span>
  );
}
