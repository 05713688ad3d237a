import type { ReactNode } from 'react';
import type { ActionResult } from '../../../shared/core/run';
import { ItemControls } from './ItemControls';

type EditCardHeaderProps = {
  name: string;
  index: number;
  count: number;
  move: (delta: -1 | 1) => ActionResult;
  remove: () => ActionResult;
  /** Badges shown after the title (state, "on screen now", vote count). */
  children?: ReactNode;
};

/** The numbered title row of an editable list item, with its move and remove controls. */
export function EditCardHeader({
  name,
  index,
  count,
  move,
  remove,
  children,
}: EditCardHeaderProps) {
  return (
    <div className="edit-card__header">
      <span className="edit-card__number" aria-hidden="true">
        {index + 1}
      </span>
      <h3 className="edit-card__title">{name}</h3>
      {children}
      <span className="spacer" />
      <ItemControls name={name} index={index} count={count} move={move} remove={remove} />
    </div>
  );
}
