import { useLayoutEffect, useState, type RefObject } from 'react';

export type ElementSize = { width: number; height: number };

/**
 * An element's layout size (its client box), kept current by a ResizeObserver. Layout size, not
 * the painted one: a CSS transform on it or on an ancestor does not change it, so a component
 * that scales itself from this measure does not feed back into it.
 */
export function useElementSize(ref: RefObject<HTMLElement | null>): ElementSize {
  const [size, setSize] = useState<ElementSize>({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return undefined;
    const measure = () => {
      const next = { width: element.clientWidth, height: element.clientHeight };
      setSize((previous) =>
        previous.width === next.width && previous.height === next.height ? previous : next,
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
