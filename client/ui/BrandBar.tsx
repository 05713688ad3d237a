import type { ReactNode } from 'react';
import { useMessages } from '../i18n';

/** The app's top bar outside a live session: brand on the left, optional actions right. */
export function BrandBar({ children }: { children?: ReactNode }) {
  const m = useMessages();
  return (
    <header className="topbar">
      <a className="brand" href="/">
        <span className="brand__mark" aria-hidden="true" />
        {m.appName}
      </a>
      <span className="spacer" />
      {children}
    </header>
  );
}
