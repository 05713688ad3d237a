/**
 * Vote tallies. Percentages are whole numbers that add up to exactly 100 (largest remainder
 * method), so a projector never shows 33 + 33 + 33 = 99. Every count and percentage the client,
 * the server and the exports show comes from here.
 */
import { PERSPECTIVES, type Perspective } from '../../core/protocol';
import type { Choice } from '../../core/layout';

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

/**
 * One ballot as the server keeps it: the choice and the voter's perspective group when they cast
 * it (a later change of perspective must not move an old vote between groups, or comparing two
 * splits would show which group that person's vote left).
 */
export type CastBallot = { choiceId: string; group: PerspectiveGroup };

/** choiceId -> number of votes. */
export type ChoiceCounts = Record<string, number>;

/**
 * What the server publishes about one proposition in CONTROL `results`: never a ballot. The
 * number of voters always; the counts only while the results are visible. `groups` holds only the
 * perspective groups large enough to show on their own; `suppressed` names the groups that had
 * voters but are folded into the total only.
 */
export type PublishedResult =
  | { voters: number; visible: false }
  | {
      voters: number;
      visible: true;
      counts: ChoiceCounts;
      groups: Partial<Record<PerspectiveGroup, ChoiceCounts>>;
      suppressed: PerspectiveGroup[];
    };

export const EMPTY_RESULT: PublishedResult = { voters: 0, visible: false };

/** Results show once revealed, or from opening on when the session publishes results live. */
export function resultsVisible(
  state: 'draft' | 'open' | 'closed' | 'revealed',
  visibility: 'onReveal' | 'live',
): boolean {
  return state === 'revealed' || (visibility === 'live' && state !== 'draft');
}

/**
 * Groups not shown on their own. First every group with voters but fewer than `minGroupSize`.
 * Then, because the total is published, total minus the shown groups equals the hidden ones
 * together: while that remainder has voters but fewer than `minGroupSize`, the smallest shown
 * group is hidden too (complementary suppression), so no subtraction yields a small group's vote.
 */
export function suppressedGroups(
  votersPerGroup: Readonly<Record<PerspectiveGroup, number>>,
  minGroupSize: number,
): PerspectiveGroup[] {
  const withVoters = PERSPECTIVE_GROUPS.filter((group) => votersPerGroup[group] > 0);
  const hidden = withVoters.filter((group) => votersPerGroup[group] < minGroupSize);
  let remainder = hidden.reduce((sum, group) => sum + votersPerGroup[group], 0);
  const shown = withVoters
    .filter((group) => !hidden.includes(group))
    .sort((a, b) => votersPerGroup[a] - votersPerGroup[b]);
  while (remainder > 0 && remainder < minGroupSize && shown.length > 0) {
    const next = shown.shift();
    if (next === undefined) break;
    hidden.push(next);
    remainder += votersPerGroup[next];
  }
  return PERSPECTIVE_GROUPS.filter((group) => hidden.includes(group));
}

/**
 * The published aggregate of a proposition's ballots. Ballots for a choice the proposition no
 * longer offers are not counted (not even as voters). Pure: the server publishes exactly this.
 */
export function publishResult(input: {
  choices: readonly Choice[];
  ballots: Iterable<CastBallot>;
  visible: boolean;
  minGroupSize: number;
}): PublishedResult {
  const offered = new Set(input.choices.map((choice) => choice.id));
  const zero = (): ChoiceCounts => Object.fromEntries(input.choices.map((c) => [c.id, 0]));
  const counts = zero();
  const perGroup = new Map<PerspectiveGroup, ChoiceCounts>();
  const votersPerGroup: Record<PerspectiveGroup, number> = {
    resident: 0,
    professional: 0,
    municipality: 0,
    other: 0,
    unstated: 0,
  };
  let voters = 0;
  for (const ballot of input.ballots) {
    if (!offered.has(ballot.choiceId)) continue;
    voters += 1;
    counts[ballot.choiceId] = (counts[ballot.choiceId] ?? 0) + 1;
    const groupCounts = perGroup.get(ballot.group) ?? zero();
    groupCounts[ballot.choiceId] = (groupCounts[ballot.choiceId] ?? 0) + 1;
    perGroup.set(ballot.group, groupCounts);
    votersPerGroup[ballot.group] += 1;
  }
  if (!input.visible) return { voters, visible: false };
  const suppressed = suppressedGroups(votersPerGroup, input.minGroupSize);
  const groups: Partial<Record<PerspectiveGroup, ChoiceCounts>> = {};
  for (const group of PERSPECTIVE_GROUPS) {
    const groupCounts = perGroup.get(group);
    if (groupCounts !== undefined && !suppressed.includes(group)) groups[group] = groupCounts;
  }
  return { voters, visible: true, counts, groups, suppressed };
}

/** A published count map as a Tally over the proposition's choices (percentages included). */
export function tallyFromCounts(choices: readonly Choice[], counts: ChoiceCounts): Tally {
  const countList = choices.map((choice) => Math.max(0, counts[choice.id] ?? 0));
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

/** One row of a published split: a group's tally, or the note that it is too small to show. */
export type PublishedGroupRow =
  | { group: PerspectiveGroup; suppressed: false; tally: Tally }
  | { group: PerspectiveGroup; suppressed: true };

/** The published split in the fixed group order; null while the results are hidden. */
export function publishedSplit(
  choices: readonly Choice[],
  result: PublishedResult,
): PublishedGroupRow[] | null {
  if (!result.visible) return null;
  const rows: PublishedGroupRow[] = [];
  for (const group of PERSPECTIVE_GROUPS) {
    const counts = result.groups[group];
    if (counts !== undefined) {
      rows.push({ group, suppressed: false, tally: tallyFromCounts(choices, counts) });
    } else if (result.suppressed.includes(group)) rows.push({ group, suppressed: true });
  }
  return rows;
}

/** Deep equality of two published results: the server writes only what actually changed. */
export function sameResult(a: PublishedResult | undefined, b: PublishedResult): boolean {
  return a !== undefined && canonicalJson(a) === canonicalJson(b);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
