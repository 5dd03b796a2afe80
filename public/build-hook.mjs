// Trunk post-build hook (not shipped): writes the build version and the
// precache list into the staged sw.js, from the real (hashed) file names.
// The version is a hash of every staged file, so any change makes a new one.
// Locale files (locales/*.ftl) are not precached: only the language a user
// chooses is downloaded, and the service worker keeps it (see sw.js).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run this from Trunk');
const base = (process.env.TRUNK_PUBLIC_URL ?? '/').replace(/\/?$/, '/');

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const worker = join(staging, 'sw.js');
const assets = files(staging)
  .map((path) => relative(staging, path).split('\\').join('/'))
  .filter((name) => name !== 'sw.js' && !name.endsWith('.mjs'))
  .sort();

const hash = createHash('sha256');
for (const name of assets) hash.update(name).update(readFileSync(join(staging, name)));
const version = hash.digest('hex').slice(0, 16);

const urls = assets.filter((name) => !name.startsWith('locales/')).map((name) => base + name);
const source = readFileSync(worker, 'utf8');
if (!source.includes("'__WEGWEISER_PRECACHE__'")) throw new Error('sw.js has no precache placeholder');
writeFileSync(
  worker,
  source
    .replace("'__WEGWEISER_VERSION__'", JSON.stringify(version))
    .replace("['__WEGWEISER_PRECACHE__']", JSON.stringify(urls, null, 2)),
);
console.log(`sw.js: version ${version}, ${urls.length} files precached`);
