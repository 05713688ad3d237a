import { useId, useState } from 'react';
import {
  closeProposition,
  openProposition,
  revealProposition,
} from '../../../shared/activities/propositions/actions';
import type { Proposition } from '../../../shared/activities/propositions/schema';
import { updateSettings } from '../../../shared/session/settings';
import { useMessages } from '../../i18n';
import { useControl, useSession } from '../../session/hooks';
import { Button } from '../../ui/Button';
import { useReportRefusal } from '../refusals';
import { useCurrentProposition, usePublishedResult } from './usePropositions';

/**
 * The propositions' controls on the console: pick one, open / close / reveal it, results live or
 * on reveal. The projector follows the room's proposition (the open one, else the last touched).
 */
export function PropositionsConsole() {
  const m = useMessages();
  const propositions = useControl((state) => state.propositions);
  const current = useCurrentProposition();
  const control = useSession().docs.control;
  const live = useControl((state) => state.settings.resultsVisibility === 'live');
  const report = useReportRefusal();
  const [pickedId, setPickedId] = useState<string | null>(null);
  const shown = propositions.find((proposition) => proposition.id === pickedId) ?? current;
  if (shown === undefined) return <p className="muted">{m.propositions.none}</p>;
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
      <PropositionControls key={shown.id} proposition={shown} />
      <label className="row muted">
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

function PropositionControls({ proposition }: { proposition: Proposition }) {
  const m = useMessages();
  const control = useSession().docs.control;
  const report = useReportRefusal();
  const textId = useId();
  const voteCount = usePublishedResult(proposition.id).voters;
  return (
    <section className="stack stack--tight" aria-labelledby={textId}>
      <div className="row">
        <span className={`state-pill state-pill--${proposition.state}`}>
          {m.propositions.state[proposition.state]}
        </span>
        <span aria-live="polite">{m.propositions.votes(voteCount)}</span>
      </div>
      <h2 id={textId} className="console-part__title">
        {proposition.text}
      </h2>
      <div className="row">
        {proposition.state === 'open' ? (
          <Button
            variant="primary"
            onClick={() => report(closeProposition(control, proposition.id))}
          >
            {m.propositions.close}
          </Button>
        ) : (
          <Button
            variant="primary"
            onClick={() => report(openProposition(control, proposition.id))}
          >
            {proposition.state === 'draft' ? m.propositions.open : m.propositions.reopen}
          </Button>
        )}
        {proposition.state === 'closed' || proposition.state === 'open' ? (
          <Button onClick={() => report(revealProposition(control, proposition.id))}>
            {m.propositions.reveal}
          </Button>
        ) : null}
      </div>
    </section>
  );
}
