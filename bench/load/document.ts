/**
 * Where the benchmark's writes go in the session document, and how a client notices them.
 * The writes follow the real layout (shared/core/layout.ts) so Collectief's relay accepts them:
 * fan-out marks are facilitator readiness stamps, burst votes are a participant's show of hands.
 */
import { BOARD_ROOT } from '../../shared/session/activities';
import * as Y from 'yjs';
import { CONTROL_ROOT, FACILITATOR_NAMESPACE } from '../../shared/core/layout';

/** Monotonic milliseconds, one clock for every process on the machine (CLOCK_MONOTONIC). */
export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

function ownMap(doc: Y.Doc, root: string, participantId: string): Y.Map<unknown> {
  const rootMap = doc.getMap<Y.Map<unknown>>(root);
  const existing = rootMap.get(participantId);
  if (existing instanceof Y.Map) return existing;
  const created = new Y.Map<unknown>();
  rootMap.set(participantId, created);
  return created;
}

/** The fan-out writer's small update: one new key holding the send time. */
export function writeFanoutMark(doc: Y.Doc, runKey: string, sequence: number): void {
  doc.transact(() =>
    ownMap(doc, BOARD_ROOT.readiness, FACILITATOR_NAMESPACE).set(`${runKey}-${sequence}`, nowMs()),
  );
}

/** Makes sure the writer's map exists before readers start timing, so every mark is a one-key update. */
export function prepareFanout(doc: Y.Doc): void {
  doc.transact(() => ownMap(doc, BOARD_ROOT.readiness, FACILITATOR_NAMESPACE));
}

/**
 * Calls `onMark(sentAtMs)` once per fan-out mark of `runKey` that arrives, whether it comes
 * alone or merged with others into one update. Returns the unsubscribe function.
 */
export function observeFanoutMarks(
  doc: Y.Doc,
  runKey: string,
  onMark: (sentAtMs: number) => void,
): () => void {
  const root = doc.getMap<Y.Map<unknown>>(BOARD_ROOT.readiness);
  const seen = new Set<string>();
  const prefix = `${runKey}-`;
  const consider = (map: Y.Map<unknown>, key: string) => {
    const value = map.get(key);
    if (!key.startsWith(prefix) || typeof value !== 'number' || seen.has(key)) return;
    seen.add(key);
    onMark(value);
  };
  const observer = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>) => {
    for (const event of events) {
      if (!(event instanceof Y.YMapEvent)) continue;
      if (event.target === root) {
        for (const participantId of event.keysChanged) {
          const child = root.get(participantId);
          if (child instanceof Y.Map) for (const key of child.keys()) consider(child, key);
        }
      } else {
        for (const key of event.keysChanged) consider(event.target as Y.Map<unknown>, key);
      }
    }
  };
  root.observeDeep(observer);
  return () => root.unobserveDeep(observer);
}

/** A vote-sized update: the participant's show of hands for round `runKey`. */
export function writeBurstVote(doc: Y.Doc, participantId: string, runKey: string): void {
  doc.transact(() => ownMap(doc, BOARD_ROOT.checkHands, participantId).set(runKey, 'yes'));
}

/** Counts participants whose hand for `runKey` this client holds; calls `onCount` on each change. */
export function observeBurstVotes(
  doc: Y.Doc,
  runKey: string,
  onCount: (count: number) => void,
): () => void {
  const root = doc.getMap<Y.Map<unknown>>(BOARD_ROOT.checkHands);
  const voters = new Set<string>();
  const observer = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>) => {
    const before = voters.size;
    for (const event of events) {
      if (!(event instanceof Y.YMapEvent)) continue;
      if (event.target === root) {
        for (const participantId of event.keysChanged) {
          const child = root.get(participantId);
          if (child instanceof Y.Map && child.has(runKey)) voters.add(participantId);
        }
      } else if (event.keysChanged.has(runKey)) {
        const participantId = event.path[0];
        if (typeof participantId === 'string') voters.add(participantId);
      }
    }
    if (voters.size !== before) onCount(voters.size);
  };
  root.observeDeep(observer);
  return () => root.unobserveDeep(observer);
}

export function countInitiatives(board: Y.Doc): number {
  let count = 0;
  for (const perParticipant of board.getMap<Y.Map<unknown>>(BOARD_ROOT.initiatives).values()) {
    if (perParticipant instanceof Y.Map) count += perParticipant.size;
  }
  return count;
}

/**
 * Votes a late joiner can see: per-participant ballots where a relay keeps them in the document
 * (the reference relays, the generated fixture), or the published voter counts of Collectief's
 * secret ballot (CONTROL `results`, ballots stay on its server).
 */
export function countVotes(control: Y.Doc): number {
  let count = 0;
  for (const perProposition of control.getMap<Y.Map<unknown>>(CONTROL_ROOT.votes).values()) {
    if (perProposition instanceof Y.Map) count += perProposition.size;
  }
  for (const result of control.getMap<unknown>(CONTROL_ROOT.results).values()) {
    const voters: unknown =
      typeof result === 'object' && result !== null ? Reflect.get(result, 'voters') : undefined;
    if (typeof voters === 'number') count += voters;
  }
  return count;
}
