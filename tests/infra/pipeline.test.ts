/**
 * The CDK stack as synthesized (aws-cdk-lib/assertions) and checked by cdk-nag (AwsSolutions + Serverless).
 *
 * Two syntheses for the whole file: the app exactly as `npx cdk synth` builds it (real esbuild bundles of the four
 * handlers, the nag packs registered as validation plugins, so any unacknowledged finding fails `synth`), and a
 * variant with every option switched on (alarm topic, tracing, subscriber accounts, a `subscribe()` rule, no
 * deletion protection), without bundling.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, CfnElement, CfnResource, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { AwsSolutionsChecks, ServerlessChecks, type NagPack } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, PUBLISHED_EVENT_TYPES, SitrepPipeline, SitrepStack } from '../../infra/aws/index.ts';
import { cdkJsonContext, pipelinePropsFromContext } from '../../infra/aws/stack.ts';
import { PIPELINE_SIZING } from '../../infra/aws/pipeline.ts';
import { eventStoreTableSpec } from '../../shared/adapters/aws/event-store.ts';
import { readModelTableSpecs } from '../../shared/adapters/aws/read-model-tables.ts';
import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- synthesized CloudFormation JSON, checked by shape
type Cfn = any;
type Resource = { Type: string; Properties: Record<string, Cfn>; DeletionPolicy?: string };

const outdir = mkdtempSync(join(tmpdir(), 'sitrep-cdk-'));
let app: App;
let stack: SitrepStack;
let template: Template;
let assemblyDir: string;
let variantApp: App;
let variant: SitrepStack;
let variantTemplate: Template;

beforeAll(() => {
  ({ app, stack } = createApp({ outdir: join(outdir, 'default') }));
  assemblyDir = app.synth().directory; // throws on any unacknowledged nag finding
  template = Template.fromStack(stack);

  variantApp = new App({
    outdir: join(outdir, 'variant'),
    analyticsReporting: false,
    context: { ...cdkJsonContext(), 'aws:cdk:bundling-stacks': [] },
  });
  variant = new SitrepStack(variantApp, 'SitrepVariant', {
    pipeline: {
      alarmEmails: ['ops@example.com'],
      tracing: true,
      allowSubscribersFrom: ['111122223333', '444455556666'],
      deletionProtection: false,
      maxArticleBytes: 1_000_000,
      ingestMaxConcurrency: 3,
      reservedConcurrency: { drain: 1 },
      logRetention: RetentionDays.ONE_WEEK,
      archiveRetention: Duration.days(30),
      removalPolicy: RemovalPolicy.DESTROY,
    },
  });
  const audit = new sqs.Queue(variant, 'AuditQueue', { enforceSSL: true });
  variant.pipeline.subscribe('RussianWithdrawals', {
    eventTypes: ['WithdrawalBegun'],
    pattern: { detail: { actor: { code: ['RU'] } } },
    target: new targets.SqsQueue(audit),
  });
  Validations.of(variantApp).addPlugins(new AwsSolutionsChecks(variantApp), new ServerlessChecks(variantApp));
  Validations.of(audit).acknowledge(
    { id: 'AwsSolutions-SQS3', reason: 'a stand-in subscriber queue that only exists in this test' },
    { id: 'Serverless-SQSRedrivePolicy', reason: 'a stand-in subscriber queue that only exists in this test' },
  );
  Validations.of(variant.node.findChild('Pipeline').node.findChild('Subscriptions')).acknowledge({
    id: 'Serverless-EventBusDLQ',
    reason: 'a stand-in subscriber rule that only exists in this test',
  });
  variantApp.synth();
  variantTemplate = Template.fromStack(variant);
});

afterAll(() => rmSync(outdir, { recursive: true, force: true }));

function resources(t: Template, type: string): Record<string, Resource> {
  return t.findResources(type) as Record<string, Resource>;
}

/** The logical id of the CloudFormation resource of the construct at `path` (e.g. `Pipeline/Articles`) in `s`. */
function logicalId(s: Stack, type: string, path: string): string {
  let node: IConstruct = s;
  for (const part of path.split('/')) node = node.node.findChild(part);
  const element = node instanceof CfnElement ? node : node.node.defaultChild;
  if (!(element instanceof CfnResource) || element.cfnResourceType !== type) {
    throw new Error(`${path} is not a ${type}`);
  }
  return s.getLogicalId(element);
}

const id = (type: string, suffix: string) => logicalId(stack, type, suffix);
const fnId = (name: string) => id('AWS::Lambda::Function', `Pipeline/${name}`);
const queueId = (name: string) => id('AWS::SQS::Queue', `Pipeline/${name}`);
const arnOf = (logical: string) => ({ 'Fn::GetAtt': [logical, 'Arn'] });

describe('articles bucket', () => {
  it('is versioned, private, encrypted, SSL-only, logs access to a separate bucket and notifies EventBridge', () => {
    const articles = id('AWS::S3::Bucket', 'Pipeline/Articles');
    const logs = id('AWS::S3::Bucket', 'Pipeline/AccessLogs');
    template.hasResource('AWS::S3::Bucket', {
      Properties: {
        VersioningConfiguration: { Status: 'Enabled' },
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
        },
        LoggingConfiguration: { DestinationBucketName: { Ref: logs }, LogFilePrefix: 'articles/' },
        NotificationConfiguration: { EventBridgeConfiguration: { EventBridgeEnabled: true } },
      },
      DeletionPolicy: 'Retain',
    });
    expect(resources(template, 'AWS::S3::Bucket')[articles]!.Properties.NotificationConfiguration).toBeDefined();
    // Both buckets deny plain HTTP.
    for (const bucket of [articles, logs]) {
      template.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: { Ref: bucket },
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Effect: 'Deny',
              Action: 's3:*',
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            }),
          ]),
        },
      });
    }
    // No custom resource (and its singleton function) manages the notification.
    expect(Object.keys(resources(template, 'Custom::S3BucketNotifications'))).toEqual([]);
  });
});

describe('ingestion', () => {
  it('routes S3 Object Created/Deleted of this bucket from the default bus to the ingest queue', () => {
    const rules = Object.values(resources(template, 'AWS::Events::Rule')).filter(
      (r) => r.Properties.EventPattern?.source?.[0] === 'aws.s3',
    );
    expect(rules).toHaveLength(1);
    const rule = rules[0]!.Properties;
    expect(rule.EventBusName).toBeUndefined(); // the default bus
    expect(rule.EventPattern).toEqual({
      source: ['aws.s3'],
      'detail-type': ['Object Created', 'Object Deleted'],
      detail: { bucket: { name: [{ Ref: id('AWS::S3::Bucket', 'Pipeline/Articles') }] } },
    });
    expect(rule.Targets).toEqual([
      expect.objectContaining({
        Arn: arnOf(queueId('IngestQueue')),
        DeadLetterConfig: { Arn: arnOf(queueId('IngestDlq')) },
        RetryPolicy: { MaximumRetryAttempts: 185, MaximumEventAgeInSeconds: 86400 },
      }),
    ]);
  });

  it('has an ingest queue with a DLQ redrive and a visibility timeout of six times the function timeout', () => {
    const queue = resources(template, 'AWS::SQS::Queue')[queueId('IngestQueue')]!.Properties;
    const fn = resources(template, 'AWS::Lambda::Function')[fnId('Ingest')]!.Properties;
    expect(queue.VisibilityTimeout).toBeGreaterThanOrEqual(6 * fn.Timeout);
    expect(queue.RedrivePolicy).toEqual({ deadLetterTargetArn: arnOf(queueId('IngestDlq')), maxReceiveCount: 5 });
  });

  it('feeds the ingest function in batches with partial batch responses and bounded concurrency', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: arnOf(queueId('IngestQueue')),
      FunctionName: { Ref: fnId('Ingest') },
      BatchSize: 5,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 5 },
    });
    variantTemplate.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      ScalingConfig: { MaximumConcurrency: 3 },
    });
  });

  it('has a project queue with the projector-failure DLQ as redrive and six times the function timeout', () => {
    const queue = resources(template, 'AWS::SQS::Queue')[queueId('ProjectQueue')]!.Properties;
    const fn = resources(template, 'AWS::Lambda::Function')[fnId('Project')]!.Properties;
    expect(queue.VisibilityTimeout).toBeGreaterThanOrEqual(6 * fn.Timeout);
    expect(queue.RedrivePolicy).toEqual({
      deadLetterTargetArn: arnOf(queueId('ProjectorFailureDlq')),
      maxReceiveCount: 5,
    });
  });

  it('feeds the projector in batches (one invocation per batch) with partial batch responses', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: arnOf(queueId('ProjectQueue')),
      FunctionName: { Ref: fnId('Project') },
      BatchSize: PIPELINE_SIZING.project.batchSize,
      MaximumBatchingWindowInSeconds: PIPELINE_SIZING.project.batchingWindowSeconds,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
  });
});

describe('queues', () => {
  it('are all encrypted (SSE-SQS) and deny requests without SSL', () => {
    const queues = resources(template, 'AWS::SQS::Queue');
    expect(Object.keys(queues)).toHaveLength(6);
    for (const [logical, queue] of Object.entries(queues)) {
      expect(queue.Properties.SqsManagedSseEnabled, logical).toBe(true);
      template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: logical }],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      });
    }
  });

  it('keep dead letters for 14 days', () => {
    for (const dlq of ['IngestDlq', 'PublishDlq', 'ProjectorDeliveryDlq', 'ProjectorFailureDlq']) {
      expect(resources(template, 'AWS::SQS::Queue')[queueId(dlq)]!.Properties.MessageRetentionPeriod, dlq).toBe(
        14 * 86400,
      );
    }
  });
});

/** The CloudFormation properties a CreateTable spec implies (sorted where order does not matter). */
function expectedTable(spec: CreateTableCommandInput) {
  const byName = (a: { AttributeName?: string }, b: { AttributeName?: string }) =>
    String(a.AttributeName).localeCompare(String(b.AttributeName));
  return {
    KeySchema: spec.KeySchema,
    AttributeDefinitions: [...(spec.AttributeDefinitions ?? [])].sort(byName),
    GlobalSecondaryIndexes: spec.GlobalSecondaryIndexes
      ? [...spec.GlobalSecondaryIndexes].sort((a, b) => String(a.IndexName).localeCompare(String(b.IndexName)))
      : undefined,
  };
}

function actualTable(props: Record<string, Cfn>) {
  const byName = (a: { AttributeName?: string }, b: { AttributeName?: string }) =>
    String(a.AttributeName).localeCompare(String(b.AttributeName));
  return {
    KeySchema: props.KeySchema,
    AttributeDefinitions: [...props.AttributeDefinitions].sort(byName),
    GlobalSecondaryIndexes: props.GlobalSecondaryIndexes
      ? [...props.GlobalSecondaryIndexes].sort((a: Cfn, b: Cfn) => String(a.IndexName).localeCompare(b.IndexName))
      : undefined,
  };
}

describe('tables', () => {
  const tables = () => resources(template, 'AWS::DynamoDB::Table');

  it('event store: keys and GSIs exactly as eventStoreTableSpec, with its NEW_IMAGE stream', () => {
    const spec = eventStoreTableSpec('events');
    const table = tables()[id('AWS::DynamoDB::Table', 'Pipeline/EventStore')]!.Properties;
    expect(actualTable(table)).toEqual(expectedTable(spec));
    expect(table.StreamSpecification).toEqual({ StreamViewType: 'NEW_IMAGE' });
    expect(spec.StreamSpecification).toEqual({ StreamEnabled: true, StreamViewType: 'NEW_IMAGE' });
  });

  it('read models: one table per readModelTableSpecs entry, keys and GSIs exactly as specified', () => {
    const specs = readModelTableSpecs('');
    expect(specs.map((s) => s.TableName).sort()).toEqual(['articles', 'entities', 'facts', 'missions', 'timeline']);
    for (const spec of specs) {
      const name = spec.TableName!;
      const construct = `${name[0]!.toUpperCase()}${name.slice(1)}Table`;
      const table = tables()[id('AWS::DynamoDB::Table', `Pipeline/${construct}`)]!.Properties;
      expect(actualTable(table), name).toEqual(expectedTable(spec));
      expect(table.StreamSpecification, name).toBeUndefined();
    }
    expect(Object.keys(tables())).toHaveLength(6);
  });

  it('are on-demand, with point-in-time recovery, deletion protection and retained on removal', () => {
    for (const [logical, table] of Object.entries(tables())) {
      expect(table.Properties.BillingMode, logical).toBe('PAY_PER_REQUEST');
      expect(table.Properties.PointInTimeRecoverySpecification, logical).toEqual({
        PointInTimeRecoveryEnabled: true,
      });
      expect(table.Properties.DeletionProtectionEnabled, logical).toBe(true);
      expect(table.DeletionPolicy, logical).toBe('Retain');
    }
  });

  it('deletion protection is configurable', () => {
    for (const table of Object.values(resources(variantTemplate, 'AWS::DynamoDB::Table'))) {
      expect(table.Properties.DeletionProtectionEnabled).toBe(false);
    }
  });
});

describe('outbox publishing', () => {
  it('reads the event store stream from the trim horizon, bisecting, retrying and dead-lettering failures', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [id('AWS::DynamoDB::Table', 'Pipeline/EventStore'), 'StreamArn'] },
      FunctionName: { Ref: fnId('Publish') },
      StartingPosition: 'TRIM_HORIZON',
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 10,
      MaximumRecordAgeInSeconds: 3600,
      ParallelizationFactor: 1,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      DestinationConfig: { OnFailure: { Destination: arnOf(queueId('PublishDlq')) } },
      FilterCriteria: { Filters: [{ Pattern: JSON.stringify({ eventName: ['INSERT'] }) }] },
    });
  });

  it('sweeps the outbox every 5 minutes with the drain function', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(5 minutes)',
      Targets: [Match.objectLike({ Arn: arnOf(fnId('Drain')) })],
    });
  });
});

describe('bus', () => {
  const busId = () => id('AWS::Events::EventBus', 'Pipeline/Bus');

  it('archives every Sitrep event for replay, 365 days by default', () => {
    template.hasResourceProperties('AWS::Events::Archive', {
      SourceArn: arnOf(busId()),
      EventPattern: { source: ['sitrep'] },
      RetentionDays: 365,
    });
  });

  it('routes every published event type to the project queue, with retries, a maximum age and a DLQ', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      EventBusName: { Ref: busId() },
      EventPattern: { source: ['sitrep'], 'detail-type': [...PUBLISHED_EVENT_TYPES] },
      Targets: [
        Match.objectLike({
          Arn: arnOf(queueId('ProjectQueue')),
          RetryPolicy: { MaximumRetryAttempts: 185, MaximumEventAgeInSeconds: 86400 },
          DeadLetterConfig: { Arn: arnOf(queueId('ProjectorDeliveryDlq')) },
        }),
      ],
    });
    expect(PUBLISHED_EVENT_TYPES).toEqual([
      'DeploymentAnnounced',
      'WithdrawalBegun',
      'EntityDissolved',
      'ArticleProcessed',
      'ArticleDeleted',
    ]);
  });

  it('invokes the projector only through its queue (no asynchronous invoke configuration)', () => {
    expect(Object.keys(resources(template, 'AWS::Lambda::EventInvokeConfig'))).toEqual([]);
  });

  it('has no resource policy unless subscriber accounts are allowed', () => {
    expect(Object.keys(resources(template, 'AWS::Events::EventBusPolicy'))).toEqual([]);
  });

  it('lets allowed accounts manage only their own rules on this bus', () => {
    const busLogical = logicalId(variant, 'AWS::Events::EventBus', 'Pipeline/Bus');
    variantTemplate.hasResourceProperties('AWS::Events::EventBusPolicy', {
      EventBusName: { Ref: busLogical },
      Statement: {
        Effect: 'Allow',
        Principal: {
          AWS: [
            { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::111122223333:root']] },
            { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::444455556666:root']] },
          ],
        },
        Action: [
          'events:PutRule',
          'events:DeleteRule',
          'events:DescribeRule',
          'events:DisableRule',
          'events:EnableRule',
          'events:PutTargets',
          'events:RemoveTargets',
        ],
        Resource: {
          'Fn::Join': [
            '',
            [
              'arn:',
              { Ref: 'AWS::Partition' },
              ':events:',
              { Ref: 'AWS::Region' },
              ':',
              { Ref: 'AWS::AccountId' },
              ':rule/',
              { Ref: busLogical },
              '/*',
            ],
          ],
        },
        Condition: { StringEqualsIfExists: { 'events:creatorAccount': '${aws:PrincipalAccount}' } },
      },
    });
  });
});

describe('schema registry', () => {
  it('is readable (read-only APIs) by the allowed subscriber accounts, and only then', () => {
    template.resourceCountIs('AWS::EventSchemas::RegistryPolicy', 0);
    const registry = logicalId(variant, 'AWS::EventSchemas::Registry', 'Pipeline/SchemaRegistry');
    variantTemplate.hasResourceProperties('AWS::EventSchemas::RegistryPolicy', {
      RegistryName: { 'Fn::GetAtt': [registry, 'RegistryName'] },
      Policy: {
        Statement: [
          Match.objectLike({
            Effect: 'Allow',
            Principal: { AWS: ['111122223333', '444455556666'] },
            Action: [
              'schemas:DescribeRegistry',
              'schemas:ListSchemas',
              'schemas:SearchSchemas',
              'schemas:DescribeSchema',
              'schemas:ListSchemaVersions',
              'schemas:DescribeCodeBinding',
              'schemas:GetCodeBindingSource',
            ],
            Resource: [{ 'Fn::GetAtt': [registry, 'RegistryArn'] }, Match.anyValue()],
          }),
        ],
      },
    });
  });

  const contracts = readdirSync(new URL('../../schemas/', import.meta.url)).filter((f) =>
    f.endsWith('.v1.schema.json'),
  );

  it('is one registry with one JSONSchemaDraft4 schema per schemas/*.v1.schema.json contract', () => {
    template.resourceCountIs('AWS::EventSchemas::Registry', 1);
    const schemas = Object.values(resources(template, 'AWS::EventSchemas::Schema'));
    expect(schemas.map((s) => s.Properties.SchemaName).sort()).toEqual(
      contracts.map((f) => `sitrep@${f.replace('.v1.schema.json', '')}`).sort(),
    );
    const registry = id('AWS::EventSchemas::Registry', 'Pipeline/SchemaRegistry');
    for (const schema of schemas) {
      expect(schema.Properties.Type).toBe('JSONSchemaDraft4');
      expect(schema.Properties.RegistryName).toEqual({ 'Fn::GetAtt': [registry, 'RegistryName'] });
      const content = JSON.parse(schema.Properties.Content as string) as Record<string, Cfn>;
      expect(content.$schema).toBe('http://json-schema.org/draft-04/schema#');
      expect(content['x-amazon-events-source']).toBe('sitrep');
      // Nothing draft 4 does not know is left anywhere in the document.
      expect(schema.Properties.Content).not.toMatch(/"(\$id|\$defs|const)"\s*:/);
    }
  });
});

describe('functions', () => {
  const functions = () => resources(template, 'AWS::Lambda::Function');

  it('are the four handlers, on nodejs24.x and arm64, with explicit memory, timeout and log group', () => {
    expect(Object.keys(functions())).toHaveLength(4);
    for (const name of ['Ingest', 'Publish', 'Project', 'Drain']) {
      const fn = functions()[fnId(name)]!.Properties;
      expect(fn.Runtime, name).toBe('nodejs24.x');
      expect(fn.Architectures, name).toEqual(['arm64']);
      expect(fn.Handler, name).toBe('index.handler');
      expect(fn.MemorySize, name).toBeGreaterThanOrEqual(512);
      expect(fn.Timeout, name).toBeGreaterThan(3);
      expect(fn.LoggingConfig, name).toEqual({
        LogGroup: { Ref: id('AWS::Logs::LogGroup', `Pipeline/${name}Logs`) },
      });
      expect(fn.TracingConfig, name).toBeUndefined(); // X-Ray off by default
    }
    for (const fn of Object.values(resources(variantTemplate, 'AWS::Lambda::Function'))) {
      expect(fn.Properties.TracingConfig).toEqual({ Mode: 'Active' });
    }
  });

  it('get exactly the environment their handlers read, and no secrets', () => {
    const env = (name: string) => functions()[fnId(name)]!.Properties.Environment.Variables as Record<string, Cfn>;
    const eventStore = { Ref: id('AWS::DynamoDB::Table', 'Pipeline/EventStore') };
    const bus = { Ref: id('AWS::Events::EventBus', 'Pipeline/Bus') };
    const powertools = (name: string) => ({
      POWERTOOLS_SERVICE_NAME: `sitrep-${name}`,
      POWERTOOLS_METRICS_NAMESPACE: 'Sitrep',
    });
    expect(env('Ingest')).toEqual({ EVENTS_TABLE: eventStore, ...powertools('ingest') });
    expect(env('Publish')).toEqual({ EVENTS_TABLE: eventStore, EVENT_BUS_NAME: bus, ...powertools('publish') });
    expect(env('Drain')).toEqual({ EVENTS_TABLE: eventStore, EVENT_BUS_NAME: bus, ...powertools('drain') });
    const project = env('Project');
    expect(Object.keys(project).sort()).toEqual([
      'POWERTOOLS_METRICS_NAMESPACE',
      'POWERTOOLS_SERVICE_NAME',
      'READ_MODEL_TABLES',
    ]);
    // READ_MODEL_TABLES is JSON {facts, missions, entities, timeline, articles} of the tables' names.
    const joined = JSON.stringify(project.READ_MODEL_TABLES);
    for (const name of ['facts', 'missions', 'entities', 'timeline', 'articles']) {
      const construct = `${name[0]!.toUpperCase()}${name.slice(1)}Table`;
      expect(joined).toContain(`\\"${name}\\":\\"`);
      expect(joined).toContain(id('AWS::DynamoDB::Table', `Pipeline/${construct}`));
    }
    const variantIngest = Object.values(resources(variantTemplate, 'AWS::Lambda::Function')).find(
      (f) => f.Properties.Environment.Variables.POWERTOOLS_SERVICE_NAME === 'sitrep-ingest',
    );
    expect(variantIngest!.Properties.Environment.Variables.MAX_ARTICLE_BYTES).toBe('1000000');
    for (const fn of Object.values(functions())) {
      for (const key of Object.keys(fn.Properties.Environment.Variables)) {
        expect(key).not.toMatch(/SECRET|PASSWORD|TOKEN|ACCESS_KEY|CREDENTIAL/i);
      }
    }
  });

  it('log to their own log group with a retention', () => {
    const groups = Object.values(resources(template, 'AWS::Logs::LogGroup'));
    expect(groups).toHaveLength(4);
    for (const group of groups) expect(group.Properties.RetentionInDays).toBe(30);
  });

  it('are built from the real handlers by local esbuild (one ESM bundle per function)', () => {
    for (const name of ['Ingest', 'Publish', 'Project', 'Drain']) {
      const key = String(functions()[fnId(name)]!.Properties.Code.S3Key);
      const dir = join(assemblyDir, `asset.${key.replace(/\.zip$/, '')}`);
      expect(existsSync(join(dir, 'index.mjs')), name).toBe(true);
      expect(statSync(join(dir, 'index.mjs')).size, name).toBeGreaterThan(10_000);
    }
  });
});

describe('IAM', () => {
  const statements = (t: Template) =>
    Object.values(resources(t, 'AWS::IAM::Policy')).flatMap((p) => p.Properties.PolicyDocument.Statement as Cfn[]);
  const list = (x: unknown) => (Array.isArray(x) ? x : [x]);

  it('grants no wildcard action anywhere (not even s3:GetObject*-style)', () => {
    for (const t of [template, variantTemplate]) {
      for (const statement of statements(t)) {
        for (const action of list(statement.Action)) expect(action).not.toContain('*');
      }
    }
  });

  it('uses `*` resources only where the action has no resource-level permissions', () => {
    const star = statements(template).filter((s) => list(s.Resource).includes('*'));
    expect(star.map((s) => s.Action)).toEqual(['dynamodb:ListStreams']);
    const variantStar = statements(variantTemplate).filter((s) => list(s.Resource).includes('*'));
    for (const s of variantStar) {
      for (const action of list(s.Action)) {
        expect(['dynamodb:ListStreams', 'xray:PutTraceSegments', 'xray:PutTelemetryRecords']).toContain(action);
      }
    }
  });

  it('attaches no AWS managed policies to the function roles', () => {
    for (const role of Object.values(resources(template, 'AWS::IAM::Role'))) {
      expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    }
  });

  it('gives each function only what it needs, on its tables (not their indexes) unless it queries one', () => {
    const policyOf = (name: string) => {
      const role = id('AWS::IAM::Role', `Pipeline/${name}Role`);
      const policy = Object.values(resources(template, 'AWS::IAM::Policy')).find((p) =>
        p.Properties.Roles.some((r: Cfn) => r.Ref === role),
      );
      return policy!.Properties.PolicyDocument.Statement as Cfn[];
    };
    const actions = (name: string) =>
      policyOf(name)
        .flatMap((s) => list(s.Action))
        .sort();
    const logs = ['logs:CreateLogStream', 'logs:PutLogEvents'];
    const store = id('AWS::DynamoDB::Table', 'Pipeline/EventStore');
    expect(actions('Publish')).toEqual(
      [
        ...logs,
        'dynamodb:DescribeStream',
        'dynamodb:GetRecords',
        'dynamodb:GetShardIterator',
        'dynamodb:ListStreams',
        'dynamodb:UpdateItem',
        'events:PutEvents',
        'sqs:GetQueueAttributes',
        'sqs:GetQueueUrl',
        'sqs:SendMessage',
      ].sort(),
    );
    expect(actions('Ingest')).toEqual(
      [
        ...logs,
        'dynamodb:GetItem',
        'dynamodb:PutItem',
        'dynamodb:Query',
        's3:GetObject',
        's3:GetObjectVersion',
        's3:ListBucket',
        'sqs:ChangeMessageVisibility',
        'sqs:DeleteMessage',
        'sqs:GetQueueAttributes',
        'sqs:GetQueueUrl',
        'sqs:ReceiveMessage',
      ].sort(),
    );
    expect(actions('Drain')).toEqual(
      [...logs, 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:UpdateItem', 'events:PutEvents'].sort(),
    );
    expect(policyOf('Drain')).toContainEqual(
      expect.objectContaining({
        Action: 'dynamodb:Query',
        Resource: { 'Fn::Join': ['', [arnOf(store), '/index/outbox']] },
      }),
    );
    expect(actions('Project')).not.toContain('s3:GetObject');
    expect(actions('Project')).not.toContain('events:PutEvents');
    // Only the drain's outbox Query names an index; nothing is granted on `<table>/index/*`.
    for (const name of ['Ingest', 'Publish', 'Project', 'Drain']) {
      expect(JSON.stringify(policyOf(name)), name).not.toContain('/index/*');
    }
  });
});

describe('alarms', () => {
  const alarms = (t: Template) => Object.values(resources(t, 'AWS::CloudWatch::Alarm')).map((a) => a.Properties);

  it('watch every DLQ’s depth and every function’s errors and throttles (12 alarms)', () => {
    const all = alarms(template);
    expect(all).toHaveLength(12);
    for (const alarm of all) {
      expect(alarm.Threshold).toBe(0);
      expect(alarm.ComparisonOperator).toBe('GreaterThanThreshold');
      expect(alarm.TreatMissingData).toBe('notBreaching');
      expect(alarm.AlarmActions).toBeUndefined();
    }
    const dlqAlarms = all.filter((a) => a.MetricName === 'ApproximateNumberOfMessagesVisible');
    expect(dlqAlarms.map((a) => a.Dimensions[0].Value['Fn::GetAtt'][0]).sort()).toEqual(
      ['IngestDlq', 'PublishDlq', 'ProjectorDeliveryDlq', 'ProjectorFailureDlq'].map(queueId).sort(),
    );
    for (const metric of ['Errors', 'Throttles']) {
      const fnAlarms = all.filter((a) => a.MetricName === metric && a.Namespace === 'AWS/Lambda');
      expect(fnAlarms.map((a) => a.Dimensions[0].Value.Ref).sort(), metric).toEqual(
        ['Ingest', 'Publish', 'Project', 'Drain'].map(fnId).sort(),
      );
    }
  });

  it('notify an encrypted, SSL-only topic when alarm e-mails are given', () => {
    const topic = logicalId(variant, 'AWS::SNS::Topic', 'Pipeline/AlarmTopic');
    for (const alarm of alarms(variantTemplate)) {
      expect(alarm.AlarmActions).toEqual([{ Ref: topic }]);
      expect(alarm.OKActions).toEqual([{ Ref: topic }]);
    }
    variantTemplate.hasResourceProperties('AWS::SNS::Topic', {
      KmsMasterKeyId: { 'Fn::GetAtt': [logicalId(variant, 'AWS::KMS::Key', 'Pipeline/AlarmTopicKey'), 'Arn'] },
    });
    variantTemplate.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
    variantTemplate.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'ops@example.com' });
    variantTemplate.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
  });
});

describe('subscribe()', () => {
  it('adds a rule on the bus: source sitrep, the event types as detail-type, the pattern merged', () => {
    const busLogical = logicalId(variant, 'AWS::Events::EventBus', 'Pipeline/Bus');
    variantTemplate.hasResourceProperties('AWS::Events::Rule', {
      EventBusName: { Ref: busLogical },
      EventPattern: { source: ['sitrep'], 'detail-type': ['WithdrawalBegun'], detail: { actor: { code: ['RU'] } } },
      Targets: [Match.objectLike({ Arn: arnOf(logicalId(variant, 'AWS::SQS::Queue', 'AuditQueue')) })],
    });
  });

  it('refuses unknown event types, an empty list, and eventTypes together with pattern.detailType', () => {
    // The checks run before anything is added: the target can live in a throwaway app.
    const target = new targets.SqsQueue(
      new sqs.Queue(new Stack(new App({ outdir: join(outdir, 'scratch') }), 'Scratch'), 'Unused'),
    );
    expect(() => variant.pipeline.subscribe('A', { eventTypes: ['WithdrawalBegan'], target })).toThrow(
      /unknown event type\(s\) WithdrawalBegan/,
    );
    expect(() => variant.pipeline.subscribe('B', { eventTypes: [], target })).toThrow(/empty/);
    expect(() =>
      variant.pipeline.subscribe('C', { eventTypes: ['WithdrawalBegun'], pattern: { detailType: ['X'] }, target }),
    ).toThrow(/not both/);
  });
});

describe('options', () => {
  it('set log retention, archive retention, reserved concurrency and the removal policy of stateful resources', () => {
    for (const group of Object.values(resources(variantTemplate, 'AWS::Logs::LogGroup'))) {
      expect(group.Properties.RetentionInDays).toBe(7);
    }
    variantTemplate.hasResourceProperties('AWS::Events::Archive', { RetentionDays: 30 });
    const reserved = Object.values(resources(variantTemplate, 'AWS::Lambda::Function')).filter(
      (f) => f.Properties.ReservedConcurrentExecutions !== undefined,
    );
    expect(
      reserved.map((f) => [
        f.Properties.Environment.Variables.POWERTOOLS_SERVICE_NAME,
        f.Properties.ReservedConcurrentExecutions,
      ]),
    ).toEqual([['sitrep-drain', 1]]);
    expect(
      Object.values(resources(template, 'AWS::Lambda::Function')).filter(
        (f) => f.Properties.ReservedConcurrentExecutions !== undefined,
      ),
    ).toEqual([]);
    for (const type of ['AWS::S3::Bucket', 'AWS::DynamoDB::Table']) {
      for (const r of Object.values(resources(variantTemplate, type))) expect(r.DeletionPolicy, type).toBe('Delete');
      for (const r of Object.values(resources(template, type))) expect(r.DeletionPolicy, type).toBe('Retain');
    }
  });

  it('work as a library: nag-clean in a bare app with none of cdk.json’s feature flags', () => {
    const bare = new App({ outdir: join(outdir, 'bare'), context: { 'aws:cdk:bundling-stacks': [] } });
    new SitrepPipeline(new Stack(bare, 'Consumer'), 'Sitrep');
    for (const pack of [new AwsSolutionsChecks(bare), new ServerlessChecks(bare)]) {
      expect(pack.validateScope(bare).violations.map((v) => v.ruleName)).toEqual([]);
    }
    expect(() => bare.synth()).not.toThrow();
  });

  it('ingest from an existing bucket under a prefix: no bucket created, the rule and the read grant keep to it', () => {
    const bare = new App({ outdir: join(outdir, 'existing'), context: { 'aws:cdk:bundling-stacks': [] } });
    const consumer = new Stack(bare, 'Consumer');
    const bucket = s3.Bucket.fromBucketName(consumer, 'Existing', 'newsroom-archive');
    new SitrepPipeline(consumer, 'Sitrep', { articlesBucket: bucket, articlesPrefix: 'news/' });
    for (const pack of [new AwsSolutionsChecks(bare), new ServerlessChecks(bare)]) {
      expect(pack.validateScope(bare).violations.map((v) => v.ruleName)).toEqual([]);
    }
    const t = Template.fromStack(consumer);
    t.resourceCountIs('AWS::S3::Bucket', 0);
    t.hasResourceProperties('AWS::Events::Rule', {
      EventPattern: {
        source: ['aws.s3'],
        detail: { bucket: { name: ['newsroom-archive'] }, object: { key: [{ prefix: 'news/' }] } },
      },
    });
    const reads = Object.values(resources(t, 'AWS::IAM::Policy'))
      .flatMap((p) => p.Properties.PolicyDocument.Statement as Cfn[])
      .filter((st) => st.Sid === 'ReadArticleVersions');
    expect(reads).toHaveLength(1);
    expect(JSON.stringify(reads[0].Resource)).toContain(':s3:::newsroom-archive/news/*');
  });

  it('read deploy-time context values, refusing a malformed one with one line naming the key', () => {
    const fromContext = (context: Record<string, string>) =>
      pipelinePropsFromContext(
        new App({ outdir: join(outdir, 'context'), context: { ...context, 'aws:cdk:bundling-stacks': [] } }),
      );
    expect(
      fromContext({
        tracing: 'true',
        archiveRetention: '30',
        ingestMaxConcurrency: '50',
        reservedConcurrency: 'drain=1, ingest=20',
        removalPolicy: 'destroy',
      }),
    ).toEqual({
      tracing: true,
      archiveRetention: Duration.days(30),
      ingestMaxConcurrency: 50,
      reservedConcurrency: { drain: 1, ingest: 20 },
      removalPolicy: RemovalPolicy.DESTROY,
    });
    expect(() => fromContext({ tracing: 'yes' })).toThrow('context tracing=yes: expected true or false');
    expect(() => fromContext({ archiveRetention: '1y' })).toThrow(
      'context archiveRetention=1y: expected a whole number',
    );
    expect(() => fromContext({ removalPolicy: 'keep' })).toThrow(
      /^context removalPolicy=keep: expected retain or destroy$/,
    );
    expect(() => fromContext({ reservedConcurrency: 'nope=3' })).toThrow(/^context reservedConcurrency=nope=3: /);
  });

  it('validates what CloudFormation would only reject at deploy time', () => {
    expect(
      () =>
        new SitrepStack(new App({ outdir: join(outdir, 'refused') }), 'A', { pipeline: { ingestMaxConcurrency: 1 } }),
    ).toThrow(/2\.\.1000/);
    expect(
      () =>
        new SitrepStack(new App({ outdir: join(outdir, 'refused') }), 'B', {
          pipeline: { allowSubscribersFrom: ['1234'] },
        }),
    ).toThrow(/12-digit/);
  });
});

describe('outputs', () => {
  it('name the bucket, bus, archive, tables, ingest queue, DLQs (URL and ARN) and schema registry', () => {
    expect(Object.keys(template.toJSON().Outputs).sort()).toEqual(
      [
        'ArticlesBucketName',
        'EventBusName',
        'EventBusArn',
        'SchemaRegistryName',
        'EventArchiveArn',
        'EventStoreTableName',
        'FactsTableName',
        'MissionsTableName',
        'EntitiesTableName',
        'TimelineTableName',
        'ArticlesTableName',
        'IngestDlqUrl',
        'PublishDlqUrl',
        'ProjectorDeliveryDlqUrl',
        'ProjectorFailureDlqUrl',
        'IngestDlqArn',
        'PublishDlqArn',
        'ProjectorDeliveryDlqArn',
        'ProjectorFailureDlqArn',
        'IngestQueueUrl',
        'IngestQueueArn',
        'ProjectQueueUrl',
        'ProjectQueueArn',
        'ArchiveName',
      ].sort(),
    );
    expect(variantTemplate.toJSON().Outputs.AlarmTopicArn).toBeDefined();
  });
});

describe('cdk-nag (AwsSolutions, Serverless)', () => {
  const packs = (scope: App): NagPack[] => [new AwsSolutionsChecks(scope), new ServerlessChecks(scope)];

  it('reports no unacknowledged finding, by default and with every option on', () => {
    for (const scope of [app, variantApp]) {
      for (const pack of packs(scope)) {
        const report = pack.validateScope(scope);
        expect(
          report.violations.map((v) => `${v.ruleName} ${v.violatingResources.map((r) => r.constructPath).join(', ')}`),
        ).toEqual([]);
      }
    }
  });

  it('every acknowledgement has a reason and matches a finding on its construct (none is stale)', () => {
    for (const scope of [app, variantApp]) {
      const raw: Array<{ rule: string; path: string }> = [];
      for (const pack of packs(scope)) {
        // Private cdk-nag method: report every finding as if nothing were acknowledged.
        (pack as unknown as { isAcknowledged: () => boolean }).isAcknowledged = () => false;
        for (const v of pack.validateScope(scope).violations) {
          for (const r of v.violatingResources) raw.push({ rule: v.ruleName, path: r.constructPath ?? '' });
        }
      }
      const acks = scope.node.findAll().flatMap((c) =>
        c.node.metadata
          .filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
          .flatMap((m) =>
            Object.entries(m.data as Record<string, string>).map(([rule, reason]) => ({
              rule: rule.replace(/^annotation::/i, ''),
              path: c.node.path,
              reason,
            })),
          ),
      );
      expect(acks.length).toBeGreaterThan(10);
      for (const ack of acks) {
        expect(ack.reason.length, `${ack.rule} at ${ack.path}`).toBeGreaterThan(30);
        const used = raw.some((f) => f.rule === ack.rule && (f.path === ack.path || f.path.startsWith(`${ack.path}/`)));
        expect(used, `stale acknowledgement ${ack.rule} at ${ack.path}`).toBe(true);
      }
    }
  });

  it('fails synthesis on a finding nobody acknowledged', () => {
    const { app: bad, stack: badStack } = createApp({ outdir: join(outdir, 'bad'), skipBundling: true });
    new sqs.Queue(badStack, 'Unencrypted', { encryption: sqs.QueueEncryption.UNENCRYPTED });
    expect(() => bad.synth()).toThrow(/AwsSolutions-SQS2/);
  });
});
