/**
 * GET /api/sessions/:code/export/<file> with the facilitator key (Authorization header only).
 * The text itself comes from shared's exporters.
 */
import { EXPORT_FILES, API_ROUTES } from '../../shared/core/protocol';
import { exportFile, snapshotSession } from '../../shared/session/export';
import { requireFacilitator, sessionFromPath } from './auth';
import { seal, sealKeyFor } from '../ballots/seal';
import type { LiveSession } from '../sessions/live-session';
import type { HttpDeps } from './deps';
import { sendError } from './respond';
import { route, type RequestContext, type Route } from './router';

async function download(context: RequestContext, deps: HttpDeps): Promise<void> {
  const session = await sessionFromPath(context, deps);
  if (session === null || !requireFacilitator(context, session)) return;
  const name = EXPORT_FILES.find((candidate) => candidate === context.params.file);
  if (name === undefined)
    return sendError(context.response, {
      status: 404,
      message: `unknown export; one of ${EXPORT_FILES.join(', ')}`,
    });
  const snapshot = snapshotSession(session.control.doc, session.board.doc);
  // The backup carries the ballots only sealed (see server/ballots/seal.ts); every other file
  // is made from the published results alone.
  const sealedBallots =
    name === 'session.json' && session.meta.ballotKey !== undefined
      ? await sealedBallotsOf(session, deps)
      : undefined;
  const { body, contentType } = exportFile(name, snapshot, { sealedBallots });
  context.response.writeHead(200, {
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(body),
    'Content-Disposition': `attachment; filename="collectief-${session.code}-${name}"`,
    'Cache-Control': 'no-store',
  });
  context.response.end(body);
}

async function sealedBallotsOf(session: LiveSession, deps: HttpDeps): Promise<string | undefined> {
  const state = session.ballots.copyState();
  if ([...state.values()].every((ballots) => ballots.size === 0)) return undefined;
  const key = await sealKeyFor(deps.config.dataDir);
  return seal(key, { ballotKey: session.meta.ballotKey ?? '', state });
}

export function exportRoutes(deps: HttpDeps): Route[] {
  return [route('GET', API_ROUTES.export, (context) => download(context, deps))];
}
