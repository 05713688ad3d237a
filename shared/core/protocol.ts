/**
 * The contract both sides import: session codes, room names, websocket parameters,
 * close codes and limits. Every number that the client and the server must agree on lives here.
 */

/** Unambiguous on a projector: no 0/O, 1/I/L. 31 symbols. */
export const SESSION_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
/**
 * 8 symbols = 31^8 ≈ 8.5e11 codes. With the join-code rate limit (see server config) a single
 * address guessing for a whole day against 1,000 live sessions hits one with p ≈ 3e-5.
 */
export const SESSION_CODE_LENGTH = 8;

/** Accepts what people type ("k7mx 4qxr", "K7MX-4QXR") and returns the canonical code, or null. */
export function normalizeSessionCode(input: string): string | null {
  const compact = input.replace(/[\s-]/g, '').toUpperCase();
  if (compact.length !== SESSION_CODE_LENGTH) return null;
  for (const symbol of compact) {
    if (!SESSION_CODE_ALPHABET.includes(symbol)) return null;
  }
  return compact;
}

/** "K7MX4QXR" -> "K7MX-4QXR": two groups of four read well from the back of a room. */
export function formatSessionCode(code: string): string {
  const half = SESSION_CODE_LENGTH / 2;
  return `${code.slice(0, half)}-${code.slice(half)}`;
}

/**
 * Each session has two Yjs documents, each relayed in its own room:
 * - board: what participants write, each in their own namespace (see schema/layout.ts);
 * - control: facilitator-owned state and the votes; read-only for participants.
 */
export type RoomKind = 'board' | 'control';
const CONTROL_SUFFIX = '.control';

export function roomName(code: string, kind: RoomKind): string {
  return kind === 'board' ? code : `${code}${CONTROL_SUFFIX}`;
}

export type ParsedRoom = { code: string; kind: RoomKind };

/** Room names come from URLs: anything that is not exactly a canonical code (+ suffix) is refused. */
export function parseRoomName(room: string): ParsedRoom | null {
  const isControl = room.endsWith(CONTROL_SUFFIX);
  const codePart = isControl ? room.slice(0, -CONTROL_SUFFIX.length) : room;
  if (codePart.length !== SESSION_CODE_LENGTH) return null;
  const code = normalizeSessionCode(codePart);
  if (code === null || code !== codePart) return null;
  return { code, kind: isControl ? 'control' : 'board' };
}

/** Query parameters the websocket relay reads (y-websocket's `params` option). */
export const WS_PARAM = {
  /** A short-lived ticket from POST /api/sessions/:code/tickets; never a lasting secret. */
  ticket: 'ticket',
} as const;

/** The websocket endpoint: `ws://HOST:PORT/ws/<room>` (y-websocket appends `/<room>` itself). */
export const WS_PATH = '/ws';
export const WS_PATH_PREFIX = `${WS_PATH}/`;

/**
 * Every close code the relay sends, named and documented once (as Hocuspocus's CloseEvents.ts).
 * 1xxx are RFC 6455's; 4xxx mirror HTTP statuses so a log reader knows them. The official
 * y-websocket client reconnects after any close except 4400-4499, which it takes as final.
 * Refusals before the upgrade (unknown room, bad ticket, too many connections) are answered with
 * a plain HTTP status instead, not a close code.
 */
export const CLOSE_CODE = {
  /** The server is shutting down (SIGTERM); the client reconnects to its successor. */
  goingAway: 1001,
  /** A frame the relay cannot decode (bad bytes, a text frame): only that socket closes. */
  malformedFrame: 1007,
  /**
   * A frame above MAX_MESSAGE_BYTES. Sent by the `ws` library itself (its `maxPayload`), never by
   * our code; named here because clients and operators see it.
   */
  messageTooBig: 1009,
  /** Handling a frame threw: a bug of ours, logged; that socket closes, the room goes on. */
  internalError: 1011,
  /**
   * Transient: the session was unloaded while this upgrade was in flight, so the socket would
   * join a room nobody serves; the client reconnects and loads the session afresh.
   */
  tryAgainLater: 1013,
  /**
   * The facilitator removed this participant: their token is revoked for good. In the 4400-4499
   * range, so the official y-websocket client stops reconnecting and reports it ('closed' event).
   */
  participantRemoved: 4401,
  /** The facilitator deleted the session: every socket closes, and the client stops retrying. */
  sessionDeleted: 4410,
  /**
   * The participant's sockets in this room sent more frames or bytes than the relay's rate
   * budget for too long (RATE_* settings), or queued past the hard ceiling while paused. In the
   * 4500-4599 "try again later" range: the official y-websocket client treats 4400-4499 as
   * permanent and would stop reconnecting, and a legitimate burst must lose nothing.
   */
  overRateBudget: 4529,
} as const;
export type CloseCode = (typeof CLOSE_CODE)[keyof typeof CLOSE_CODE];

/**
 * Why the relay refused (part of) an update, sent to the writer in y-protocols' permission-denied
 * message (y-websocket message type 2) so the client can say it and return to the shared state.
 * Policy refusals only: an update the relay cannot resolve (a race right after a restart) is not
 * announced, because the writer's next sync usually supplies what was missing.
 */
export const REFUSAL_CODES = [
  'board-locked',
  'outside-namespace',
  'unknown-root',
  'read-only',
  'server-only',
  // The relay's budgets (server/relay/budgets.ts): the update was well placed but too much.
  'update-too-costly',
  'schema',
  'entry-count',
  'participant-storage',
  'session-storage',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

export function decodeRefusalCode(value: unknown): RefusalCode | null {
  return REFUSAL_CODES.find((code) => code === value) ?? null;
}

export const LIMITS = {
  /** Default websocket message limit; the server's MAX_MESSAGE_BYTES overrides it. */
  maxMessageBytes: 1024 * 1024,
  sessionTitleMaxLength: 120,
  participantNameMaxLength: 40,
  initiativeTextMaxLength: 280,
  routeNoteTextMaxLength: 500,
  takeawayTextMaxLength: 500,
  propositionTextMaxLength: 300,
  templateTextMaxLength: 2000,
  /** Dots each participant spends on the lessons ("wat helpt"). */
  defaultDotBudget: 3,
  maxInitiativesPerParticipant: 50,
  maxRouteNotesPerParticipant: 50,
  maxTakeawaysPerParticipant: 10,
  /**
   * A perspective group with fewer voters than the session's minGroupSize is not shown on its own
   * (it still counts in the total). The floor keeps a facilitator from setting 1 and reading a
   * single resident's vote off the split.
   */
  defaultMinGroupSize: 3,
  minGroupSizeFloor: 2,
  minGroupSizeCeiling: 100,
  /** Participants a session admits unless the facilitator changes it (a large hall fits). */
  defaultParticipantCap: 250,
  /** Bounds of the facilitator's participant cap setting. */
  minParticipantCap: 1,
  maxParticipantCap: 2000,
  /** Ids and map keys on the board (participant, note, lesson, agenda item ids). */
  boardKeyMaxLength: 64,
  /** Short string values on the board that are not free text (colour, step id, hand, perspective). */
  boardShortValueMaxLength: 64,
  /** One presence (awareness) state, as JSON text; larger states are refused, not relayed. */
  maxPresenceStateBytes: 2048,
  /** Presence entries one participant (or the facilitator) may hold in a room: one per tab. */
  maxPresenceEntriesPerPrincipal: 16,
} as const;

/**
 * Why a join (`POST /api/sessions/:code/participants`) was refused; the `code` field of the error
 * body, so the join form can say it in the person's language.
 */
export const JOIN_REFUSALS = ['doors-closed', 'session-full', 'join-rate'] as const;
export type JoinRefusal = (typeof JOIN_REFUSALS)[number];

/** The error code a removed participant's token gets on every HTTP endpoint (status 403). */
export const PARTICIPANT_REMOVED = 'participant-removed';

/**
 * Who is present is what the server knows from its sockets, not what presence states claim. The
 * relay publishes it as its own awareness entry in the BOARD room, under this field; clients
 * read the online count from it, and the relay refuses any client state that uses the field.
 */
export const SERVER_PRESENCE_FIELD = 'serverPresence';
export type ServerPresence = {
  /** Participant ids with at least one open socket in the BOARD room, sorted. */
  participantIds: string[];
  facilitator: boolean;
};

/** The server renews its own presence entry this often (peers drop an entry 30 s after its last renewal). */
export const SERVER_PRESENCE_RENEWAL_MS = 15_000;

export const PERSPECTIVES = ['resident', 'professional', 'municipality', 'other'] as const;
export type Perspective = (typeof PERSPECTIVES)[number];

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Exports served at `GET /api/sessions/:code/export/<file>` (facilitator key required). */
export const EXPORT_FILES = [
  'report.md',
  'session.json',
  'initiatives.csv',
  'votes.csv',
  'takeaways.csv',
] as const;
export type ExportFile = (typeof EXPORT_FILES)[number];

/**
 * Presence keep-alives (same state, newer clock) are relayed in one batch per this window. The
 * official client drops a peer's presence 30 s after its last renewal and renews every 15 s, so a
 * one-second delay is far inside that margin.
 */
export const PRESENCE_RENEWAL_MS = 1000;

/**
 * Every HTTP path of the API, as the server's route patterns (`:name` is a path parameter). The
 * server routes on these; the client and the tests fill them with apiPath, so a path is spelled
 * once. The README documents the same paths for clients outside the project.
 */
export const API_ROUTES = {
  health: '/healthz',
  metrics: '/metrics',
  config: '/api/config',
  sessions: '/api/sessions',
  session: '/api/sessions/:code',
  facilitator: '/api/sessions/:code/facilitator',
  tickets: '/api/sessions/:code/tickets',
  participants: '/api/sessions/:code/participants',
  participant: '/api/sessions/:code/participants/:participantId',
  participantTexts: '/api/sessions/:code/participants/:participantId/texts',
  myVotes: '/api/sessions/:code/votes/mine',
  vote: '/api/sessions/:code/votes/:propositionId',
  export: '/api/sessions/:code/export/:file',
} as const;
export type ApiRoute = (typeof API_ROUTES)[keyof typeof API_ROUTES];

/** `/a/:code/b/:file` -> 'code' | 'file': the compiler asks for exactly the parameters a path has. */
export type PathParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | PathParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;
export type PathParams<P extends string> = Record<PathParamNames<P>, string>;

/** Fills a route pattern's parameters, each URI-encoded (ids and files are one path segment). */
export function fillPath<P extends string>(pattern: P, params: PathParams<P>): string {
  const values: Record<string, string> = params;
  return pattern.replace(/:([a-zA-Z]+)/g, (_, name: string) =>
    encodeURIComponent(values[name] ?? ''),
  );
}

export function apiPath<P extends ApiRoute>(route: P, params: PathParams<P>): string {
  return fillPath(route, params);
}

/** The pages the server serves as the single-page app; each but home is about one session. */
export const SESSION_PAGES = ['join', 'console', 'present', 'report'] as const;
export type SessionPage = (typeof SESSION_PAGES)[number];
export const HOME_PATH = '/';

/** `/join/<code>`, `/console/<code>`, `/present/<code>`, `/report/<code>`. */
export function pagePath(page: SessionPage, code: string): string {
  return `/${page}/${encodeURIComponent(code)}`;
}

export type PagePathMatch = { page: 'home' } | { page: SessionPage; segment: string };

/**
 * The page a pathname names, with its code segment still raw (the client normalises it; the
 * server only needs to know the path is a page). A trailing slash is allowed.
 */
export function matchPagePath(pathname: string): PagePathMatch | null {
  if (pathname === HOME_PATH) return { page: 'home' };
  const found = /^\/([a-z]+)\/([^/]+)\/?$/.exec(pathname);
  const page = SESSION_PAGES.find((candidate) => candidate === found?.[1]);
  const segment = found?.[2];
  return page === undefined || segment === undefined ? null : { page, segment };
}
