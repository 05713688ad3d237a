import { WelcomePanel } from './ContentPanels';
import { JoinPanel } from './JoinPanel';
import './welcome.stage.css';

/** The projector's welcome: the programme beside how to join, large enough to read from the back. */
export function WelcomeStage() {
  return (
    <div className="stage-welcome">
      <WelcomePanel />
      <JoinPanel />
    </div>
  );
}
