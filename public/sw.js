// Wegweiser service worker (plain JavaScript, no library).
//
// Strategy:
// - install: precache the app shell (shell.html, the hashed wasm/js/css, icons,
//   manifest) under a cache named after the build
//   version; installation completes only when every file is cached. Files the
//   page has just downloaded are taken from the HTTP cache (see `fresh`), the
//   stylesheet a static page carried inline from the page (pwa.js hands it over).
// - activate: delete the caches of older versions.
// - navigations to app routes (/, /offer/<id>, /search?…) are answered with the
//   cached shell.html (index.html without the static page's content: the app
//   starts from the cache at once and draws the route), so every deep link
//   opens offline. The static pages serve the first visit and script-less
//   browsers; they are not precached.
// - /directory/<code>.json: network first (the app checks for a newer
//   directory), the cached copy when offline. Not precached: the app keeps
//   its directory in IndexedDB, and only the chosen language's file is needed.
// - /locales/<code>.ftl: not precached (only the chosen language is ever
//   downloaded); cache first, kept once fetched. The app asks for the ones it
//   fetched before this worker took control ({type: 'CACHE', urls}), and a new
//   version fetches afresh the languages the old one held, so a language used
//   once stays available offline.
// - everything else precached: cache first (file names carry content hashes).
// - a new version waits until the app asks it to take over (the user agreed to
//   "a new version is ready, reload"): message {type: 'SKIP_WAITING'}.
//
// The build hook (public/build-hook.mjs) writes VERSION and PRECACHE below from
// the real file names of the build; the placeholders are never served as is.

const VERSION = '__WEGWEISER_VERSION__';
const PRECACHE = ['__WEGWEISER_PRECACHE__'];
// The site's base path: the folder this worker is served from (`/`, or
// `/wegweiser/` for a site under a sub-path); its scope too.
const BASE = new URL('./', self.location).pathname;
// Cache names carry it under a sub-path (as src/route.rs `scoped`), so two
// sites on one host never delete each other's caches.
const SCOPE = BASE === '/' ? '' : `@${BASE.slice(0, -1)}`;
const CACHE = `wegweiser${SCOPE}-${VERSION}`;
// Files the page hands over (pwa.js); deleted with the old versions' caches.
const PAGE = `wegweiser${SCOPE}-page`;
const SHELL = `${BASE}shell.html`;
const DIRECTORY = `${BASE}directory/`;

const LOCALES = `${BASE}locales/`;
const EDITOR = `${BASE}redaktion/`;
const EDITOR_CACHE = `redaktion${SCOPE}`;
// Trunk puts a content hash into the names of the wasm, its JS glue, the CSS
// and pwa.js: such a file never changes under its name, so the copy the page
// has just downloaded (in the browser's HTTP cache) is taken as it is, and a
// first visit downloads nothing twice. Every other file is revalidated (a
// conditional request, no body when unchanged), so a new version never keeps
// an old copy.
// (Trunk writes the hash as hex without leading zeros: up to 16 digits.)
const HASHED = /-[0-9a-f]{10,16}(_bg)?\.[a-z]+$/;
const fresh = (url) => new Request(url, { cache: HASHED.test(url) ? 'force-cache' : 'no-cache' });

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // What the page handed over (pwa.js: the stylesheet a static page
      // carried inline) is not downloaded again.
      const page = await caches.open(PAGE);
      const handed = await Promise.all(PRECACHE.map((url) => page.match(url)));
      await cache.addAll(PRECACHE.filter((_, i) => !handed[i]).map(fresh));
      await Promise.all(handed.map((response, i) => response && cache.put(PRECACHE[i], response)));
      // Languages used with the old version: best effort (offline keeps going).
      const used = new Set();
      for (const key of await caches.keys()) {
        if (!key.startsWith(`wegweiser${SCOPE}-`) || key === CACHE) continue;
        for (const request of await (await caches.open(key)).keys()) {
          const path = new URL(request.url).pathname;
          if (path.startsWith(LOCALES)) used.add(path);
        }
      }
      await Promise.allSettled([...used].map((path) => cache.add(fresh(path))));
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const keys = await caches.keys();
      await Promise.all(keys.filter((k) => k.startsWith(`wegweiser${SCOPE}-`) && k !== CACHE).map((k) => caches.delete(k)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
  if (event.data && event.data.type === 'VERSION') event.source?.postMessage({ type: 'VERSION', version: VERSION });
  if (event.data && event.data.type === 'CACHE' && Array.isArray(event.data.urls)) {
    const urls = event.data.urls.filter((u) => typeof u === 'string' && u.startsWith(LOCALES));
    event.waitUntil(
      caches.open(CACHE).then((cache) =>
        Promise.allSettled(urls.map(async (u) => (await cache.match(u)) || cache.add(u))),
      ),
    );
  }
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // The editor (/redaktion/, staff only): never precached; kept once opened,
  // network first, so it also opens offline on a staff device.
  if (url.pathname.startsWith(EDITOR)) {
    event.respondWith(editorFile(request, url));
    return;
  }
  const isAppRoute = request.mode === 'navigate' && !/\.[a-z0-9]+$/i.test(url.pathname);
  if (isAppRoute) {
    event.respondWith(fromCache(SHELL, request));
  } else if (url.pathname.startsWith(DIRECTORY)) {
    event.respondWith(networkFirst(request));
  } else if (url.pathname.startsWith(LOCALES)) {
    event.respondWith(keep(request));
  } else {
    event.respondWith(fromCache(request, request));
  }
});

async function fromCache(key, request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(key, { ignoreSearch: true });
  return hit ?? fetch(request);
}

async function keep(request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request, { ignoreSearch: true });
  if (hit) return hit;
  const response = await fetch(request, { cache: 'no-cache' });
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (offline) {
    const hit = await cache.match(request, { ignoreSearch: true });
    if (hit) return hit;
    throw offline;
  }
}

async function editorFile(request, url) {
  const cache = await caches.open(EDITOR_CACHE);
  const key = request.mode === 'navigate' ? EDITOR : url.pathname;
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(key, response.clone());
    return response;
  } catch (offline) {
    const hit = await cache.match(key);
    if (hit) return hit;
    throw offline;
  }
}
