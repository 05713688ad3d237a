/**
 * What the server's HTTP API answers, as shared decoders: a body that does not match is refused
 * with an ApiError that says which field is wrong, never patched up with a default.
 */
import {
  type Decoder,
  id,
  integerIn,
  boolean,
  object,
  oneOf,
  recordOf,
  refine,
  text,
  timestamp,
} from '../../shared/core/decode';
import { fieldError } from '../../shared/core/errors';
import { LANGUAGES, LIMITS } from '../../shared/core/protocol';
import { err, ok, type Result } from '../../shared/core/result';
import { participantIdDecoder } from '../../shared/core/ids';

/** `code`: the server's stable error code when it sent one (e.g. a JoinRefusal, participant-removed). */
export type ApiError = { status: number; message: string; code?: string };

/** The ApiError code of an answer whose body is not what the API promises. */
export const MALFORMED_ANSWER = 'malformed-answer';

/** Secrets and URLs are opaque to the client: checked for being text, kept exactly as sent. */
const opaque = text({ max: 4096, trim: false });

export const createdSessionAnswer = object({
  code: id,
  facilitatorKey: opaque,
  joinUrl: opaque,
  consoleUrl: opaque,
  presentUrl: opaque,
});

export const sessionInfoAnswer = object({
  title: text({ min: 0, max: LIMITS.sessionTitleMaxLength, trim: false }),
  lang: oneOf(LANGUAGES),
  createdAt: timestamp,
  participantCount: integerIn(0, Number.MAX_SAFE_INTEGER),
});

export const joinedAnswer = object({
  participantId: participantIdDecoder,
  participantToken: opaque,
});

export const myVotesAnswer = object({ votes: recordOf(id) });

export const ticketAnswer = object({ ticket: opaque });

export const textsRemovedAnswer = object({
  textsRemoved: integerIn(0, Number.MAX_SAFE_INTEGER),
});

/** True for `http(s)://host[:port]` and nothing more: what a join link may be built on. */
function isHttpOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
  } catch {
    return false;
  }
}

/** GET /api/config: the origin the server hands out, and whether other devices can open it. */
export const publicConfigAnswer = object({
  publicUrl: refine(opaque, (value, path) =>
    isHttpOrigin(value) ? [] : [fieldError(path, { code: 'not-expected', expected: 'an origin' })],
  ),
  reachable: boolean,
});

function malformed(status: number, why: string): ApiError {
  return { status, code: MALFORMED_ANSWER, message: `unexpected answer from the server: ${why}` };
}

/** The response's JSON body through `decoder`, or an ApiError that names what was wrong. */
export async function decodeAnswer<T>(
  response: Response,
  decoder: Decoder<T>,
): Promise<Result<T, ApiError>> {
  let body: unknown;
  try {
    body = await response.json();
  } catch (cause) {
    return err(malformed(response.status, cause instanceof Error ? cause.message : 'not JSON'));
  }
  const decoded = decoder(body, '');
  if (decoded.ok) return ok(decoded.value);
  const why = decoded.error.map((problem) => `${problem.path}: ${problem.message}`).join('; ');
  return err(malformed(response.status, why));
}
