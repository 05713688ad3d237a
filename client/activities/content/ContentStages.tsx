import { useControl } from '../../session/hooks';
import { Loading } from '../../ui/Loading';
import './content.stage.css';

/** "Wat bedoelen we ermee?" for the room: the definitions side by side, then the meanings. */
export function MeaningsStage() {
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

/** The municipality's role for the room: its points and the quote, beside the success factors. */
export function MunicipalityStage() {
  const municipality = useControl((state) => state.content?.municipality);
  if (municipality === undefined) return <Loading />;
  return (
    <div className="stage-municipality">
      <div className="stack">
        <ul className="prompt-list">
          {municipality.points.map((point) => (
            <li key={point.id}>{point.text}</li>
          ))}
        </ul>
        {municipality.quote === '' ? null : (
          <blockquote className="quote">{municipality.quote}</blockquote>
        )}
      </div>
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
