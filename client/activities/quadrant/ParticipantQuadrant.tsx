import { useControl } from '../../session/hooks';
import { Loading } from '../../ui/Loading';
import { OwnNotes } from './OwnNotes';
import { ParticipantBoard } from './ParticipantBoard';
import { useBoardLocked } from './useQuadrantActions';
import './quadrant.css';

export function ParticipantQuadrant() {
  const model = useControl((state) => state.content?.quadrant);
  const locked = useBoardLocked();
  if (model === undefined) return <Loading />;
  return (
    <div className="quadrant-layout">
      <ParticipantBoard model={model} locked={locked} />
      <OwnNotes locked={locked} />
    </div>
  );
}
