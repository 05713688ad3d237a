import { useMessages } from '../../i18n';
import { Button } from '../../ui/Button';
import { useOwnReadiness } from './useReadiness';

export function ReadyButton({ agendaItemId }: { agendaItemId: string }) {
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
