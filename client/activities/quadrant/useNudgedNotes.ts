import { useLayoutEffect, useState, type RefObject } from 'react';
import { nudgeApart, type Box, type Offset } from './nudge';

export type NoteOffsets = ReadonlyMap<string, Offset>;

const NONE: NoteOffsets = new Map();

/** Where an element's box starts within `board`, summed over the offset parents in between. */
function offsetWithin(element: HTMLElement, board: HTMLElement): { left: number; top: number } {
  let left = 0;
  let top = 0;
  let current: HTMLElement | null = element;
  while (current !== null && current !== board) {
    left += current.offsetLeft;
    top += current.offsetTop;
    const parent: Element | null = current.offsetParent;
    current = parent instanceof HTMLElement ? parent : null;
  }
  return { left, top };
}

/**
 * The centre and size of an element on the board, ignoring any transform: a note's left/top is
 * its centre (a -50% translate puts it there), a label's is its corner.
 */
function layoutBox(element: HTMLElement, board: HTMLElement, centred: boolean): Box {
  const width = element.offsetWidth;
  const height = element.offsetHeight;
  const { left, top } = offsetWithin(element, board);
  return centred
    ? { cx: left, cy: top, width, height }
    : { cx: left + width / 2, cy: top + height / 2, width, height };
}

function sameOffsets(a: NoteOffsets, b: NoteOffsets): boolean {
  if (a.size !== b.size) return false;
  for (const [id, offset] of a) {
    const other = b.get(id);
    if (other === undefined || other.x !== offset.x || other.y !== offset.y) return false;
  }
  return true;
}

/**
 * Measures the board's notes (`[data-note-id]`) and its labels (`[data-board-label]`) and
 * returns, per note, how far to move it so that nothing covers anything. Layout sizes only: the
 * offsets it sets are transforms, which do not change what it measures.
 */
export function useNudgedNotes(boardRef: RefObject<HTMLElement | null>): NoteOffsets {
  const [offsets, setOffsets] = useState<NoteOffsets>(NONE);
  useLayoutEffect(() => {
    const board = boardRef.current;
    if (board === null) return undefined;
    const measure = () => {
      // While someone drags a note, the others hold still (a layout per frame of the drag
      // would cost the projector its frames); the drop lays the board out again.
      if (board.querySelector('.note--remote-drag') !== null) return;
      const elements = [...board.querySelectorAll<HTMLElement>('[data-note-id]')];
      const labels = [...board.querySelectorAll<HTMLElement>('[data-board-label]')];
      const bounds = { width: board.clientWidth, height: board.clientHeight };
      const moved = nudgeApart(
        elements.map((element) => layoutBox(element, board, true)),
        labels.map((label) => layoutBox(label, board, false)),
        bounds,
      );
      const next = new Map<string, Offset>();
      elements.forEach((element, index) => {
        const offset = moved[index];
        const id = element.dataset.noteId;
        if (id !== undefined && offset !== undefined) next.set(id, offset);
      });
      setOffsets((previous) => (sameOffsets(previous, next) ? previous : next));
    };
    measure();
    // Many changes in one frame (a remote drag, a burst of notes) lay out once, in that frame.
    let frame = 0;
    const schedule = () => {
      if (frame === 0)
        frame = window.requestAnimationFrame(() => {
          frame = 0;
          measure();
        });
    };
    const resizes = new ResizeObserver(schedule);
    resizes.observe(board);
    // A note added, edited or moved (its left/top in the style attribute) changes the layout.
    const mutations = new MutationObserver(schedule);
    mutations.observe(board, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['style', 'class'],
    });
    return () => {
      window.cancelAnimationFrame(frame);
      resizes.disconnect();
      mutations.disconnect();
    };
  }, [boardRef]);
  return offsets;
}
