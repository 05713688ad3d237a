import { useControl } from '../../session/hooks';
import { Loading } from '../../ui/Loading';
import { RecognisableItem } from './RecognisableItem';

/** "Waarom collectief werken?": the reasons per perspective, each recognisable. */
export function ReasonsPanel() {
  const groups = useControl((state) => state.content?.reasons);
  if (groups === undefined) return <Loading />;
  return (
    <div className="group-grid">
      {groups.map((group) => (
        <section key={group.perspective} className="card group-card">
          <h2>{group.title}</h2>
          <p>{group.intro}</p>
          <ul className="option-list">
            {group.items.map((item) => (
              <RecognisableItem
                key={item.id}
                itemId={item.id}
                text={item.text}
                keyword={item.keyword}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
