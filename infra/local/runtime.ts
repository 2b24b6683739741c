import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';
import { createS3Client, S3ObjectStore } from '../../shared/adapters/aws/object-store.ts';
import { EVENT_SOURCE, type EventEnvelope, type LogEvent } from '../../shared/events/envelope.ts';
import type { EventStore, ReadModelStore } from '../../shared/ports.ts';
import { drainOutbox } from '../../shared/outbox/index.ts';
import type { ChangeOutcome } from '../../shared/pipeline/handle-object-change.ts';
import { handleObjectChanges } from '../../shared/pipeline/handle-object-changes.ts';
import { parseObjectChange, type ObjectChange } from '../../shared/pipeline/s3-events.ts';
import { DEFAULT_BUCKET, DEFAULT_DATA_DIR, readRuntimeFile } from './runtime-file.ts';
import { acquireDataDirLock, publishDataDirLock, releaseDataDirLock } from './data-dir-lock.ts';
import { decideDataDirHealth, listDataDir, type DataDirProblem } from './data-dir-health.ts';
import { openEmbeddedStore, storeEngineOf, type StoreCallListener, type StoreEngine } from './embedded-store.ts';
import { LocalEventBus, OUTBOX_RULE, type BatchItemFailure } from './local-bus.ts';
import { decideReconciliation, foldIngestedObject, type IngestedObject, type Reconciliation } from './reconcile.ts';
import { startS3rver, type S3Notification } from './servers.ts';

export { TABLE_PREFIX } from './embedded-store.ts';
export type { StoreCallListener, StoreEngine } from './embedded-store.ts';
const LOOPBACK = '127.0.0.1';
/** Object notices per ingest delivery (an SQS batch on AWS), and how many of them run side by side. */
const INGEST_BATCH_SIZE = 25;
const INGEST_CONCURRENCY = 4;
/** Log events per projector delivery: rows touched by several events of a batch are recomputed once. */
const PROJECT_BATCH_SIZE = 500;

export interface RuntimeOptions {
  dataDir?: string;
  bucket?: string;
  s3Port?: number;
  dynamoPort?: number;
  /** Interface of the S3 endpoint (the database endpoint always stays on loopback). */
  host?: string;
  /** Problems to open the data directory despite (`rebuild` finishes an interrupted rebuild). */
  tolerate?: Array<DataDirProblem['code']>;
  /** Called after each object change is handled (progress, logs). */
  onChange?: (key: string, outcome: ChangeOutcome | { status: 'error'; message: string }) => void;
  onDeadLetter?: (rule: string, event: EventEnvelope, error: string) => void;
  /** Events one article may state (default `DEFAULT_MAX_EVENTS_PER_ARTICLE`); more is recorded TOO_MANY_EVENTS. */
  maxEventsPerArticle?: number;
  /** Called for every store call the pipeline makes, with the items it writes and reads (benchmarks). */
  onStoreCall?: StoreCallListener;
  /** The store engine; default: the one the data directory holds, SQLite for a new one (see embedded-store.ts). */
  store?: StoreEngine;
  /** Benchmarks (with `store: 'dynalite'`): an external DynamoDB-compatible server, e.g. DynamoDB Local. */
  dynamoEndpoint?: string;
}

let defaultStoreCallListener: StoreCallListener | undefined;

/**
 * Benchmarks only: every runtime started afterwards in this process reports its store calls here, unless its options
 * name their own listener (bench/growth-child.ts measures `sitrep ingest` exactly as a user runs it).
 */
export function listenToStoreCalls(listener: StoreCallListener | undefined): void {
  defaultStoreCallListener = listener;
}

export interface Runtime {
  dataDir: string;
  bucket: string;
  /** `dynamo`: dynalite's loopback endpoint when the data directory is on dynalite. */
  endpoints: { s3: string; dynamo?: string };
  engine: StoreEngine;
  s3: S3Client;
  objects: S3ObjectStore;
  store: EventStore;
  readModels: ReadModelStore;
  bus: LocalEventBus;
  /** Resolves when every upload seen so far has gone all the way to the read models. */
  settle(): Promise<void>;
  status(): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

/**
 * The embedded default: dynalite (persistent, LevelDB) and s3rver under the data directory, the local EventBridge-like
 * bus, and the very pipeline functions Lambda runs — S3 notice → ingest → event store → outbox → bus → projections.
 * The same AWS SDK adapters as on AWS are used, pointed at the local endpoints.
 */
export async function startRuntime(opts: RuntimeOptions = {}): Promise<Runtime> {
  const dataDir = resolve(opts.dataDir ?? DEFAULT_DATA_DIR);
  await assertDataDirFree(dataDir);
  await mkdir(dataDir, { recursive: true }).catch((err: NodeJS.ErrnoException) => {
    throw Object.assign(new Error(`cannot create ${dataDir} (${err.code})`), { code: 'PERMISSION_DENIED' });
  });
  await acquireDataDirLock(dataDir);
  const problems = decideDataDirHealth(listDataDir(dataDir)).filter((p) => !opts.tolerate?.includes(p.code));
  if (problems.length) {
    await releaseDataDirLock(dataDir);
    throw Object.assign(
      new Error(`${dataDir}: ${problems[0]!.message}; run 'sitrep doctor --repair --data-dir ${dataDir}'`),
      { code: 'DATA_DIR_DAMAGED' },
    );
  }
  try {
    return await openRuntime(dataDir, opts);
  } catch (err) {
    await releaseDataDirLock(dataDir);
    throw err;
  }
}

async function openRuntime(dataDir: string, opts: RuntimeOptions): Promise<Runtime> {
  const bucket = opts.bucket ?? DEFAULT_BUCKET;
  const host = opts.host ?? LOOPBACK;
  await mkdir(join(dataDir, 's3'), { recursive: true });
  const engine = opts.store ?? storeEngineOf(dataDir);

  const onCall = opts.onStoreCall ?? defaultStoreCallListener;
  // dynalite has no authentication: it stays on loopback whatever interface the S3 endpoint and API use.
  const embedded = await openEmbeddedStore(dataDir, engine, {
    ...(opts.dynamoPort !== undefined ? { dynamoPort: opts.dynamoPort } : {}),
    ...(opts.dynamoEndpoint ? { dynamoEndpoint: opts.dynamoEndpoint } : {}),
    host: LOOPBACK,
    ...(onCall ? { onCall } : {}),
  }).catch((err: Error) => {
    throw Object.assign(new Error(`cannot open the local database in ${dataDir}: ${err.message.split('\n')[0]}`), {
      code: 'DATA_DIR_IN_USE',
    });
  });
  await publishDataDirLock(dataDir, {
    pid: process.pid,
    store: engine,
    ...(embedded.dynamoEndpoint ? { dynamoEndpoint: embedded.dynamoEndpoint } : {}),
  });
  const s3server = await startS3rver(join(dataDir, 's3'), bucket, opts.s3Port ?? 0, host).catch(
    async (err: NodeJS.ErrnoException) => {
      await embedded.close();
      throw err.code === 'EADDRINUSE'
        ? Object.assign(new Error(`S3 port ${opts.s3Port} is in use; pass --s3-port 0 for a free one`), {
            code: 'PORT_IN_USE',
          })
        : err;
    },
  );

  const s3 = createS3Client({ endpoint: s3server.endpoint });
  const objects = new S3ObjectStore(s3);
  const { store, readModels } = embedded;
  const bus = new LocalEventBus({
    ...embedded.busStorage,
    ...(opts.onDeadLetter ? { onDeadLetter: opts.onDeadLetter } : {}),
  });

  let recoveryError: string | undefined;
  // Publishing runs one drain at a time; a request during a drain schedules one more pass.
  let draining: Promise<void> | undefined;
  let again = false;
  const publish = (): Promise<void> => {
    if (draining) {
      again = true;
      return draining;
    }
    draining = (async () => {
      try {
        do {
          again = false;
          await drainOutbox(store, bus, { deadLetters: bus });
        } while (again);
      } finally {
        // Cleared in the same step that ends the loop: a request arriving later must start a new drain.
        draining = undefined;
      }
    })();
    return draining;
  };

  // S3 → EventBridge "Object Created/Deleted" → rule → ingest (as on AWS, where SQS sits in between).
  // Batches of notices, as the AWS ingest function receives them through its queue: the changes of one batch run
  // side by side (one key's in order), then one outbox drain publishes all their commits. A failed change is
  // reported alone (a partial batch failure) and retried alone.
  const limits = opts.maxEventsPerArticle ? { maxEventsPerArticle: opts.maxEventsPerArticle } : {};
  bus.addBatchRule(
    'ingest',
    { source: ['aws.s3'], 'detail-type': ['Object Created', 'Object Deleted'], detail: { bucket: { name: [bucket] } } },
    async (events) => {
      const failures: BatchItemFailure[] = [];
      const changes: Array<{ id: string; change: ObjectChange }> = [];
      for (const event of events) {
        const parsed = parseObjectChange(event);
        if ('error' in parsed) failures.push({ id: event.id, error: parsed.error });
        else changes.push({ id: event.id, change: parsed.change });
      }
      const results = await handleObjectChanges(
        { objects, store, ...limits },
        changes.map((c) => c.change),
        INGEST_CONCURRENCY,
      );
      for (const [i, result] of results.entries()) {
        const { id, change } = changes[i]!;
        if ('outcome' in result) {
          opts.onChange?.(change.notice.key, result.outcome);
          continue;
        }
        opts.onChange?.(change.notice.key, { status: 'error', message: result.error.message });
        failures.push({ id, error: result.error.message.split('\n')[0]! });
      }
      await publish();
      return failures;
    },
    { batchSize: INGEST_BATCH_SIZE },
  );
  // The projector: every Sitrep event on the bus updates the read models, in batches as the AWS projector receives
  // them through its queue: rows touched by several events of a batch are recomputed once.
  bus.addBatchRule(
    'project',
    { source: [EVENT_SOURCE] },
    async (events) => {
      await readModels.apply(events.map((e) => e.detail as LogEvent));
    },
    { batchSize: PROJECT_BATCH_SIZE },
  );

  const notices = new Set<Promise<unknown>>();
  let lastSequencer = 0n;
  const notify = (record: S3Notification['Records'][number]) => {
    // s3rver's sequencers are millisecond timestamps and can tie; ours strictly increase per process and across
    // restarts (time-based), as S3's do for one key.
    const now = BigInt(Date.now()) * 1000n;
    lastSequencer = now > lastSequencer ? now : lastSequencer + 1n;
    const created = record.eventName.startsWith('ObjectCreated');
    const p = bus
      .putEvents([
        {
          Source: 'aws.s3',
          DetailType: created ? 'Object Created' : 'Object Deleted',
          Detail: JSON.stringify({
            version: '0',
            bucket: { name: record.s3.bucket.name },
            object: {
              key: record.s3.object.key,
              ...(record.s3.object.size !== undefined ? { size: record.s3.object.size } : {}),
              ...(record.s3.object.eTag ? { etag: record.s3.object.eTag } : {}),
              sequencer: lastSequencer.toString(16).toUpperCase().padStart(16, '0'),
            },
            reason: created ? 'PutObject' : 'DeleteObject',
          }),
          Resources: [`arn:aws:s3:::${record.s3.bucket.name}`],
        },
      ])
      .finally(() => notices.delete(p));
    notices.add(p);
  };
  s3server.server.on('event', (notification: S3Notification) => notification.Records.forEach(notify));

  /**
   * What is still in flight. An upload moves notice → bus delivery (ingest) → outbox commit → bus deliveries
   * (projection), and each stage hands over before it lets go. Reading the stages in that order, one after the other,
   * cannot miss an upload; reading them at once could see the queue before a notice reached it and the notice set
   * after it left, and report idle with the upload unprocessed.
   */
  const work = async () => {
    const notified = notices.size;
    const ingesting = await bus.pendingCount();
    const outbox = (await store.pending(100)).length;
    const deliveries = await bus.pendingCount();
    return { outbox, deliveries, idle: !notified && !ingesting && !outbox && !deliveries };
  };

  const runtime: Runtime = {
    dataDir,
    bucket,
    endpoints: { s3: s3server.endpoint, ...(embedded.dynamoEndpoint ? { dynamo: embedded.dynamoEndpoint } : {}) },
    engine,
    s3,
    objects,
    store,
    readModels,
    bus,
    async settle() {
      for (;;) {
        await Promise.all([...notices]);
        await bus.idle();
        await publish();
        if ((await work()).idle) return;
      }
    },
    async status() {
      const [{ outbox, deliveries, idle }, dead] = await Promise.all([work(), bus.deadLetters()]);
      const unpublished = dead.filter((d) => d.rule === OUTBOX_RULE);
      return {
        dataDir,
        bucket,
        endpoints: runtime.endpoints,
        outbox,
        deliveries,
        deadLetters: dead.length,
        unpublished: unpublished.map((d) => ({ stream: d.commit?.stream, version: d.commit?.version, error: d.error })),
        ...(recoveryError ? { recoveryError } : {}),
        idle,
      };
    },
    async close() {
      bus.close();
      await Promise.all([...notices]).catch(() => undefined);
      await draining?.catch(() => undefined);
      await s3server.server.close();
      await embedded.close();
      s3.destroy();
      await releaseDataDirLock(dataDir);
    },
  };
  // Recover whatever a previous run left: unpublished commits and undelivered events, then uploads and deletions
  // the log never saw (acknowledged by the bucket just before a crash, or made while nothing was running). A commit
  // the bus still refuses (only transient failures remain after dead-lettering) is reported by `status`, never
  // blocks a command.
  await publish().catch((err: Error) => {
    recoveryError = err.message.split('\n')[0];
  });
  await bus.idle();
  const plan = await reconcile(objects, store, bucket);
  for (const key of plan.ingest) notify(objectRecord('ObjectCreated:Put', bucket, key));
  for (const key of plan.retract) notify(objectRecord('ObjectRemoved:Delete', bucket, key));
  return runtime;
}

/** Compares the bucket with the event log (see decideReconciliation). */
async function reconcile(objects: S3ObjectStore, store: EventStore, bucket: string): Promise<Reconciliation> {
  const contents = new Map<string, string>();
  for await (const o of objects.list(bucket)) contents.set(o.key, o.etag);
  // Folded commit by commit: memory holds one entry per object key, never the log.
  const ingested = new Map<string, IngestedObject>();
  for await (const commit of store.readAll()) foldIngestedObject(ingested, commit);
  return decideReconciliation(contents, ingested);
}

const objectRecord = (eventName: string, bucket: string, key: string): S3Notification['Records'][number] => ({
  eventName,
  s3: { bucket: { name: bucket }, object: { key } },
});

/** Refuses a data directory that a running `sitrep dev` holds (LevelDB allows one process). */
async function assertDataDirFree(dataDir: string): Promise<void> {
  const running = await readRuntimeFile(dataDir);
  if (running) {
    throw Object.assign(
      new Error(`${dataDir} is in use by sitrep dev (pid ${running.pid}); stop it or pass another --data-dir`),
      { code: 'DATA_DIR_IN_USE' },
    );
  }
}
