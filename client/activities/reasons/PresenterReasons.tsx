import { memo } from 'react';
import type { ReasonId } from '../../../shared/core/ids';
import type { ReasonGroup } from '../../../shared/template/types';
import { useMessages } from '../../i18n';
import { useControl } from '../../session/hooks';
import { Loading } from '../../ui/Loading';
import { TimedPages } from '../../ui/TimedPages';
import { Highlighted } from './RecognisableItem';
import { useRecognition } from './useRecognitions';
import './reasons.css';
import './reasons.stage.css';

/**
 * "Waarom collectief werken?" for the room: the reasons per perspective, then the benefits, each
 * with how many recognise it. Two screens' worth at a readable size, so two pages in turn.
 */
export function PresenterReasons() {
  const m = useMessages();
  const groups = useControl((state) => state.content?.reasons);
  const benefits = useControl((state) => state.content?.benefits);
  if (groups === undefined) return <Loading />;
  const pages = [{ key: 'reasons', content: <StageGroups groups={groups} /> }];
  if (benefits !== undefined && benefits.items.length > 0) {
    pages.push({
      key: 'benefits',
      content: (
        <section className="stage-group stage-group--wide">
          <h2>{benefits.title}</h2>
          {benefits.intro === '' ? null : <p className="stage-group__intro">{benefits.intro}</p>}
          <ul className="stage-recognitions stage-recognitions--two">
            {benefits.items.map((item) => (
              <StageRecognition key={item.id} itemId={item.id} text={item.text} />
            ))}
          </ul>
        </section>
      ),
    });
  }
  return <TimedPages pages={pages} label={m.reasons.page} />;
}

function StageGroups({ groups }: { groups: ReasonGroup[] }) {
  return (
    <div className="stage-groups">
      {groups.map((group) => (
        <section key={group.perspective} className="stage-group">
          <h2>{group.title}</h2>
          {group.intro === '' ? null : <p className="stage-group__intro">{group.intro}</p>}
          <ul className="stage-recognitions">
            {group.items.map((item) => (
              <StageRecognition
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

/** "Wat knelt?" for the room: the facts, then the barriers per category, each with its count. */
export function PresenterBarriers() {
  const barriers = useControl((state) => state.content?.barriers);
  if (barriers === undefined) return <Loading />;
  return (
    <div className="stage-barriers">
      {barriers.facts.length > 0 ? (
        <div className="stage-facts">
          {barriers.facts.map((fact) => (
            <p key={fact.id} className="stage-fact">
              {fact.text}
            </p>
          ))}
        </div>
      ) : null}
      <div className="stage-groups">
        {barriers.categories.map((category) => (
          <section key={category.id} className="stage-group">
            <h2>{category.title}</h2>
            <ul className="stage-recognitions">
              {category.items.map((item) => (
                <StageRecognition key={item.id} itemId={item.id} text={item.text} />
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}

/** One recognisable text and its count; the count stands out once somebody recognises it. */
const StageRecognition = memo(function StageRecognition({
  itemId,
  text,
  keyword,
}: {
  itemId: ReasonId;
  text: string;
  keyword?: string;
}) {
  const m = useMessages();
  const { count } = useRecognition(itemId);
  return (
    <li className={`stage-recognition${count > 0 ? ' stage-recognition--recognised' : ''}`}>
      <span className="stage-recognition__text">
        <Highlighted text={text} keyword={keyword ?? ''} />
      </span>
      <span className="stage-recognition__count">{m.reasons.count(count)}</span>
    </li>
  );
});
