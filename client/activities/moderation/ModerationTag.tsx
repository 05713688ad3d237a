import type { Visibility } from '../../../shared/session/moderation';
import './moderation.css';
import { useMessages } from '../../i18n';

/** On the author's own text that the room does not see: why (waiting for approval, or hidden). */
export function ModerationTag({ visibility }: { visibility: Visibility }) {
  const m = useMessages();
  if (visibility === 'visible') return null;
  return (
    <span className="moderation-tag">
      {visibility === 'pending' ? m.participant.moderatedPending : m.participant.moderatedHidden}
    </span>
  );
}
