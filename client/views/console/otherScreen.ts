/**
 * The Window Management API (Chromium: `getScreenDetails`), which the DOM types do not carry
 * yet: read through `unknown` and checked, so a browser without it, or a refused permission,
 * simply means "no other screen known".
 */
export type ScreenArea = { left: number; top: number; width: number; height: number };

function numberField(value: unknown, field: string): number | null {
  if (typeof value !== 'object' || value === null) return null;
  const read: unknown = Reflect.get(value, field);
  return typeof read === 'number' && Number.isFinite(read) ? read : null;
}

function areaOf(screen: unknown): ScreenArea | null {
  const left = numberField(screen, 'availLeft');
  const top = numberField(screen, 'availTop');
  const width = numberField(screen, 'availWidth');
  const height = numberField(screen, 'availHeight');
  if (left === null || top === null || width === null || height === null) return null;
  return { left, top, width, height };
}

/** Whether this browser can tell about other screens at all (asked before any await). */
export function canFindOtherScreen(): boolean {
  return typeof Reflect.get(window, 'getScreenDetails') === 'function';
}

/** A screen other than the console's, where the browser can tell; null everywhere else. */
export async function findOtherScreen(): Promise<ScreenArea | null> {
  const getScreenDetails: unknown = Reflect.get(window, 'getScreenDetails');
  if (typeof getScreenDetails !== 'function') return null;
  let details: unknown;
  try {
    details = await Reflect.apply(getScreenDetails, window, []);
  } catch {
    // Permission refused (or no user gesture): the window opens on this screen instead.
    return null;
  }
  if (typeof details !== 'object' || details === null) return null;
  const screens: unknown = Reflect.get(details, 'screens');
  const current: unknown = Reflect.get(details, 'currentScreen');
  if (!Array.isArray(screens)) return null;
  const other: unknown = screens.find((candidate: unknown) => candidate !== current);
  return other === undefined ? null : areaOf(other);
}
