/**
 * One article with very many events (1 to 20,000): published through the outbox, every bus entry fits, and the
 * projections of what subscribers receive (any order) equal the projections of the log; over the event cap, the
 * article is recorded failed with TOO_MANY_EVENTS and none of its events is appended.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoClients } from '../../shared/adapters/aws/dynamo-client.ts';
import { DynamoEventStore, ensureEventStoreTable } from '../../shared/adapters/aws/event-store.ts';
import { createS3Client, S3ObjectStore } from '../../shared/adapters/aws/object-store.ts';
import { parseArticleBytes } from '../../shared/articles/index.ts';
import type { LogEvent } from '../../shared/events/envelope.ts';
import { entrySize, MAX_ENTRY_BYTES, publishCommits } from '../../shared/outbox/index.ts';
import { extractEvents } from '../../shared/extract/index.ts';
import { ingestObject } from '../../shared/pipeline/ingest.ts';
import { applyToFacts, emptyFacts, projectAll, sortedJson } from '../../shared/projections/index.ts';
import { FakeBus } from '../unit/outbox/fakes.ts';
import { deployment, processed } from '../unit/projections/fixtures.ts';
import { startDynalite, type DynamoServer } from '../integration/helpers/dynamo-servers.ts';
import { startS3rver, type StartedS3rver } from '../integration/helpers/s3-server.ts';

process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] = 'true';

const PLACES = ['Mali', 'Kosovo', 'Chad', 'Estonia', 'Latvia', 'Lithuania', 'Poland', 'Romania', 'Niger', 'Iraq'];

function bigArticle(n: number, revision: number): LogEvent[] {
  const events = Array.from({ length: n }, (_, i) =>
    deployment(`e${i}`, { articleKey: 'big.txt', location: PLACES[i % PLACES.length]!, personnel: i }),
  );
  return [...events, processed('big.txt', revision, events)];
}

describe('an article of 1 to 20,000 events through the outbox and the projections', () => {
  it('property: every entry fits, and delivered in any order the rows equal those of the log', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constantFrom(1, 20_000), fc.integer({ min: 1, max: 20_000 })),
        fc.integer({ min: 1, max: 1_000 }),
        fc.boolean(),
        async (n, seed, reversed) => {
          const log = bigArticle(n, 3);
          const bus = new FakeBus();
          await publishCommits(bus, log, { sleep: async () => {} });
          const entries = bus.calls.flat();
          for (const entry of entries) expect(entrySize(entry)).toBeLessThanOrEqual(MAX_ENTRY_BYTES);
          const delivered = entries.map((e) => JSON.parse(e.Detail) as LogEvent);
          // A rotation (and maybe a reversal) of the delivery order, with one duplicate.
          const at = seed % delivered.length;
          const order = [...delivered.slice(at), ...delivered.slice(0, at), delivered[at]!];
          if (reversed) order.reverse();
          const received = projectAll(applyToFacts(emptyFacts, order));
          expect(sortedJson(received)).toBe(sortedJson(projectAll(applyToFacts(emptyFacts, log))));
          expect(received.articles[0]?.eventCount).toBe(n);
        },
      ),
      { numRuns: 5 },
    );
  }, 300_000);
});

describe('the event cap at ingest', () => {
  const BUCKET = 'articles';
  const CAP = 5;
  let dynamo: DynamoServer;
  let s3: StartedS3rver;
  let store: DynamoEventStore;
  let objects: S3ObjectStore;

  beforeAll(async () => {
    [dynamo, s3] = await Promise.all([startDynalite(), startS3rver({ bucket: BUCKET })]);
    objects = new S3ObjectStore(createS3Client({ endpoint: s3.endpoint }));
    const { client, doc } = createDynamoClients({ endpoint: dynamo.endpoint });
    await ensureEventStoreTable(client, 'events-cap');
    store = new DynamoEventStore({ doc, tableName: 'events-cap' });
  });
  afterAll(async () => {
    await Promise.all([dynamo?.stop(), s3?.stop()]);
  });

  it('property: over the cap the article is failed with TOO_MANY_EVENTS and no event is appended', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.subarray(PLACES, { minLength: 1 }), async (places) => {
        const body = places.map((p, i) => `France deployed ${100 + i} troops to ${p} on March 2.`).join(' ');
        const text = `French deployments\n\nPARIS, March 3 (Wire) - ${body}\n`;
        const key = `cap/${++n}.txt`;
        const bytes = new TextEncoder().encode(text);
        await objects.put(BUCKET, key, bytes);
        const [parsed] = parseArticleBytes(bytes, key);
        if (!parsed || !('article' in parsed)) throw new Error(`not an article: ${text}`);
        const extracted = extractEvents({ ...parsed.article, key });
        await ingestObject({ objects, store, maxEventsPerArticle: CAP }, { bucket: BUCKET, key });
        const logged = (await store.readStream(key)).flatMap((c) => c.events);
        const record = logged.find((e) => e.type === 'ArticleProcessed');
        if (extracted.length > CAP) {
          expect(record).toMatchObject({ status: 'failed', error: { code: 'TOO_MANY_EVENTS' }, eventIds: [] });
          expect(logged).toHaveLength(1);
        } else {
          expect(record).toMatchObject({ status: 'processed' });
          expect(logged).toHaveLength(extracted.length + 1);
        }
      }),
      { numRuns: 10 },
    );
  }, 120_000);
});
