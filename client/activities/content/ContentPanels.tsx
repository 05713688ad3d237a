import { useMessages } from '../../i18n';
import { useControl } from '../../session/hooks';
import { Loading } from '../../ui/Loading';
import type { ActivityViewProps } from '../types';

/** Welcome: the workshop's intro and the programme. */
export function WelcomePanel() {
  const intro = useControl((state) => state.content?.intro);
  const agenda = useControl((state) => state.content?.agenda);
  if (intro === undefined || agenda === undefined) return <Loading />;
  return (
    <div className="stack">
      {intro === '' ? null : <p style={{ fontSize: 19, maxWidth: '70ch' }}>{intro}</p>}
      <ol className="numbered">
        {agenda.map((item) => (
          <li key={item.id}>
            <strong>{item.title}</strong>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** "Wat bedoelen we ermee?": definitions, then the three meanings. */
export function MeaningsPanel() {
  const meanings = useControl((state) => state.content?.meanings);
  if (meanings === undefined) return <Loading />;
  return (
    <div className="stack">
      <dl className="content-grid" style={{ margin: 0 }}>
        {meanings.definitions.map((definition) => (
          <div key={definition.id} className="card definition">
            <dt>{definition.term}</dt>
            <dd>{definition.definition}</dd>
          </div>
        ))}
      </dl>
      <ol className="numbered">
        {meanings.items.map((item) => (
          <li key={item.id}>{item.text}</li>
        ))}
      </ol>
    </div>
  );
}

/** The municipality's role: points, the quote, and the success factors. */
export function MunicipalityPanel() {
  const municipality = useControl((state) => state.content?.municipality);
  if (municipality === undefined) return <Loading />;
  return (
    <div className="stack">
      <ul className="prompt-list" style={{ fontSize: 18 }}>
        {municipality.points.map((point) => (
          <li key={point.id}>{point.text}</li>
        ))}
      </ul>
      {municipality.quote === '' ? null : (
        <blockquote className="quote">{municipality.quote}</blockquote>
      )}
      {municipality.successFactors.length > 0 ? (
        <section className="card stack stack--tight">
          <p>{municipality.successFactorsIntro}</p>
          <ol className="numbered">
            {municipality.successFactors.map((factor) => (
              <li key={factor.id}>{factor.text}</li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}

/** An item without a live activity: its description is the content. */
export function DescriptionPanel({ item }: ActivityViewProps) {
  const m = useMessages();
  return (
    <p className="empty">{item.description === '' ? m.participant.waiting : item.description}</p>
  );
}
