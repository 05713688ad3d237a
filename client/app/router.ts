import { useSyncExternalStore } from 'react';
import { normalizeSessionCode } from '../../shared/core/protocol';

/** The four pages the server serves as the SPA; anything else is `notFound`. */
export type Route =
  | { name: 'home' }
  | { name: 'join'; code: string }
  | { name: 'present'; code: string }
  | { name: 'report'; code: string }
  | { name: 'notFound' };

const SESSION_ROUTES = ['join', 'present', 'report'] as const;
type SessionRouteName = (typeof SESSION_ROUTES)[number];

function isSessionRoute(value: string): value is SessionRouteName {
  return (SESSION_ROUTES as readonly string[]).includes(value);
}

export function parseRoute(pathname: string): Route {
  const parts = pathname.split('/').filter((part) => part !== '');
  if (parts.length === 0) return { name: 'home' };
  const [page, rawCode, ...rest] = parts;
  if (page === undefined || rawCode === undefined || rest.length > 0) return { name: 'notFound' };
  if (!isSessionRoute(page)) return { name: 'notFound' };
  const code = normalizeSessionCode(decodeURIComponent(rawCode));
  if (code === null) return { name: 'notFound' };
  return { name: page, code };
}

export function routePath(route: Exclude<Route, { name: 'notFound' }>): string {
  return route.name === 'home' ? '/' : `/${route.name}/${route.code}`;
}

// History API listeners: popstate covers back/forward; our own navigations notify directly.
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

function notify(): void {
  for (const listener of listeners) listener();
}

type NavigateOptions = { replace?: boolean; hash?: string; params?: Record<string, string> };

/** A path with `params`, keeping `?lang=` so a forced language survives the move. */
export function appHref(path: string, params: Record<string, string> = {}): string {
  const lang = new URLSearchParams(window.location.search).get('lang');
  const search = new URLSearchParams(params);
  if (lang !== null) search.set('lang', lang);
  const query = search.toString();
  return query === '' ? path : `${path}?${query}`;
}

/** Navigates within the app, keeping `?lang=` so a forced language survives the move. */
export function navigate(path: string, options: NavigateOptions = {}): void {
  const url = `${appHref(path, options.params)}${options.hash ?? ''}`;
  if (options.replace === true) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  notify();
}

function currentPathname(): string {
  return window.location.pathname;
}

export function useRoute(): Route {
  const pathname = useSyncExternalStore(subscribe, currentPathname, () => '/');
  return parseRoute(pathname);
}

export function useSearch(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => '',
  );
}
