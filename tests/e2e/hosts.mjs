// The site served by a real web server with our recipe, as a host serves
// it: `E2E_SERVER=caddy` (Debian's Caddy, deploy/Caddyfile) or
// `E2E_SERVER=nginx` (Debian's nginx, deploy/nginx.conf) makes `serve()`
// (server.mjs) start one.
//
// A thin recording proxy sits in front so that the tests that count
// downloads or hold a file back work unchanged: it passes requests and
// responses through byte for byte (headers, status, encoding), notes what
// was answered, and waits where a test asks it to. Every rule being tested
// (content types, caching, routes, compression, headers) is Caddy's.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { userInfo } from 'node:os';
import { fileURLToPath } from 'node:url';

const CADDYFILE = fileURLToPath(new URL('../../deploy/Caddyfile', import.meta.url));
const NGINX_CONF = fileURLToPath(new URL('../../deploy/nginx.conf', import.meta.url));

function freePort() {
  return new Promise((ok, fail) => {
    const probe = createNetServer().once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => ok(port));
    });
  });
}

/** Waits until `origin` answers; `process` must keep running meanwhile. */
async function ready(origin, child, log) {
  for (let i = 0; i < 100; i += 1) {
    if (child.exitCode !== null) throw new Error(`the server exited: ${log()}`);
    try {
      await fetch(`${origin}/sw.js`, { method: 'HEAD' });
      return;
    } catch { await new Promise((ok) => setTimeout(ok, 50)); }
  }
  child.kill();
  throw new Error(`the server did not start: ${log()}`);
}

function run(command, args, env) {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr.on('data', (chunk) => { log += chunk; });
  const stop = () => new Promise((ok) => { if (child.exitCode !== null) ok(); else { child.once('exit', ok); child.kill(); } });
  return { child, log: () => log, stop };
}

/** Caddy with deploy/Caddyfile on `root` (served under `base`); resolves once it answers. */
export async function startCaddy(root, base = '/') {
  const port = await freePort();
  const home = mkdtempSync(join(tmpdir(), 'caddy-'));
  const origin = `http://127.0.0.1:${port}`;
  const server = run('caddy', ['run', '--config', CADDYFILE, '--adapter', 'caddyfile'], {
    WEGWEISER_SITE: resolve(root), WEGWEISER_ADDRESS: origin, WEGWEISER_BASE: base,
    XDG_DATA_HOME: home, XDG_CONFIG_HOME: home, HOME: home,
  });
  await ready(`${origin}${base.replace(/\/$/, '')}`, server.child, server.log);
  return { origin, port, stop: server.stop };
}

/** deploy/nginx.conf for a test: the site at `root`, this port, files in `dir`, workers as this user. */
export function nginxConfig(root, port, dir) {
  return readFileSync(NGINX_CONF, 'utf8')
    .replaceAll('/srv/wegweiser', resolve(root))
    .replace('listen 8080;', `listen 127.0.0.1:${port};`)
    .replace('pid /run/nginx-wegweiser.pid;', `pid ${dir}/nginx.pid;`)
    .replace('error_log /var/log/nginx/wegweiser-error.log;', `error_log ${dir}/error.log;`)
    .replace(/^user www-data;$/m, `user ${userInfo().username};`);
}

/** nginx with deploy/nginx.conf on `root`; resolves once it answers. */
export async function startNginx(root) {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'nginx-'));
  const conf = join(dir, 'nginx.conf');
  writeFileSync(conf, nginxConfig(root, port, dir));
  const origin = `http://127.0.0.1:${port}`;
  const server = run('nginx', ['-c', conf, '-g', 'daemon off;'], {});
  await ready(origin, server.child, () => server.log() + (() => { try { return readFileSync(`${dir}/error.log`, 'utf8'); } catch { return ''; } })());
  return { origin, port, stop: server.stop };
}

/** Like server.mjs' `serve`, with `kind` (caddy, nginx) doing the serving. */
export async function serveWith(kind, root, port = 0, host = '127.0.0.1', { base = '/' } = {}) {
  const upstream = await (kind === 'nginx' ? startNginx(root) : startCaddy(root, base));
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const wait = server.delay(path);
    setTimeout(() => {
      const forward = request(
        { host: '127.0.0.1', port: upstream.port, method: req.method, path: req.url, headers: req.headers },
        (answer) => {
          let bytes = 0;
          answer.on('data', (chunk) => { bytes += chunk.length; });
          answer.on('end', () => server.answered.push({ path: req.url, status: answer.statusCode, bytes }));
          res.writeHead(answer.statusCode, answer.rawHeaders);
          answer.pipe(res);
        },
      );
      forward.on('error', (e) => { res.writeHead(502).end(String(e)); });
      req.pipe(forward);
    }, Math.max(0, wait));
  });
  server.answered = [];
  server.delay = () => 0;
  const close = server.close.bind(server);
  // The test is over: a connection the browser still holds (a request the
  // proxy still forwards) must not keep the teardown waiting until the test's timeout.
  server.close = (done) => {
    close(() => upstream.stop().then(() => done?.()));
    server.closeAllConnections();
  };
  return new Promise((ok) => server.listen(port, host, () => ok(server)));
}
