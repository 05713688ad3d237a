import { useControl } from '../../session/hooks';
import type { ReasonGroup } from '../../../shared/template/types';
import { Loading } from '../../ui/Loading';
import { RecognisableItem } from './RecognisableItem';
import './reasons.css';

/** "Waarom collectief werken?": the reasons per perspective, each recognisable. */
export function ReasonsPanel() {
  const groups = useControl((state) => state.content?.reasons);
  const benefits = useControl((state) => state.content?.benefits);
  if (groups === undefined) return <Loading />;
  return (
    <div className="stack">
      <ReasonGroups groups={groups} />
      {benefits === undefined || benefits.items.length === 0 ? null : (
        <section className="card group-card">
          <h2>{benefits.title}</h2>
          {benefits.intro === '' ? null : <p>{benefits.intro}</p>}
          <ul className="option-list">
            {benefits.items.map((item) => (
              <RecognisableItem key={item.id} itemId={item.id} text={item.text} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/** The reasons, one card per perspective (inwoners, professionals, gemeenten). */
function ReasonGroups({ groups }: { groups: ReasonGroup[] }) {
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
