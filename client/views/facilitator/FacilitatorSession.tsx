import { useMemo, type ReactNode } from 'react';
import { useMessages } from '../../i18n';
import type { Credentials } from '../../session/connection';
import { SessionContext, useOpenSession } from '../../session/hooks';
import { BrandBar } from '../../ui/BrandBar';
import { Loading } from '../../ui/Loading';
import { useFacilitatorKey } from './useFacilitatorKey';

/**
 * The console and the projector both speak for the facilitator: both need the key, and both open
 * the session with it. Without an accepted key neither shows anything of the session.
 */
export function FacilitatorSession({ code, children }: { code: string; children: ReactNode }) {
  const m = useMessages();
  const key = useFacilitatorKey(code);
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
  return (
    <OpenSession code={code} facilitatorKey={key.facilitatorKey}>
      {children}
    </OpenSession>
  );
}

function OpenSession({
  code,
  facilitatorKey,
  children,
}: {
  code: string;
  facilitatorKey: string;
  children: ReactNode;
}) {
  const credentials = useMemo<Credentials>(
    () => ({ role: 'facilitator', facilitatorKey }),
    [facilitatorKey],
  );
  const session = useOpenSession(code, credentials);
  if (session === null) return <Loading />;
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
