// `npm run bench` (second part): the embedded pipeline end to end — upload → extraction → event store → outbox →
// bus → read models — against the raw conditional-write rate of the same embedded DynamoDB, in the same run.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateTableCommand } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { createDynamoClients } from '../shared/adapters/aws/dynamo-client.ts';
import { startRuntime } from '../infra/local/runtime.ts';
import type { BenchDoc } from './corpus.ts';

process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';

export interface PipelineBench {
  articles: number;
  seconds: number;
  articlesPerSecond: number;
  pipelineWrites: number;
  pipelineWritesPerSecond: number;
  requestsByOperation: Record<string, number>;
  rawWrites: number;
  rawWritesPerSecond: number;
  ratio: number;
}

/** Ingests `docs` through the embedded pipeline and runs a raw conditional-write loop on the same store. */
export async function benchPipeline(docs: BenchDoc[], rawSeconds = 3): Promise<PipelineBench> {
  const dataDir = await mkdtemp(join(tmpdir(), 'sitrep-bench-'));
  const counts: Record<string, number> = {};
  let written = 0;
  let counting = false;
  const runtime = await startRuntime({
    dataDir,
    onDynamoCall: (op, items) => {
      if (!counting) return;
      counts[op] = (counts[op] ?? 0) + 1;
      written += items;
    },
  });
  try {
    // Raw: sequential conditional PutItem (attribute_not_exists), the same call shape as an event-store append.
    const { client, doc } = createDynamoClients({ endpoint: runtime.endpoints.dynamo });
    await client.send(
      new CreateTableCommand({
        TableName: 'bench-raw',
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
        BillingMode: 'PAY_PER_REQUEST',
      }),
    );
    let raw = 0;
    const rawStart = performance.now();
    while (performance.now() - rawStart < rawSeconds * 1000) {
      await doc.send(
        new PutCommand({
          TableName: 'bench-raw',
          Item: { pk: `k${raw}`, body: 'x'.repeat(512) },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      raw++;
    }
    const rawSecondsTaken = (performance.now() - rawStart) / 1000;

    counting = true;
    const start = performance.now();
    for (const [i, d] of docs.entries()) {
      await runtime.s3.send(
        new PutObjectCommand({
          Bucket: runtime.bucket,
          Key: `bench/${i}-${d.name}`,
          Body: d.bytes,
          Metadata: { published: '2024-01-01' },
        }),
      );
    }
    await runtime.settle();
    const seconds = (performance.now() - start) / 1000;
    counting = false;
    const pipelineWrites = written;
    const rawWritesPerSecond = raw / rawSecondsTaken;
    return {
      articles: docs.length,
      seconds,
      articlesPerSecond: docs.length / seconds,
      pipelineWrites,
      pipelineWritesPerSecond: pipelineWrites / seconds,
      requestsByOperation: counts,
      rawWrites: raw,
      rawWritesPerSecond,
      ratio: pipelineWrites / seconds / rawWritesPerSecond,
    };
  } finally {
    await runtime.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
