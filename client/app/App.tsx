import { LazyMotion, MotionConfig } from 'framer-motion';
import { lazy, Suspense } from 'react';
import { ParticipantView } from '../views/participant/ParticipantView';
import { HomeView } from '../views/home/HomeView';
import { NotFoundView } from '../views/NotFoundView';
import { Loading } from '../ui/Loading';
import { I18nProvider } from './I18nProvider';
import { useRoute } from './router';

// The console, the projector and the report are never a participant's first load: on demand.
const ConsoleView = lazy(() => import('../views/console/ConsoleView'));
const ProjectorView = lazy(() => import('../views/projector/ProjectorView'));
const ReportView = lazy(() => import('../views/report/ReportView'));

const loadMotionFeatures = () => import('./motionFeatures').then((module) => module.default);

export function App() {
  return (
    <I18nProvider>
      <MotionConfig reducedMotion="user">
        <LazyMotion features={loadMotionFeatures} strict>
          <Suspense fallback={<Loading />}>
            <Routes />
          </Suspense>
        </LazyMotion>
      </MotionConfig>
    </I18nProvider>
  );
}

function Routes() {
  const route = useRoute();
  switch (route.name) {
    case 'home':
      return <HomeView />;
    case 'join':
      return <ParticipantView key={route.code} code={route.code} />;
    case 'console':
      return <ConsoleView key={route.code} code={route.code} />;
    case 'present':
      return <ProjectorView key={route.code} code={route.code} />;
    case 'report':
      return <ReportView key={route.code} code={route.code} />;
    case 'notFound':
      return <NotFoundView />;
  }
}
