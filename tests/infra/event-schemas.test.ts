/**
 * The event contracts as EventBridge schema registry documents (JSONSchemaDraft4): the draft 2020-12 → draft 4
 * rewrite, and that the result is valid draft 4 which accepts real extracted events and rejects broken ones.
 * Validation uses ajv 6 (the draft-4-capable ajv that eslint already installs).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { registrySchemas, toDraft4 } from '../../infra/aws/event-schemas.ts';
import type { DomainEvent } from '../../shared/events/contracts.ts';
import { extractEvents } from '../../shared/extract/index.ts';

interface Validator {
  (data: unknown): boolean;
  errors?: unknown[] | null;
}
interface Ajv6 {
  addMetaSchema(schema: object): void;
  validateSchema(schema: object): boolean;
  compile(schema: object): Validator;
  errors?: unknown[] | null;
}
const require = createRequire(import.meta.url);
const AjvClass = require('ajv') as new (opts: object) => Ajv6;
const ajv = new AjvClass({ schemaId: 'id', allErrors: true });
ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json') as object);

describe('toDraft4', () => {
  it('rewrites $schema, $id, const, numeric exclusive bounds and $defs', () => {
    expect(
      toDraft4({
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        $id: 'urn:x',
        $defs: { n: { type: 'integer', exclusiveMinimum: 0 } },
        type: 'object',
        properties: { v: { const: 1 }, n: { $ref: '#/$defs/n' }, m: { exclusiveMaximum: 10, maximum: 20 } },
      }),
    ).toEqual({
      $schema: 'http://json-schema.org/draft-04/schema#',
      id: 'urn:x',
      definitions: { n: { type: 'integer', minimum: 0, exclusiveMinimum: true } },
      type: 'object',
      properties: { v: { enum: [1] }, n: { $ref: '#/definitions/n' }, m: { maximum: 10, exclusiveMaximum: true } },
    });
  });

  it('keeps the stricter bound when an inclusive one is stricter than the exclusive one', () => {
    expect(toDraft4({ minimum: 5, exclusiveMinimum: 0 })).toEqual({ minimum: 5 });
    expect(toDraft4({ exclusiveMinimum: 0, minimum: 5 })).toEqual({ minimum: 5 });
    expect(toDraft4({ minimum: 0, exclusiveMinimum: 0 })).toEqual({ minimum: 0, exclusiveMinimum: true });
  });

  it('leaves property names alone, even when they are keywords', () => {
    expect(
      toDraft4({ properties: { $id: { type: 'string' }, const: { type: 'string' }, id: { const: 'x' } } }),
    ).toEqual({ properties: { $id: { type: 'string' }, const: { type: 'string' }, id: { enum: ['x'] } } });
  });

  it('rewrites inside anyOf/oneOf/items/additionalProperties and boolean schemas', () => {
    expect(
      toDraft4({
        anyOf: [{ const: 'a' }, true, false],
        items: { const: 2 },
        additionalProperties: { const: 3 },
      }),
    ).toEqual({ anyOf: [{ enum: ['a'] }, {}, { not: {} }], items: { enum: [2] }, additionalProperties: { enum: [3] } });
    expect(toDraft4({ additionalProperties: false })).toEqual({ additionalProperties: false });
  });

  it('refuses keywords draft 4 cannot express, naming where', () => {
    expect(() => toDraft4({ properties: { a: { prefixItems: [] } } })).toThrow(
      '#/properties/a: "prefixItems" has no JSON Schema draft 4 equivalent',
    );
    expect(() => toDraft4({ if: {}, then: {} })).toThrow(/"if"/);
  });
});

describe('registry schemas', () => {
  const schemas = registrySchemas();
  const contracts = readdirSync(new URL('../../schemas/', import.meta.url)).filter((f) =>
    f.endsWith('.v1.schema.json'),
  );

  it('one per contract file, named <source>@<title>', () => {
    expect(schemas.map((s) => s.file)).toEqual([...contracts].sort());
    expect(schemas.map((s) => s.schemaName)).toEqual(contracts.sort().map((f) => `sitrep@${f.split('.')[0]}`));
    const union = schemas.find((s) => s.title === 'DomainEvent')!;
    expect(union.detailTypes).toEqual(['DeploymentAnnounced', 'WithdrawalBegun', 'EntityDissolved']);
    expect(union.content['x-amazon-events-detail-type']).toBeUndefined();
    for (const s of schemas.filter((x) => x.title !== 'DomainEvent')) {
      expect(s.detailTypes).toEqual([s.title]);
      expect(s.content['x-amazon-events-detail-type']).toBe(s.title);
      expect(s.description.length).toBeLessThanOrEqual(256);
    }
  });

  it('are valid JSON Schema draft 4', () => {
    for (const s of schemas)
      expect(ajv.validateSchema(s.content), `${s.file}: ${JSON.stringify(ajv.errors)}`).toBe(true);
  });

  it('accept the events extracted from the examples, in their EventBridge envelope, and reject broken ones', () => {
    const text = readFileSync(new URL('../../examples/deployment.txt', import.meta.url), 'utf8');
    const events: DomainEvent[] = extractEvents({
      key: 'deployment.txt',
      text,
      published: '2025-03-04',
      contentHash: createHash('sha256').update(text).digest('hex'),
    });
    expect(events.length).toBeGreaterThan(0);
    const envelope = (detail: unknown, detailType: string = (detail as DomainEvent).type) => ({
      version: '0',
      id: '6a7e8feb-b491-4cf7-a9f1-bf3703467718',
      'detail-type': detailType,
      source: 'sitrep',
      account: '111122223333',
      time: '2025-03-04T12:00:00Z',
      region: 'eu-west-1',
      resources: [],
      detail,
    });
    const validators = new Map(schemas.map((s) => [s.title, ajv.compile(s.content)]));
    for (const event of events) {
      for (const title of [event.type, 'DomainEvent']) {
        const validate = validators.get(title)!;
        expect(validate(envelope(event)), `${title}: ${JSON.stringify(validate.errors)}`).toBe(true);
      }
      const own = validators.get(event.type)!;
      expect(own(envelope({ ...event, schemaVersion: 2 })), 'schemaVersion const').toBe(false);
      expect(own(envelope({ ...event, surprise: true })), 'additionalProperties').toBe(false);
      expect(own(envelope(event, 'SomethingElse')), 'detail-type').toBe(false);
      expect(own({ ...envelope(event), source: 'other' }), 'source').toBe(false);
      if (event.type === 'DeploymentAnnounced') {
        expect(own(envelope({ ...event, personnel: 0 })), 'personnel exclusiveMinimum 0').toBe(false);
        expect(own(envelope({ ...event, personnel: null })), 'personnel null').toBe(true);
      }
    }
  });
});
