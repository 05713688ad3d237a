import { forwardRef, memo, type CSSProperties, type HTMLAttributes } from 'react';
import { isExampleAuthor } from '../../../shared/activities/quadrant/examples';
import type { InitiativeView } from '../../session/initiativesStore';
import type { RemoteDrag } from '../../session/awarenessStore';
import { toPercent } from './geometry';
import './quadrant.css';

type NoteCardProps = HTMLAttributes<HTMLDivElement> & {
  note: InitiativeView;
  authorName: string;
  own: boolean;
  hidden: boolean;
  remoteDrag: RemoteDrag | undefined;
  dragging?: boolean;
  movingLabel?: string;
  /** Why the room does not see one's own note (hidden, waiting for approval); shown as a line. */
  statusLabel?: string;
  /**
   * False on one's own movable note: its name is "… van jou", and a visible name that the
   * accessible name does not contain fails WCAG 2.5.3 (the outline marks it as one's own).
   */
  showAuthor?: boolean;
  offset?: { x: number; y: number } | null;
};

/**
 * One note as the room sees it. While someone else drags it, it follows their pointer (from
 * awareness) with their name on it; the stored position changes only when they drop it.
 */
export const NoteCard = memo(
  forwardRef<HTMLDivElement, NoteCardProps>(function NoteCard(
    {
      note,
      authorName,
      own,
      hidden,
      remoteDrag,
      dragging,
      movingLabel,
      statusLabel,
      showAuthor = true,
      offset,
      className,
      style,
      ...rest
    },
    ref,
  ) {
    const position =
      remoteDrag === undefined ? toPercent(note.x, note.y) : toPercent(remoteDrag.x, remoteDrag.y);
    const translate =
      offset === null || offset === undefined
        ? 'translate(-50%, -50%)'
        : `translate(calc(-50% + ${offset.x}px), calc(-50% + ${offset.y}px))`;
    const classes = [
      'note',
      `note-colour--${note.colour}`,
      own ? 'note--own' : '',
      isExampleAuthor(note.authorId) ? 'note--example' : '',
      hidden ? 'note--hidden' : '',
      dragging === true ? 'note--dragging' : '',
      remoteDrag === undefined ? '' : 'note--remote-drag',
      className ?? '',
    ]
      .filter(Boolean)
      .join(' ');
    const combined: CSSProperties = { ...position, transform: translate, ...style };
    return (
      <div ref={ref} className={classes} style={combined} {...rest}>
        {remoteDrag !== undefined && movingLabel !== undefined ? (
          <span className="note__mover" aria-hidden="true">
            {movingLabel}
          </span>
        ) : null}
        <span className="note__text">{note.text}</span>
        {showAuthor ? (
          <span className="note__author" aria-hidden="true">
            {authorName}
          </span>
        ) : null}
        {statusLabel === undefined ? null : (
          <span className="note__author note__status" aria-hidden="true">
            {statusLabel}
          </span>
        )}
      </div>
    );
  }),
);
