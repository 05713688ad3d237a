import { useEffect, useRef, type ReactNode } from 'react';
import { useMessages } from '../i18n';

type DialogProps = {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
};

/**
 * The platform's modal <dialog>: it traps focus, closes on Escape and restores focus to the
 * opener, which a hand-rolled overlay gets wrong in a dozen small ways.
 */
export function Dialog({ open, title, onClose, children, className }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const m = useMessages();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={['dialog', className].filter(Boolean).join(' ')}
      aria-label={title}
      onClose={onClose}
    >
      <div className="dialog__header">
        <h2 className="dialog__title">{title}</h2>
        <button
          type="button"
          className="dialog__close"
          onClick={onClose}
          aria-label={m.common.close}
        >
          ×
        </button>
      </div>
      {open ? children : null}
    </dialog>
  );
}
