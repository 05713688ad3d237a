import { useSyncExternalStore } from 'react';
import {
  HOME_PATH,
  type SessionPage,
  matchPagePath,
  normalizeSessionCode,
  pagePath,
} from '../../shared/core/protocol';

/** The pages the server serves as the SPA (shared/core/protocol.ts); anything else is `notFound`. */
export type Route = { name: 'home' } | { name: SessionPage; code: string } | { name: 'notFound' };

export function parseRoute(pathname: string): Route {
  const matched = matchPagePath(pathname);
  if (matched === null) return { name: 'notFound' };
  if (matched.page === 'home') return { name: 'home' };
  const code = normalizeSessionCode(decodeURIComponent(matched.segment));
  if (code === null) return { name: 'notFound' };
  return { name: matched.page, code };
}

export function routePath(route: Exclude<Route, { name: 'notFound' }>): string {
  return route.name === 'home' ? HOME_PATH : pagePath(route.name, route.code);
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
