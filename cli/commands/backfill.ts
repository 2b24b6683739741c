import { parseArgs } from 'node:util';
import { createDynamoClients } from '../../shared/adapters/aws/dynamo-client.ts';
import { DynamoEventStore } from '../../shared/adapters/aws/event-store.ts';
import { createS3Client, S3ObjectStore } from '../../shared/adapters/aws/object-store.ts';
import { ingestObject, type IngestOutcome } from '../../shared/pipeline/ingest.ts';
import { printError, STACK_OPTIONS } from '../lib/connect.ts';
import { ProgressBar } from '../lib/progress.ts';
import { readStackTables } from '../lib/stack-outputs.ts';
import { CliUsageError } from '../usage.ts';

export const BACKFILL_HELP = `Usage: sitrep backfill --stack NAME [--prefix P] [--outputs FILE] [--region R]

Ingests the objects already in a deployed stack's articles bucket (uploaded before the stack existed, or while
its notifications were off) through the ingest core the ingest function runs, into the stack's event store; the
stack then publishes and projects them as it does any upload. Idempotent and resumable: an object whose content
the event store already holds appends nothing, so run it again after an interruption.

Options:
  --stack NAME       the deployed stack; its bucket and tables from the outputs file
  --prefix P         only keys that start with P
  --outputs FILE     'npx cdk deploy --outputs-file FILE' output (default cdk-outputs.json)
  --region R         the stack's Region (default: AWS_REGION / the profile's)

AWS_ENDPOINT_URL_S3 and AWS_ENDPOINT_URL_DYNAMODB point it at other endpoints (emulators).

Example:
  sitrep backfill --stack Sitrep --prefix news/
`;

type Tally = Record<IngestOutcome['status'] | 'failed', number>;

export async function runBackfill(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...STACK_OPTIONS, prefix: { type: 'string' } },
  });
  if (positionals.length) throw new CliUsageError(`unexpected argument '${positionals[0]}'`);
  if (!values.stack) throw new CliUsageError(`--stack NAME is required (see 'sitrep backfill --help')`);
  let resources;
  try {
    resources = readStackTables(values.outputs, values.stack);
  } catch (err) {
    return printError('backfill', err);
  }
  const region = values.region ? { region: values.region } : {};
  const s3Endpoint = process.env['AWS_ENDPOINT_URL_S3'] || undefined;
  const dynamoEndpoint = process.env['AWS_ENDPOINT_URL_DYNAMODB'] || undefined;
  const s3 = createS3Client({ ...region, ...(s3Endpoint ? { endpoint: s3Endpoint } : {}) });
  const dynamo = createDynamoClients({ ...region, ...(dynamoEndpoint ? { endpoint: dynamoEndpoint } : {}) });
  const deps = {
    objects: new S3ObjectStore({ client: s3 }),
    store: new DynamoEventStore({ doc: dynamo.doc, tableName: resources.eventStore }),
  };
  const tally: Tally = { appended: 0, duplicate: 0, stale: 0, missing: 0, failed: 0 };
  try {
    const keys: Array<{ key: string; etag: string }> = [];
    for await (const o of deps.objects.list(resources.bucket, values.prefix)) keys.push(o);
    const bar = new ProgressBar('backfill', keys.length);
    for (const [i, { key, etag }] of keys.entries()) {
      bar.update(i, key);
      try {
        tally[(await ingestObject(deps, { bucket: resources.bucket, key, etag })).status]++;
      } catch (err) {
        tally.failed++;
        process.stderr.write(`sitrep backfill: ${key}: ${(err as Error).message.split('\n')[0]}\n`);
      }
    }
    bar.done();
    process.stdout.write(
      `Backfilled ${keys.length} objects of ${resources.bucket}: ${tally.appended} ingested, ` +
        `${tally.duplicate + tally.stale} already ingested, ${tally.missing} gone, ${tally.failed} failed\n`,
    );
    return tally.failed ? 1 : 0;
  } catch (err) {
    return printError('backfill', err);
  } finally {
    s3.destroy();
    dynamo.client.destroy();
  }
}
