import { useEffect, useRef, useState } from 'react';
import type { ActionResult } from '../../../shared/core/run';
import type { ActionError } from '../../../shared/core/errors';
import { useMessages } from '../../i18n';
import { useEditorMessages } from '../../i18n/editor';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { errorText } from './errorText';

type ItemControlsProps = {
  /** How people name the item ("Welkom"): every button says which item it acts on. */
  name: string;
  index: number;
  count: number;
  move: (delta: -1 | 1) => ActionResult;
  remove: () => ActionResult;
};

/**
 * Up, down and remove for one item of a list. Removing asks inline (no modal: the question
 * sits where the eye already is), and a refusal (votes, the last item) is said right there.
 * After a move the moved button keeps the focus, so pressing it again keeps moving the item.
 */
export function ItemControls({ name: fullName, index, count, move, remove }: ItemControlsProps) {
  const name = shortName(fullName);
  const m = useEditorMessages();
  const common = useMessages().common;
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<ActionError | null>(null);
  const [refocus, setRefocus] = useState<'up' | 'down' | 'remove' | 'confirm' | null>(null);
  const upRef = useRef<HTMLButtonElement>(null);
  const downRef = useRef<HTMLButtonElement>(null);
  const removeRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (refocus === null) return;
    const refs = { up: upRef, down: downRef, remove: removeRef, confirm: confirmRef };
    const target = refs[refocus].current;
    // At either end the pressed button is disabled: the other one takes the focus.
    const fallback = refocus === 'up' ? downRef.current : upRef.current;
    (target !== null && !target.disabled ? target : fallback)?.focus();
    setRefocus(null);
  }, [refocus]);

  const answer = (result: ActionResult, focus: typeof refocus) => {
    setError(result.ok ? null : result.error);
    setRefocus(focus);
  };
  const onMove = (delta: -1 | 1) => answer(move(delta), delta < 0 ? 'up' : 'down');
  const onConfirm = () => {
    // The row is about to disappear with the focused button in it: the neighbouring row's
    // first field (else the section heading) takes the focus, so a keyboard user stays here.
    const next = focusAfterRemoval(confirmRef.current);
    const result = remove();
    setConfirming(false);
    if (!result.ok) answer(result, 'remove');
    else next?.focus();
  };

  return (
    <div className="item-controls">
      {confirming ? (
        <div className="item-controls__confirm" role="group" aria-label={m.confirmRemove(name)}>
          <span className="item-controls__question">{m.confirmRemove(name)}</span>
          <Button size="small" variant="danger" ref={confirmRef} onClick={onConfirm}>
            {m.confirmRemoveYes}
          </Button>
          <Button
            size="small"
            variant="ghost"
            onClick={() => {
              setConfirming(false);
              setRefocus('remove');
            }}
          >
            {common.cancel}
          </Button>
        </div>
      ) : (
        <div className="item-controls__buttons">
          <Button
            size="small"
            variant="ghost"
            ref={upRef}
            disabled={index === 0}
            aria-label={m.moveUp(name)}
            onClick={() => onMove(-1)}
          >
            <Icon name="arrowUp" />
          </Button>
          <Button
            size="small"
            variant="ghost"
            ref={downRef}
            disabled={index >= count - 1}
            aria-label={m.moveDown(name)}
            onClick={() => onMove(1)}
          >
            <Icon name="arrowDown" />
          </Button>
          <Button
            size="small"
            variant="ghost"
            ref={removeRef}
            aria-label={m.remove(name)}
            onClick={() => {
              setError(null);
              setConfirming(true);
              setRefocus('confirm');
            }}
          >
            <Icon name="trash" />
          </Button>
        </div>
      )}
      {error === null ? null : (
        <p className="field__error item-controls__error" role="alert">
          {errorText(m, error)}
        </p>
      )}
    </div>
  );
}

/** Long lesson texts would make button names a paragraph long; the start says which one. */
function shortName(text: string): string {
  return text.length > 48 ? `${text.slice(0, 45).trimEnd()}…` : text;
}

function focusAfterRemoval(button: HTMLElement | null): HTMLElement | null {
  const row = button?.closest('li');
  const neighbour = row?.nextElementSibling ?? row?.previousElementSibling;
  const field = neighbour?.querySelector<HTMLElement>('input, textarea');
  return field ?? button?.closest('section')?.querySelector<HTMLElement>('h2') ?? null;
}
