import { useMessages } from '../../i18n';
import { Button } from '../../ui/Button';
import { useOwnReadiness } from './useReadiness';
import type { AgendaItemId } from '../../../shared/core/ids';

export function ReadyButton({ agendaItemId }: { agendaItemId: AgendaItemId }) {
  const m = useMessages();
  const { ready, toggle } = useOwnReadiness(agendaItemId);
  return (
    <Button
      variant={ready ? 'secondary' : 'primary'}
      size="large"
      aria-pressed={ready}
      onClick={toggle}
      icon={ready ? '✓' : undefined}
    >
      {m.participant.done}
    </Button>
  );
}
