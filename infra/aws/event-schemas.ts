/**
 * The event contracts as EventBridge schema registry documents.
 *
 * The registry accepts two formats only, `OpenApi3` and `JSONSchemaDraft4`; `schemas/*.v1.schema.json` are JSON
 * Schema draft 2020-12 (zod's output). They use a few keywords draft 4 spells differently, so each document is
 * rewritten, keyword by keyword, into its draft-4 equivalent (same set of valid documents):
 *
 * | draft 2020-12                 | draft 4                                          |
 * | ----------------------------- | ------------------------------------------------ |
 * | `$schema` …/draft/2020-12/…   | `$schema` http://json-schema.org/draft-04/schema# |
 * | `$id`                         | `id`                                             |
 * | `const: x`                    | `enum: [x]`                                      |
 * | `exclusiveMinimum: n` (number) | `minimum: n, exclusiveMinimum: true` (and max.) |
 * | `$defs`, `#/$defs/…`          | `definitions`, `#/definitions/…`                 |
 *
 * Keywords draft 4 cannot express (`prefixItems`, `if`, `unevaluatedProperties`, …) make the conversion throw,
 * so a contract change that the registry could not represent fails synthesis (and the infra tests) instead of
 * registering a looser schema.
 *
 * A registered schema describes the whole event as a subscriber receives it: the EventBridge envelope with
 * `source` = `sitrep`, `detail-type` = the event type and `detail` = the contract, tagged with the registry's
 * `x-amazon-events-source` / `x-amazon-events-detail-type` extensions. Schema names follow the registry's own
 * convention for discovered schemas, `<source>@<DetailType>` (`sitrep@DeploymentAnnounced`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EVENT_SOURCE } from '../../shared/events/envelope.ts';

export const DRAFT4 = 'http://json-schema.org/draft-04/schema#';

/** The generated contract files: `schemas/*.v1.schema.json` of this package. */
export const SCHEMA_DIR = fileURLToPath(new URL('../../schemas/', import.meta.url));

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export interface RegistrySchema {
  /** The source file, e.g. `DeploymentAnnounced.v1.schema.json`. */
  file: string;
  /** The contract's title: an event type, or `DomainEvent` for the union of all of them. */
  title: string;
  /** `sitrep@DeploymentAnnounced`. */
  schemaName: string;
  description: string;
  /** The `detail-type` values the schema covers. */
  detailTypes: string[];
  /** The JSONSchemaDraft4 document (envelope + detail). */
  content: JsonObject;
}

// Keywords whose value is one subschema, a list of subschemas, or a map from names to subschemas.
const ONE_SCHEMA = new Set(['additionalProperties', 'additionalItems', 'not', 'items']);
const SCHEMA_LIST = new Set(['anyOf', 'oneOf', 'allOf', 'items']);
const SCHEMA_MAP = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependencies']);
// Draft 6+ keywords with no draft-4 meaning: refuse rather than silently drop a constraint.
const UNSUPPORTED = [
  'prefixItems',
  'contains',
  'minContains',
  'maxContains',
  'propertyNames',
  'if',
  'then',
  'else',
  'dependentRequired',
  'dependentSchemas',
  'unevaluatedProperties',
  'unevaluatedItems',
  '$anchor',
  '$dynamicRef',
  '$dynamicAnchor',
  '$recursiveRef',
];

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Rewrites one JSON Schema draft 2020-12 (sub)schema into draft 4. `at` names the place for error messages. */
export function toDraft4(schema: Json, at = '#'): Json {
  if (typeof schema === 'boolean') {
    // Draft 4 has no boolean schemas: `true` is the empty schema, `false` one that nothing satisfies.
    return schema ? {} : { not: {} };
  }
  if (!isObject(schema)) throw new Error(`${at}: not a JSON Schema`);
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (UNSUPPORTED.includes(key)) throw new Error(`${at}: "${key}" has no JSON Schema draft 4 equivalent`);
    if (key === '$schema') out.$schema = DRAFT4;
    else if (key === '$id') out.id = value;
    else if (key === 'const') out.enum = [value];
    else if (key === '$ref') out.$ref = typeof value === 'string' ? value.replace('#/$defs/', '#/definitions/') : value;
    else if (key === 'exclusiveMinimum' || key === 'exclusiveMaximum') {
      if (typeof value !== 'number') throw new Error(`${at}: "${key}" must be a number in draft 2020-12`);
      const bound = key === 'exclusiveMinimum' ? 'minimum' : 'maximum';
      const inclusive = schema[bound];
      // Keep whichever bound is stricter; draft 4 has one bound per side, made exclusive by a boolean.
      const exclusiveWins =
        typeof inclusive !== 'number' || (bound === 'minimum' ? value >= inclusive : value <= inclusive);
      if (exclusiveWins) {
        out[bound] = value;
        out[key] = true;
      }
    } else if ((key === 'minimum' || key === 'maximum') && key in out) {
      // Already decided by its exclusive counterpart (which compared both bounds).
    } else if (SCHEMA_MAP.has(key) && isObject(value)) {
      const name = key === '$defs' ? 'definitions' : key;
      out[name] = Object.fromEntries(
        Object.entries(value).map(([k, v]) =>
          // `dependencies` may map to a list of property names (draft 4 keeps that form).
          [k, key === 'dependencies' && Array.isArray(v) ? v : toDraft4(v, `${at}/${key}/${k}`)],
        ),
      );
    } else if (SCHEMA_LIST.has(key) && Array.isArray(value)) {
      out[key] = value.map((v, i) => toDraft4(v, `${at}/${key}/${i}`));
    } else if (ONE_SCHEMA.has(key) && (isObject(value) || typeof value === 'boolean')) {
      out[key] =
        key === 'additionalProperties' || key === 'additionalItems'
          ? convertBoolOrSchema(value, at, key)
          : toDraft4(value, `${at}/${key}`);
    } else {
      out[key] = value;
    }
  }
  return out;
}

// Draft 4 allows booleans for additionalProperties/additionalItems, so keep them as they are.
function convertBoolOrSchema(value: Json, at: string, key: string): Json {
  return typeof value === 'boolean' ? value : toDraft4(value, `${at}/${key}`);
}

/** The EventBridge envelope around a draft-4 `detail` schema. */
function envelope(detail: JsonObject, title: string, detailTypes: string[]): JsonObject {
  const { $schema: _schema, id, title: _title, description, ...detailSchema } = detail;
  const single = detailTypes.length === 1 ? detailTypes[0]! : undefined;
  return {
    $schema: DRAFT4,
    ...(typeof id === 'string' ? { id } : {}),
    title,
    ...(typeof description === 'string' ? { description } : {}),
    type: 'object',
    'x-amazon-events-source': EVENT_SOURCE,
    ...(single ? { 'x-amazon-events-detail-type': single } : {}),
    required: ['version', 'id', 'detail-type', 'source', 'account', 'time', 'region', 'resources', 'detail'],
    properties: {
      version: { type: 'string' },
      id: { type: 'string' },
      'detail-type': { type: 'string', enum: detailTypes },
      source: { type: 'string', enum: [EVENT_SOURCE] },
      account: { type: 'string' },
      time: { type: 'string', format: 'date-time' },
      region: { type: 'string' },
      resources: { type: 'array', items: { type: 'string' } },
      detail: { $ref: `#/definitions/${title}` },
    },
    definitions: { [title]: detailSchema },
  };
}

/** The `type` values a contract admits (`const` of its `type` property, or of each branch of a union). */
function detailTypesOf(schema: JsonObject, file: string): string[] {
  const branches = Array.isArray(schema.oneOf) ? schema.oneOf : Array.isArray(schema.anyOf) ? schema.anyOf : [schema];
  return branches.map((branch, i) => {
    const type = isObject(branch) && isObject(branch.properties) ? branch.properties.type : undefined;
    if (!isObject(type) || typeof type.const !== 'string') {
      throw new Error(`${file}: branch ${i} has no constant "type" property to use as the detail-type`);
    }
    return type.const;
  });
}

/** Every `*.v1.schema.json` contract as a registry schema, in file-name order. */
export function registrySchemas(dir = SCHEMA_DIR): RegistrySchema[] {
  const files = readdirSync(dir)
    .filter((f) => /\.v\d+\.schema\.json$/.test(f))
    .sort();
  if (files.length === 0) throw new Error(`no *.schema.json event contracts in ${dir}`);
  return files.map((file) => {
    const source = JSON.parse(readFileSync(join(dir, file), 'utf8')) as JsonObject;
    const title = typeof source.title === 'string' ? source.title : file.replace(/\..*$/, '');
    const detailTypes = detailTypesOf(source, file);
    const detail = toDraft4(source, file) as JsonObject;
    const description = typeof source.description === 'string' ? source.description : `Sitrep ${title} event`;
    return {
      file,
      title,
      schemaName: `${EVENT_SOURCE}@${title}`,
      description: description.slice(0, 256),
      detailTypes,
      content: envelope(detail, title, detailTypes),
    };
  });
}
