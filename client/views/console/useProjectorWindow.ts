import { useCallback, useEffect, useRef, useState } from 'react';
import { pagePath } from '../../../shared/core/protocol';
import { appHref } from '../../app/router';
import { useSession } from '../../session/hooks';
import { canFindOtherScreen, findOtherScreen, type ScreenArea } from './otherScreen';

export type ProjectorWindowState = 'closed' | 'open' | 'blocked';

/** One named window: pressing the button again brings the same projector back, not a second. */
const WINDOW_NAME = 'collectief-projector';

/**
 * Opens `/present/<code>` in a second window for the projector. Where the browser knows of
 * another screen (Window Management API), the window opens there, as large as that screen, and
 * asks to be fullscreen (`fullscreen` is honoured by Chromium with the permission, ignored
 * elsewhere). The key travels by localStorage, which the new window of this origin shares.
 */
export function useProjectorWindow(): { state: ProjectorWindowState; open: () => void } {
  const { code } = useSession();
  const [state, setState] = useState<ProjectorWindowState>('closed');
  const windowRef = useRef<Window | null>(null);

  useEffect(() => {
    if (state !== 'open') return undefined;
    // A window closed by hand sends the opener no event; a slow poll notices it.
    const timer = window.setInterval(() => {
      if (windowRef.current?.closed !== false) setState('closed');
    }, 1000);
    return () => window.clearInterval(timer);
  }, [state]);

  const open = useCallback(() => {
    const url = appHref(pagePath('present', code));
    const openAt = (screen: ScreenArea | null) => {
      const features =
        screen === null
          ? 'popup,width=1280,height=720'
          : `popup,fullscreen,left=${screen.left},top=${screen.top},width=${screen.width},height=${screen.height}`;
      const opened = window.open(url, WINDOW_NAME, features);
      windowRef.current = opened;
      setState(opened === null ? 'blocked' : 'open');
      opened?.focus();
    };
    // Without the API, open at once: some browsers allow a pop-up only within the click itself.
    if (canFindOtherScreen()) void findOtherScreen().then(openAt);
    else openAt(null);
  }, [code]);

  return { state, open };
}
