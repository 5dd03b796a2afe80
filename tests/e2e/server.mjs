// A tiny static server for the release build (dist/), as a host would serve it:
// files as they are; for an app route, its static page (`/` index.html,
// `/offer/<id>` offer/<id>.html, no redirect), else 404.html with status 404
// (the app starts there too and draws what it knows). Loopback only. Used by
// `make serve` and the end-to-end tests; also shows what any host must do
// (see README, "Hosting").
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** `brotli`: compress responses as a production host would (the end-to-end
 * tests do without; tests/perf/slow-link.mjs uses it). `base`: the site's
 * base path (`/wegweiser/`: the folder is served there, as a host serves a
 * site under a sub-path, and nothing outside it). */
export async function serve(root, port = 0, host = '127.0.0.1', options = {}) {
  // `E2E_SERVER=caddy` or `nginx`: that server with our recipe (deploy/) serves instead (tests/e2e/hosts.mjs).
  const kind = process.env.E2E_SERVER;
  if (kind === 'caddy' || kind === 'nginx') return (await import('./hosts.mjs')).serveWith(kind, root, port, host, options);
  return serveNode(root, port, host, options);
}

function serveNode(root, port, host, { brotli = false, base: prefix = '/' } = {}) {
  const base = resolve(root);
  const mount = prefix.replace(/\/?$/, '/');
  const compressed = new Map();
  const server = createServer(async (req, res) => {
    // What was answered (and the body's bytes), for tests that count downloads.
    let bytes = 0;
    res.on('finish', () => server.answered.push({ path: req.url, status: res.statusCode, bytes }));
    try {
      const full = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (`${full}/` === mount) { res.writeHead(301, { location: mount }).end(); return; }
      if (!full.startsWith(mount)) { res.writeHead(404).end('not found'); return; }
      const path = full.slice(mount.length - 1);
      // A slow link, for tests that set it: milliseconds to wait before answering.
      const wait = server.delay(path);
      if (wait > 0) await new Promise((done) => setTimeout(done, wait));
      let file = normalize(join(base, path));
      if (!file.startsWith(base)) { res.writeHead(403).end(); return; }
      let isFile = false;
      let isDir = false;
      try { const s = await stat(file); isFile = s.isFile(); isDir = s.isDirectory(); } catch { /* not there */ }
      // A folder with its own index.html (the editor, /redaktion/): served at
      // its address with a trailing slash, redirected there without one.
      if (isDir && path !== '/') {
        let hasIndex = false;
        try { hasIndex = (await stat(join(file, 'index.html'))).isFile(); } catch { /* none */ }
        if (hasIndex && !path.endsWith('/')) { res.writeHead(301, { location: `${full}/` }).end(); return; }
        if (hasIndex) { file = join(file, 'index.html'); isFile = true; }
      }
      let status = 200;
      if (!isFile) {
        // App routes have no file extension: answer with their static page.
        if (extname(path) !== '') { res.writeHead(404).end('not found'); return; }
        const page = normalize(join(base, `${path.replace(/\/+$/, '') || '/index'}.html`));
        let isPage = false;
        try { isPage = page.startsWith(base) && (await stat(page)).isFile(); } catch { /* no static page */ }
        if (isPage) {
          file = page;
        } else {
          // (A build without static pages: its index.html is the app shell.)
          let hasNotFound = false;
          try { hasNotFound = (await stat(join(base, '404.html'))).isFile(); } catch { /* none */ }
          file = join(base, hasNotFound ? '404.html' : 'index.html');
          status = hasNotFound ? 404 : 200;
        }
      }
      const body = await readFile(file);
      // Entity tags let the app ask "changed?" with one small conditional request.
      const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
      const headers = { etag, 'cache-control': 'no-cache' };
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, headers).end();
        return;
      }
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      if (brotli && type !== 'image/png' && /\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
        if (!compressed.has(etag)) {
          compressed.set(etag, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        }
        const encoded = compressed.get(etag);
        bytes = encoded.length;
        res.writeHead(status, { ...headers, 'content-type': type, 'content-encoding': 'br', vary: 'accept-encoding' });
        res.end(encoded);
        return;
      }
      bytes = body.length;
      res.writeHead(status, { ...headers, 'content-type': type });
      res.end(body);
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  });
  server.answered = [];
  server.delay = () => 0;
  return new Promise((ok) => server.listen(port, host, () => ok(server)));
}

// `node tests/e2e/server.mjs dist 8080` serves by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--base');
  const base = at >= 0 ? args[at + 1] : '/';
  const [root = 'dist', port = '8080'] = args.filter((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1));
  serve(root, Number(port), '127.0.0.1', { brotli: args.includes('--brotli'), base })
    .then((s) => console.log(`serving ${root} at http://127.0.0.1:${s.address().port}${base.replace(/\/?$/, '/')}`));
}
