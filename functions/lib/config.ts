/**
 * The Lambda functions' configuration, read from the environment once per cold start. Every problem is one line
 * naming the variable, thrown as a ConfigError (the function fails at init, before taking any event).
 *
 * | variable            | used by                | meaning                                                        |
 * | ------------------- | ---------------------- | -------------------------------------------------------------- |
 * | `EVENTS_TABLE`      | ingest, publish, drain | the event store table (`eventStoreTableSpec`)                  |
 * | `MAX_ARTICLE_BYTES` | ingest (optional)      | article size limit in bytes (default 5 MB, as `sitrep extract`) |
 * | `EVENT_BUS_NAME`    | publish, drain         | the EventBridge bus name or ARN events are put on              |
 * | `READ_MODEL_TABLES` | project                | JSON `{"facts","missions","entities","timeline","articles"}`   |
 *
 * Endpoints (optional, for emulators): `AWS_ENDPOINT_URL_DYNAMODB`, `AWS_ENDPOINT_URL_S3`,
 * `AWS_ENDPOINT_URL_EVENTBRIDGE` or `AWS_ENDPOINT_URL`, read by the SDK itself (see aws.ts).
 * No secrets: credentials come from the execution role (or the usual AWS_* variables against an emulator).
 */
import type { ReadModelTables } from '../../shared/adapters/aws/read-model-tables.ts';

export type Env = Record<string, string | undefined>;

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export function requireEnv(env: Env, name: string, what: string): string {
  const value = env[name]?.trim();
  if (!value) throw new ConfigError(`missing environment variable ${name} (${what})`);
  return value;
}

function optionalPositiveInt(env: Env, name: string): number | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(Number(raw)) || Number(raw) < 1) {
    throw new ConfigError(`environment variable ${name} must be a positive integer, got ${JSON.stringify(raw)}`);
  }
  return Number(raw);
}

export interface IngestConfig {
  eventsTable: string;
  maxBytes?: number;
  maxEventsPerArticle?: number;
}

export function ingestConfig(env: Env = process.env): IngestConfig {
  const maxBytes = optionalPositiveInt(env, 'MAX_ARTICLE_BYTES');
  const maxEventsPerArticle = optionalPositiveInt(env, 'MAX_EVENTS_PER_ARTICLE');
  return {
    eventsTable: requireEnv(env, 'EVENTS_TABLE', 'the event store table name'),
    ...(maxBytes !== undefined ? { maxBytes } : {}),
    ...(maxEventsPerArticle !== undefined ? { maxEventsPerArticle } : {}),
  };
}

export interface PublishConfig {
  eventsTable: string;
  eventBusName: string;
}

export function publishConfig(env: Env = process.env): PublishConfig {
  return {
    eventsTable: requireEnv(env, 'EVENTS_TABLE', 'the event store table name'),
    eventBusName: requireEnv(env, 'EVENT_BUS_NAME', 'the EventBridge bus name or ARN'),
  };
}

/** The drain sweeps commits older than this: younger ones are the DynamoDB Streams publisher's. */
export const DRAIN_MIN_AGE_MS = 5 * 60_000;
/** Commits one drain invocation handles at most, so a large backlog is worked off across runs, within the timeout. */
export const DRAIN_MAX_COMMITS = 1000;

const TABLE_KEYS = ['facts', 'missions', 'entities', 'timeline', 'articles'] as const;

export interface ProjectConfig {
  tables: ReadModelTables;
}

export function projectConfig(env: Env = process.env): ProjectConfig {
  const raw = requireEnv(env, 'READ_MODEL_TABLES', 'JSON {"facts","missions","entities","timeline","articles"}');
  const shape = `JSON {${TABLE_KEYS.map((k) => `"${k}"`).join(',')}} of table names`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ConfigError(`environment variable READ_MODEL_TABLES must be ${shape}: not JSON`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ConfigError(`environment variable READ_MODEL_TABLES must be ${shape}: not an object`);
  }
  const record = parsed as Record<string, unknown>;
  const missing = TABLE_KEYS.filter((k) => typeof record[k] !== 'string' || !(record[k] as string).trim());
  if (missing.length) {
    throw new ConfigError(
      `environment variable READ_MODEL_TABLES must be ${shape}: missing or empty ${missing.map((k) => `"${k}"`).join(', ')}`,
    );
  }
  const tables = Object.fromEntries(
    TABLE_KEYS.map((k) => [k, (record[k] as string).trim()]),
  ) as unknown as ReadModelTables;
  return { tables };
}

/** The endpoint the SDK will use for a service: `AWS_ENDPOINT_URL_<SERVICE>`, else `AWS_ENDPOINT_URL`. */
export function serviceEndpoint(env: Env, service: 'DYNAMODB' | 'S3' | 'EVENTBRIDGE'): string | undefined {
  return env[`AWS_ENDPOINT_URL_${service}`]?.trim() || env['AWS_ENDPOINT_URL']?.trim() || undefined;
}
