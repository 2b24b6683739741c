// Writes schemas/<Event>.v1.schema.json from the zod contracts; `--check` only verifies they are up to date.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderEventSchemas } from './lib/event-schemas.ts';

const SCHEMA_DIR = fileURLToPath(new URL('../schemas/', import.meta.url));

function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

const check = process.argv.includes('--check');
const files = renderEventSchemas();

if (check) {
  const stale = files.filter((file) => readOrNull(join(SCHEMA_DIR, file.name)) !== file.text).map((f) => f.name);
  if (stale.length > 0) {
    console.error(`schemas:check: stale or missing JSON Schemas: ${stale.map((n) => `schemas/${n}`).join(', ')}`);
    console.error("schemas:check: run 'npm run schemas' and commit the result");
    process.exit(1);
  }
  console.log(`schemas:check: ${files.length} JSON Schemas are up to date`);
} else {
  mkdirSync(SCHEMA_DIR, { recursive: true });
  for (const file of files) writeFileSync(join(SCHEMA_DIR, file.name), file.text);
  console.log(`wrote ${files.map((f) => `schemas/${f.name}`).join(', ')}`);
}
