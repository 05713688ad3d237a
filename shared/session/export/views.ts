/**
 * Derived views of a snapshot that several exporters share (the report and the CSV files must
 * agree on who wrote what, which quadrant a note is in and what a vote came to).
 */
import { FACILITATOR_NAMESPACE } from '../../core/layout';
import type { Initiative } from '../../activities/quadrant/schema';
import type { Proposition } from '../../activities/propositions/schema';
import type { RouteNote } from '../../activities/routemap/schema';
import type { Takeaway } from '../../activities/takeaways/schema';
import type { Perspective } from '../../core/protocol';
import { quadrantOf, type QuadrantPlacement } from '../../activities/quadrant/domain';
import {
  EMPTY_RESULT,
  publishedSplit,
  tallyFromCounts,
  type PublishedGroupRow,
  type Tally,
} from '../../activities/propositions/tally';
import type { SessionSnapshot } from './snapshot';
import type { ExportLabels } from './labels';

export type Author = { participantId: string; name: string; perspective: Perspective | '' };

export function authorOf(
  snapshot: SessionSnapshot,
  participantId: string,
  labels: ExportLabels,
): Author {
  const participant = snapshot.board.participants[participantId];
  if (participant !== undefined)
    return { participantId, name: participant.name, perspective: participant.perspective };
  const name = participantId === FACILITATOR_NAMESPACE ? labels.facilitator : labels.unknownAuthor;
  return { participantId, name, perspective: '' };
}

export type PlacedInitiative = Initiative & {
  id: string;
  author: Author;
  placement: QuadrantPlacement;
  hidden: boolean;
};

/** Oldest first, ties by id, so exports are stable between runs. */
function byCreation<T extends { createdAt: number; id: string }>(a: T, b: T): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function listInitiatives(
  snapshot: SessionSnapshot,
  labels: ExportLabels,
): PlacedInitiative[] {
  const placed: PlacedInitiative[] = [];
  for (const [participantId, initiatives] of Object.entries(snapshot.board.initiatives)) {
    const author = authorOf(snapshot, participantId, labels);
    for (const [id, initiative] of Object.entries(initiatives)) {
      placed.push({
        ...initiative,
        id,
        author,
        placement: quadrantOf(initiative.x, initiative.y),
        hidden: snapshot.control.moderation[id] === 'hidden',
      });
    }
  }
  return placed.sort(byCreation);
}

export type AuthoredTakeaway = Takeaway & { id: string; author: Author };

export function listTakeaways(snapshot: SessionSnapshot, labels: ExportLabels): AuthoredTakeaway[] {
  const list: AuthoredTakeaway[] = [];
  for (const [participantId, takeaways] of Object.entries(snapshot.board.takeaways)) {
    const author = authorOf(snapshot, participantId, labels);
    for (const [id, takeaway] of Object.entries(takeaways)) list.push({ ...takeaway, id, author });
  }
  return list.sort(byCreation);
}

export type AuthoredRouteNote = RouteNote & { id: string; author: Author };

export function listRouteNotes(
  snapshot: SessionSnapshot,
  labels: ExportLabels,
): AuthoredRouteNote[] {
  const list: AuthoredRouteNote[] = [];
  for (const [participantId, notes] of Object.entries(snapshot.board.routeNotes)) {
    const author = authorOf(snapshot, participantId, labels);
    for (const [id, note] of Object.entries(notes)) list.push({ ...note, id, author });
  }
  return list.sort(byCreation);
}

/**
 * What an export may say about a proposition: exactly what the server published in CONTROL
 * `results` (aggregates, small groups suppressed), never more. `tally` and `split` are null
 * while the results are hidden; then only the number of voters is known.
 */
export type PropositionResult = {
  proposition: Proposition;
  voters: number;
  tally: Tally | null;
  split: PublishedGroupRow[] | null;
};

export function propositionResults(snapshot: SessionSnapshot): PropositionResult[] {
  return snapshot.control.propositions.map((proposition) => {
    const result = snapshot.control.results[proposition.id] ?? EMPTY_RESULT;
    return {
      proposition,
      voters: result.voters,
      tally: result.visible ? tallyFromCounts(proposition.choices, result.counts) : null,
      split: publishedSplit(proposition.choices, result),
    };
  });
}

/** item id -> how many participants marked it recognised. */
export function recognitionCounts(snapshot: SessionSnapshot): Map<string, number> {
  const counts = new Map<string, number>();
  for (const recognitions of Object.values(snapshot.board.recognitions)) {
    for (const itemId of Object.keys(recognitions))
      counts.set(itemId, (counts.get(itemId) ?? 0) + 1);
  }
  return counts;
}

/** The show of hands of one CHECK round. */
export function checkHandCounts(
  snapshot: SessionSnapshot,
  checkRound: number,
): { yes: number; no: number } {
  let yes = 0;
  let no = 0;
  for (const hands of Object.values(snapshot.board.checkHands)) {
    const hand = hands[String(checkRound)];
    if (hand === 'yes') yes += 1;
    if (hand === 'no') no += 1;
  }
  return { yes, no };
}
