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
  facilitatorKey: 'key',
  participantId: 'pid',
  participantToken: 'token',
} as const;

/** The websocket path prefix: `ws://HOST:PORT/ws/<room>`. */
export const WS_PATH_PREFIX = '/ws/';

/**
 * Close codes. 1xxx are the standard ones; 4xxx mirror HTTP statuses so a log reader knows them.
 * Refusals before the upgrade (unknown room, bad key) are answered with a plain HTTP status instead.
 */
export const CLOSE_CODE = {
  goingAway: 1001,
  malformedFrame: 1007,
  policyViolation: 1008,
  messageTooBig: 1009,
  forbiddenUpdate: 4403,
  sessionDeleted: 4410,
  idleTimeout: 4408,
  tooManyConnections: 4429,
  /**
   * The participant's sockets in this room sent more frames or bytes than the relay's rate
   * budget for too long (RATE_* settings), or queued past the hard ceiling while paused. In the
   * 4500-4599 "try again later" range: the official y-websocket client treats 4400-4499 as
   * permanent and would stop reconnecting, and a legitimate burst must lose nothing.
   */
  overRateBudget: 4529,
} as const;

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
