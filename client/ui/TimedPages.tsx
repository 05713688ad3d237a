import { useEffect, useState, type ReactNode } from 'react';

export type TimedPage = { key: string; content: ReactNode };

/** How long each page of a projector item stays up. */
export const PAGE_PERIOD_MS = 20_000;

/** The page the clock says: every window of one machine (projector, console miniature) agrees. */
function pageAt(now: number, count: number): number {
  return Math.floor(now / PAGE_PERIOD_MS) % count;
}

/**
 * More than one screen's worth of content, shown a page at a time in turn, so each page keeps
 * its large type instead of being shrunk to fit. Every page is laid out in the same cell (the
 * tallest one sizes it, so the screen does not jump and a fit measure sees every page); only the
 * current one is visible and exposed to assistive technology. "1 / 2" says there is more.
 */
export function TimedPages({
  pages,
  label,
}: {
  pages: TimedPage[];
  label: (i: number, n: number) => string;
}) {
  const current = useCurrentPage(pages.length);
  if (pages.length === 1) return <>{pages[0]?.content}</>;
  return (
    <div className="timed-pages">
      {pages.map((page, index) => (
        <div
          key={page.key}
          className={`timed-pages__page${index === current ? ' timed-pages__page--current' : ''}`}
          aria-hidden={index === current ? undefined : true}
        >
          {page.content}
        </div>
      ))}
      <p className="timed-pages__counter" aria-hidden="true">
        {label(current + 1, pages.length)}
      </p>
    </div>
  );
}

function useCurrentPage(count: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (count < 2) return undefined;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [count]);
  return count < 2 ? 0 : pageAt(now, count);
}
