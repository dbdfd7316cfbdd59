// Washup's service worker: keeps the app itself on the device, so a reload on a school's dropped
// wifi still opens the board (the board's data is kept by IndexedDB, not here). Sync sockets and
// the API always go to the network.

// Written in by the build (client/build/serviceWorkerFiles.ts): an id of this build, and every
// script and style chunk of it, the views loaded on demand included, so each view opens offline
// even if it was never opened online. A new build changes this line, so browsers install the new
// worker, which caches the new build and drops the old one.
const build = { id: 'unbuilt', code: [] };
const cacheName = `washup-app-${build.id}`;

async function precacheApp() {
  const cache = await caches.open(cacheName);
  const response = await fetch('/index.html', { cache: 'no-store' });
  if (!response.ok) return;
  const html = await response.clone().text();
  await cache.put('/index.html', response);
  // What index.html names (the favicon too), and every chunk. The page has usually just fetched
  // them, and they are cached for a year, so most come from the browser's cache, not the network.
  const named = Array.from(html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g), (match) => match[1]);
  await cache.addAll([...new Set([...named, ...build.code])]);
}

self.addEventListener('install', (event) => {
  event.waitUntil(precacheApp().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => {
        const older = names.filter((name) => name !== cacheName);
        // The build just before this one stays: a page still running it loads its views from there.
        return Promise.all(older.slice(0, -1).map((name) => caches.delete(name)));
      })
      .then(() => self.clients.claim()),
  );
});

/**
 * The app's page comes from this build's own copy, without waiting for the network: a school's
 * wifi can take seconds to fail, and the copy always matches the chunks kept beside it. A new build
 * arrives as a new worker (the browser checks `/sw.js` on every visit), which replaces the copy.
 */
async function appPage(request) {
  const cache = await caches.open(cacheName);
  return (await cache.match('/index.html')) ?? fetch(request);
}

/** Built assets have content hashes in their names, so any kept copy is right, whichever build kept it. */
async function cacheFirst(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(cacheName);
    await cache.put(request, response.clone());
  }
  return response;
}

async function networkFirst(request) {
  const cache = await caches.open(cacheName);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(request);
    if (cached) return cached;
    throw error;
  }
}

/** The app's pages: the start page and every board's. Anything else (`/metrics`, `/healthz`) is the relay's. */
const isAppPage = (pathname) => pathname === '/' || pathname.startsWith('/b/');

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/sync/')) return;
  if (request.mode === 'navigate') {
    if (isAppPage(url.pathname)) event.respondWith(appPage(request));
  } else if (url.pathname.startsWith('/assets/')) event.respondWith(cacheFirst(request));
  else event.respondWith(networkFirst(request));
});
