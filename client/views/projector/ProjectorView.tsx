import { useEffect } from 'react';
import { preloadStages } from '../../activities/registry';
import { useSessionLanguage } from '../../session/useSessionLanguage';
import { FacilitatorSession } from '../facilitator/FacilitatorSession';
import { useProgrammeKeys } from '../facilitator/useProgrammeKeys';
import { ProjectorCanvas } from './ProjectorCanvas';
import { ProjectorScreen } from './ProjectorScreen';
import './projector.css';

/**
 * `/present/:code`: the projector, for the room only (lazy chunk). It has no controls; the
 * facilitator's clicker still steps through the programme when this window has the focus.
 */
export default function ProjectorView({ code }: { code: string }) {
  return (
    <FacilitatorSession code={code}>
      <ProjectorPage />
    </FacilitatorSession>
  );
}

/**
 * A double click makes the window fullscreen (and leaves it): the projector has no button for
 * it, and a window opened without the Window Management API cannot be made fullscreen for it.
 * A refusal (no user gesture, a browser policy) leaves the window as it was: nothing to report.
 */
function toggleFullscreen(): void {
  const root = document.documentElement;
  if (document.fullscreenElement !== null) {
    document.exitFullscreen().catch(() => undefined);
  } else if (typeof root.requestFullscreen === 'function') {
    root.requestFullscreen().catch(() => undefined);
  }
}

function ProjectorPage() {
  useSessionLanguage();
  useProgrammeKeys();
  useEffect(preloadStages, []);
  return (
    <main className="projector-page" onDoubleClick={toggleFullscreen}>
      <ProjectorCanvas>
        <ProjectorScreen />
      </ProjectorCanvas>
    </main>
  );
}
