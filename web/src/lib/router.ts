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
  | { page: 'org' };

/** Parses "#/result/abc" and friends; anything unknown is the check-in page. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [head, arg] = parts;
  if (head === 'result' && arg) return { page: 'result', id: decodeURIComponent(arg) };
  if (head === 'history' || head === 'calendar' || head === 'insights' || head === 'alerts' || head === 'stats' || head === 'questionnaire' || head === 'settings' || head === 'org') return { page: head };
  return { page: 'checkin' };
}

/** The hash link for a route. */
export function href(route: Route): string {
  return route.page === 'result' ? `#/result/${encodeURIComponent(route.id)}` : `#/${route.page}`;
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
