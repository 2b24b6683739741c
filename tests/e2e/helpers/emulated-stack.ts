/**
 * A deployed stack's tables on dynalite, its bucket on s3rver, and the `cdk deploy --outputs-file` file that names them: what the
 * `--stack` commands need, reached through `AWS_ENDPOINT_URL_DYNAMODB` and `AWS_ENDPOINT_URL_S3`. Given a moto_server, also
 * its event bus and dead-letter queues there (`AWS_ENDPOINT_URL_EVENTBRIDGE`, `AWS_ENDPOINT_URL_SQS`), named by the
 * outputs the real stack has (`EventBusName`, `IngestDlqUrl`, …).
 */
import { writeFile } from 'node:fs/promises';
import {
  CreateArchiveCommand,
  CreateEventBusCommand,
  EventBridgeClient,
  PutRuleCommand,
} from '@aws-sdk/client-eventbridge';
import { CreateQueueCommand, SQSClient } from '@aws-sdk/client-sqs';
import { createDynamoClients, type DynamoClients } from '../../../shared/adapters/aws/dynamo-client.ts';
import { ensureEventStoreTable } from '../../../shared/adapters/aws/event-store.ts';
import { createReadModelTables, readModelTables } from '../../../shared/adapters/aws/read-model-tables.ts';
import { startDynalite, type DynamoServer } from '../../integration/helpers/dynamo-servers.ts';
import { startS3rver, type StartedS3rver } from '../../integration/helpers/s3-server.ts';
import { CHILD_ENV } from './cli.ts';
import type { MotoServer } from './moto-server.ts';

/** The dead-letter queues of the real stack, by output prefix (infra/aws/stack.ts). */
export const DLQ_OUTPUTS = ['Ingest', 'Publish', 'ProjectorDelivery', 'ProjectorFailure'] as const;

export interface EmulatedAws {
  sqs: SQSClient;
  events: EventBridgeClient;
  busName: string;
  busArn: string;
  archiveArn: string;
  /** A rule on the bus that a replay may target (the README's and --help's `my-subscriber-rule`). */
  subscriberRule: string;
  /** Queue URL by output prefix (`Publish` → the PublishDlqUrl output). */
  dlqUrls: Record<(typeof DLQ_OUTPUTS)[number], string>;
  /** The source queues the DLQs are redriven to (`IngestQueueUrl`, `ProjectQueueUrl`). */
  ingestQueueUrl: string;
  projectQueueUrl: string;
}

export interface EmulatedStack {
  server: DynamoServer;
  s3: StartedS3rver;
  bucket: string;
  clients: DynamoClients;
  eventStoreTable: string;
  /** The bus and queues on moto, when started with one. */
  aws?: EmulatedAws;
  /** CHILD_ENV with the DynamoDB and S3 (and, with moto, EventBridge and SQS) endpoint overrides. */
  env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

/**
 * Starts dynalite and s3rver, creates the stack's tables (`<stack>-events`, `<stack>-missions`, …) and articles
 * bucket, and writes `outputsFile` naming them.
 */
export async function startEmulatedStack(
  stack: string,
  outputsFile: string,
  bucket = `${stack.toLowerCase()}-articles`,
  moto?: MotoServer,
): Promise<EmulatedStack> {
  const server = await startDynalite();
  const s3 = await startS3rver({ bucket });
  const clients = createDynamoClients({ endpoint: server.endpoint });
  const prefix = `${stack}-`;
  const eventStoreTable = `${prefix}events`;
  await ensureEventStoreTable(clients.client, eventStoreTable);
  await createReadModelTables(clients.client, prefix);
  const tables = readModelTables(prefix);
  const outputs = {
    ArticlesBucketName: bucket,
    EventStoreTableName: eventStoreTable,
    FactsTableName: tables.facts,
    MissionsTableName: tables.missions,
    EntitiesTableName: tables.entities,
    TimelineTableName: tables.timeline,
    ArticlesTableName: tables.articles,
  };
  const aws = moto ? await createBusAndQueues(moto, stack) : undefined;
  if (aws) {
    Object.assign(outputs, { EventBusName: aws.busName, EventBusArn: aws.busArn, EventArchiveArn: aws.archiveArn });
    for (const role of DLQ_OUTPUTS) Object.assign(outputs, { [`${role}DlqUrl`]: aws.dlqUrls[role] });
    Object.assign(outputs, { IngestQueueUrl: aws.ingestQueueUrl, ProjectQueueUrl: aws.projectQueueUrl });
  }
  await writeFile(outputsFile, JSON.stringify({ [stack]: outputs }));
  return {
    server,
    s3,
    bucket,
    clients,
    eventStoreTable,
    ...(aws ? { aws } : {}),
    env: {
      ...CHILD_ENV,
      AWS_ENDPOINT_URL_DYNAMODB: server.endpoint,
      AWS_ENDPOINT_URL_S3: s3.endpoint,
      ...(moto ? { AWS_ENDPOINT_URL_SQS: moto.endpoint, AWS_ENDPOINT_URL_EVENTBRIDGE: moto.endpoint } : {}),
    },
    stop: async () => {
      aws?.sqs.destroy();
      aws?.events.destroy();
      clients.client.destroy();
      await server.stop();
      await s3.stop();
    },
  };
}

async function createBusAndQueues(moto: MotoServer, stack: string): Promise<EmulatedAws> {
  const config = {
    endpoint: moto.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
  };
  const sqs = new SQSClient(config);
  const events = new EventBridgeClient(config);
  const busName = `${stack}-bus`;
  const { EventBusArn: busArn } = await events.send(new CreateEventBusCommand({ Name: busName }));
  const { ArchiveArn: archiveArn } = await events.send(
    new CreateArchiveCommand({ ArchiveName: `${stack}-archive`, EventSourceArn: busArn! }),
  );
  const subscriberRule = 'my-subscriber-rule';
  await events.send(
    new PutRuleCommand({
      Name: subscriberRule,
      EventBusName: busName,
      EventPattern: JSON.stringify({ source: ['sitrep'] }),
    }),
  );
  const dlqUrls = {} as EmulatedAws['dlqUrls'];
  for (const role of DLQ_OUTPUTS) {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: `${stack}-${role}Dlq` }));
    dlqUrls[role] = QueueUrl!;
  }
  const queueUrl = async (name: string) =>
    (await sqs.send(new CreateQueueCommand({ QueueName: `${stack}-${name}` }))).QueueUrl!;
  return {
    sqs,
    events,
    busName,
    busArn: busArn!,
    archiveArn: archiveArn!,
    subscriberRule,
    dlqUrls,
    ingestQueueUrl: await queueUrl('IngestQueue'),
    projectQueueUrl: await queueUrl('ProjectQueue'),
  };
}
