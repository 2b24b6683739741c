import { ARTICLE_RECORD_TYPES } from '../../../shared/events/article-records.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../../../shared/events/contracts.ts';
import { renderEventSchemas } from '../../../scripts/lib/event-schemas.ts';

const SCHEMA_DIR = fileURLToPath(new URL('../../../schemas/', import.meta.url));

describe('published JSON Schemas', () => {
  const files = renderEventSchemas();

  it('cover every event type, the DomainEvent union and the article records', () => {
    expect(files.map((f) => f.name).sort()).toEqual(
      [...EVENT_TYPES, 'DomainEvent', ...ARTICLE_RECORD_TYPES].map((t) => `${t}.v1.schema.json`).sort(),
    );
  });

  it('are fresh: schemas/ on disk equals what the contracts generate (run `npm run schemas`)', () => {
    for (const file of files) expect(readFileSync(`${SCHEMA_DIR}${file.name}`, 'utf8'), file.name).toBe(file.text);
    expect(readdirSync(SCHEMA_DIR).sort()).toEqual(files.map((f) => f.name).sort());
  });

  it('carry $id, title and the 2020-12 dialect, formatted with 2 spaces and a trailing newline', () => {
    for (const file of files) {
      const schema = JSON.parse(file.text) as Record<string, unknown>;
      const title = file.name.replace('.v1.schema.json', '');
      expect(Object.keys(schema).slice(0, 3)).toEqual(['$schema', '$id', 'title']);
      expect(schema).toMatchObject({
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        $id: `urn:sitrep:schemas:${title}.v1`,
        title,
      });
      expect(file.text).toBe(`${JSON.stringify(schema, null, 2)}\n`);
    }
  });

  it('are generated deterministically', () => {
    expect(renderEventSchemas()).toEqual(files);
  });
});
