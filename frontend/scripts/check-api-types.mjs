#!/usr/bin/env node
// Fails when src/api/schema.d.ts is not what openapi-typescript generates from the backend's
// OpenAPI document, i.e. someone edited it by hand or forgot `npm run gen:api` after an API change.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const spec = resolve(root, process.env.OPENAPI_SPEC || '../backend/target/openapi/openapi.json');
const committed = join(root, 'src/api/schema.d.ts');
const cli = join(root, 'node_modules/openapi-typescript/bin/cli.js');

if (!existsSync(spec)) {
  console.error(
    `check:api: ${spec} does not exist. Build the backend first (it writes the OpenAPI document).`,
  );
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'tiepdan-api-'));
try {
  const generated = join(dir, 'schema.d.ts');
  execFileSync(process.execPath, [cli, spec, '-o', generated], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const expected = readFileSync(generated, 'utf8');
  const actual = existsSync(committed) ? readFileSync(committed, 'utf8') : '';
  if (expected !== actual) {
    const a = actual.split('\n');
    const e = expected.split('\n');
    const line = e.findIndex((text, i) => text !== a[i]);
    console.error(
      `check:api: src/api/schema.d.ts is out of date with ${spec}.\n` +
        `  first difference at line ${line + 1}:\n` +
        `    committed: ${JSON.stringify(a[line] ?? '<end of file>')}\n` +
        `    generated: ${JSON.stringify(e[line] ?? '<end of file>')}\n` +
        '  Run `npm run gen:api` and commit the result (never edit schema.d.ts by hand).',
    );
    process.exit(1);
  }
  console.log('check:api: src/api/schema.d.ts matches the OpenAPI document.');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
