import { useState } from 'react';
import {
  tallyByPerspective,
  tallyVotes,
  type Tally,
  type PerspectiveGroup,
} from '../../../shared/domain/tally';
import type { Proposition } from '../../../shared/schema/types';
import { useMessages } from '../../i18n';
import { castVote } from '../../session/api';
import { useBoard, useControl, useSession } from '../../session/hooks';

const NO_BALLOT: Readonly<Record<string, string>> = {};

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

export function useBallot(propositionId: string): Readonly<Record<string, string>> {
  return useControl((state) => state.votes[propositionId] ?? NO_BALLOT);
}

/** Results are shown when revealed, or always when the session says results are live. */
export function useResultsVisible(proposition: Proposition): boolean {
  const live = useControl((state) => state.settings.resultsVisibility === 'live');
  return proposition.state === 'revealed' || (live && proposition.state !== 'draft');
}

export function useTally(proposition: Proposition): Tally {
  const ballot = useBallot(proposition.id);
  return tallyVotes(proposition.choices, ballot);
}

export function useTallyByPerspective(proposition: Proposition): Record<PerspectiveGroup, Tally> {
  const ballot = useBallot(proposition.id);
  const participants = useBoard((state) => state.participants);
  return tallyByPerspective(proposition.choices, ballot, participants);
}

export type VoteStatus = 'idle' | 'saving' | 'saved' | 'failed';

/** My vote goes over HTTP: the server checks my token and writes it on my behalf. */
export function useOwnVote(proposition: Proposition) {
  const session = useSession();
  const m = useMessages();
  const ballot = useBallot(proposition.id);
  const [status, setStatus] = useState<VoteStatus>('idle');
  const [pending, setPending] = useState<string | null>(null);
  const credentials = session.credentials;
  const mine =
    credentials.role === 'participant' ? (ballot[credentials.participantId] ?? null) : null;

  const vote = async (choiceId: string | null) => {
    if (credentials.role !== 'participant') return;
    setPending(choiceId);
    setStatus('saving');
    const result = await castVote(session.code, {
      propositionId: proposition.id,
      choiceId,
      participantId: credentials.participantId,
      participantToken: credentials.participantToken,
    });
    setPending(null);
    setStatus(result.ok ? 'saved' : 'failed');
  };

  // Show the choice immediately; the document catches up once the server wrote it.
  const shown = status === 'saving' ? pending : mine;
  const message =
    status === 'saved'
      ? m.propositions.voteSaved
      : status === 'failed'
        ? m.propositions.voteFailed
        : '';
  return { mine: shown, vote, status, message };
}
