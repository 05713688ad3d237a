import { useMessages } from '../../i18n';
import { Button } from '../../ui/Button';
import { useOwnReadiness } from './useReadiness';
import type { AgendaItemId } from '../../../shared/core/ids';

/** `describedBy`: the id of the hint that says what "done" does (hidden on phones, still read). */
export function ReadyButton({
  agendaItemId,
  describedBy,
}: {
  agendaItemId: AgendaItemId;
  describedBy?: string;
}) {
  const m = useMessages();
  const { ready, toggle } = useOwnReadiness(agendaItemId);
  return (
    <Button
      variant={ready ? 'secondary' : 'primary'}
      size="large"
      aria-pressed={ready}
      aria-describedby={describedBy}
      onClick={toggle}
      icon={ready ? '✓' : undefined}
    >
      {m.participant.done}
    </Button>
  );
}
