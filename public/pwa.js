// Registers the service worker and bridges the browser's PWA events to the app
// (plain JavaScript, so the wasm stays small). The app listens for:
//   wegweiser:update-ready   a new version is installed and waiting
//   wegweiser:installable    the browser offers installation
// and calls window.wegweiser.activateUpdate() / window.wegweiser.install().
(() => {
  const api = (window.wegweiser = window.wegweiser || {});
  const signal = (name) => window.dispatchEvent(new CustomEvent(`wegweiser:${name}`));
  // The site's base path (`/`, or `/wegweiser/` under a sub-path; the build writes it).
  const BASE = document.querySelector('meta[name="wegweiser-base"]')?.content || '/';
  // "Delete everything" (About page): this site's settings (localStorage) and
  // the worker's caches, named as src/route.rs `scoped` and sw.js name them:
  // another site on the same host keeps its own.
  const SCOPE = BASE === '/' ? '' : `@${BASE.slice(0, -1)}`;
  // The display settings (About page, src/components/display.rs) before the
  // first paint: this script sits in <head> and blocks the parser, so no page
  // flashes in the old look.
  try {
    for (const name of ['contrast', 'text', 'motion']) {
      const value = localStorage[`wegweiser.${name}${SCOPE}`];
      if (value) document.documentElement.setAttribute(`data-${name}`, value);
    }
  } catch { /* storage blocked: the defaults */ }
  const ours = (key) => key.startsWith('wegweiser') && (SCOPE ? key.endsWith(SCOPE) : !key.includes('@'));
  api.clearSite = async () => {
    try { Object.keys(localStorage).filter(ours).forEach((key) => localStorage.removeItem(key)); } catch { /* blocked */ }
    if (!('caches' in window)) return;
    const cache = (key) => key.startsWith(`wegweiser${SCOPE}-`) || key === `redaktion${SCOPE}`;
    await Promise.all((await caches.keys()).filter(cache).map((key) => caches.delete(key)));
  };
  api.updateReady = false;
  api.installable = false;

  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    api.deferredPrompt = event;
    api.installable = true;
    signal('installable');
  });
  api.install = async () => {
    const prompt = api.deferredPrompt;
    if (!prompt) return false;
    api.deferredPrompt = null;
    api.installable = false;
    prompt.prompt();
    const choice = await prompt.userChoice;
    return choice.outcome === 'accepted';
  };

  // The app could not start (say, the download broke off on a weak link):
  // instead of an endless spinner, say so and offer to try again; a static
  // page keeps its content, with the notice above it. Once the app has
  // started, the loading screen (or static page) is gone and this does nothing.
  const bootFailed = () => {
    const boot = document.getElementById('boot');
    if (!boot || boot.dataset.failed) return;
    boot.dataset.failed = 'true';
    const line = (text, lang) => {
      const p = document.createElement('p');
      p.textContent = text;
      if (lang) p.lang = lang;
      return p;
    };
    const again = document.createElement('button');
    again.type = 'button';
    again.className = 'button';
    again.textContent = 'Neu laden · Reload';
    again.addEventListener('click', () => location.reload());
    const lines = [
      line('Die App konnte nicht geladen werden. Bitte prüfen Sie die Verbindung.'),
      line('The app could not be loaded. Please check the connection.', 'en'),
      again,
    ];
    if (boot.classList.contains('static-page')) {
      const notice = document.createElement('div');
      notice.className = 'boot-failed';
      notice.setAttribute('role', 'status');
      notice.append(...lines);
      boot.prepend(notice);
    } else {
      boot.replaceChildren(boot.querySelector('.boot-brand'), ...lines);
    }
  };
  window.addEventListener('error', bootFailed);
  window.addEventListener('unhandledrejection', bootFailed);

  if (!('serviceWorker' in navigator)) return;
  const ready = () => {
    api.updateReady = true;
    signal('update-ready');
  };
  // Locale files fetched outside the worker (before it took control, on a
  // first visit) are handed to it, so the chosen language works offline from
  // then on. The observer (buffered) reports the fetches done so far and those
  // that finish later: a fetch can still be on its way when the worker is ready.
  navigator.serviceWorker.ready.then((registration) => {
    const send = (entries) => {
      const urls = entries
        .map((entry) => new URL(entry.name))
        .filter((url) => url.origin === location.origin && url.pathname.startsWith(`${BASE}locales/`))
        .map((url) => url.pathname);
      if (urls.length) registration.active?.postMessage({ type: 'CACHE', urls });
    };
    if ('PerformanceObserver' in window) {
      new PerformanceObserver((list) => send(list.getEntries())).observe({ type: 'resource', buffered: true });
    } else {
      send(performance.getEntriesByType('resource'));
    }
  });
  // Registered once the app has started (Trunk's loader fires the event after
  // the wasm is in): on a slow link the worker's own downloads (icons,
  // manifest, index.html) must not compete with the app's, and by then the
  // app's files are in the HTTP cache for the worker to take. (The page's
  // `load` event comes too early: it does not wait for the wasm.)
  //
  // A static page carries the stylesheet inline (it paints with its first
  // bytes) and names the file it came from (`<style data-href>`): that text
  // goes to the worker as the file (sw.js takes it from this cache instead of
  // downloading it; the shell's integrity attribute checks it), so a first
  // visit does not download the stylesheet a second time.
  const handOver = async () => {
    const style = document.querySelector('style[data-href]');
    if (!style || !('caches' in window)) return;
    const css = new Response(style.textContent, { headers: { 'content-type': 'text/css; charset=utf-8' } });
    await (await caches.open(`wegweiser${SCOPE}-page`)).put(style.dataset.href, css);
  };
  const register = () => handOver()
    .catch(() => { /* no Cache Storage here: the worker downloads the file */ })
    .then(() => navigator.serviceWorker.register(`${BASE}sw.js`))
    .then((registration) => {
      api.registration = registration;
      if (registration.waiting && navigator.serviceWorker.controller) ready();
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed' && navigator.serviceWorker.controller) ready();
        });
      });
    })
    // No service worker here (some private modes): the app still works online.
    // Handled, so it is not taken for a failed start of the app.
    .catch(() => {});
  window.addEventListener('TrunkApplicationStarted', register, { once: true });
  api.activateUpdate = () => {
    const waiting = api.registration?.waiting;
    if (!waiting) return;
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    waiting.postMessage({ type: 'SKIP_WAITING' });
  };
  api.checkForUpdate = () => api.registration?.update();
})();
