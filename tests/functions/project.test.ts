/**
 * The projector handler in process: envelope validation (source, detail contract, detail-type) and the read
 * models it updates (the in-memory store; the DynamoDB store runs in tests/functions/bundles.test.ts).
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { EventBridgeEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { InMemoryReadModelStore } from '../../shared/projections/in-memory-store.ts';
import { createProjectHandler, InvalidEnvelopeError, parseSitrepEnvelope } from '../../functions/lib/project.ts';
import { deployment, processed } from '../unit/projections/fixtures.ts';
import { captureOutput, logsAt, metricsOf } from './helpers/capture.ts';
import { sitrepEnvelope } from './helpers/events.ts';

function setup(readModels = new InMemoryReadModelStore()) {
  const handler = createProjectHandler({
    readModels,
    logger: new Logger({ serviceName: 'sitrep-project' }),
    metrics: new Metrics({ namespace: 'Sitrep', serviceName: 'sitrep-project' }),
  });
  return { readModels, handler };
}

describe('parseSitrepEnvelope', () => {
  const event = deployment('d1', { articleKey: 'a.txt' });

  it('returns the detail exactly as published', () => {
    const envelope = sitrepEnvelope(event, 'env-1');
    const parsed = parseSitrepEnvelope(envelope);
    expect(parsed).toEqual({ id: 'env-1', detail: event });
    expect(parsed.detail).toBe(envelope.detail);
  });

  it('refuses other sources, invalid details, mismatched detail-types and non-envelopes', () => {
    const cases: Array<[unknown, RegExp]> = [
      [{ ...sitrepEnvelope(event), source: 'aws.s3' }, /source: /],
      [sitrepEnvelope({ ...event, id: 'nope' }), /detail/],
      [
        { ...sitrepEnvelope(event), 'detail-type': 'WithdrawalBegun' },
        /detail-type "WithdrawalBegun" but detail.type "DeploymentAnnounced"/,
      ],
      [{ ...sitrepEnvelope(event), time: 'yesterday' }, /time: /],
      ['hello', /\(root\)/],
    ];
    for (const [input, reason] of cases) {
      expect(() => parseSitrepEnvelope(input)).toThrow(InvalidEnvelopeError);
      expect(() => parseSitrepEnvelope(input)).toThrow(reason);
    }
  });
});

describe('project handler', () => {
  it('applies a domain event and an article record to the read models', async () => {
    const { readModels, handler } = setup();
    const event = deployment('d1', { articleKey: 'a.txt' });
    const first = await captureOutput(() => handler(sitrepEnvelope(event)));
    const second = await captureOutput(() => handler(sitrepEnvelope(processed('a.txt', 1, [event], { title: 'T' }))));
    expect(first.error ?? second.error).toBeUndefined();
    expect(await readModels.query('timeline')).toEqual([expect.objectContaining({ id: event.id })]);
    expect(await readModels.query('articles')).toEqual([
      expect.objectContaining({ key: 'a.txt', status: 'processed' }),
    ]);
    expect(metricsOf(first.lines).get('ProjectionsApplied')).toBe(1);
    expect(logsAt(first.lines, 'INFO')[0]).toMatchObject({
      service: 'sitrep-project',
      type: 'DeploymentAnnounced',
      eventId: event.id,
      articleKey: 'a.txt',
    });
  });

  it('throws on an invalid envelope (retried, then dead-lettered: never dropped silently)', async () => {
    const { readModels, handler } = setup();
    const bad = { ...sitrepEnvelope(deployment('d1')), source: 'elsewhere' } as EventBridgeEvent<string, unknown>;
    const { error, lines } = await captureOutput(() => handler(bad));
    expect(error).toBeInstanceOf(InvalidEnvelopeError);
    expect(logsAt(lines, 'ERROR')[0]).toMatchObject({ envelopeId: bad.id, errorName: 'InvalidEnvelopeError' });
    expect(metricsOf(lines).get('ProjectionsApplied')).toBe(0);
    expect(await readModels.query('timeline')).toEqual([]);
  });

  it('throws when the read models cannot be updated', async () => {
    const failing = new InMemoryReadModelStore();
    failing.apply = async () => {
      throw Object.assign(new Error('Throughput exceeds the current capacity'), {
        name: 'ProvisionedThroughputExceededException',
      });
    };
    const { handler } = setup(failing);
    const { error } = await captureOutput(() => handler(sitrepEnvelope(deployment('d1'))));
    expect(error).toMatchObject({ name: 'ProvisionedThroughputExceededException' });
  });
});
