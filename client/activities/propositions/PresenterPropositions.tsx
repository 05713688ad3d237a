import { useId } from 'react';
import type { Proposition } from '../../../shared/activities/propositions/schema';
import { useMessages } from '../../i18n';
import { PerspectiveResults } from './PerspectiveResults';
import { ResultBars } from './ResultBars';
import {
  useCurrentProposition,
  usePublishedResult,
  useResultsVisible,
  useTally,
} from './usePropositions';
import './propositions.stage.css';

/** The proposition the room is on, large, and its results as they are revealed. */
export function PresenterPropositions() {
  const m = useMessages();
  const current = useCurrentProposition();
  if (current === undefined) return <p className="empty">{m.propositions.none}</p>;
  return <PropositionStage key={current.id} proposition={current} />;
}

function PropositionStage({ proposition }: { proposition: Proposition }) {
  const m = useMessages();
  const tally = useTally(proposition);
  const visible = useResultsVisible(proposition) && tally !== null;
  const textId = useId();
  // The voter count is published live; what they chose only once results are visible.
  const voteCount = usePublishedResult(proposition.id).voters;
  return (
    <section className="presenter-proposition" aria-labelledby={textId}>
      <div className="row">
        <span className={`state-pill state-pill--${proposition.state}`}>
          {m.propositions.state[proposition.state]}
        </span>
        <span className="presenter-votes" aria-live="polite">
          {m.propositions.votes(voteCount)}
        </span>
      </div>
      <h2 id={textId} className="presenter-proposition__text">
        {proposition.text}
      </h2>
      {visible && tally !== null ? (
        <div className="presenter-proposition__results">
          <ResultBars tally={tally} />
          <PerspectiveResults proposition={proposition} />
        </div>
      ) : proposition.state !== 'draft' ? (
        <p className="presenter-proposition__waiting">{m.propositions.hiddenResults}</p>
      ) : null}
    </section>
  );
}
