/**
 * The projector handler in process: envelope validation (source, detail contract, detail-type) and the read
 * models it updates (the in-memory store; the DynamoDB store runs in tests/functions/bundles.test.ts).
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { EventBridgeEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { InMemoryReadModelStore } from '../../shared/projections/in-memory-store.ts';
import {
  createProjectHandler,
  createProjectQueueHandler,
  InvalidEnvelopeError,
  parseSitrepEnvelope,
} from '../../functions/lib/project.ts';
import { deployment, processed } from '../unit/projections/fixtures.ts';
import { captureOutput, logsAt, metricsOf } from './helpers/capture.ts';
import { sitrepEnvelope, sqsRecord } from './helpers/events.ts';

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

describe('project queue handler (SQS batches, partial batch response)', () => {
  function queueSetup(readModels: InMemoryReadModelStore = new InMemoryReadModelStore()) {
    const calls: number[] = [];
    const apply = readModels.apply.bind(readModels);
    readModels.apply = async (events) => {
      calls.push(events.length);
      return apply(events);
    };
    const handler = createProjectQueueHandler({
      readModels,
      logger: new Logger({ serviceName: 'sitrep-project' }),
      metrics: new Metrics({ namespace: 'Sitrep', serviceName: 'sitrep-project' }),
    });
    return { readModels, handler, calls };
  }

  it('given a batch of envelopes, when handled, then they are applied together and nothing is reported', async () => {
    const { readModels, handler, calls } = queueSetup();
    const events = [deployment('d1', { articleKey: 'a.txt' }), deployment('d2', { articleKey: 'a.txt' })];
    const logged = [...events, processed('a.txt', 1, events)];
    const { result, error, lines } = await captureOutput(() =>
      handler({ Records: logged.map((e, i) => sqsRecord(sitrepEnvelope(e), `m${i}`)) }),
    );
    expect(error).toBeUndefined();
    expect(result).toEqual({ batchItemFailures: [] });
    expect(calls).toEqual([3]);
    expect((await readModels.query('timeline')).map((r) => (r as { id: string }).id).sort()).toEqual(
      events.map((e) => e.id).sort(),
    );
    expect(metricsOf(lines).get('ProjectionsApplied')).toBe(3);
  });

  it('given a record that is not a Sitrep envelope, then only it is reported and the others are applied', async () => {
    const { readModels, handler } = queueSetup();
    const good = deployment('d1', { articleKey: 'a.txt' });
    const { result, lines } = await captureOutput(() =>
      handler({
        Records: [
          sqsRecord(sitrepEnvelope(good), 'ok'),
          sqsRecord(sitrepEnvelope(processed('a.txt', 1, [good])), 'ok-record'),
          sqsRecord('not json', 'garbage'),
          sqsRecord({ ...sitrepEnvelope(good), source: 'elsewhere' }, 'foreign'),
        ],
      }),
    );
    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: 'garbage' }, { itemIdentifier: 'foreign' }] });
    expect(logsAt(lines, 'ERROR').map((l) => l.messageId)).toEqual(['garbage', 'foreign']);
    expect(await readModels.query('timeline')).toEqual([expect.objectContaining({ id: good.id })]);
  });

  it('given one event the read models refuse, when the batch fails, then each is applied alone and only it is reported', async () => {
    const poison = deployment('d2', { articleKey: 'b.txt' });
    const store = new InMemoryReadModelStore();
    const apply = store.apply.bind(store);
    store.apply = async (events) => {
      if (events.some((e) => e.id === poison.id)) throw new Error('ValidationException: item too large');
      return apply(events);
    };
    const { readModels, handler, calls } = queueSetup(store);
    const good = deployment('d1', { articleKey: 'a.txt' });
    const { result, lines } = await captureOutput(() =>
      handler({
        Records: [
          sqsRecord(sitrepEnvelope(good), 'ok'),
          sqsRecord(sitrepEnvelope(processed('a.txt', 1, [good])), 'ok-record'),
          sqsRecord(sitrepEnvelope(poison), 'bad'),
        ],
      }),
    );
    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: 'bad' }] });
    expect(calls).toEqual([3, 1, 1, 1]);
    expect(await readModels.query('timeline')).toEqual([expect.objectContaining({ id: good.id })]);
    expect(logsAt(lines, 'ERROR')[0]).toMatchObject({ messageId: 'bad', eventId: poison.id });
    expect(metricsOf(lines).get('ProjectionsApplied')).toBe(2);
  });
});
