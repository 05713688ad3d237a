import type { Messages } from '../../i18n';

/** "collectief, inwoners" for a screen reader: where a note is, in the axes' own words. */
export function describePlace(m: Messages, x: number, y: number): string {
  const band = 0.1;
  const horizontal =
    Math.abs(x) < band ? m.quadrant.between : x < 0 ? m.axes.individual : m.axes.collective;
  const vertical =
    Math.abs(y) < band ? m.quadrant.between : y < 0 ? m.axes.professionals : m.axes.residents;
  return m.quadrant.where(horizontal.toLowerCase(), vertical.toLowerCase());
}
