import type { ReactNode } from 'react';
import {
  approveText,
  hideText,
  removeText,
  type TextRef,
} from '../../../shared/session/moderation';
import { useMessages } from '../../i18n';
import { useSession } from '../../session/hooks';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { useReportRefusal } from '../refusals';
import { useVisibility } from './useVisibility';
import './moderation.css';

/**
 * One participant's text in the console's moderation list: its words and author, and what the
 * facilitator can do: approve it (when it waits), hide it, show it again, remove it for good.
 */
export function ModerationRow({
  text,
  authorName,
  refTo,
  swatch,
}: {
  text: string;
  authorName: string;
  refTo: TextRef;
  swatch?: ReactNode;
}) {
  const m = useMessages();
  const { control, board } = useSession().docs;
  const report = useReportRefusal();
  const visibility = useVisibility(refTo);
  const state =
    visibility === 'pending'
      ? ` · ${m.moderation.pending}`
      : visibility === 'hidden'
        ? ` · ${m.moderation.hidden}`
        : '';
  return (
    <li className={`moderation-row moderation-row--${visibility}`}>
      {swatch}
      <span className="moderation-row__text">
        {text}
        <span className="moderation-row__author">
          {authorName}
          {state}
        </span>
      </span>
      {visibility === 'visible' ? null : (
        <Button
          size="small"
          variant={visibility === 'pending' ? 'primary' : 'secondary'}
          icon={<Icon name="eye" />}
          onClick={() => report(approveText(control, refTo))}
          aria-label={
            visibility === 'pending'
              ? m.moderation.approveLabel(text)
              : m.moderation.showLabel(text)
          }
        >
          {visibility === 'pending' ? m.moderation.approve : m.moderation.show}
        </Button>
      )}
      {visibility === 'hidden' ? null : (
        <Button
          size="small"
          icon={<Icon name="eyeOff" />}
          onClick={() => report(hideText(control, refTo))}
          aria-label={m.moderation.hideLabel(text)}
        >
          {m.moderation.hide}
        </Button>
      )}
      <Button
        size="small"
        variant="danger"
        icon={<Icon name="trash" />}
        aria-label={m.moderation.removeLabel(text)}
        onClick={() => report(removeText(control, board, refTo))}
      >
        {m.common.delete}
      </Button>
    </li>
  );
}
