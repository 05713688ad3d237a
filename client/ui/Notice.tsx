import type { ReactNode } from 'react';
import { Icon } from './Icon';

export type NoticeTone = 'info' | 'warn' | 'error';

/**
 * A message that stays until the person dismisses it. `role="alert"` because it reports something
 * that happened to their own work (a refused edit), which they must not miss.
 */
export function Notice({
  tone,
  children,
  dismissLabel,
  onDismiss,
}: {
  tone: NoticeTone;
  children: ReactNode;
  dismissLabel: string;
  onDismiss: () => void;
}) {
  return (
    <div className={`notice notice--${tone} notice--dismissable`} role="alert">
      <span className="notice__text">{children}</span>
      <button
        type="button"
        className="notice__dismiss"
        aria-label={dismissLabel}
        title={dismissLabel}
        onClick={onDismiss}
      >
        <Icon name="close" />
      </button>
    </div>
  );
}
