/** The event the app dispatches after it changes the URL itself (history.pushState fires none). */
export const navigationEvent = 'washup:navigate';

/** Moves to another page of the app without reloading; `href` may carry a fragment (an invite). */
export function navigate(href: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', href);
  else window.history.pushState(null, '', href);
  window.dispatchEvent(new Event(navigationEvent));
  window.scrollTo(0, 0);
}
