import { useControl, usePresence } from '../../session/hooks';

/**
 * How many participants voted on a proposition: the count the server publishes in CONTROL
 * `results` (ballots themselves never leave the server; the count may be shown live).
 */
export function useVoterCount(propositionId: string): number {
  return useControl((state) => state.results[propositionId]?.voters ?? 0);
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
