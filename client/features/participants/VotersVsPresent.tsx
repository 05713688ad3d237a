import { useMessages } from '../../i18n';
import { useOpenPropositionId, usePresentCount, useVoterCount } from './useVoterCount';

/**
 * Beside the room's head count while a proposition is open: voters against people present, so
 * the facilitator sees at a glance when votes outnumber the room.
 */
export function VotersVsPresent() {
  const propositionId = useOpenPropositionId();
  return propositionId === null ? null : <VoterChip propositionId={propositionId} />;
}

function VoterChip({ propositionId }: { propositionId: string }) {
  const m = useMessages();
  const voters = useVoterCount(propositionId);
  const present = usePresentCount();
  const outnumbered = voters > present;
  return (
    <span
      className={`voters-chip${outnumbered ? ' voters-chip--warn' : ''}`}
      role="status"
      aria-label={m.room.votersLabel}
      title={outnumbered ? m.room.moreVotersThanPresent : undefined}
    >
      {m.room.voters(voters, present)}
      {outnumbered ? (
        <span className="visually-hidden"> {m.room.moreVotersThanPresent}</span>
      ) : null}
    </span>
  );
}
