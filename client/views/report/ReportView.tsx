import { useMemo } from 'react';
import { useMessages } from '../../i18n';
import type { Credentials } from '../../session/connection';
import { SessionContext, useControl, useOpenSession } from '../../session/hooks';
import { loadFacilitatorKey } from '../../session/identity';
import { BrandBar } from '../../ui/BrandBar';
import { Loading } from '../../ui/Loading';
import { ReportPage } from './ReportPage';
import './report.css';

/** `/report/:code`: the printable outcomes plus every export (lazy chunk, facilitator only). */
export default function ReportView({ code }: { code: string }) {
  const m = useMessages();
  const facilitatorKey = useMemo(() => loadFacilitatorKey(code), [code]);
  if (facilitatorKey === null) {
    return (
      <>
        <BrandBar />
        <main className="join">
          <p className="notice notice--error" role="alert">
            {m.report.noKey}
          </p>
        </main>
      </>
    );
  }
  return <ReportSession code={code} facilitatorKey={facilitatorKey} />;
}

function ReportSession({ code, facilitatorKey }: { code: string; facilitatorKey: string }) {
  const credentials = useMemo<Credentials>(
    () => ({ role: 'facilitator', facilitatorKey }),
    [facilitatorKey],
  );
  const session = useOpenSession(code, credentials);
  if (session === null) return <Loading />;
  return (
    <SessionContext.Provider value={session}>
      <WhenLoaded facilitatorKey={facilitatorKey} />
    </SessionContext.Provider>
  );
}

/** The report waits for the real content: a snapshot of an unsynced document would lie. */
function WhenLoaded({ facilitatorKey }: { facilitatorKey: string }) {
  const loaded = useControl((state) => state.content !== null && state.meta !== null);
  return loaded ? <ReportPage facilitatorKey={facilitatorKey} /> : <Loading />;
}
