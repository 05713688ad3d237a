/**
 * What the benchmark needs from each relay under test: how clients reach it and how to set up a
 * session (two rooms, a facilitator, N participants) on it. Collectief's relay needs real
 * credentials from its HTTP API; the peers take any room name and ignore the parameters.
 */
import type { RelayProcess } from './relay-process';

export type RelayName = 'collectief' | 'y-websocket' | 'hocuspocus';

/** Which official provider talks to the relay: Hocuspocus is not wire-compatible with y-websocket. */
export type WireProtocol = 'y-websocket' | 'hocuspocus';

export type Identity = { participantId: string; name: string; role: 'facilitator' | 'participant' };

/** `token`: the participant token for HTTP calls (votes, the browser's identity), when there is one. */
export type Credentials = { params: Record<string, string>; identity: Identity; token?: string };

/** Everything a worker process needs to open one client connection (plain data, sent over IPC). */
export type ClientSpec = {
  protocol: WireProtocol;
  url: string;
  room: string;
  params: Record<string, string>;
  identity: Identity;
};

export type SessionAccess = {
  boardRoom: string;
  controlRoom: string;
  facilitator: Credentials;
  participants: Credentials[];
  /** Present where votes go through an HTTP endpoint instead of a client write (ours). */
  votesEndpoint?: (
    participantIndex: number,
    propositionId: string,
    choiceId: string,
  ) => Promise<void>;
};

export interface RelayUnderTest {
  readonly name: RelayName;
  readonly protocol: WireProtocol;
  readonly process: RelayProcess;
  /** Base URL given to the provider (y-websocket appends `/<room>`). */
  readonly wsUrl: string;
  createSession(participantCount: number): Promise<SessionAccess>;
  stop(): Promise<void>;
}

export function clientSpec(
  relay: RelayUnderTest,
  room: string,
  credentials: Credentials,
): ClientSpec {
  return {
    protocol: relay.protocol,
    url: relay.wsUrl,
    room,
    params: credentials.params,
    identity: credentials.identity,
  };
}
