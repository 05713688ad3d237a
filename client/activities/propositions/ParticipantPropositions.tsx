import { useState } from 'react';
import type { Proposition } from '../../../shared/activities/propositions/schema';
import { useMessages } from '../../i18n';
import { PerspectiveResults } from './PerspectiveResults';
import { ResultBars } from './ResultBars';
import { useCurrentProposition, useOwnVote, useResultsVisible, useTally } from './usePropositions';
import './propositions.css';

export function ParticipantPropositions() {
  const m = useMessages();
  const proposition = useCurrentProposition();
  if (proposition === undefined || proposition.state === 'draft') {
    return <p className="empty">{m.propositions.waitingOpen}</p>;
  }
  return <PropositionCard key={proposition.id} proposition={proposition} />;
}

function PropositionCard({ proposition }: { proposition: Proposition }) {
  const m = useMessages();
  const { mine, vote, message, status } = useOwnVote(proposition);
  const visible = useResultsVisible(proposition);
  const tally = useTally(proposition);
  const [byPerspective, setByPerspective] = useState(false);
  const open = proposition.state === 'open';
  return (
    <section className="card proposition stack" aria-labelledby={`proposition-${proposition.id}`}>
      <span className={`state-pill state-pill--${proposition.state}`}>
        {m.propositions.state[proposition.state]}
      </span>
      <h2 id={`proposition-${proposition.id}`} className="proposition__text">
        {proposition.text}
      </h2>
      <div className="vote-choices" role="group" aria-label={m.propositions.votePrompt}>
        {proposition.choices.map((choice) => (
          <button
            key={choice.id}
            type="button"
            className="vote-choice"
            aria-pressed={mine === choice.id}
            disabled={!open || status === 'saving'}
            onClick={() => void vote(choice.id)}
          >
            {choice.label}
          </button>
        ))}
      </div>
      <p className="muted" aria-live="polite" style={{ minHeight: 24 }}>
        {open
          ? message
          : proposition.state === 'closed' && !visible
            ? m.propositions.closedWaiting
            : ''}
      </p>
      {visible && tally !== null ? (
        <div className="stack">
          <div className="row">
            <strong>{m.propositions.votes(tally.total)}</strong>
            <span className="spacer" />
            <button
              type="button"
              className="toggle"
              aria-pressed={byPerspective}
              onClick={() => setByPerspective((value) => !value)}
            >
              {m.propositions.byPerspective}
            </button>
          </div>
          {byPerspective ? (
            <PerspectiveResults proposition={proposition} />
          ) : (
            <ResultBars tally={tally} />
          )}
        </div>
      ) : open ? (
        <p className="notice notice--info">{m.propositions.hiddenResults}</p>
      ) : null}
    </section>
  );
}
