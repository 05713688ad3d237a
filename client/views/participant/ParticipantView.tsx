import { useMemo } from 'react';
import { useMessages } from '../../i18n';
import type { Credentials } from '../../session/connection';
import { SessionContext, useOpenSession } from '../../session/hooks';
import type { ParticipantIdentity } from '../../session/identity';
import { BrandBar } from '../../ui/BrandBar';
import { Loading } from '../../ui/Loading';
import { JoinForm } from './JoinForm';
import { ParticipantShell } from './ParticipantShell';
import { useJoin } from './useJoin';

/** `/join/:code`: the join form, then the live session on this laptop. */
export function ParticipantView({ code }: { code: string }) {
  const m = useMessages();
  const { state, join, submitting, failure } = useJoin(code);
  switch (state.phase) {
    case 'checking':
      return (
        <>
          <BrandBar />
          <Loading />
        </>
      );
    case 'unknown':
      return (
        <>
          <BrandBar />
          <main className="join">
            <p className="notice notice--error" role="alert">
              {m.join.unknownSession}
            </p>
          </main>
        </>
      );
    case 'form':
      return (
        <>
          <BrandBar />
          <JoinForm
            code={code}
            title={state.info?.title ?? ''}
            submitting={submitting}
            failure={failure}
            onJoin={join}
          />
        </>
      );
    case 'joined':
      return <ParticipantSession code={code} identity={state.identity} />;
  }
}

function ParticipantSession({ code, identity }: { code: string; identity: ParticipantIdentity }) {
  const credentials = useMemo<Credentials>(
    () => ({
      role: 'participant',
      participantId: identity.participantId,
      participantToken: identity.participantToken,
      name: identity.name,
    }),
    [identity],
  );
  const session = useOpenSession(code, credentials);
  if (session === null) return <Loading />;
  return (
    <SessionContext.Provider value={session}>
      <ParticipantShell name={identity.name} />
    </SessionContext.Provider>
  );
}
