import { useEffect, useState } from 'react';

/**
 * The console's pages live in the URL's hash (#/queue, #/applications/SX-2026-000123): static hosting then serves one
 * index.html for every page without any rewrite rule, and a reload keeps the page.
 */
export type Route =
  | { page: 'login' }
  | { page: 'queue' }
  | { page: 'detail'; id: string }
  | { page: 'users' }
  | { page: 'access-log' }
  | { page: 'account-audit' }
  | { page: 'password' }
  | { page: 'veteran-round' }
  | { page: 'veteran-import' }
  | { page: 'veteran-ledger' }
  | { page: 'identity' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  const detail = /^\/applications\/([^/?#]+)$/.exec(path);
  if (detail) {
    try {
      return { page: 'detail', id: decodeURIComponent(detail[1]) };
    } catch {
      return { page: 'queue' };
    }
  }
  if (path === '/login') return { page: 'login' };
  if (path === '/users') return { page: 'users' };
  if (path === '/access-log') return { page: 'access-log' };
  if (path === '/account-audit') return { page: 'account-audit' };
  if (path === '/password') return { page: 'password' };
  if (path === '/veteran-round') return { page: 'veteran-round' };
  if (path === '/veteran-import') return { page: 'veteran-import' };
  if (path === '/veteran-ledger') return { page: 'veteran-ledger' };
  if (path === '/identity') return { page: 'identity' };
  return { page: 'queue' };
}

export function hrefOf(route: Route): string {
  switch (route.page) {
    case 'detail':
      return `#/applications/${encodeURIComponent(route.id)}`;
    default:
      return `#/${route.page}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefOf(route).slice(1);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
