/**
 * How long a browser (and any proxy on a school's network) may keep each file of the built client.
 * Files under `assets/` carry a hash of their content in their name: a new build gives them new
 * names, so they never change and are kept for a year without asking again. `index.html` and the
 * service worker (`sw.js`) name those files, so they are checked with the relay on every use
 * (`no-cache` still lets the browser keep them and get a short 304 answer when unchanged).
 */
export function clientCacheControl(pathInClient: string): string {
  return pathInClient.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** Files the build writes that are not for the browser: source maps, and the compressed copies served in place of their originals. */
export const unservedClientFiles = ['**/*.map', '**/*.br', '**/*.gz'];
