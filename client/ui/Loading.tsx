import { useMessages } from '../i18n';

/** A calm, fixed-size placeholder: the page does not jump when the real content arrives. */
export function Loading({ label }: { label?: string }) {
  const m = useMessages();
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label ?? m.common.loading}</span>
    </div>
  );
}
