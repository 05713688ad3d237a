/**
 * The client decodes the HTTP API's answers with shared decoders: a body that is not what the
 * API promises is refused with an error naming the field, never filled in with a default.
 */
import { describe, expect, it } from 'vitest';
import {
  MALFORMED_ANSWER,
  decodeAnswer,
  joinedAnswer,
  sessionInfoAnswer,
} from '../../client/session/answers';

function answer(body: string): Response {
  return new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } });
}

describe('decodeAnswer', () => {
  it('passes a well-formed answer through', async () => {
    const info = { title: 'Wijkavond', lang: 'en', createdAt: 1, participantCount: 3 };
    expect(await decodeAnswer(answer(JSON.stringify(info)), sessionInfoAnswer)).toEqual({
      ok: true,
      value: info,
    });
  });

  it('refuses a missing field instead of defaulting it, and says which', async () => {
    const result = await decodeAnswer(answer('{"title":"x","lang":"de"}'), sessionInfoAnswer);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(MALFORMED_ANSWER);
    expect(result.error.status).toBe(200);
    expect(result.error.message).toContain('lang: must be one of: nl, en');
    expect(result.error.message).toContain('createdAt');
  });

  it('refuses a body that is not JSON', async () => {
    const result = await decodeAnswer(answer('<html>'), joinedAnswer);
    expect(result).toMatchObject({ ok: false, error: { code: MALFORMED_ANSWER } });
  });
});
