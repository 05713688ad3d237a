import { memo } from 'react';
import type { ReasonId } from '../../../shared/core/ids';
import { useMessages } from '../../i18n';
import { useControl } from '../../session/hooks';
import { useRecognition } from './useRecognitions';

/** A reason or barrier: text, how many recognise it, and (for participants) the toggle. */
export const RecognisableItem = memo(function RecognisableItem({
  itemId,
  text,
  keyword,
}: {
  itemId: ReasonId;
  text: string;
  keyword?: string;
}) {
  const m = useMessages();
  const { mine, count, toggle, canToggle } = useRecognition(itemId);
  const locked = useControl((state) => state.live.boardLocked);
  return (
    <li className="option">
      <span className="option__text">
        <Highlighted text={text} keyword={keyword ?? ''} />
      </span>
      <span className="option__count">{m.reasons.count(count)}</span>
      {canToggle ? (
        <button
          type="button"
          className="toggle"
          aria-pressed={mine}
          aria-label={m.reasons.recogniseLabel(text)}
          disabled={locked}
          onClick={toggle}
        >
          {/* The same words pressed or not (aria-pressed says which), so the name matches them. */}
          {mine ? <span aria-hidden="true">✓ </span> : null}
          {m.reasons.recognise}
        </button>
      ) : null}
    </li>
  );
});

/** The slides set one keyword in bold; we do the same, without HTML in the template. */
export function Highlighted({ text, keyword }: { text: string; keyword: string }) {
  const at = keyword === '' ? -1 : text.toLowerCase().indexOf(keyword.toLowerCase());
  if (at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <strong className="bold-keyword">{text.slice(at, at + keyword.length)}</strong>
      {text.slice(at + keyword.length)}
    </>
  );
}
