import type { AgendaItem } from '../../../shared/template/types';
import { useMessages } from '../../i18n';
import './agenda.css';

type AgendaStripProps = {
  items: readonly AgendaItem[];
  liveId: string | undefined;
  shownId: string | undefined;
  onSelect: (id: string) => void;
};

/** The programme as a strip: the live item marked, items ahead dimmed, any item can be opened. */
export function AgendaStrip({ items, liveId, shownId, onSelect }: AgendaStripProps) {
  const m = useMessages();
  const liveIndex = items.findIndex((item) => item.id === liveId);
  return (
    <nav className="agenda-strip" aria-label={m.participant.agendaNav}>
      {items.map((item, index) => (
        <button
          key={item.id}
          type="button"
          className={`agenda-strip__item${index > liveIndex ? ' agenda-strip__item--future' : ''}`}
          aria-current={item.id === liveId ? 'step' : undefined}
          aria-pressed={item.id === shownId && item.id !== liveId}
          title={item.title}
          onClick={() => onSelect(item.id)}
        >
          {index + 1}. {item.title}
        </button>
      ))}
    </nav>
  );
}
