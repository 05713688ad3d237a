/** Readers for the BOARD document: plain, typed snapshots; entries that fail to decode are skipped. */
import * as Y from 'yjs';
import type { Decoder } from '../../core/decode';
import { isSafeId } from '../../core/decode';
import { BOARD_ROOT, type BoardRootName } from '../../core/layout';
import { boardRoot, childMap, namespaceOf } from '../../core/roots';
import {
  checkHandDecoder,
  dotCountDecoder,
  initiativeDecoder,
  participantDecoder,
  readinessDecoder,
  recognitionDecoder,
  routeNoteDecoder,
  takeawayDecoder,
} from './decoders';
import type { BoardState, ByParticipant, Initiative, Participant, Takeaway } from './types';

function toPlain(value: unknown): unknown {
  return value instanceof Y.AbstractType ? value.toJSON() : value;
}

/** Decodes each entry of one namespace map; undecodable entries are left out. */
function readEntries<T>(namespace: Y.Map<unknown>, decoder: Decoder<T>): Record<string, T> {
  const entries: Record<string, T> = {};
  namespace.forEach((value, key) => {
    if (!isSafeId(key)) return;
    const decoded = decoder(toPlain(value), key);
    if (decoded.ok) entries[key] = decoded.value;
  });
  return entries;
}

function readNamespaces<T>(
  board: Y.Doc,
  root: BoardRootName,
  decoder: Decoder<T>,
): ByParticipant<Record<string, T>> {
  const result: ByParticipant<Record<string, T>> = {};
  boardRoot(board, root).forEach((_value, participantId) => {
    const namespace = namespaceOf(board, root, participantId);
    if (namespace === undefined || !isSafeId(participantId)) return;
    result[participantId] = readEntries(namespace, decoder);
  });
  return result;
}

export function readParticipants(board: Y.Doc): ByParticipant<Participant> {
  const participants: ByParticipant<Participant> = {};
  boardRoot(board, BOARD_ROOT.participants).forEach((value, participantId) => {
    if (!isSafeId(participantId)) return;
    const decoded = participantDecoder(toPlain(value), participantId);
    if (decoded.ok) participants[participantId] = decoded.value;
  });
  return participants;
}

export function readParticipant(board: Y.Doc, participantId: string): Participant | undefined {
  const value = boardRoot(board, BOARD_ROOT.participants).get(participantId);
  const decoded = participantDecoder(toPlain(value), participantId);
  return decoded.ok ? decoded.value : undefined;
}

export function readInitiatives(board: Y.Doc): ByParticipant<Record<string, Initiative>> {
  return readNamespaces(board, BOARD_ROOT.initiatives, initiativeDecoder);
}

export function readInitiative(
  board: Y.Doc,
  participantId: string,
  initiativeId: string,
): Initiative | undefined {
  const namespace = namespaceOf(board, BOARD_ROOT.initiatives, participantId);
  const entry = namespace === undefined ? undefined : childMap(namespace, initiativeId);
  if (entry === undefined) return undefined;
  const decoded = initiativeDecoder(entry.toJSON(), initiativeId);
  return decoded.ok ? decoded.value : undefined;
}

export function readTakeaway(
  board: Y.Doc,
  participantId: string,
  takeawayId: string,
): Takeaway | undefined {
  const namespace = namespaceOf(board, BOARD_ROOT.takeaways, participantId);
  const entry = namespace === undefined ? undefined : childMap(namespace, takeawayId);
  if (entry === undefined) return undefined;
  const decoded = takeawayDecoder(entry.toJSON(), takeawayId);
  return decoded.ok ? decoded.value : undefined;
}

/** One participant's dots: lessonId -> count. */
export function readDots(board: Y.Doc, participantId: string): Record<string, number> {
  const namespace = namespaceOf(board, BOARD_ROOT.dots, participantId);
  return namespace === undefined ? {} : readEntries(namespace, dotCountDecoder);
}

/**
 * One reader per slice of BoardState (each slice is the BOARD root of the same name), so the
 * client's store re-reads only the root that changed and the snapshot reads them all.
 */
export const BOARD_READERS: { [K in keyof BoardState]: (board: Y.Doc) => BoardState[K] } = {
  participants: readParticipants,
  initiatives: readInitiatives,
  routeNotes: (board) => readNamespaces(board, BOARD_ROOT.routeNotes, routeNoteDecoder),
  checkHands: (board) => readNamespaces(board, BOARD_ROOT.checkHands, checkHandDecoder),
  dots: (board) => readNamespaces(board, BOARD_ROOT.dots, dotCountDecoder),
  recognitions: (board) => readNamespaces(board, BOARD_ROOT.recognitions, recognitionDecoder),
  takeaways: (board) => readNamespaces(board, BOARD_ROOT.takeaways, takeawayDecoder),
  readiness: (board) => readNamespaces(board, BOARD_ROOT.readiness, readinessDecoder),
};

export function readBoard(board: Y.Doc): BoardState {
  return {
    participants: BOARD_READERS.participants(board),
    initiatives: BOARD_READERS.initiatives(board),
    routeNotes: BOARD_READERS.routeNotes(board),
    checkHands: BOARD_READERS.checkHands(board),
    dots: BOARD_READERS.dots(board),
    recognitions: BOARD_READERS.recognitions(board),
    takeaways: BOARD_READERS.takeaways(board),
    readiness: BOARD_READERS.readiness(board),
  };
}
