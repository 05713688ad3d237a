import {
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type ReactNode,
  type RefObject,
} from 'react';

/**
 * Shows all of its content inside the space it is given: content taller or wider than the box is
 * scaled down until it fits, never clipped and never scrolled (a projector has nobody to scroll
 * it). Content that fits is left at its size. The scale is on `data-fit-scale` so a test can
 * work out the type size the room actually sees.
 */
export function FitToBox({ children, className }: { children: ReactNode; className?: string }) {
  const boxRef = useRef<HTMLDivElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const scale = useFitScale(boxRef, contentRef);
  const style: CSSProperties = scale < 1 ? { transform: `scale(${scale})` } : {};
  return (
    <div ref={boxRef} className={['fit-box', className].filter(Boolean).join(' ')}>
      <div
        ref={contentRef}
        className="fit-box__content"
        data-fit-scale={scale.toFixed(3)}
        style={style}
      >
        {children}
      </div>
    </div>
  );
}

/** The largest scale (at most 1) at which the content's layout size fits the box's. */
function useFitScale(
  boxRef: RefObject<HTMLDivElement | null>,
  contentRef: RefObject<HTMLDivElement | null>,
): number {
  const [scale, setScale] = useState(1);
  useLayoutEffect(() => {
    const box = boxRef.current;
    const content = contentRef.current;
    if (box === null || content === null) return undefined;
    const measure = () => {
      // Layout sizes: the transform this sets does not change them, so there is no feedback.
      const height = content.scrollHeight;
      const width = content.scrollWidth;
      if (height === 0 || width === 0 || box.clientHeight === 0) return;
      const next = Math.min(1, box.clientHeight / height, box.clientWidth / width);
      // Whole thousandths: sub-pixel jitter must not re-render the stage on every frame.
      setScale(Math.floor(next * 1000) / 1000);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    observer.observe(content);
    // Content that grows inside a fixed-size child (a new note in a list) resizes no observed
    // element's box in every browser; a mutation is the other signal that it may have grown.
    const mutations = new MutationObserver(measure);
    mutations.observe(content, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      mutations.disconnect();
    };
  }, [boxRef, contentRef]);
  return scale;
}
