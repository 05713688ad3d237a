import { Suspense, useEffect, useId, useMemo, type MouseEvent, type ReactNode } from 'react';
import { pagePath } from '../../../shared/core/protocol';
import type { AgendaItemKind } from '../../../shared/template/types';
import { appHref, navigate } from '../../app/router';
import { AgendaEditor } from './AgendaEditor';
import { createDraftRegistry, DraftContext } from './drafts';
import { editorParts, preloadEditorParts } from '../../activities/registry';
import { SessionEditor } from './SessionEditor';
import { TextsEditor } from './TextsEditor';
import { useTemplateDownload } from './useTemplateDownload';
import { useEditorMessages, type EditorMessages } from '../../i18n/editor';
import { fieldErrorText } from './errorText';
import { useConnection, useControl, useSession } from '../../session/hooks';
import { useSessionLanguage } from '../../session/useSessionLanguage';
import { Button } from '../../ui/Button';
import { ConnectionBadge } from '../../ui/ConnectionBadge';
import { Dialog } from '../../ui/Dialog';
import { Icon } from '../../ui/Icon';
import { Loading } from '../../ui/Loading';
import { useLeaveGuard } from './useLeaveGuard';
import { useSavedStatus } from './useSavedStatus';
import './editor.css';

/** The editor's own sections around the activities' parts (registry.ts), which sit between them. */
type SectionId = 'session' | 'agenda' | AgendaItemKind | 'texts';

function sectionTitles(m: EditorMessages): { id: SectionId; title: string }[] {
  return [
    { id: 'session', title: m.session.title },
    { id: 'agenda', title: m.agenda.title },
    ...editorParts().map(({ kind, part }) => ({ id: kind, title: part.title(m) })),
    { id: 'texts', title: m.texts.title },
  ];
}

/**
 * "Programma bewerken": the facilitator edits the live session's programme (lazy chunk,
 * opened from the presenter as `/present/:code?view=programme`, inside the presenter's
 * session, so switching back and forth never reconnects).
 */
export default function EditorView() {
  const loaded = useControl((state) => state.content !== null && state.meta !== null);
  useSessionLanguage();
  const drafts = useMemo(() => createDraftRegistry(), []);
  useEffect(preloadEditorParts, []);
  if (!loaded) return <Loading />;
  return (
    <DraftContext.Provider value={drafts}>
      <EditorPage drafts={drafts} />
    </DraftContext.Provider>
  );
}

function EditorPage({ drafts }: { drafts: ReturnType<typeof createDraftRegistry> }) {
  const m = useEditorMessages();
  const { code } = useSession();
  const consolePath = pagePath('console', code);
  const guard = useLeaveGuard(drafts, () => navigate(consolePath));
  const saved = useSavedStatus(drafts);
  const status = useConnection((state) => state.status);
  const title = useControl((state) => state.meta?.title ?? '');
  const template = useTemplateDownload();
  const headingId = useId();

  const onBack = (event: MouseEvent<HTMLAnchorElement>) => {
    // A modified click opens the console elsewhere: the browser does that, not us.
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    guard.request();
  };

  return (
    <div className="editor-page">
      <header className="topbar editor-topbar">
        <a className="btn btn--ghost btn--medium" href={appHref(consolePath)} onClick={onBack}>
          <Icon name="arrowLeft" /> {m.back}
        </a>
        <div className="editor-topbar__title">
          <h1 id={headingId}>{m.title}</h1>
          <span className="muted">{title}</span>
        </div>
        <span className="spacer" />
        <span className="editor-topbar__saved" role="status" aria-live="polite">
          {saved === null ? null : (
            <>
              <Icon name="check" /> {m.saved(saved)}
            </>
          )}
        </span>
        <ConnectionBadge status={status} />
        <Button variant="primary" icon={<Icon name="download" />} onClick={template.download}>
          {m.download}
        </Button>
      </header>
      <div className="editor-layout">
        <EditorNav />
        <main className="editor-main" aria-labelledby={headingId}>
          <p className="notice notice--info">{m.saveHint}</p>
          {template.problems.length === 0 ? null : (
            <div className="notice notice--error" role="alert">
              <div>
                <p>{m.downloadInvalid}</p>
                <ul>
                  {template.problems.map((problem) => (
                    <li key={`${problem.path}:${problem.message}`}>
                      <code>{problem.path}</code>: {fieldErrorText(m, problem)}
                    </li>
                  ))}
                </ul>
              </div>
            </div>
          )}
          <EditorSection id="session" title={m.session.title}>
            <SessionEditor />
          </EditorSection>
          <EditorSection id="agenda" title={m.agenda.title} intro={m.agenda.intro}>
            <AgendaEditor />
          </EditorSection>
          {editorParts().map(({ kind, part }) => (
            <EditorSection key={kind} id={kind} title={part.title(m)} intro={part.intro?.(m)}>
              {/* Lazy (see registry.ts): only this section waits for its chunk. */}
              <Suspense fallback={<Loading />}>
                <part.view />
              </Suspense>
            </EditorSection>
          ))}
          <EditorSection id="texts" title={m.texts.title}>
            <TextsEditor />
          </EditorSection>
          <p className="muted editor-main__footer">{m.downloadHint}</p>
        </main>
      </div>
      <LeaveDialog asking={guard.asking} stay={guard.stay} leave={guard.leaveAnyway} />
    </div>
  );
}

const sectionAnchor = (id: SectionId) => `editor-${id}`;

/** Jumps move the focus too, so keyboard users continue where their eyes land. */
function EditorNav() {
  const m = useEditorMessages();
  const jump = (event: MouseEvent<HTMLAnchorElement>, id: SectionId) => {
    const heading = document.getElementById(`${sectionAnchor(id)}-heading`);
    if (heading === null) return;
    event.preventDefault();
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  };
  return (
    <nav className="editor-nav" aria-label={m.sections}>
      <ul>
        {sectionTitles(m).map(({ id, title }) => (
          <li key={id}>
            <a href={`#${sectionAnchor(id)}`} onClick={(event) => jump(event, id)}>
              {title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

type SectionProps = { id: SectionId; title: string; intro?: string; children: ReactNode };

function EditorSection({ id, title, intro, children }: SectionProps) {
  const anchor = sectionAnchor(id);
  return (
    <section id={anchor} className="card editor-section" aria-labelledby={`${anchor}-heading`}>
      <div className="editor-section__header">
        <h2 id={`${anchor}-heading`} tabIndex={-1}>
          {title}
        </h2>
        {intro === undefined ? null : <p className="muted">{intro}</p>}
      </div>
      {children}
    </section>
  );
}

function LeaveDialog(props: { asking: number; stay: () => void; leave: () => void }) {
  const m = useEditorMessages();
  return (
    <Dialog open={props.asking > 0} title={m.leaveTitle} onClose={props.stay}>
      <div className="stack editor-dialog">
        <p>{m.leaveBody(props.asking)}</p>
        <div className="row editor-dialog__actions">
          <Button variant="danger" onClick={props.leave}>
            {m.leaveAnyway}
          </Button>
          <Button variant="primary" onClick={props.stay}>
            {m.stay}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
