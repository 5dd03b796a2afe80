// Validates an HSDS 3.0 export (`hsds export`, a page with `contents`)
// against the official compiled schemas beside this file, with ajv (draft
// 2020-12) and its format checks (uuid, email, uri, date-time): every
// service, and every embedded organization against organization.json.
// First it shows that the check can fail: a status spelled with an
// underscore, a slug as id and a malformed e-mail must each be rejected.
//
//   node tests/hsds/validate.mjs target/hsds/services.json
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const here = (name) => fileURLToPath(new URL(name, import.meta.url));
const schema = (name) => JSON.parse(readFileSync(here(name), 'utf8'));
// The schemas carry Table Schema keywords (`constraints`, `core`, …) that
// JSON Schema ignores; strict mode would refuse them.
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
addFormats(ajv);
const service = ajv.compile(schema('service.json'));
const organization = ajv.compile(schema('organization.json'));

const file = process.argv[2];
if (!file) {
  console.error('usage: node tests/hsds/validate.mjs <services.json>');
  process.exit(2);
}
const list = JSON.parse(readFileSync(file, 'utf8'));
const services = list.contents ?? [];
let failed = 0;
const report = (what, errors) => {
  failed += 1;
  console.error(`✗ ${what}`);
  for (const e of errors.slice(0, 10)) console.error(`    ${e.instancePath || '/'} ${e.message}`);
};

// The check itself can fail.
if (services.length) {
  const wrong = [
    ['status with an underscore', { ...services[0], status: 'temporarily_closed' }],
    ['a slug as id', { ...services[0], id: 'jobcenter-moers' }],
    ['a malformed e-mail', { ...services[0], email: 'not an address' }],
  ];
  for (const [what, s] of wrong) {
    if (service(s)) report(`the schema accepted ${what}`, []);
  }
}
if (services.length !== list.total_items) report(`total_items ${list.total_items} ≠ ${services.length} services`, []);
const ids = new Map();
for (const s of services) {
  if (!service(s)) report(`service ${s.name} (${s.id})`, service.errors);
  if (s.organization && !organization(s.organization)) report(`organization ${s.organization.name}`, organization.errors);
  if (ids.has(s.id)) report(`service id ${s.id} twice: ${ids.get(s.id)} and ${s.name}`, []);
  ids.set(s.id, s.name);
}
if (!services.length) report('no services in the export', []);
if (failed) {
  console.error(`HSDS 3.0: ${failed} problem(s) in ${file}`);
  process.exit(1);
}
console.log(`HSDS 3.0: ${services.length} services and their organizations valid (service.json, organization.json @ 279fd2e; formats checked)`);
