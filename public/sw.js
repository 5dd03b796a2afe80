// Wegweiser Moers service worker (plain JavaScript, no library).
//
// Strategy:
// - install: precache the app shell (index.html, the hashed wasm/js/css, icons,
//   manifest, the bundled directory) under a cache named after the build
//   version; installation completes only when every file is cached.
// - activate: delete the caches of older versions.
// - navigations to app routes (/, /offer/<id>, /search?…) are answered with the
//   cached index.html, so every deep link opens offline.
// - /directory.json: network first (the app checks for a newer directory),
//   the cached copy when offline.
// - everything else precached: cache first (file names carry content hashes).
// - a new version waits until the app asks it to take over (the user agreed to
//   "a new version is ready, reload"): message {type: 'SKIP_WAITING'}.
//
// The build hook (public/build-hook.mjs) writes VERSION and PRECACHE below from
// the real file names of the build; the placeholders are never served as is.

const VERSION = '__WEGWEISER_VERSION__';
const PRECACHE = ['__WEGWEISER_PRECACHE__'];
const CACHE = `wegweiser-${VERSION}`;
const SHELL = '/index.html';
const DIRECTORY = '/directory.json';

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const keys = await caches.keys();
      await Promise.all(keys.filter((k) => k.startsWith('wegweiser-') && k !== CACHE).map((k) => caches.delete(k)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
  if (event.data && event.data.type === 'VERSION') event.source?.postMessage({ type: 'VERSION', version: VERSION });
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const isAppRoute = request.mode === 'navigate' && !/\.[a-z0-9]+$/i.test(url.pathname);
  if (isAppRoute) {
    event.respondWith(fromCache(SHELL, request));
  } else if (url.pathname === DIRECTORY) {
    event.respondWith(networkFirst(request));
  } else {
    event.respondWith(fromCache(request, request));
  }
});

async function fromCache(key, request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(key, { ignoreSearch: true });
  return hit ?? fetch(request);
}

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(DIRECTORY, response.clone());
    return response;
  } catch (offline) {
    const hit = await cache.match(DIRECTORY);
    if (hit) return hit;
    throw offline;
  }
}
