/** The functions' environment contract: one-line errors naming the variable, and the emulator endpoints. */
import { describe, expect, it } from 'vitest';
import { s3ClientOptions } from '../../functions/lib/aws.ts';
import {
  ConfigError,
  ingestConfig,
  projectConfig,
  publishConfig,
  serviceEndpoint,
} from '../../functions/lib/config.ts';

const TABLES = { facts: 'f', missions: 'm', entities: 'e', timeline: 't', articles: 'a' };

describe('function configuration', () => {
  it('reads each function’s variables', () => {
    expect(ingestConfig({ EVENTS_TABLE: 'events' })).toEqual({ eventsTable: 'events' });
    expect(ingestConfig({ EVENTS_TABLE: 'events', MAX_ARTICLE_BYTES: '1000' })).toEqual({
      eventsTable: 'events',
      maxBytes: 1000,
    });
    expect(publishConfig({ EVENTS_TABLE: 'events', EVENT_BUS_NAME: 'bus' })).toEqual({
      eventsTable: 'events',
      eventBusName: 'bus',
    });
    expect(projectConfig({ READ_MODEL_TABLES: JSON.stringify(TABLES) })).toEqual({ tables: TABLES });
  });

  it('names the missing or malformed variable in one line', () => {
    const cases: Array<[() => unknown, string]> = [
      [() => ingestConfig({}), 'missing environment variable EVENTS_TABLE (the event store table name)'],
      [
        () => ingestConfig({ EVENTS_TABLE: '  ' }),
        'missing environment variable EVENTS_TABLE (the event store table name)',
      ],
      [
        () => ingestConfig({ EVENTS_TABLE: 'e', MAX_ARTICLE_BYTES: '5MB' }),
        'environment variable MAX_ARTICLE_BYTES must be a positive integer, got "5MB"',
      ],
      [
        () => publishConfig({ EVENTS_TABLE: 'e' }),
        'missing environment variable EVENT_BUS_NAME (the EventBridge bus name or ARN)',
      ],
      [
        () => projectConfig({}),
        'missing environment variable READ_MODEL_TABLES (JSON {"facts","missions","entities","timeline","articles"})',
      ],
      [
        () => projectConfig({ READ_MODEL_TABLES: '{nope' }),
        'environment variable READ_MODEL_TABLES must be JSON {"facts","missions","entities","timeline","articles"} of table names: not JSON',
      ],
      [
        () => projectConfig({ READ_MODEL_TABLES: JSON.stringify({ ...TABLES, facts: '', timeline: 3 }) }),
        'environment variable READ_MODEL_TABLES must be JSON {"facts","missions","entities","timeline","articles"} of table names: missing or empty "facts", "timeline"',
      ],
    ];
    for (const [read, message] of cases) {
      expect(read).toThrow(ConfigError);
      expect(read).toThrow(message);
      expect(message).not.toContain('\n');
    }
  });

  it('leaves endpoints to the SDK, and addresses an emulator’s S3 path-style', () => {
    expect(serviceEndpoint({ AWS_ENDPOINT_URL_S3: 'http://127.0.0.1:4568' }, 'S3')).toBe('http://127.0.0.1:4568');
    expect(serviceEndpoint({ AWS_ENDPOINT_URL: 'http://localhost:4566' }, 'DYNAMODB')).toBe('http://localhost:4566');
    expect(s3ClientOptions({ AWS_ENDPOINT_URL_S3: 'http://localhost:4568' })).toEqual({ forcePathStyle: true });
    expect(s3ClientOptions({ AWS_ENDPOINT_URL_S3: 'https://s3.eu-west-1.amazonaws.com' })).toEqual({});
    expect(s3ClientOptions({})).toEqual({});
  });
});
