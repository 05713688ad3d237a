import { useEffect, useState } from 'react';
import { JOIN_REFUSALS, type JoinRefusal, type Perspective } from '../../../shared/core/protocol';
import { useI18n } from '../../i18n';
import { getSessionInfo, joinSession, type SessionInfo } from '../../session/api';
import { MALFORMED_ANSWER } from '../../session/answers';
import { loadParticipant, saveParticipant, type ParticipantIdentity } from '../../session/identity';

/**
 * Why the last join did not work: the server's refusal, an answer the client could not read
 * ('malformed-answer'), or anything else ('failed').
 */
export type JoinFailure = JoinRefusal | typeof MALFORMED_ANSWER | 'failed';

function failureOf(code: string | undefined): JoinFailure {
  if (code === MALFORMED_ANSWER) return MALFORMED_ANSWER;
  return JOIN_REFUSALS.find((refusal) => refusal === code) ?? 'failed';
}

export type JoinState =
  | { phase: 'checking' }
  | { phase: 'unknown' }
  | { phase: 'form'; info: SessionInfo | null }
  | { phase: 'joined'; identity: ParticipantIdentity; info: SessionInfo | null };

/**
 * Who am I in this session: a remembered identity (reload keeps person and vote), or the join
 * form. An unreachable server with a remembered identity still opens the session: the board
 * works offline from IndexedDB.
 */
export function useJoin(code: string) {
  const { setSessionLang } = useI18n();
  const [state, setState] = useState<JoinState>({ phase: 'checking' });
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<JoinFailure | null>(null);

  useEffect(() => {
    let cancelled = false;
    const remembered = loadParticipant(code);
    void getSessionInfo(code).then((result) => {
      if (cancelled) return;
      if (result.ok) setSessionLang(result.value.lang);
      if (!result.ok && result.error.status === 404) return setState({ phase: 'unknown' });
      // The form still works without the session's title; the reader is told why it is missing.
      if (!result.ok && result.error.code === MALFORMED_ANSWER) setFailure(MALFORMED_ANSWER);
      const info = result.ok ? result.value : null;
      setState(
        remembered === null
          ? { phase: 'form', info }
          : { phase: 'joined', identity: remembered, info },
      );
    });
    return () => {
      cancelled = true;
      setSessionLang(null);
    };
  }, [code, setSessionLang]);

  const join = async (name: string, perspective: Perspective | null) => {
    setSubmitting(true);
    setFailure(null);
    const result = await joinSession(code, { name, perspective });
    setSubmitting(false);
    if (!result.ok) {
      if (result.error.status === 404) setState({ phase: 'unknown' });
      else setFailure(failureOf(result.error.code));
      return;
    }
    const identity: ParticipantIdentity = { ...result.value, name, perspective };
    saveParticipant(code, identity);
    setState((previous) => ({
      phase: 'joined',
      identity,
      info: previous.phase === 'form' ? previous.info : null,
    }));
  };

  return { state, join, submitting, failure };
}
