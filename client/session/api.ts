/**
 * The server's HTTP API, typed. Every call answers a Result so callers must handle refusal;
 * response bodies are `unknown` until checked here, at the edge.
 */
import {
  API_ROUTES,
  type ExportFile,
  type Language,
  type Perspective,
  apiPath,
} from '../../shared/core/protocol';
import { isRecord } from '../../shared/core/decode';
import { err, ok, type Result } from '../../shared/core/result';
import {
  type ApiError,
  createdSessionAnswer,
  decodeAnswer,
  joinedAnswer,
  myVotesAnswer,
  publicConfigAnswer,
  sessionInfoAnswer,
  textsRemovedAnswer,
  ticketAnswer,
} from './answers';
import type { Credentials } from './connection';
import { ticketFailure, type TicketAnswer } from './tickets';
import type { ParticipantId } from '../../shared/core/ids';

export type { ApiError };

export type CreatedSession = {
  code: string;
  facilitatorKey: string;
  joinUrl: string;
  consoleUrl: string;
  presentUrl: string;
};

export type SessionInfo = {
  code: string;
  title: string;
  lang: Language;
  createdAt: number;
  participantCount: number;
};

/** Where participants open the app (PUBLIC_URL or the server's LAN address). */
export type PublicConfig = { publicUrl: string; reachable: boolean };

export type JoinedParticipant = { participantId: ParticipantId; participantToken: string };

export type CreateSessionInput = {
  title: string;
  lang: Language;
  template?: unknown;
  includeExamples?: boolean;
};

function stringField(value: Record<string, unknown>, key: string): string | null {
  const field = value[key];
  return typeof field === 'string' ? field : null;
}

/** The `code` field of a JSON error body, or null. */
function errorCodeIn(text: string): string | null {
  try {
    const body: unknown = JSON.parse(text);
    return isRecord(body) ? stringField(body, 'code') : null;
  } catch {
    return null;
  }
}

async function request(path: string, init: RequestInit): Promise<Result<Response, ApiError>> {
  try {
    const response = await fetch(path, init);
    if (response.ok) return ok(response);
    const message = await response.text();
    const code = errorCodeIn(message);
    const error: ApiError = { status: response.status, message: message.slice(0, 500) };
    return err(code === null ? error : { ...error, code });
  } catch (cause) {
    // status 0 = never reached the server (offline, DNS, refused): callers show "try again".
    return err({ status: 0, message: cause instanceof Error ? cause.message : String(cause) });
  }
}

const JSON_HEADERS = { 'Content-Type': 'application/json' };

export async function createSession(
  input: CreateSessionInput,
): Promise<Result<CreatedSession, ApiError>> {
  const response = await request(API_ROUTES.sessions, {
    method: 'POST',
    headers: JSON_HEADERS,
    body: JSON.stringify(input),
  });
  if (!response.ok) return response;
  return decodeAnswer(response.value, createdSessionAnswer);
}

export async function fetchPublicConfig(): Promise<Result<PublicConfig, ApiError>> {
  const response = await request(API_ROUTES.config, { method: 'GET' });
  if (!response.ok) return response;
  return decodeAnswer(response.value, publicConfigAnswer);
}

export async function getSessionInfo(code: string): Promise<Result<SessionInfo, ApiError>> {
  const response = await request(apiPath(API_ROUTES.session, { code }), { method: 'GET' });
  if (!response.ok) return response;
  const info = await decodeAnswer(response.value, sessionInfoAnswer);
  return info.ok ? ok({ code, ...info.value }) : info;
}

export async function joinSession(
  code: string,
  input: { name: string; perspective: Perspective | null },
): Promise<Result<JoinedParticipant, ApiError>> {
  const payload = input.perspective === null ? { name: input.name } : input;
  const response = await request(apiPath(API_ROUTES.participants, { code }), {
    method: 'POST',
    headers: JSON_HEADERS,
    body: JSON.stringify(payload),
  });
  if (!response.ok) return response;
  return decodeAnswer(response.value, joinedAnswer);
}

export async function castVote(
  code: string,
  input: {
    propositionId: string;
    choiceId: string | null;
    participantId: string;
    participantToken: string;
  },
): Promise<Result<void, ApiError>> {
  const response = await request(
    apiPath(API_ROUTES.vote, { code, propositionId: input.propositionId }),
    {
      method: 'PUT',
      headers: {
        ...JSON_HEADERS,
        Authorization: `Bearer ${input.participantToken}`,
        'X-Participant-Id': input.participantId,
      },
      body: JSON.stringify({ choiceId: input.choiceId }),
    },
  );
  return response.ok ? ok(undefined) : response;
}

/** The caller's own current votes (propositionId -> choiceId); nobody else's are ever answered. */
export async function fetchMyVotes(
  code: string,
  input: { participantId: string; participantToken: string },
): Promise<Result<Record<string, string>, ApiError>> {
  const response = await request(apiPath(API_ROUTES.myVotes, { code }), {
    method: 'GET',
    headers: {
      Authorization: `Bearer ${input.participantToken}`,
      'X-Participant-Id': input.participantId,
    },
  });
  if (!response.ok) return response;
  const answer = await decodeAnswer(response.value, myVotesAnswer);
  return answer.ok ? ok(answer.value.votes) : answer;
}

export async function checkFacilitatorKey(
  code: string,
  facilitatorKey: string,
): Promise<Result<void, ApiError>> {
  const response = await request(apiPath(API_ROUTES.facilitator, { code }), {
    method: 'GET',
    headers: { Authorization: `Bearer ${facilitatorKey}` },
  });
  return response.ok ? ok(undefined) : response;
}

export async function deleteSession(
  code: string,
  facilitatorKey: string,
): Promise<Result<void, ApiError>> {
  const response = await request(apiPath(API_ROUTES.session, { code }), {
    method: 'DELETE',
    headers: { Authorization: `Bearer ${facilitatorKey}` },
  });
  return response.ok ? ok(undefined) : response;
}

export async function downloadExport(
  code: string,
  file: ExportFile,
  facilitatorKey: string,
): Promise<Result<Blob, ApiError>> {
  const response = await request(apiPath(API_ROUTES.export, { code, file }), {
    method: 'GET',
    headers: { Authorization: `Bearer ${facilitatorKey}` },
  });
  if (!response.ok) return response;
  return ok(await response.value.blob());
}

/** A short-lived websocket ticket for these credentials (the relay takes no key in its URL). */
export async function requestTicket(code: string, credentials: Credentials): Promise<TicketAnswer> {
  const headers: Record<string, string> =
    credentials.role === 'facilitator'
      ? { Authorization: `Bearer ${credentials.facilitatorKey}` }
      : {
          Authorization: `Bearer ${credentials.participantToken}`,
          'X-Participant-Id': credentials.participantId,
        };
  const response = await request(apiPath(API_ROUTES.tickets, { code }), {
    method: 'POST',
    headers,
  });
  if (!response.ok) return ticketFailure(response.error.status, response.error.code);
  const answer = await decodeAnswer(response.value, ticketAnswer);
  if (answer.ok) return { ok: true, ticket: answer.value.ticket };
  // Answered, not swallowed: the provider retries, and the console says what the server sent.
  console.error('collectief: ticket refused:', answer.error.message);
  return ticketFailure(500, answer.error.code);
}

/**
 * The facilitator removes a participant: token revoked, sockets closed, votes withdrawn; with
 * `texts` also every initiative, route note and takeaway they wrote. Answers how many texts went.
 */
export async function removeParticipant(
  code: string,
  participantId: string,
  facilitatorKey: string,
  options: { texts: boolean },
): Promise<Result<number, ApiError>> {
  const query = options.texts ? '?texts=remove' : '';
  return textsRemovedFrom(
    await request(`${apiPath(API_ROUTES.participant, { code, participantId })}${query}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${facilitatorKey}` },
    }),
  );
}

/** The facilitator deletes every text one participant wrote; the participant stays in. */
export async function removeParticipantTexts(
  code: string,
  participantId: string,
  facilitatorKey: string,
): Promise<Result<number, ApiError>> {
  return textsRemovedFrom(
    await request(apiPath(API_ROUTES.participantTexts, { code, participantId }), {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${facilitatorKey}` },
    }),
  );
}

async function textsRemovedFrom(
  response: Result<Response, ApiError>,
): Promise<Result<number, ApiError>> {
  if (!response.ok) return response;
  const answer = await decodeAnswer(response.value, textsRemovedAnswer);
  return answer.ok ? ok(answer.value.textsRemoved) : answer;
}
