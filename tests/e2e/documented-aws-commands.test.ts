/**
 * Every `aws` line of the README's shell blocks runs as printed (exit 0) against moto_server standing in for the
 * account: a CloudFormation stack `Sitrep` whose outputs name moto's tables, bucket, queues, bus, archive and alarm
 * topic, so the README's own `out()` helper (prefixed to each line) resolves them as it does on AWS. Lines that cannot
 * run offline are listed in EXCLUDED with the reason. Skipped with a message where moto_server or the aws CLI is
 * absent. The README asks for AWS CLI v2, which sends every service to `AWS_ENDPOINT_URL`; an `aws` v1 (pip) ignores
 * it for SQS, so an `aws` shim first on PATH adds `--endpoint-url` for SQS and runs the real CLI.
 */
import { spawnSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateArchiveCommand,
  CreateEventBusCommand,
  EventBridgeClient,
  PutRuleCommand,
} from '@aws-sdk/client-eventbridge';
import { CreateQueueCommand, GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoClients } from '../../shared/adapters/aws/dynamo-client.ts';
import { ensureEventStoreTable } from '../../shared/adapters/aws/event-store.ts';
import { createS3Client } from '../../shared/adapters/aws/object-store.ts';
import { createReadModelTables, readModelTables } from '../../shared/adapters/aws/read-model-tables.ts';
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { CHILD_ENV, ROOT, STORIES } from './helpers/cli.ts';
import { findMotoServer, startMotoServer, type MotoServer } from './helpers/moto-server.ts';

/** README `aws` lines that cannot run against moto, and why. */
const EXCLUDED: Array<{ match: RegExp; reason: string }> = [
  { match: /"\$BUS"/, reason: 'the cross-account example: $BUS is a placeholder for another account’s bus' },
];

const REGION = 'us-east-1';
const motoProgram = findMotoServer();
const awsCli = spawnSync('sh', ['-c', 'command -v aws'], { encoding: 'utf8' }).stdout.trim();
const skip = !motoProgram || !awsCli;
if (skip) {
  console.warn(
    `documented-aws-commands e2e: ${!motoProgram ? 'moto_server' : 'the aws CLI'} not found; README aws lines skipped`,
  );
}

let tmp: string;
let cwd: string;
let moto: MotoServer;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  if (skip) return;
  tmp = await mkdtemp(join(tmpdir(), 'sitrep-documented-aws-'));
  cwd = join(tmp, 'work');
  await mkdir(cwd);
  await symlink(join(ROOT, 'examples'), join(cwd, 'examples'));
  await writeFile(join(cwd, 'story.txt'), STORIES['withdraw.txt']);
  moto = await startMotoServer(motoProgram!);
  const shims = join(tmp, 'bin');
  await mkdir(shims);
  await writeFile(
    join(shims, 'aws'),
    `#!/bin/sh\nif [ "$1" = sqs ]; then exec ${awsCli} --endpoint-url "$AWS_ENDPOINT_URL" "$@"; fi\nexec ${awsCli} "$@"\n`,
  );
  await chmod(join(shims, 'aws'), 0o755);
  env = {
    ...Object.fromEntries(Object.entries(CHILD_ENV).filter(([k]) => !k.startsWith('AWS_'))),
    PATH: `${shims}:${process.env['PATH'] ?? ''}`,
    AWS_ENDPOINT_URL: moto.endpoint,
    AWS_ACCESS_KEY_ID: 'moto',
    AWS_SECRET_ACCESS_KEY: 'moto',
    AWS_DEFAULT_REGION: REGION,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
  const outputs = await createResources(moto.endpoint);
  const template = {
    Resources: { AlarmTopic: { Type: 'AWS::SNS::Topic', Properties: { TopicName: 'Sitrep-alarms' } } },
    Outputs: {
      ...Object.fromEntries(Object.entries(outputs).map(([k, v]) => [k, { Value: v }])),
      AlarmTopicArn: { Value: { Ref: 'AlarmTopic' } },
    },
  };
  await writeFile(join(tmp, 'template.json'), JSON.stringify(template));
  const created = spawnSync(
    'aws',
    [
      'cloudformation',
      'create-stack',
      '--stack-name',
      'Sitrep',
      '--template-body',
      `file://${join(tmp, 'template.json')}`,
    ],
    { env, encoding: 'utf8' },
  );
  expect(created.status, created.stderr).toBe(0);
}, 120_000);

afterAll(async () => {
  await moto?.stop();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

/** The stack's resources on moto, as the real stack's outputs name them. */
async function createResources(endpoint: string): Promise<Record<string, string>> {
  const aws = { endpoint, region: REGION, credentials: { accessKeyId: 'moto', secretAccessKey: 'moto' } };
  const { client } = createDynamoClients({ endpoint, region: REGION });
  await ensureEventStoreTable(client, 'Sitrep-events');
  await createReadModelTables(client, 'Sitrep-');
  client.destroy();
  const tables = readModelTables('Sitrep-');
  const s3 = createS3Client({ endpoint, region: REGION });
  await s3.send(new CreateBucketCommand({ Bucket: 'sitrep-articles' }));
  s3.destroy();
  const sqs = new SQSClient(aws);
  const queue = async (name: string) => {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: name }));
    const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }));
    return { url: QueueUrl!, arn: Attributes!['QueueArn']! };
  };
  const queues: Record<string, string> = {};
  for (const name of ['Ingest', 'Project', 'IngestDlq', 'PublishDlq', 'ProjectorDeliveryDlq', 'ProjectorFailureDlq']) {
    const q = await queue(`Sitrep-${name}`);
    const key = name === 'Ingest' || name === 'Project' ? `${name}Queue` : name;
    queues[`${key}Url`] = q.url;
    queues[`${key}Arn`] = q.arn;
  }
  sqs.destroy();
  const events = new EventBridgeClient(aws);
  const bus = await events.send(new CreateEventBusCommand({ Name: 'Sitrep-bus' }));
  const archive = await events.send(
    new CreateArchiveCommand({ ArchiveName: 'Sitrep-archive', EventSourceArn: bus.EventBusArn! }),
  );
  await events.send(
    new PutRuleCommand({
      Name: 'my-subscriber-rule',
      EventBusName: 'Sitrep-bus',
      EventPattern: '{"source":["sitrep"]}',
    }),
  );
  events.destroy();
  return {
    ArticlesBucketName: 'sitrep-articles',
    EventBusName: 'Sitrep-bus',
    EventBusArn: bus.EventBusArn!,
    EventArchiveArn: archive.ArchiveArn!,
    ArchiveName: 'Sitrep-archive',
    EventStoreTableName: 'Sitrep-events',
    FactsTableName: tables.facts,
    MissionsTableName: tables.missions,
    EntitiesTableName: tables.entities,
    TimelineTableName: tables.timeline,
    ArticlesTableName: tables.articles,
    ...queues,
  };
}

/** The README's shell lines (continuations joined), blocks indented in lists included. */
async function readmeShellLines(): Promise<string[]> {
  const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/^ *```sh\n([\s\S]*?)^ *```/gm)].map((m) => m[1]!);
  return blocks.flatMap((b) =>
    b
      .replace(/\\\n\s*/g, ' ')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
  );
}

describe.skipIf(skip)('documented aws commands', () => {
  it('run as printed against moto_server', async () => {
    const lines = await readmeShellLines();
    const outHelper = lines.find((l) => l.startsWith('out() {'));
    expect(outHelper, "the README's out() helper").toBeDefined();
    const commands = lines.filter((l) => l.startsWith('aws '));
    expect(commands.length).toBeGreaterThan(10);
    const failures: string[] = [];
    for (const line of commands) {
      const excluded = EXCLUDED.find((e) => e.match.test(line));
      if (excluded) {
        console.warn(`documented-aws-commands e2e: not run (${excluded.reason}): ${line}`);
        continue;
      }
      const r = spawnSync('sh', ['-c', `${outHelper}\n${line}`], { cwd, env, encoding: 'utf8', timeout: 60_000 });
      if (r.status !== 0) failures.push(`${line}\n  exit ${r.status}: ${r.stderr.trim().split('\n').at(-1)}`);
    }
    expect(failures).toEqual([]);
  }, 300_000);
});
