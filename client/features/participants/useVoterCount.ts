import { useControl, usePresence } from '../../session/hooks';

/**
 * How many participants voted on a proposition. The ONE place that reads the voter count: today
 * it counts the ballot in CONTROL `votes`; when the server publishes a voter count instead, only
 * this selector changes.
 */
export function useVoterCount(propositionId: string): number {
  return useControl((state) => Object.keys(state.votes[propositionId] ?? {}).length);
}

/** Participants connected now (presence on the board room; the facilitator is not counted). */
export function usePresentCount(): number {
  return usePresence((state) => state.participantCount);
}

/** The open proposition's id, or null when none is open. */
export function useOpenPropositionId(): string | null {
  return useControl(
    (state) => state.propositions.find((proposition) => proposition.state === 'open')?.id ?? null,
  );
}
