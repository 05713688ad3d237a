/**
 * Sessions: create (POST /api/sessions), public metadata (GET /api/sessions/:code),
 * facilitator key check (GET /api/sessions/:code/facilitator), delete (DELETE /api/sessions/:code).
 */
import { LANGUAGES, LIMITS, type Language, API_ROUTES, pagePath } from '../../shared/core/protocol';
import { type Result, err, ok } from '../../shared/core/result';
import { updateSettings } from '../../shared/session/settings';
import { participantCapDecoder } from '../../shared/session/schema/decoders';
import { readMeta } from '../../shared/session/schema';
import { describeError } from '../log';
import { sealKeyFor, unseal } from '../ballots/seal';
import { buildSessionDocs, restoreSessionDocs, type SessionSource } from '../sessions/content';
import { requireFacilitator, sessionFromPath } from './auth';
import type { HttpDeps } from './deps';
import { isRecord } from '../../shared/core/decode';
import { type HttpError, readSizedJsonBody, sendError, sendJson, sendNoContent } from './respond';
import { route, type RequestContext, type Route } from './router';

type CreateBody = SessionSource & { backup: unknown; participantCap: number | undefined };

function parseCreateBody(body: unknown): Result<CreateBody, HttpError> {
  if (!isRecord(body)) return err({ status: 400, message: 'body must be a JSON object' });
  const { title = '', lang = 'nl', template, backup, includeExamples = false } = body;
  const cap =
    body.participantCap === undefined
      ? undefined
      : participantCapDecoder(body.participantCap, 'participantCap');
  if (cap !== undefined && !cap.ok) {
    return err({
      status: 400,
      message: `participantCap must be a whole number between ${LIMITS.minParticipantCap} and ${LIMITS.maxParticipantCap}`,
    });
  }
  if (typeof title !== 'string' || title.length > LIMITS.sessionTitleMaxLength) {
    return err({
      status: 400,
      message: `title must be a string of at most ${LIMITS.sessionTitleMaxLength} characters`,
    });
  }
  const language: Language | undefined = LANGUAGES.find((candidate) => candidate === lang);
  if (language === undefined)
    return err({ status: 400, message: `lang must be one of ${LANGUAGES.join(', ')}` });
  if (typeof includeExamples !== 'boolean')
    return err({ status: 400, message: 'includeExamples must be a boolean' });
  if (template !== undefined && backup !== undefined)
    return err({ status: 400, message: 'send a template or a backup, not both' });
  const participantCap = cap?.value;
  return ok({
    title: title.trim(),
    lang: language,
    includeExamples,
    template,
    backup,
    participantCap,
  });
}

/**
 * Backups and templates become stored sessions: their bytes count against a daily budget per
 * address and one for all addresses together, so disk use has a bound (budget x RETENTION_DAYS).
 */
function chargeUpload(ip: string, bytes: number, deps: HttpDeps): HttpError | null {
  const now = Date.now();
  const { uploadBytesPerAddress, uploadBytesTotal, config } = deps;
  const scope = !uploadBytesPerAddress.allows(ip, now, bytes)
    ? 'address'
    : !uploadBytesTotal.allows('*', now, bytes)
      ? 'server'
      : null;
  if (scope === null) {
    uploadBytesPerAddress.take(ip, now, bytes);
    uploadBytesTotal.take('*', now, bytes);
    return null;
  }
  const perDay =
    scope === 'address' ? config.uploadBytesPerAddressPerDay : config.uploadBytesPerDayTotal;
  deps.log.warn('upload-budget-spent', { scope, bytes, perDay });
  return {
    status: 429,
    message:
      scope === 'address'
        ? `this address has sent its ${perDay} bytes of backups and templates for today; try again tomorrow`
        : `the server has taken its ${perDay} bytes of backups and templates for today; try again tomorrow`,
  };
}

async function createSession(context: RequestContext, deps: HttpDeps): Promise<void> {
  if (!deps.sessionCreateLimiter.take(context.ip)) {
    return sendError(context.response, {
      status: 429,
      message: 'too many sessions created from this address',
    });
  }
  const body = await readSizedJsonBody(context.request, deps.config.maxBodyBytes);
  if (!body.ok) return sendError(context.response, body.error);
  const parsed = parseCreateBody(body.value.value);
  if (!parsed.ok) return sendError(context.response, parsed.error);
  const { backup, template } = parsed.value;
  if (backup !== undefined || template !== undefined) {
    const refused = chargeUpload(context.ip, body.value.bytes, deps);
    if (refused !== null) return sendError(context.response, refused);
  }
  const sealKey = backup === undefined ? null : await sealKeyFor(deps.config.dataDir);
  const docs =
    sealKey === null
      ? buildSessionDocs(parsed.value, Date.now())
      : restoreSessionDocs(backup, (sealed) => unseal(sealKey, sealed));
  if (!docs.ok)
    return sendError(context.response, {
      status: 400,
      message: docs.error.message,
      details: docs.error.fields,
    });
  const { participantCap } = parsed.value;
  if (participantCap !== undefined) updateSettings(docs.value.control, { participantCap });
  let created;
  try {
    created = await deps.registry.create(docs.value);
  } catch (error) {
    deps.log.error('session-create-failed', { error: describeError(error) });
    return sendError(context.response, {
      status: 503,
      message: 'storage unavailable: the session could not be saved',
    });
  }
  // From configuration (PUBLIC_URL or the LAN address), never from the request's Host header.
  const origin = deps.publicOrigin();
  const { code } = created.session;
  sendJson(context.response, 201, {
    code,
    facilitatorKey: created.facilitatorKey,
    joinUrl: `${origin}${pagePath('join', code)}`,
    consoleUrl: `${origin}${pagePath('console', code)}#key=${created.facilitatorKey}`,
    presentUrl: `${origin}${pagePath('present', code)}#key=${created.facilitatorKey}`,
  });
}

async function describeSession(context: RequestContext, deps: HttpDeps): Promise<void> {
  if (!deps.joinLimiter.take(context.ip))
    return sendError(context.response, { status: 429, message: 'too many requests' });
  const session = await sessionFromPath(context, deps);
  if (session === null) return;
  // From the document, not meta.json: a rename lands there only (setSessionTitle).
  const { title, lang, createdAt } = readMeta(session.control.doc);
  sendJson(context.response, 200, {
    code: session.code,
    title,
    lang,
    createdAt,
    participantCount: session.participantCount,
  });
}

async function checkFacilitator(context: RequestContext, deps: HttpDeps): Promise<void> {
  const session = await sessionFromPath(context, deps);
  if (session === null || !requireFacilitator(context, session)) return;
  sendNoContent(context.response);
}

async function deleteSession(context: RequestContext, deps: HttpDeps): Promise<void> {
  const session = await sessionFromPath(context, deps);
  if (session === null || !requireFacilitator(context, session)) return;
  await deps.registry.delete(session);
  sendNoContent(context.response);
}

export function sessionRoutes(deps: HttpDeps): Route[] {
  return [
    route('POST', API_ROUTES.sessions, (context) => createSession(context, deps)),
    route('GET', API_ROUTES.session, (context) => describeSession(context, deps)),
    route('DELETE', API_ROUTES.session, (context) => deleteSession(context, deps)),
    route('GET', API_ROUTES.facilitator, (context) => checkFacilitator(context, deps)),
  ];
}
