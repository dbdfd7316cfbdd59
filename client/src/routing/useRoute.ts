import { useSyncExternalStore } from 'react';
import { navigationEvent } from './navigate';
import { parseRoute, type Route } from './route';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(navigationEvent, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(navigationEvent, onChange);
  };
}

const getPathname = () => window.location.pathname;

/** The current page, following back/forward and the app's own navigation. */
export function useRoute(): Route {
  const pathname = useSyncExternalStore(subscribe, getPathname);
  return parseRoute(pathname);
}
