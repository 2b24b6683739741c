import * as z from 'zod';
import { ArticleDeleted, ArticleProcessed } from '../../shared/events/article-records.ts';
import { DomainEvent, EVENT_SCHEMAS, EVENT_TYPES, SCHEMA_VERSION } from '../../shared/events/contracts.ts';

/** One generated JSON Schema file: its name under `schemas/` and its exact text. */
export interface SchemaFile {
  name: string;
  text: string;
}

// Pinned first so a reader sees what the document is before how it is shaped; everything else is sorted.
const HEADER_KEYS = ['$schema', '$id', 'title', 'description'];

/** The published JSON Schema of every event contract, plus the union of all of them. */
export function renderEventSchemas(): SchemaFile[] {
  const files = EVENT_TYPES.map((type) => render(type, EVENT_SCHEMAS[type]));
  files.push(render('DomainEvent', DomainEvent, 'Any Sitrep domain event, discriminated by `type`.'));
  // The pipeline's article records are published on the bus too: subscribers that track retractions need them.
  files.push(render('ArticleProcessed', ArticleProcessed), render('ArticleDeleted', ArticleDeleted));
  return files;
}

function render(title: string, schema: z.ZodType, description?: string): SchemaFile {
  const name = `${title}.v${SCHEMA_VERSION}.schema.json`;
  const generated = z.toJSONSchema(schema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  const document = {
    ...generated,
    $id: `urn:sitrep:schemas:${title}.v${SCHEMA_VERSION}`,
    title,
    ...(description ? { description } : {}),
  };
  return { name, text: `${JSON.stringify(sortKeys(document, true), null, 2)}\n` };
}

/** Canonical key order, so regenerating never churns a file unless the contract itself changed. */
function sortKeys(value: unknown, isRoot = false): unknown {
  if (Array.isArray(value)) return value.map((item) => sortKeys(item));
  if (value === null || typeof value !== 'object') return value;
  const rank = (key: string) => (isRoot && HEADER_KEYS.includes(key) ? HEADER_KEYS.indexOf(key) : HEADER_KEYS.length);
  const keys = Object.keys(value).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(keys.map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]));
}
