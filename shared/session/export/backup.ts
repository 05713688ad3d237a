/**
 * The JSON backup: the whole session, versioned, restorable into fresh documents without loss
 * (snapshot -> backup -> restore -> snapshot gives the same snapshot). A later format adds a
 * `version` and a migration in `decodeBackup`; files of version 1 keep loading.
 *
 * Version 2 (secret ballots): CONTROL carries only the published `results`; the ballots
 * themselves travel in `sealedBallots`, an opaque text the server encrypted with a key that never
 * leaves it (server/ballots/seal.ts), so nothing in the file links a name or participant id to a
 * choice. Version 1 files held every vote in `control.votes`: restoring one writes them into the
 * legacy `votes` root, and the server moves them into its private store when the session loads.
 */
import * as Y from 'yjs';
import { BOARD_ROOT_NAMES, BOARD_SLICES, type BoardRootName } from '../activities';
import { type FieldError, fieldError } from '../../core/errors';
import { type Result, err, ok } from '../../core/result';
import {
  type Decoder,
  type DecodedType,
  arrayOf,
  id,
  isRecord,
  joinPath,
  literal,
  object,
  recordOf,
  text,
  withDefault,
} from '../../core/decode';
import { CONTROL_ROOT } from '../../core/layout';
import { boardRoot, controlRoot, routeWalkArray } from '../../core/roots';
import { isInitialized, metaDecoder } from '../../core/meta';
import type { BoardState, ControlState } from '../schema/types';
import { liveDecoder, settingsDecoder } from '../schema/decoders';
import { moderationDecoder } from '../../activities/moderation/schema';
import { routeWalkDecoder } from '../../activities/routemap/schema';
import { propositionDecoder, publishedResultDecoder } from '../../activities/propositions/schema';
import { CONTENT_DECODERS } from '../../template/validate';
import { ACTION_ORIGIN } from '../../core/run';
import { writeProposition } from '../../activities/propositions/store';
import type { SessionSnapshot } from './snapshot';

export const BACKUP_FORMAT = 'collectief-session-backup';
export const BACKUP_VERSION = 2;

export type SessionBackup = {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  control: ControlState;
  board: BoardState;
  /** The ballots, sealed by the server that made the file (absent: nobody voted). */
  sealedBallots?: string;
};

/** Version 1's per-participant votes, kept only until the server files them as ballots. */
type LegacyVotes = Record<string, Record<string, string>>;
type DecodedBackup = SessionBackup & { legacyVotes?: LegacyVotes };

export function createBackup(snapshot: SessionSnapshot, sealedBallots?: string): SessionBackup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    control: structuredClone(snapshot.control),
    board: structuredClone(snapshot.board),
    ...(sealedBallots === undefined ? {} : { sealedBallots }),
  };
}

export function backupToJson(backup: SessionBackup): string {
  return `${JSON.stringify(backup, null, 2)}\n`;
}

const controlFields = {
  meta: metaDecoder,
  settings: settingsDecoder,
  live: liveDecoder,
  content: object(CONTENT_DECODERS),
  propositions: arrayOf(propositionDecoder),
  routeWalk: routeWalkDecoder,
  moderation: moderationDecoder,
};
const controlDecoder: Decoder<ControlState> = object({
  ...controlFields,
  results: recordOf(publishedResultDecoder),
});
const controlV1Decoder = object({ ...controlFields, votes: recordOf(recordOf(id)) });

/** Every registered BOARD root, each with its own slice's decoder (as `object` would). */
const boardDecoder: Decoder<BoardState> = (value, path) => {
  if (!isRecord(value)) return err([fieldError(path, { code: 'not-an-object' })]);
  const decoded: Record<string, unknown> = {};
  const errors: FieldError[] = [];
  for (const root of BOARD_ROOT_NAMES) {
    const slice = BOARD_SLICES[root].decoder(value[root], joinPath(path, root));
    if (slice.ok) decoded[root] = slice.value;
    else errors.push(...slice.error);
  }
  if (errors.length > 0) return err(errors);
  // Safe: every registered root was decoded by its own slice's decoder above.
  return ok(decoded as BoardState);
};

const SEALED_MAX_LENGTH = 64 * 1024 * 1024;
const backupV2 = object({
  format: literal(BACKUP_FORMAT),
  version: literal(BACKUP_VERSION),
  control: controlDecoder,
  board: boardDecoder,
  sealedBallots: withDefault(text({ min: 1, max: SEALED_MAX_LENGTH }), undefined),
});
const backupV1 = object({
  format: literal(BACKUP_FORMAT),
  version: literal(1),
  control: controlV1Decoder,
  board: boardDecoder,
});

function fromV1(v1: DecodedType<typeof backupV1>): DecodedBackup {
  const { votes, ...control } = v1.control;
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    control: { ...control, results: {} },
    board: v1.board,
    legacyVotes: votes,
  };
}

/** Accepts parsed JSON or the file's text. */
export function decodeBackup(json: unknown): Result<DecodedBackup, FieldError[]> {
  let value = json;
  if (typeof json === 'string') {
    try {
      // Editors on Windows often save UTF-8 with a BOM, which JSON.parse refuses.
      value = JSON.parse(json.replace(/^\uFEFF/, ''));
    } catch (parseError) {
      const reason = parseError instanceof Error ? parseError.message : String(parseError);
      return err([fieldError('', { code: 'not-json', reason })]);
    }
  }
  if (!isRecord(value) || value.format !== BACKUP_FORMAT) {
    return err([fieldError('format', { code: 'not-a-backup', format: BACKUP_FORMAT })]);
  }
  if (value.version === 1) {
    const v1 = backupV1(value, '');
    return v1.ok ? ok(fromV1(v1.value)) : v1;
  }
  if (value.version !== BACKUP_VERSION) {
    const version = String(value.version);
    return err([
      fieldError('version', { code: 'unsupported-version', version, supported: BACKUP_VERSION }),
    ]);
  }
  const v2 = backupV2(value, '');
  if (!v2.ok) return v2;
  const { sealedBallots, ...rest } = v2.value;
  return ok(sealedBallots === undefined ? rest : { ...rest, sealedBallots });
}

function boardIsEmpty(board: Y.Doc): boolean {
  return BOARD_ROOT_NAMES.every((root) => boardRoot(board, root).size === 0);
}

function nestedMap(entries: Record<string, unknown>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(entries)) map.set(key, value);
  return map;
}

/** Entries that are objects become nested maps (initiatives, notes...); scalar entries stay values (dots, hands...). */
function writeBoardRoot(
  board: Y.Doc,
  root: BoardRootName,
  byParticipant: Record<string, Record<string, unknown>>,
): void {
  const rootMap = boardRoot(board, root);
  for (const [participantId, entries] of Object.entries(byParticipant)) {
    const namespace = new Y.Map<unknown>();
    for (const [key, value] of Object.entries(entries)) {
      namespace.set(key, isRecord(value) ? nestedMap(value) : value);
    }
    rootMap.set(participantId, namespace);
  }
}

function writeBoard(board: Y.Doc, state: BoardState): void {
  for (const root of BOARD_ROOT_NAMES) {
    const byParticipant: Record<string, Record<string, unknown>> = state[root];
    if (BOARD_SLICES[root].shape.kind === 'record') {
      // A participant's own fields (name, perspective...): one map per participant.
      const rootMap = boardRoot(board, root);
      for (const [participantId, fields] of Object.entries(byParticipant))
        rootMap.set(participantId, nestedMap(fields));
    } else {
      writeBoardRoot(board, root, byParticipant);
    }
  }
}

function writeControl(control: Y.Doc, state: ControlState, legacyVotes: LegacyVotes): void {
  const fill = (
    root: Exclude<(typeof CONTROL_ROOT)[keyof typeof CONTROL_ROOT], 'routeWalk'>,
    values: Record<string, unknown>,
  ) => {
    const map = controlRoot(control, root);
    for (const [key, value] of Object.entries(values)) map.set(key, value);
  };
  fill(CONTROL_ROOT.meta, state.meta);
  fill(CONTROL_ROOT.settings, state.settings);
  fill(CONTROL_ROOT.live, state.live);
  fill(CONTROL_ROOT.content, state.content);
  fill(CONTROL_ROOT.moderation, state.moderation);
  for (const { id: propositionId, ...fields } of state.propositions)
    writeProposition(control, propositionId, fields);
  // What the room saw; the server republishes from the restored ballots when the session loads.
  fill(CONTROL_ROOT.results, state.results);
  const votes = controlRoot(control, CONTROL_ROOT.votes);
  for (const [propositionId, ballot] of Object.entries(legacyVotes))
    votes.set(propositionId, nestedMap(ballot));
  routeWalkArray(control).push(state.routeWalk);
}

/**
 * Fills two fresh documents from a backup. Refused (nothing written) when the file does not
 * decode or the documents already hold a session. Returns the sealed ballots for the server.
 */
export function restoreBackup(
  json: unknown,
  control: Y.Doc,
  board: Y.Doc,
): Result<{ sealedBallots: string | undefined }, FieldError[]> {
  const decoded = decodeBackup(json);
  if (!decoded.ok) return decoded;
  if (isInitialized(control) || !boardIsEmpty(board)) {
    return err([fieldError('', { code: 'session-not-empty' })]);
  }
  const backup = structuredClone(decoded.value);
  control.transact(
    () => writeControl(control, backup.control, backup.legacyVotes ?? {}),
    ACTION_ORIGIN,
  );
  board.transact(() => writeBoard(board, backup.board), ACTION_ORIGIN);
  return ok({ sealedBallots: backup.sealedBallots });
}
