// Starts the static server on a free loopback port for all tests.
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';

const DIST = fileURLToPath(new URL('../../dist', import.meta.url));

export default async function globalSetup() {
  const server = await serve(process.env.E2E_DIST ?? DIST);
  process.env.E2E_BASE_URL = `http://127.0.0.1:${server.address().port}`;
  return async () => new Promise((ok) => server.close(ok));
}
