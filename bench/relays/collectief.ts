/**
 * Collectief's relay: `server/main.ts` as its own process with a throwaway DATA_DIR. Sessions
 * and participants are created through the public HTTP API, exactly as the app does, and
 * clients connect with a websocket ticket for the credentials it hands out (facilitator key,
 * participant token); the benchmark's tickets live an hour, so one per client suffices.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  API_ROUTES,
  apiPath,
  LIMITS,
  roomName,
  WS_PARAM,
  WS_PATH,
} from '../../shared/core/protocol';
import { RelayProcess, type RelayOptions } from './relay-process';
import type { Credentials, RelayUnderTest, SessionAccess } from './relay';

const SERVER_ENTRY = path.join(import.meta.dirname, '../../server/main.ts');
const REGISTRATIONS_IN_FLIGHT = 16;

type CreatedSession = { code: string; facilitatorKey: string };
type RegisteredParticipant = { participantId: string; participantToken: string };
type Ticket = { ticket: string };

async function postJson<T>(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`POST ${new URL(url).pathname} -> ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * The server's own documented settings, with two changes for a loopback benchmark: every client
 * comes from 127.0.0.1, so the per-address rate limits and connection cap are lifted, and the
 * client is not rebuilt on start. Durability stays on (append-only log, fsync in batches).
 */
function serverEnv(dataDir: string): Record<string, string> {
  return {
    DATA_DIR: dataDir,
    CLIENT_BUILD: 'skip',
    LOG_FORMAT: 'json',
    MAX_CONNECTIONS_PER_IP: '100000',
    RATE_LIMIT_JOINS_PER_MINUTE: '1000000',
    RATE_LIMIT_SESSIONS_PER_MINUTE: '1000000',
    MAX_HTTP_CONNECTIONS_PER_IP: '1000000',
    WS_TICKET_TTL_SECONDS: '3600',
  };
}

export async function startCollectief(options: RelayOptions): Promise<RelayUnderTest> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'collectief-bench-'));
  const process = await RelayProcess.start({
    entry: options.collectiefEntry ?? SERVER_ENTRY,
    env: { ...serverEnv(dataDir), ...options.serverEnv },
    relay: options,
    label: 'collectief',
  });
  const origin = process.httpOrigin;

  async function register(code: string, index: number): Promise<Credentials> {
    const name = `Deelnemer ${index}`;
    const registered = await postJson<RegisteredParticipant>(
      `${origin}${apiPath(API_ROUTES.participants, { code })}`,
      {
        name,
        perspective: 'resident',
      },
    );
    const { ticket } = await postJson<Ticket>(
      `${origin}${apiPath(API_ROUTES.tickets, { code })}`,
      null,
      {
        Authorization: `Bearer ${registered.participantToken}`,
        'X-Participant-Id': registered.participantId,
      },
    );
    return {
      params: { [WS_PARAM.ticket]: ticket },
      token: registered.participantToken,
      identity: { participantId: registered.participantId, name, role: 'participant' },
    };
  }

  async function createSession(participantCount: number): Promise<SessionAccess> {
    const { code, facilitatorKey } = await postJson<CreatedSession>(
      `${origin}${API_ROUTES.sessions}`,
      {
        title: 'Benchmark',
        // Rooms of 500 exceed the default participant cap (250).
        participantCap: LIMITS.maxParticipantCap,
        lang: 'nl',
      },
    );
    const participants: Credentials[] = [];
    for (let start = 0; start < participantCount; start += REGISTRATIONS_IN_FLIGHT) {
      const batch = [];
      for (
        let index = start;
        index < Math.min(participantCount, start + REGISTRATIONS_IN_FLIGHT);
        index += 1
      ) {
        batch.push(register(code, index));
      }
      participants.push(...(await Promise.all(batch)));
    }
    const castVote = async (participantIndex: number, propositionId: string, choiceId: string) => {
      const participant = participants[participantIndex];
      if (!participant) throw new Error(`no participant ${participantIndex}`);
      const response = await fetch(
        `${origin}${apiPath(API_ROUTES.vote, { code, propositionId })}`,
        {
          method: 'PUT',
          headers: {
            'Content-Type': 'application/json',
            Authorization: `Bearer ${participant.token ?? ''}`,
            'X-Participant-Id': participant.identity.participantId,
          },
          body: JSON.stringify({ choiceId }),
        },
      );
      if (!response.ok) throw new Error(`vote -> ${response.status} ${await response.text()}`);
    };
    const facilitatorTicket = await postJson<Ticket>(
      `${origin}${apiPath(API_ROUTES.tickets, { code })}`,
      null,
      {
        Authorization: `Bearer ${facilitatorKey}`,
      },
    );
    return {
      boardRoom: roomName(code, 'board'),
      controlRoom: roomName(code, 'control'),
      facilitator: {
        params: { [WS_PARAM.ticket]: facilitatorTicket.ticket },
        identity: { participantId: 'facilitator', name: 'Facilitator', role: 'facilitator' },
      },
      participants,
      votesEndpoint: castVote,
    };
  }

  return {
    name: 'collectief',
    protocol: 'y-websocket',
    process,
    wsUrl: `ws://127.0.0.1:${process.port}${WS_PATH}`,
    createSession,
    stop: async () => {
      await process.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
