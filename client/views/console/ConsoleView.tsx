import { lazy, Suspense } from 'react';
import { RefusalsProvider } from '../../activities/refusals';
import { Loading } from '../../ui/Loading';
import { FacilitatorSession } from '../facilitator/FacilitatorSession';
import '../projector/projector.css';
import { ConsoleShell } from './ConsoleShell';
import { useConsolePanel } from './useConsolePanel';
import './console.css';

// Editing the programme is rare (before the workshop, or a quick fix): its own chunk.
const EditorView = lazy(() => import('../editor/EditorView'));

/** `/console/:code`: the facilitator's controls, on the laptop (lazy chunk). */
export default function ConsoleView({ code }: { code: string }) {
  return (
    <FacilitatorSession code={code}>
      <ConsolePanel />
    </FacilitatorSession>
  );
}

function ConsolePanel() {
  const panel = useConsolePanel();
  if (panel === 'programme') {
    return (
      <Suspense fallback={<Loading />}>
        <EditorView />
      </Suspense>
    );
  }
  return (
    <RefusalsProvider>
      <ConsoleShell />
    </RefusalsProvider>
  );
}
