// A tiny hash router: the current route from location.hash, and a hook that re-renders when it changes.
import { useEffect, useState } from 'react';

export type Route =
  | { page: 'checkin' }
  | { page: 'result'; id: string }
  | { page: 'history' }
  | { page: 'calendar' }
  | { page: 'insights' }
  | { page: 'alerts' }
  | { page: 'stats' }
  | { page: 'questionnaire' }
  | { page: 'settings' }
  | { page: 'models'; focus?: string }
  | { page: 'org' }
  | { page: 'not-found'; path: string };

/** Parses "#/result/abc" and friends; no hash is the check-in page, an unknown one the not-found page. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [head, arg] = parts;
  if (head === 'result' && arg) return { page: 'result', id: decodeURIComponent(arg) };
  if (head === 'models') return arg ? { page: 'models', focus: decodeURIComponent(arg) } : { page: 'models' };
  if (head === 'history' || head === 'calendar' || head === 'insights' || head === 'alerts' || head === 'stats' || head === 'questionnaire' || head === 'settings' || head === 'org') return { page: head };
  if (head === undefined || head === 'checkin') return { page: 'checkin' };
  return { page: 'not-found', path: parts.join('/') };
}

/** The hash link for a route. */
export function href(route: Route): string {
  if (route.page === 'result') return `#/result/${encodeURIComponent(route.id)}`;
  if (route.page === 'models' && route.focus) return `#/models/${encodeURIComponent(route.focus)}`;
  if (route.page === 'not-found') return `#/${route.path}`;
  return `#/${route.page}`;
}

/** Goes to a route. */
export function navigate(route: Route): void {
  window.location.hash = href(route);
}

/** The current route, updated on hash changes. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
