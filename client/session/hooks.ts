/**
 * React access to the open session. Every hook takes a selector: a component subscribes to the
 * slice it shows and nothing else.
 */
import { createContext, useContext, useEffect, useState } from 'react';
import { useStore } from 'zustand';
import type { BoardSlices } from './boardStore';
import type { ConnectionState, Credentials } from './connection';
import type { ControlSlices } from './controlStore';
import type { InitiativeView } from './initiativesStore';
import type { PresenceState, RemoteDrag } from './awarenessStore';
import { openRecoveringSession, type Session } from './session';
import type { InitiativeId } from '../../shared/core/ids';

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (session === null) throw new Error('useSession outside <SessionContext.Provider>');
  return session;
}

/**
 * Opens the session for the lifetime of the calling component (StrictMode-safe). The session
 * object changes when the relay refuses part of our edits and the documents are rebuilt.
 */
export function useOpenSession(code: string, credentials: Credentials | null): Session | null {
  const [session, setSession] = useState<Session | null>(null);
  const credentialsKey = credentials === null ? '' : JSON.stringify(credentials);
  useEffect(() => {
    if (credentials === null) return undefined;
    const close = openRecoveringSession(code, credentials, setSession);
    return () => {
      close();
      setSession(null);
    };
    // credentialsKey stands for credentials: a new object with the same values must not reconnect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [code, credentialsKey]);
  return session;
}

export function useControl<T>(selector: (state: ControlSlices) => T): T {
  return useStore(useSession().control, selector);
}

export function useBoard<T>(selector: (state: BoardSlices) => T): T {
  return useStore(useSession().board, selector);
}

export function useConnection<T>(selector: (state: ConnectionState) => T): T {
  return useStore(useSession().connection, selector);
}

export function usePresence<T>(selector: (state: PresenceState) => T): T {
  return useStore(useSession().presence, selector);
}

export function useInitiativeIds(): readonly InitiativeId[] {
  return useStore(useSession().initiatives, (state) => state.ids);
}

export function useInitiative(id: string): InitiativeView | undefined {
  return useStore(useSession().initiatives, (state) => state.byId[id]);
}

export function useRemoteDrag(id: string): RemoteDrag | undefined {
  return useStore(useSession().presence, (state) => state.dragging[id]);
}

export function useParticipantName(participantId: string): string | undefined {
  return useStore(useSession().board, (state) => state.participants[participantId]?.name);
}
