import { useState } from 'react';
import {
  closeProposition,
  openProposition,
  revealProposition,
} from '../../../shared/activities/propositions/actions';
import type { Proposition } from '../../../shared/activities/propositions/schema';
import { useMessages } from '../../i18n';
import { updateSettings } from '../../../shared/session/settings';
import { useControl, useSession } from '../../session/hooks';
import { Button } from '../../ui/Button';
import { PerspectiveResults } from './PerspectiveResults';
import { ResultBars } from './ResultBars';
import {
  useCurrentProposition,
  usePublishedResult,
  useResultsVisible,
  useTally,
} from './usePropositions';
import './propositions.stage.css';
import { useReportRefusal } from '../refusals';

/** The projector's propositions: pick one, open / close / reveal, results animate in. */
export function PresenterPropositions() {
  const m = useMessages();
  const propositions = useControl((state) => state.propositions);
  const current = useCurrentProposition();
  const control = useSession().docs.control;
  const live = useControl((state) => state.settings.resultsVisibility === 'live');
  const report = useReportRefusal();
  const [pickedId, setPickedId] = useState<string | null>(null);
  const shown = propositions.find((proposition) => proposition.id === pickedId) ?? current;
  if (shown === undefined) return <p className="empty">{m.propositions.none}</p>;
  return (
    <div className="stack">
      <div className="row" role="group" aria-label={m.propositions.title}>
        {propositions.map((proposition, index) => (
          <button
            key={proposition.id}
            type="button"
            className="toggle"
            aria-pressed={proposition.id === shown.id}
            onClick={() => setPickedId(proposition.id)}
          >
            {m.propositions.select(index + 1)} · {m.propositions.state[proposition.state]}
          </button>
        ))}
      </div>
      <PropositionStage key={shown.id} proposition={shown} />
      <label className="row muted" style={{ fontSize: 16 }}>
        <input
          type="checkbox"
          checked={live}
          onChange={(event) =>
            report(
              updateSettings(control, {
                resultsVisibility: event.target.checked ? 'live' : 'onReveal',
              }),
            )
          }
        />
        {m.propositions.liveResults}
      </label>
    </div>
  );
}

function PropositionStage({ proposition }: { proposition: Proposition }) {
  const m = useMessages();
  const control = useSession().docs.control;
  const report = useReportRefusal();
  const tally = useTally(proposition);
  const visible = useResultsVisible(proposition) && tally !== null;
  const [byPerspective, setByPerspective] = useState(false);
  // The voter count is published live; what they chose only once results are visible.
  const voteCount = usePublishedResult(proposition.id).voters;
  return (
    <section className="presenter-proposition stack" aria-labelledby="presenter-proposition-text">
      <div className="row">
        <span className={`state-pill state-pill--${proposition.state}`}>
          {m.propositions.state[proposition.state]}
        </span>
        <span className="presenter-votes" aria-live="polite">
          {m.propositions.votes(voteCount)}
        </span>
      </div>
      <h2 id="presenter-proposition-text" className="presenter-proposition__text">
        {proposition.text}
      </h2>
      <div className="row">
        {proposition.state === 'open' ? (
          <Button
            variant="primary"
            size="large"
            onClick={() => report(closeProposition(control, proposition.id))}
          >
            {m.propositions.close}
          </Button>
        ) : (
          <Button
            variant="primary"
            size="large"
            onClick={() => report(openProposition(control, proposition.id))}
          >
            {proposition.state === 'draft' ? m.propositions.open : m.propositions.reopen}
          </Button>
        )}
        {proposition.state === 'closed' || proposition.state === 'open' ? (
          <Button size="large" onClick={() => report(revealProposition(control, proposition.id))}>
            {m.propositions.reveal}
          </Button>
        ) : null}
        <span className="spacer" />
        {visible ? (
          <button
            type="button"
            className="toggle"
            aria-pressed={byPerspective}
            onClick={() => setByPerspective((value) => !value)}
          >
            {m.propositions.byPerspective}
          </button>
        ) : null}
      </div>
      {visible && tally !== null ? (
        byPerspective ? (
          <PerspectiveResults proposition={proposition} />
        ) : (
          <ResultBars tally={tally} />
        )
      ) : proposition.state !== 'draft' ? (
        <p className="notice notice--info">{m.propositions.hiddenResults}</p>
      ) : null}
    </section>
  );
}
