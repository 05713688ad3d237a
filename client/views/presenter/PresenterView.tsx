import { lazy, Suspense, useMemo } from 'react';
import { RefusalsProvider } from '../../activities/refusals';
import { useMessages } from '../../i18n';
import type { Credentials } from '../../session/connection';
import { SessionContext, useOpenSession } from '../../session/hooks';
import { BrandBar } from '../../ui/BrandBar';
import { Loading } from '../../ui/Loading';
import { PresenterShell } from './PresenterShell';
import { usePresenterKey } from './usePresenterKey';
import { usePresenterPanel } from './usePresenterPanel';
import './presenter.css';

// Editing the programme is rare (before the workshop, or a quick fix): its own chunk.
const EditorView = lazy(() => import('../editor/EditorView'));

/** `/present/:code`: the projector screen and the facilitator's controls (lazy chunk). */
export default function PresenterView({ code }: { code: string }) {
  const m = useMessages();
  const key = usePresenterKey(code);
  if (key.phase === 'checking') return <Loading />;
  if (key.phase !== 'ready') {
    return (
      <>
        <BrandBar />
        <main className="join">
          <p className="notice notice--error" role="alert">
            {key.phase === 'missing' ? m.presenter.noKey : m.presenter.keyRejected}
          </p>
        </main>
      </>
    );
  }
  return <PresenterSession code={code} facilitatorKey={key.facilitatorKey} />;
}

function PresenterSession({ code, facilitatorKey }: { code: string; facilitatorKey: string }) {
  const credentials = useMemo<Credentials>(
    () => ({ role: 'facilitator', facilitatorKey }),
    [facilitatorKey],
  );
  const session = useOpenSession(code, credentials);
  const panel = usePresenterPanel();
  if (session === null) return <Loading />;
  return (
    <SessionContext.Provider value={session}>
      {panel === 'programme' ? (
        <Suspense fallback={<Loading />}>
          <EditorView />
        </Suspense>
      ) : (
        <RefusalsProvider>
          <PresenterShell />
        </RefusalsProvider>
      )}
    </SessionContext.Provider>
  );
}
