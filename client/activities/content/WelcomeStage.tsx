import { useControl } from '../../session/hooks';
import { Loading } from '../../ui/Loading';
import { JoinPanel } from './JoinPanel';
import './welcome.stage.css';

/** The projector's welcome: the intro and the programme beside how to join, readable from the back. */
export function WelcomeStage() {
  const intro = useControl((state) => state.content?.intro);
  const agenda = useControl((state) => state.content?.agenda);
  if (intro === undefined || agenda === undefined) return <Loading />;
  return (
    <div className="stage-welcome">
      <div className="stack">
        {intro === '' ? null : <p className="stage-welcome__intro">{intro}</p>}
        <ol className="numbered">
          {agenda.map((item) => (
            <li key={item.id}>
              <strong>{item.title}</strong>
            </li>
          ))}
        </ol>
      </div>
      <JoinPanel />
    </div>
  );
}
