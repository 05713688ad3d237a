/**
 * Vote tallies. Percentages are whole numbers that add up to exactly 100 (largest remainder
 * method), so a projector never shows 33 + 33 + 33 = 99. Every count and percentage the client,
 * the server and the exports show comes from here.
 */
import { PERSPECTIVES, type Perspective } from '../protocol';
import type { Choice } from '../schema/layout';

/**
 * Whole-number shares of `total` (default 100) proportional to `counts`, summing to exactly
 * `total` when any count is positive (all zeros otherwise). Leftover units go to the largest
 * remainders; equal remainders favour the earlier entry, so the result is deterministic.
 */
export function largestRemainderPercentages(counts: readonly number[], total = 100): number[] {
  const sum = counts.reduce((acc, count) => acc + Math.max(0, count), 0);
  if (sum === 0) return counts.map(() => 0);
  const exact = counts.map((count) => (Math.max(0, count) * total) / sum);
  const shares = exact.map((value) => Math.floor(value));
  let left = total - shares.reduce((acc, share) => acc + share, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left <= 0) break;
    shares[index] = (shares[index] ?? 0) + 1;
    left -= 1;
  }
  return shares;
}

export type ChoiceTally = { choice: Choice; count: number; percent: number };
export type Tally = { total: number; choices: ChoiceTally[] };

/** participantId -> choiceId. Votes for a choice the proposition no longer offers are not counted. */
export type Ballot = Readonly<Record<string, string>>;

export function tallyVotes(
  choices: readonly Choice[],
  ballot: Ballot,
  counts: (participantId: string) => boolean = () => true,
): Tally {
  const perChoice = new Map<string, number>(choices.map((choice) => [choice.id, 0]));
  for (const [participantId, choiceId] of Object.entries(ballot)) {
    const current = perChoice.get(choiceId);
    if (current === undefined || !counts(participantId)) continue;
    perChoice.set(choiceId, current + 1);
  }
  const countList = choices.map((choice) => perChoice.get(choice.id) ?? 0);
  const percents = largestRemainderPercentages(countList);
  return {
    total: countList.reduce((acc, count) => acc + count, 0),
    choices: choices.map((choice, index) => ({
      choice,
      count: countList[index] ?? 0,
      percent: percents[index] ?? 0,
    })),
  };
}

/** A participant who did not state a perspective is counted under 'unstated'. */
export type PerspectiveGroup = Perspective | 'unstated';
export const PERSPECTIVE_GROUPS: readonly PerspectiveGroup[] = [...PERSPECTIVES, 'unstated'];

/**
 * The same tally split by perspective, so the room sees whether residents and professionals
 * agree. A voter missing from `perspectives` (not registered on the board) counts as 'unstated'.
 */
export function tallyByPerspective(
  choices: readonly Choice[],
  ballot: Ballot,
  perspectives: Readonly<Record<string, { perspective: Perspective | '' }>>,
): Record<PerspectiveGroup, Tally> {
  const groupOf = (participantId: string) => perspectiveGroupOf(participantId, perspectives);
  const split: Partial<Record<PerspectiveGroup, Tally>> = {};
  for (const group of PERSPECTIVE_GROUPS) {
    split[group] = tallyVotes(choices, ballot, (participantId) => groupOf(participantId) === group);
  }
  // Safe: the loop above filled every PerspectiveGroup.
  return split as Record<PerspectiveGroup, Tally>;
}

/** A participant's group; unknown or unstated perspectives count as 'unstated'. */
export function perspectiveGroupOf(
  participantId: string,
  perspectives: Readonly<Record<string, { perspective: Perspective | '' }>>,
): PerspectiveGroup {
  const perspective = perspectives[participantId]?.perspective;
  return perspective === undefined || perspective === '' ? 'unstated' : perspective;
}

/**
 * Splits any per-participant record (dots, recognitions, hands...) by perspective, so every
 * tally, not only votes, can be shown per perspective.
 */
export function splitByPerspective<T>(
  byParticipant: Readonly<Record<string, T>>,
  perspectives: Readonly<Record<string, { perspective: Perspective | '' }>>,
): Record<PerspectiveGroup, Record<string, T>> {
  const split: Record<PerspectiveGroup, Record<string, T>> = {
    resident: {},
    professional: {},
    municipality: {},
    other: {},
    unstated: {},
  };
  for (const [participantId, value] of Object.entries(byParticipant)) {
    split[perspectiveGroupOf(participantId, perspectives)][participantId] = value;
  }
  return split;
}

/** How many participants of each perspective (for "12 residents, 8 professionals..."). */
export function countPerspectives(
  participants: Readonly<Record<string, { perspective: Perspective | '' }>>,
): Record<PerspectiveGroup, number> {
  const counts: Record<PerspectiveGroup, number> = {
    resident: 0,
    professional: 0,
    municipality: 0,
    other: 0,
    unstated: 0,
  };
  for (const participant of Object.values(participants)) {
    counts[participant.perspective === '' ? 'unstated' : participant.perspective] += 1;
  }
  return counts;
}
