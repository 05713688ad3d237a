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

function ProjectorPage() {
  useSessionLanguage();
  useProgrammeKeys();
  useEffect(preloadStages, []);
  return (
    <main className="projector-page">
      <ProjectorCanvas>
        <ProjectorScreen />
      </ProjectorCanvas>
    </main>
  );
}
