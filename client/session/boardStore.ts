/**
 * The BOARD document's small roots (everything but the notes, see initiativesStore.ts) as one
 * zustand store. Each root has its own observer and its own slice: a dot being spent replaces
 * the `dots` slice only, so components selecting takeaways do not re-render.
 */
import * as Y from 'yjs';
import { createStore } from 'zustand/vanilla';
import type { Decoder } from '../../shared/core/decode';
import { isSafeId } from '../../shared/core/decode';
import {
  checkHandDecoder,
  dotCountDecoder,
  readinessDecoder,
  recognitionDecoder,
  routeNoteDecoder,
  takeawayDecoder,
} from '../../shared/session/schema/decoders';
import { readParticipants } from '../../shared/session/schema/readBoard';
import { BOARD_ROOT, type BoardRootName } from '../../shared/core/layout';
import { boardRoot } from '../../shared/core/roots';
import type { BoardState } from '../../shared/session/schema/types';
import type { BoundStore } from './initiativesStore';

export type BoardSlices = Omit<BoardState, 'initiatives'>;

function plain(value: unknown): unknown {
  return value instanceof Y.AbstractType ? value.toJSON() : value;
}

/** participantId -> entryId -> value, skipping whatever does not decode. */
function readNamespaced<T>(
  root: Y.Map<unknown>,
  decoder: Decoder<T>,
): Record<string, Record<string, T>> {
  const result: Record<string, Record<string, T>> = {};
  root.forEach((namespace, participantId) => {
    if (!(namespace instanceof Y.Map) || !isSafeId(participantId)) return;
    const entries: Record<string, T> = {};
    namespace.forEach((value, key) => {
      if (!isSafeId(key)) return;
      const decoded = decoder(plain(value), key);
      if (decoded.ok) entries[key] = decoded.value;
    });
    result[participantId] = entries;
  });
  return result;
}

type SliceReaders = { [K in keyof BoardSlices]: (board: Y.Doc) => BoardSlices[K] };

const READERS: SliceReaders = {
  participants: readParticipants,
  routeNotes: (board) => readNamespaced(boardRoot(board, BOARD_ROOT.routeNotes), routeNoteDecoder),
  checkHands: (board) => readNamespaced(boardRoot(board, BOARD_ROOT.checkHands), checkHandDecoder),
  dots: (board) => readNamespaced(boardRoot(board, BOARD_ROOT.dots), dotCountDecoder),
  recognitions: (board) =>
    readNamespaced(boardRoot(board, BOARD_ROOT.recognitions), recognitionDecoder),
  takeaways: (board) => readNamespaced(boardRoot(board, BOARD_ROOT.takeaways), takeawayDecoder),
  readiness: (board) => readNamespaced(boardRoot(board, BOARD_ROOT.readiness), readinessDecoder),
};

const SLICE_ROOTS: { [K in keyof BoardSlices]: BoardRootName } = {
  participants: BOARD_ROOT.participants,
  routeNotes: BOARD_ROOT.routeNotes,
  checkHands: BOARD_ROOT.checkHands,
  dots: BOARD_ROOT.dots,
  recognitions: BOARD_ROOT.recognitions,
  takeaways: BOARD_ROOT.takeaways,
  readiness: BOARD_ROOT.readiness,
};

const SLICES = Object.keys(SLICE_ROOTS) as (keyof BoardSlices)[];

function readSlices(board: Y.Doc): BoardSlices {
  return {
    participants: READERS.participants(board),
    routeNotes: READERS.routeNotes(board),
    checkHands: READERS.checkHands(board),
    dots: READERS.dots(board),
    recognitions: READERS.recognitions(board),
    takeaways: READERS.takeaways(board),
    readiness: READERS.readiness(board),
  };
}

export function bindBoardStore(board: Y.Doc): BoundStore<BoardSlices> {
  const store = createStore<BoardSlices>(() => readSlices(board));
  const unbinders = SLICES.map((slice) => {
    const root = boardRoot(board, SLICE_ROOTS[slice]);
    const observer = () => store.setState({ [slice]: READERS[slice](board) });
    root.observeDeep(observer);
    return () => root.unobserveDeep(observer);
  });
  return { store, destroy: () => unbinders.forEach((unbind) => unbind()) };
}
