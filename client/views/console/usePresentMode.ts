import { useCallback, useEffect, useState } from 'react';

/**
 * One-screen mode: the console shows the projector's picture on the whole screen, controls
 * hidden. Escape brings the controls back; so does leaving the browser's fullscreen, which
 * browsers do on Escape themselves without passing the key on to the page.
 */
export function usePresentMode(): { presenting: boolean; start: () => void; stop: () => void } {
  const [presenting, setPresenting] = useState(false);

  const start = useCallback(() => {
    setPresenting(true);
    const root = document.documentElement;
    // Fullscreen where the browser allows it; the page fills the window either way, so a
    // refusal needs no message.
    if (typeof root.requestFullscreen === 'function' && document.fullscreenElement === null)
      root.requestFullscreen().catch(() => undefined);
  }, []);

  const stop = useCallback(() => {
    setPresenting(false);
    if (document.fullscreenElement !== null) document.exitFullscreen().catch(() => undefined);
  }, []);

  useEffect(() => {
    if (!presenting) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') stop();
    };
    const onFullscreen = () => {
      if (document.fullscreenElement === null) setPresenting(false);
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, [presenting, stop]);

  return { presenting, start, stop };
}
