import { useControl } from '../../session/hooks';
import { Loading } from '../../ui/Loading';
import { RecognisableItem } from './RecognisableItem';
import './reasons.css';

/** "Wat knelt?": the facts, then the three categories of barriers, each recognisable. */
export function BarriersPanel() {
  const barriers = useControl((state) => state.content?.barriers);
  if (barriers === undefined) return <Loading />;
  return (
    <div className="stack">
      {barriers.facts.length > 0 ? (
        <div className="content-grid">
          {barriers.facts.map((fact) => (
            <p key={fact.id} className="card" style={{ fontWeight: 600 }}>
              {fact.text}
            </p>
          ))}
        </div>
      ) : null}
      <div className="group-grid">
        {barriers.categories.map((category) => (
          <section key={category.id} className="card group-card">
            <h2>{category.title}</h2>
            <ul className="option-list">
              {category.items.map((item) => (
                <RecognisableItem key={item.id} itemId={item.id} text={item.text} />
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
