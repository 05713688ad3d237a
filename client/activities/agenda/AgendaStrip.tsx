import { useEffect, useRef, type RefObject } from 'react';
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
  const stripRef = useRef<HTMLElement>(null);
  useLiveItemInView(stripRef, shownId ?? liveId);
  return (
    <nav ref={stripRef} className="agenda-strip" aria-label={m.participant.agendaNav}>
      {items.map((item, index) => (
        <button
          key={item.id}
          type="button"
          className={`agenda-strip__item${index > liveIndex ? ' agenda-strip__item--future' : ''}`}
          aria-current={item.id === liveId ? 'step' : undefined}
          aria-pressed={item.id === shownId && item.id !== liveId}
          title={item.title}
          data-item-id={item.id}
          onClick={() => onSelect(item.id)}
        >
          {index + 1}. {item.title}
        </button>
      ))}
    </nav>
  );
}

/**
 * On a phone the strip shows two or three items: scroll it sideways so the item on screen is in
 * view. Only the strip scrolls (scrollIntoView would also move the page).
 */
function useLiveItemInView(stripRef: RefObject<HTMLElement | null>, itemId: string | undefined) {
  useEffect(() => {
    const strip = stripRef.current;
    if (strip === null || itemId === undefined) return;
    const button = [...strip.querySelectorAll<HTMLElement>('[data-item-id]')].find(
      (element) => element.dataset.itemId === itemId,
    );
    if (button === undefined) return;
    const centre = button.offsetLeft + button.offsetWidth / 2 - strip.clientWidth / 2;
    strip.scrollLeft = Math.max(0, centre);
  }, [stripRef, itemId]);
}
