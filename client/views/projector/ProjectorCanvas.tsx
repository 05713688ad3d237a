import { useRef, type CSSProperties, type ReactNode } from 'react';
import { useElementSize } from '../../ui/useElementSize';

/** The projector is designed for this screen; any other is the same picture, scaled. */
export const DESIGN_WIDTH = 1920;
export const DESIGN_HEIGHT = 1080;

/**
 * Lays its content out on a canvas of at least 1920×1080 CSS pixels and scales it to the box it
 * is given, as slides are: the type sizes chosen for 1080p hold on a 1366×768 beamer, and the
 * console's miniature is the very same layout, only smaller. A screen of another shape gets the
 * extra room on the canvas (a 16:10 beamer: 1920×1200), never a cut.
 */
export function ProjectorCanvas({
  children,
  className,
}: {
  children: ReactNode;
  className?: string;
}) {
  const boxRef = useRef<HTMLDivElement>(null);
  const box = useElementSize(boxRef);
  const scale =
    box.width === 0 || box.height === 0
      ? 0
      : Math.min(box.width / DESIGN_WIDTH, box.height / DESIGN_HEIGHT);
  const style: CSSProperties =
    scale === 0
      ? { visibility: 'hidden' }
      : {
          width: box.width / scale,
          height: box.height / scale,
          transform: `scale(${scale})`,
        };
  return (
    <div ref={boxRef} className={['projector-canvas', className].filter(Boolean).join(' ')}>
      <div className="projector-canvas__design" data-canvas-scale={scale.toFixed(4)} style={style}>
        {children}
      </div>
    </div>
  );
}
