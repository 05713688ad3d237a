import { lazy, Suspense } from 'react';
import { useMessages } from '../../i18n';
import { BrandBar } from '../../ui/BrandBar';
import { JoinByCodeForm } from './JoinByCodeForm';
import './home.css';

// Creating a session pulls in template validation: participants never need it.
const CreateSessionForm = lazy(() => import('./CreateSessionForm'));

export function HomeView() {
  const m = useMessages();
  return (
    <>
      <BrandBar />
      <main className="home">
        <section className="home__hero">
          <h1>{m.appName}</h1>
          <p>{m.tagline}</p>
        </section>
        <div className="home__grid">
          <section className="card stack" aria-labelledby="join-title">
            <h2 id="join-title">{m.home.joinTitle}</h2>
            <p className="muted">{m.home.joinIntro}</p>
            <JoinByCodeForm />
          </section>
          <section className="card stack" aria-labelledby="create-title">
            <h2 id="create-title">{m.home.createTitle}</h2>
            <p className="muted">{m.home.createIntro}</p>
            <Suspense fallback={<div className="skeleton" style={{ height: 380 }} />}>
              <CreateSessionForm />
            </Suspense>
          </section>
        </div>
      </main>
    </>
  );
}
