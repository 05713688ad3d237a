import { useEffect, useState } from 'react';
import {
  EMPTY_RESULT,
  publishedSplit,
  resultsVisible,
  tallyFromCounts,
  type PublishedGroupRow,
  type PublishedResult,
  type Tally,
} from '../../../shared/activities/propositions/tally';
import type { Proposition } from '../../../shared/activities/propositions/schema';
import { useMessages } from '../../i18n';
import { castVote, fetchMyVotes } from '../../session/api';
import { useControl, useSession } from '../../session/hooks';

/**
 * The proposition on screen: the open one, else the last one the facilitator touched
 * (revealed or closed), else the first. Participants need no picker: they follow the room.
 */
export function useCurrentProposition(): Proposition | undefined {
  return useControl((state) => {
    const list = state.propositions;
    return (
      list.find((proposition) => proposition.state === 'open') ??
      [...list]
        .reverse()
        .find(
          (proposition) => proposition.state === 'revealed' || proposition.state === 'closed',
        ) ??
      list[0]
    );
  });
}

/** What the server published for this proposition: aggregates only, never a ballot. */
export function usePublishedResult(propositionId: string): PublishedResult {
  return useControl((state) => state.results[propositionId] ?? EMPTY_RESULT);
}

/**
 * Results are shown when revealed, or always when the session says results are live; the
 * server publishes counts under the same rule, so this only picks the screen while they arrive.
 */
export function useResultsVisible(proposition: Proposition): boolean {
  const visibility = useControl((state) => state.settings.resultsVisibility);
  const published = usePublishedResult(proposition.id);
  return published.visible && resultsVisible(proposition.state, visibility);
}

/** The published tally; null while the results are hidden. */
export function useTally(proposition: Proposition): Tally | null {
  const published = usePublishedResult(proposition.id);
  return published.visible ? tallyFromCounts(proposition.choices, published.counts) : null;
}

/** The published split per perspective (small groups marked, not counted); null while hidden. */
export function usePublishedSplit(proposition: Proposition): PublishedGroupRow[] | null {
  return publishedSplit(proposition.choices, usePublishedResult(proposition.id));
}

export type VoteStatus = 'idle' | 'saving' | 'saved' | 'failed';

/**
 * My vote goes over HTTP: the server checks my token and files it in its private ballot store.
 * My current choice comes back only from the server's answer for me (`votes/mine`), after a
 * reload too; no shared document holds it.
 */
export function useOwnVote(proposition: Proposition) {
  const session = useSession();
  const m = useMessages();
  const [status, setStatus] = useState<VoteStatus>('idle');
  const [pending, setPending] = useState<string | null>(null);
  const [mine, setMine] = useState<string | null>(null);
  const credentials = session.credentials;
  const participantId = credentials.role === 'participant' ? credentials.participantId : null;
  const participantToken = credentials.role === 'participant' ? credentials.participantToken : null;

  useEffect(() => {
    if (participantId === null || participantToken === null) return;
    let current = true;
    void fetchMyVotes(session.code, { participantId, participantToken }).then((result) => {
      if (current && result.ok) setMine(result.value[proposition.id] ?? null);
    });
    return () => {
      current = false;
    };
  }, [session.code, participantId, participantToken, proposition.id]);

  const vote = async (choiceId: string | null) => {
    if (participantId === null || participantToken === null) return;
    setPending(choiceId);
    setStatus('saving');
    const result = await castVote(session.code, {
      propositionId: proposition.id,
      choiceId,
      participantId,
      participantToken,
    });
    setPending(null);
    setStatus(result.ok ? 'saved' : 'failed');
    if (result.ok) setMine(choiceId);
  };

  // Show the choice immediately; it stays once the server confirmed it.
  const shown = status === 'saving' ? pending : mine;
  const message =
    status === 'saved'
      ? m.propositions.voteSaved
      : status === 'failed'
        ? m.propositions.voteFailed
        : '';
  return { mine: shown, vote, status, message };
}
