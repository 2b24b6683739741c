/**
 * `SitrepPipeline`: the whole event-sourced pipeline on AWS as one construct.
 *
 * ```
 * articles bucket ──(S3 → EventBridge, default bus)──► rule ──► ingest queue ──► ingest λ ──► event store table
 *   (versioned)                                                   └─► ingest DLQ                    │ stream (NEW_IMAGE)
 *                                                                                                   ▼
 *  read-model tables ◄── project λ ◄── project queue ◄── rule (source sitrep) ◄── Sitrep bus ◄──PutEvents── publish λ
 *                     (batches)      └─► failure DLQ      └─► delivery DLQ         │   (+ drain λ, 5 min) └─► publish DLQ
 *                                                                                  ├─► archive (replay)
 *                                                                                  └─► subscribers' rules (subscribe(), other accounts)
 * ```
 *
 * Every queue is encrypted and SSL-only, every failure path ends in a dead-letter queue with an alarm on its
 * depth, every function has an alarm on errors and throttles, and IAM is granted per function on named resources.
 * The construct acknowledges its own cdk-nag findings (AwsSolutions, Serverless) where a rule does not fit, each
 * with the reason, on the narrowest construct.
 */
import { CfnElement, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cloudwatchActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as eventschemas from 'aws-cdk-lib/aws-eventschemas';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq, SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as snsSubscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as cxapi from 'aws-cdk-lib/cx-api';
import { Construct, type IConstruct } from 'constructs';
import { eventStoreTableSpec, OUTBOX_INDEX } from '../../shared/adapters/aws/event-store.ts';
import { readModelTableSpecs, type ReadModelTables } from '../../shared/adapters/aws/read-model-tables.ts';
import { ARTICLE_RECORD_TYPES } from '../../shared/events/article-records.ts';
import { EVENT_TYPES } from '../../shared/events/contracts.ts';
import { EVENT_SOURCE } from '../../shared/events/envelope.ts';
import { FUNCTION_NAMES, type LambdaFunctionName } from '../../functions/bundle.ts';
import { handlerCode } from './bundling.ts';
import { registrySchemas } from './event-schemas.ts';
import { tableFromSpec, type TableBilling } from './tables.ts';

/** Every `detail-type` the pipeline publishes: the domain events and the article records. */
export const PUBLISHED_EVENT_TYPES: readonly string[] = [...EVENT_TYPES, ...ARTICLE_RECORD_TYPES];

export type FunctionName = LambdaFunctionName;
export { FUNCTION_NAMES };

export interface SitrepPipelineProps {
  /**
   * Ingest articles from this existing bucket instead of creating one (and its access-log bucket). Its owner must
   * turn on its EventBridge notifications (done here when the bucket is an `s3.Bucket` of the same app; for an
   * imported bucket: `aws s3api put-bucket-notification-configuration --bucket B --notification-configuration
   * '{"EventBridgeConfiguration":{}}'`). Versioning is recommended, not required. Default: a new bucket.
   */
  readonly articlesBucket?: s3.IBucket;
  /** Only objects whose key starts with this prefix are articles (e.g. `news/`). Default: every object. */
  readonly articlesPrefix?: string;
  /**
   * DynamoDB deletion protection on the event store and read-model tables: a `cdk destroy` (or a replacement)
   * then fails until it is turned off. Default: true.
   */
  readonly deletionProtection?: boolean;
  /**
   * What happens to the stateful resources (articles and access-log buckets, tables) when they leave the stack.
   * Default: RETAIN. With DESTROY, a non-empty bucket still fails to delete (objects are never auto-deleted).
   */
  readonly removalPolicy?: RemovalPolicy;
  /**
   * DynamoDB billing of the event store and read-model tables and their GSIs: on demand, or provisioned capacity
   * under auto scaling (`tables.ts`). Default: on demand.
   */
  readonly billing?: TableBilling;
  /** Retention of the functions' log groups. Default: one month. */
  readonly logRetention?: logs.RetentionDays;
  /** How long the bus archive keeps events for replay. Default: 365 days. `Duration.days(0)` keeps them forever. */
  readonly archiveRetention?: Duration;
  /** Send alarm notifications to this existing topic. */
  readonly alarmTopic?: sns.ITopic;
  /** Create an encrypted alarm topic with these e-mail subscriptions (ignored when `alarmTopic` is given). */
  readonly alarmEmails?: string[];
  /**
   * AWS account ids allowed to subscribe from their own account: to create rules (and their targets) on the
   * Sitrep bus, each managing only the rules it created (`events:creatorAccount`), and to read the schema
   * registry. Default: none.
   */
  readonly allowSubscribersFrom?: string[];
  /** Active X-Ray tracing on every function. Default: false. */
  readonly tracing?: boolean;
  /** Ingest: refuse articles larger than this many bytes (`MAX_ARTICLE_BYTES`). Default: the handler's (5 MB). */
  readonly maxArticleBytes?: number;
  /** Ingest: at most this many concurrent executions polling the queue (2–1000). Default: 5. */
  readonly ingestMaxConcurrency?: number;
  /**
   * Reserved concurrency per function. Default: none, because a new account's concurrency quota (often 10) leaves
   * nothing to reserve and the deployment would fail; ingest is bounded by `ingestMaxConcurrency` and publish by
   * its stream's shards instead.
   */
  readonly reservedConcurrency?: Partial<Record<FunctionName, number>>;
}

export interface SubscribeOptions {
  /** Only these `detail-type`s (event types, e.g. `WithdrawalBegun`); default: all Sitrep events. */
  readonly eventTypes?: string[];
  /** More of the event pattern (e.g. `detail: { actor: { code: ['RU'] } }`), merged with `source`/`eventTypes`. */
  readonly pattern?: events.EventPattern;
  readonly target: events.IRuleTarget;
  readonly description?: string;
}

interface FunctionSettings {
  description: string;
  memorySize: number;
  timeout: Duration;
  environment: Record<string, string>;
}

/**
 * Memory and event-source batch sizes of the functions: the stack's settings, and the cost model's inputs
 * (`npm run cost` bills invocations and GB-seconds with them).
 */
export const PIPELINE_SIZING = {
  ingest: { memoryMb: 1024, batchSize: 5 },
  publish: { memoryMb: 512, batchSize: 100 },
  /**
   * The projector reads its queue in batches: one invocation, and one recompute of each affected row, for up to
   * `batchSize` events gathered for at most `batchingWindowSeconds` (SQS needs a window above 10 messages).
   */
  project: { memoryMb: 512, batchSize: 50, batchingWindowSeconds: 2 },
} as const;

export class SitrepPipeline extends Construct {
  /** Where articles are uploaded (`aws s3 cp … --metadata published=YYYY-MM-DD`). */
  readonly articlesBucket: s3.IBucket;
  /** Only keys under this prefix are ingested ('' = every key). */
  readonly articlesPrefix: string;
  /** Server access logs of the articles bucket (absent when the bucket was given: its owner keeps its logs). */
  readonly accessLogsBucket?: s3.Bucket;
  /** S3 change notices waiting for the ingest function. */
  readonly ingestQueue: sqs.Queue;
  /** Sitrep events waiting for the projector (the projector rule's target). */
  readonly projectQueue: sqs.Queue;
  /** The append-only event log (and its outbox). */
  readonly eventStore: dynamodb.Table;
  /** The read models, by name. */
  readonly readModelTables: Record<keyof ReadModelTables, dynamodb.Table>;
  /** The custom bus every Sitrep event is published on. */
  readonly bus: events.EventBus;
  readonly archive: events.Archive;
  readonly schemaRegistry: eventschemas.CfnRegistry;
  readonly schemas: eventschemas.CfnSchema[];
  readonly functions: Record<FunctionName, nodejs.NodejsFunction>;
  /** Every dead-letter queue, by role: each has a depth alarm. */
  readonly deadLetterQueues: {
    /** S3 notices the ingest function failed `maxReceiveCount` times, or EventBridge could not enqueue. */
    ingest: sqs.Queue;
    /** Stream batches the publisher gave up on (metadata only; the outbox drain republishes their commits). */
    publish: sqs.Queue;
    /** Events EventBridge could not put on the project queue. */
    projectorDelivery: sqs.Queue;
    /** Events the projector failed on `maxReceiveCount` times (the project queue's redrive DLQ). */
    projectorFailure: sqs.Queue;
  };
  readonly alarms: cloudwatch.Alarm[] = [];
  readonly alarmTopic?: sns.ITopic;

  private readonly logRetention: logs.RetentionDays;
  private readonly tracing: boolean;
  private readonly reservedConcurrency: Partial<Record<FunctionName, number>>;
  private subscriptions?: Construct;

  constructor(scope: Construct, id: string, props: SitrepPipelineProps = {}) {
    super(scope, id);
    // Access-log delivery to the log bucket through its bucket policy (the current AWS recommendation) rather than
    // the legacy log-delivery ACL, which needs ACLs enabled on the bucket. Set here, on this construct's own
    // context, so that the construct behaves the same in any app, whatever feature flags its cdk.json sets.
    this.node.setContext(cxapi.S3_SERVER_ACCESS_LOGS_USE_BUCKET_POLICY, true);
    const removalPolicy = props.removalPolicy ?? RemovalPolicy.RETAIN;
    const deletionProtection = props.deletionProtection ?? true;
    this.logRetention = props.logRetention ?? logs.RetentionDays.ONE_MONTH;
    this.tracing = props.tracing ?? false;
    this.reservedConcurrency = props.reservedConcurrency ?? {};
    const ingestMaxConcurrency = props.ingestMaxConcurrency ?? 5;
    if (!Number.isInteger(ingestMaxConcurrency) || ingestMaxConcurrency < 2 || ingestMaxConcurrency > 1000) {
      throw new Error(`ingestMaxConcurrency must be an integer in 2..1000, got ${ingestMaxConcurrency}`);
    }

    // ── Alarm topic ────────────────────────────────────────────────────────────────────────────────────────
    this.alarmTopic =
      props.alarmTopic ??
      (props.alarmEmails?.length ? this.createAlarmTopic(props.alarmEmails, removalPolicy) : undefined);

    // ── Articles bucket ────────────────────────────────────────────────────────────────────────────────────
    this.articlesPrefix = props.articlesPrefix ?? '';
    if (props.articlesBucket) {
      this.articlesBucket = props.articlesBucket;
      const own = props.articlesBucket.node.defaultChild;
      if (own instanceof s3.CfnBucket) enableEventBridge(own);
    } else {
      const accessLogsBucket = new s3.Bucket(this, 'AccessLogs', {
        blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
        // Server access log delivery supports SSE-S3 only, not SSE-KMS, on the target bucket.
        encryption: s3.BucketEncryption.S3_MANAGED,
        enforceSSL: true,
        objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
        lifecycleRules: [{ id: 'expire-access-logs', expiration: Duration.days(365) }],
        removalPolicy,
      });
      const articlesBucket = new s3.Bucket(this, 'Articles', {
        blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
        encryption: s3.BucketEncryption.S3_MANAGED,
        enforceSSL: true,
        objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
        // Ingestion is keyed by object version: a re-upload is a new version whose events replace the old ones,
        // and a version can be read again (replays, investigations) until it expires below.
        versioned: true,
        lifecycleRules: [{ id: 'expire-old-versions', noncurrentVersionExpiration: Duration.days(90) }],
        serverAccessLogsBucket: accessLogsBucket,
        serverAccessLogsPrefix: 'articles/',
        removalPolicy,
      });
      enableEventBridge(articlesBucket.node.defaultChild as s3.CfnBucket);
      this.accessLogsBucket = accessLogsBucket;
      this.articlesBucket = articlesBucket;
    }

    // ── Event store and read models ────────────────────────────────────────────────────────────────────────
    const billing = props.billing;
    this.eventStore = tableFromSpec(this, 'EventStore', eventStoreTableSpec('events'), {
      removalPolicy,
      deletionProtection,
      ...(billing ? { billing } : {}),
    });
    const specs = readModelTableSpecs('');
    const readModel = (name: keyof ReadModelTables) => {
      const spec = specs.find((s) => s.TableName === name);
      if (!spec) throw new Error(`readModelTableSpecs has no "${name}" table`);
      const id = `${name[0]!.toUpperCase()}${name.slice(1)}Table`;
      return tableFromSpec(this, id, spec, { removalPolicy, deletionProtection, ...(billing ? { billing } : {}) });
    };
    this.readModelTables = {
      facts: readModel('facts'),
      missions: readModel('missions'),
      entities: readModel('entities'),
      timeline: readModel('timeline'),
      articles: readModel('articles'),
    };

    // ── Bus, archive, schema registry ──────────────────────────────────────────────────────────────────────
    this.bus = new events.EventBus(this, 'Bus', { description: 'Sitrep domain events and article records' });
    // Replays go through the archive: a new subscriber can be fed past events (`aws events start-replay`).
    this.archive = this.bus.archive('Archive', {
      description: 'Every Sitrep event, for replay',
      eventPattern: { source: [EVENT_SOURCE] },
      retention: props.archiveRetention ?? Duration.days(365),
    });
    this.schemaRegistry = new eventschemas.CfnRegistry(this, 'SchemaRegistry', {
      description: 'Sitrep event contracts (generated from schemas/*.v1.schema.json)',
    });
    if (props.allowSubscribersFrom?.length) this.allowSubscribers(props.allowSubscribersFrom);
    this.schemas = registrySchemas().map(
      (schema) =>
        new eventschemas.CfnSchema(this, `Schema${schema.title}`, {
          registryName: this.schemaRegistry.attrRegistryName,
          schemaName: schema.schemaName,
          type: 'JSONSchemaDraft4',
          content: JSON.stringify(schema.content),
          description: schema.description,
        }),
    );

    // ── Dead-letter queues ─────────────────────────────────────────────────────────────────────────────────
    this.deadLetterQueues = {
      ingest: this.queue('IngestDlq', { retentionPeriod: Duration.days(14) }),
      publish: this.queue('PublishDlq', { retentionPeriod: Duration.days(14) }),
      projectorDelivery: this.queue('ProjectorDeliveryDlq', { retentionPeriod: Duration.days(14) }),
      projectorFailure: this.queue('ProjectorFailureDlq', { retentionPeriod: Duration.days(14) }),
    };
    for (const [role, queue] of Object.entries(this.deadLetterQueues)) {
      const reason = `this queue is itself the dead-letter queue of the ${role} path; messages stay 14 days for redrive`;
      // AwsSolutions-SQS3 recognizes a queue named in another queue's redrive policy (the ingest DLQ), not the
      // destinations of event source mappings, rule targets or Lambda on-failure destinations.
      if (role !== 'ingest' && role !== 'projectorFailure') this.ack(queue, 'AwsSolutions-SQS3', reason);
      this.ack(queue, 'Serverless-SQSRedrivePolicy', reason);
    }

    // ── Functions ──────────────────────────────────────────────────────────────────────────────────────────
    const ingestTimeout = Duration.minutes(1);
    const busEnv = { EVENTS_TABLE: this.eventStore.tableName, EVENT_BUS_NAME: this.bus.eventBusName };
    const ingest = this.fn('ingest', {
      description: 'Sitrep: S3 change notices (via SQS) → extraction → event store',
      // Extraction is CPU-bound (tokenization, gazetteer): more memory buys proportionally more CPU.
      memorySize: PIPELINE_SIZING.ingest.memoryMb,
      timeout: ingestTimeout,
      environment: {
        EVENTS_TABLE: this.eventStore.tableName,
        ...(props.maxArticleBytes !== undefined ? { MAX_ARTICLE_BYTES: String(props.maxArticleBytes) } : {}),
      },
    });
    const publish = this.fn('publish', {
      description: 'Sitrep: event store stream → PutEvents on the Sitrep bus (outbox)',
      memorySize: PIPELINE_SIZING.publish.memoryMb,
      timeout: Duration.minutes(1),
      environment: busEnv,
    });
    const projectTimeout = Duration.minutes(1);
    const project = this.fn('project', {
      description: 'Sitrep: Sitrep bus events (via SQS, in batches) → read models',
      memorySize: PIPELINE_SIZING.project.memoryMb,
      timeout: projectTimeout,
      environment: {
        READ_MODEL_TABLES: Stack.of(this).toJsonString(
          Object.fromEntries(Object.entries(this.readModelTables).map(([name, table]) => [name, table.tableName])),
        ),
      },
    });
    const drain = this.fn('drain', {
      description: 'Sitrep: scheduled outbox sweep (commits the stream path missed) → PutEvents',
      memorySize: 512,
      timeout: Duration.minutes(2),
      environment: busEnv,
    });
    this.functions = { ingest, publish, project, drain };

    // ── Ingestion: S3 (default bus) → rule → queue → ingest ───────────────────────────────────────────────
    this.ingestQueue = this.queue('IngestQueue', {
      // AWS's guidance for SQS event sources: at least six times the function timeout, so a message is not
      // redelivered while a (retried) invocation still holds it.
      visibilityTimeout: Duration.seconds(ingestTimeout.toSeconds() * 6),
      retentionPeriod: Duration.days(4),
      deadLetterQueue: { queue: this.deadLetterQueues.ingest, maxReceiveCount: 5 },
    });
    new events.Rule(this, 'ArticleChangesRule', {
      description: 'Sitrep: articles bucket object created/deleted → ingest queue',
      // S3 sends its EventBridge notifications to the account's default bus only.
      eventPattern: {
        source: ['aws.s3'],
        detailType: ['Object Created', 'Object Deleted'],
        detail: {
          bucket: { name: [this.articlesBucket.bucketName] },
          ...(this.articlesPrefix ? { object: { key: [{ prefix: this.articlesPrefix }] } } : {}),
        },
      },
      targets: [
        new targets.SqsQueue(this.ingestQueue, {
          deadLetterQueue: this.deadLetterQueues.ingest,
          retryAttempts: 185,
          maxEventAge: Duration.hours(24),
        }),
      ],
    });
    ingest.addEventSource(
      new SqsEventSource(this.ingestQueue, {
        batchSize: PIPELINE_SIZING.ingest.batchSize,
        reportBatchItemFailures: true,
        maxConcurrency: ingestMaxConcurrency,
      }),
    );
    ingest.addToRolePolicy(
      new iam.PolicyStatement({
        sid: 'ReadArticleVersions',
        actions: ['s3:GetObject', 's3:GetObjectVersion'],
        resources: [this.articlesBucket.arnForObjects(`${this.articlesPrefix}*`)],
      }),
    );
    ingest.addToRolePolicy(
      new iam.PolicyStatement({
        sid: 'TellMissingFromForbidden',
        // Without s3:ListBucket, S3 answers a GetObject of a key deleted in the meantime with 403 AccessDenied
        // instead of 404 NoSuchKey, and the handler could not tell "gone, nothing to ingest" from a real error.
        actions: ['s3:ListBucket'],
        resources: [this.articlesBucket.bucketArn],
      }),
    );
    ingest.addToRolePolicy(
      new iam.PolicyStatement({
        sid: 'AppendToTheEventStore',
        // DynamoEventStore's readStream/append: consistent Query of a stream, GetItem, conditional PutItem. On the
        // table only (not `<table>/index/*`, which CDK's grantReadWriteData would add): ingestion uses no index.
        actions: ['dynamodb:Query', 'dynamodb:GetItem', 'dynamodb:PutItem'],
        resources: [this.eventStore.tableArn],
      }),
    );
    this.ack(
      ingest.role!,
      `AwsSolutions-IAM5[Resource::${this.bucketArnInFindings()}/${this.articlesPrefix}*]`,
      'ingest reads any article the bucket notifies about: object keys are chosen by uploaders, so the narrowest ' +
        'scope is every object under the articles prefix of this one bucket (read-only: GetObject, GetObjectVersion)',
    );

    // ── Outbox: stream → publish → bus, and the scheduled drain ──────────────────────────────────────────
    publish.addEventSource(
      new DynamoEventSource(this.eventStore, {
        startingPosition: lambda.StartingPosition.TRIM_HORIZON,
        batchSize: PIPELINE_SIZING.publish.batchSize,
        bisectBatchOnError: true,
        reportBatchItemFailures: true,
        retryAttempts: 10,
        // Past this age the stream path gives up on a record; its commit keeps its outbox mark and the drain
        // publishes it, so nothing is lost, only delayed.
        maxRecordAge: Duration.hours(1),
        // One batch at a time per shard keeps each stream's commits in order on the bus.
        parallelizationFactor: 1,
        onFailure: new SqsDlq(this.deadLetterQueues.publish),
        // Only inserted commits are published: the MODIFY that marking a commit published causes (and any REMOVE)
        // would invoke the function for nothing.
        filters: [lambda.FilterCriteria.filter({ eventName: lambda.FilterRule.isEqual('INSERT') })],
      }),
    );
    this.bus.grantPutEventsTo(publish);
    // Clearing the outbox mark (`markPublished`) is the publisher's only table access: the table, not its indexes.
    publish.addToRolePolicy(this.markPublishedStatement());
    this.ack(
      publish.role!,
      'AwsSolutions-IAM5[Resource::*]',
      'dynamodb:ListStreams, granted by the DynamoDB event source, does not support resource-level permissions',
    );

    new events.Rule(this, 'DrainSchedule', {
      description: 'Sitrep: sweep the outbox every 5 minutes',
      schedule: events.Schedule.rate(Duration.minutes(5)),
      targets: [new targets.LambdaFunction(drain, { retryAttempts: 2 })],
    });
    drain.addToRolePolicy(
      new iam.PolicyStatement({
        sid: 'ListPendingCommits',
        // DynamoEventStore.pending: a Query of the sparse outbox GSI, that index only.
        actions: ['dynamodb:Query'],
        resources: [`${this.eventStore.tableArn}/index/${OUTBOX_INDEX}`],
      }),
    );
    drain.addToRolePolicy(
      new iam.PolicyStatement({
        sid: 'ReadPendingCommits',
        // The outbox index projects keys only: the pending commits themselves are read from the table.
        actions: ['dynamodb:BatchGetItem'],
        resources: [this.eventStore.tableArn],
      }),
    );
    drain.addToRolePolicy(this.markPublishedStatement());
    this.bus.grantPutEventsTo(drain);

    // ── Projection: bus → rule → queue → project (batches) → read models ─────────────────────────────────
    // A queue between the rule and the projector lets one invocation apply a batch of events: each affected row is
    // recomputed once per batch instead of once per event, and invocations drop to one per batch. Projections are
    // idempotent and order-insensitive, so SQS's at-least-once, unordered delivery is fine; the handler reports
    // only the events it could not apply (partial batch response), which the queue redelivers and, after
    // `maxReceiveCount`, moves to the projector-failure DLQ. Both DLQs are redriven to this queue (`sitrep redrive`).
    this.projectQueue = this.queue('ProjectQueue', {
      visibilityTimeout: Duration.seconds(projectTimeout.toSeconds() * 6),
      retentionPeriod: Duration.days(4),
      deadLetterQueue: { queue: this.deadLetterQueues.projectorFailure, maxReceiveCount: 5 },
    });
    new events.Rule(this, 'ProjectorRule', {
      description: 'Sitrep: every Sitrep event → project queue',
      eventBus: this.bus,
      eventPattern: { source: [EVENT_SOURCE], detailType: [...PUBLISHED_EVENT_TYPES] },
      targets: [
        new targets.SqsQueue(this.projectQueue, {
          deadLetterQueue: this.deadLetterQueues.projectorDelivery,
          retryAttempts: 185,
          maxEventAge: Duration.hours(24),
        }),
      ],
    });
    project.addEventSource(
      new SqsEventSource(this.projectQueue, {
        batchSize: PIPELINE_SIZING.project.batchSize,
        maxBatchingWindow: Duration.seconds(PIPELINE_SIZING.project.batchingWindowSeconds),
        reportBatchItemFailures: true,
      }),
    );
    project.addToRolePolicy(
      new iam.PolicyStatement({
        sid: 'ReadWriteReadModels',
        // CDK's grantReadWriteData actions minus the stream ones, on the tables only: projecting (facts in, rows
        // out) reads and writes items by key; only queries (`sitrep query`, analysts) use the timeline's indexes.
        actions: [
          'dynamodb:BatchGetItem',
          'dynamodb:BatchWriteItem',
          'dynamodb:ConditionCheckItem',
          'dynamodb:DeleteItem',
          'dynamodb:DescribeTable',
          'dynamodb:GetItem',
          'dynamodb:PutItem',
          'dynamodb:Query',
          'dynamodb:Scan',
          'dynamodb:UpdateItem',
        ],
        resources: Object.values(this.readModelTables).map((table) => table.tableArn),
      }),
    );

    // ── Alarms ─────────────────────────────────────────────────────────────────────────────────────────────
    for (const [role, queue] of Object.entries(this.deadLetterQueues)) {
      this.alarm(
        `${pascal(role)}DlqDepth`,
        queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' }),
        `messages in the ${role} dead-letter queue`,
      );
    }
    for (const [name, fn] of Object.entries(this.functions)) {
      this.alarm(
        `${pascal(name)}Errors`,
        fn.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' }),
        `${name} function errors`,
      );
      this.alarm(
        `${pascal(name)}Throttles`,
        fn.metricThrottles({ period: Duration.minutes(5), statistic: 'Sum' }),
        `${name} function throttles`,
      );
    }

    this.acknowledgeFunctionRules();
  }

  /**
   * Adds a rule on the Sitrep bus: events of `eventTypes` (all when omitted), further filtered by `pattern`, go to
   * `target`. Returns the rule.
   */
  subscribe(id: string, options: SubscribeOptions): events.Rule {
    const { eventTypes, pattern = {}, target, description } = options;
    if (eventTypes && pattern.detailType) {
      throw new Error(`subscribe(${id}): give eventTypes or pattern.detailType, not both`);
    }
    const unknown = (eventTypes ?? []).filter((t) => !PUBLISHED_EVENT_TYPES.includes(t));
    if (unknown.length > 0) {
      throw new Error(
        `subscribe(${id}): unknown event type(s) ${unknown.join(', ')}; known: ${PUBLISHED_EVENT_TYPES.join(', ')}`,
      );
    }
    if (eventTypes && eventTypes.length === 0) throw new Error(`subscribe(${id}): eventTypes is empty`);
    this.subscriptions ??= new Construct(this, 'Subscriptions');
    return new events.Rule(this.subscriptions, id, {
      eventBus: this.bus,
      description: description ?? `Sitrep subscription ${id}`,
      eventPattern: {
        ...pattern,
        source: pattern.source ?? [EVENT_SOURCE],
        ...(eventTypes ? { detailType: eventTypes } : {}),
      },
      targets: [target],
    });
  }

  // ── helpers ──────────────────────────────────────────────────────────────────────────────────────────────

  /**
   * Per-account rights to subscribe from their own account: manage their own rules on this bus (the bus's
   * resource policy) and read the event contracts (the schema registry's resource policy, read-only APIs).
   */
  private allowSubscribers(accounts: string[]): void {
    for (const account of accounts) {
      if (!/^\d{12}$/.test(account)) throw new Error(`allowSubscribersFrom: "${account}" is not a 12-digit account id`);
    }
    new eventschemas.CfnRegistryPolicy(this, 'SchemaRegistryPolicy', {
      registryName: this.schemaRegistry.attrRegistryName,
      policy: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'AllowSubscriberAccountsToReadTheContracts',
            Effect: 'Allow',
            Principal: { AWS: accounts },
            // The read-only APIs that registry resource policies support.
            Action: [
              'schemas:DescribeRegistry',
              'schemas:ListSchemas',
              'schemas:SearchSchemas',
              'schemas:DescribeSchema',
              'schemas:ListSchemaVersions',
              'schemas:DescribeCodeBinding',
              'schemas:GetCodeBindingSource',
            ],
            Resource: [
              this.schemaRegistry.attrRegistryArn,
              Stack.of(this).formatArn({
                service: 'schemas',
                resource: 'schema',
                resourceName: `${this.schemaRegistry.attrRegistryName}/*`,
              }),
            ],
          },
        ],
      },
    });
    this.bus.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'AllowSubscriberAccountsToManageTheirRules',
        principals: accounts.map((a) => new iam.AccountPrincipal(a)),
        actions: [
          'events:PutRule',
          'events:DeleteRule',
          'events:DescribeRule',
          'events:DisableRule',
          'events:EnableRule',
          'events:PutTargets',
          'events:RemoveTargets',
        ],
        // Rules on this bus only (rule ARNs of a custom bus are rule/<bus name>/<rule name>).
        resources: [
          Stack.of(this).formatArn({
            service: 'events',
            resource: 'rule',
            resourceName: `${this.bus.eventBusName}/*`,
          }),
        ],
        // An account may only create and change rules it owns (EventBridge sets creatorAccount on each rule).
        conditions: { StringEqualsIfExists: { 'events:creatorAccount': '${aws:PrincipalAccount}' } },
      }),
    );
  }

  private createAlarmTopic(emails: string[], removalPolicy: RemovalPolicy): sns.Topic {
    // CloudWatch alarms can only publish to an encrypted topic whose key lets cloudwatch.amazonaws.com use it:
    // the AWS managed key (alias/aws/sns) cannot, so this is a customer managed key.
    const key = new kms.Key(this, 'AlarmTopicKey', {
      description: 'Sitrep alarm topic encryption',
      enableKeyRotation: true,
      removalPolicy,
    });
    key.grant(new iam.ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey');
    const topic = new sns.Topic(this, 'AlarmTopic', { displayName: 'Sitrep alarms', masterKey: key, enforceSSL: true });
    for (const email of emails) topic.addSubscription(new snsSubscriptions.EmailSubscription(email));
    this.ack(
      topic,
      'Serverless-SNSRedrivePolicy',
      'e-mail subscriptions for operators: an undeliverable alarm e-mail has no consumer that could drain a ' +
        'dead-letter queue, and the alarm state stays visible in CloudWatch',
    );
    return topic;
  }

  private queue(id: string, props: sqs.QueueProps): sqs.Queue {
    return new sqs.Queue(this, id, {
      ...props,
      // SSE-SQS: encrypted at rest with no key policy to maintain; EventBridge and Lambda can use it as they are.
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
    });
  }

  private fn(name: FunctionName, settings: FunctionSettings): nodejs.NodejsFunction {
    const id = pascal(name);
    const logGroup = new logs.LogGroup(this, `${id}Logs`, {
      retention: this.logRetention,
      // Logs expire anyway; keeping the group after the stack is gone only leaves clutter.
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // One role per function with an inline policy for its own log group only (instead of the managed
    // AWSLambdaBasicExecutionRole, which allows writing to every log group of the account).
    const role = new iam.Role(this, `${id}Role`, {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `Sitrep ${name} function`,
    });
    logGroup.grantWrite(role);
    const reserved = this.reservedConcurrency[name];
    return new nodejs.NodejsFunction(this, id, {
      ...handlerCode(name),
      description: settings.description,
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: settings.memorySize,
      timeout: settings.timeout,
      role,
      logGroup,
      ...(this.tracing ? { tracing: lambda.Tracing.ACTIVE } : {}),
      ...(reserved !== undefined ? { reservedConcurrentExecutions: reserved } : {}),
      environment: {
        ...settings.environment,
        POWERTOOLS_SERVICE_NAME: `sitrep-${name}`,
        POWERTOOLS_METRICS_NAMESPACE: 'Sitrep',
      },
    });
  }

  private alarm(id: string, metric: cloudwatch.IMetric, what: string): void {
    const alarm = new cloudwatch.Alarm(this, id, {
      metric,
      threshold: 0,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      // No data means no messages / no invocations: not a problem.
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      alarmDescription: `Sitrep: ${what} (> 0 in 5 minutes)`,
    });
    if (this.alarmTopic) {
      alarm.addAlarmAction(new cloudwatchActions.SnsAction(this.alarmTopic));
      alarm.addOkAction(new cloudwatchActions.SnsAction(this.alarmTopic));
    }
    this.alarms.push(alarm);
  }

  /** Rules that do not fit a function because of how it is invoked. */
  private acknowledgeFunctionRules(): void {
    const { ingest, publish, project, drain } = this.functions;
    const syncReasons: Array<[lambda.Function, string]> = [
      [
        ingest,
        'an SQS event source mapping invokes it synchronously; failed messages go to the ingest queue redrive DLQ',
      ],
      [
        publish,
        'a DynamoDB stream event source mapping invokes it synchronously; failed batches go to its on-failure SQS destination',
      ],
      [
        project,
        'an SQS event source mapping invokes it synchronously; failed messages go to the project queue redrive DLQ',
      ],
    ];
    for (const [fn, how] of syncReasons) this.ack(fn, 'Serverless-LambdaDLQ', `never invoked asynchronously: ${how}`);
    const drainReason =
      'a failed sweep is repeated by the next scheduled one five minutes later, from the outbox itself: the input ' +
      'is a constant schedule event, so a dead-letter queue would hold nothing worth replaying; the Errors alarm ' +
      'reports failures';
    this.ack(drain, 'Serverless-LambdaDLQ', drainReason);
    const drainRule = this.node.findChild('DrainSchedule');
    this.ack(drainRule, 'Serverless-EventBusDLQ', drainReason);
    for (const [fn, dlq] of [
      [ingest, 'ingest'],
      [project, 'projector-failure'],
    ] as const) {
      for (const esm of fn.node.findAll().filter((c) => c instanceof lambda.CfnEventSourceMapping)) {
        this.ack(
          esm,
          'Serverless-LambdaEventSourceMappingDestination',
          'SQS event source mappings take no on-failure destination: the queue redrive policy (maxReceiveCount 5) ' +
            `moves failed messages to the ${dlq} DLQ`,
        );
      }
    }
    if (!this.tracing) {
      for (const fn of Object.values(this.functions)) {
        this.ack(
          fn,
          'Serverless-LambdaTracing',
          'X-Ray is opt-in (prop `tracing`): Powertools logs and metrics with the alarms cover operations, and ' +
            'active tracing adds cost and a `*`-resource xray permission',
        );
      }
    } else {
      for (const fn of Object.values(this.functions)) {
        this.ack(
          fn.role!,
          'AwsSolutions-IAM5[Resource::*]',
          'xray:PutTraceSegments and xray:PutTelemetryRecords (active tracing) do not support resource-level permissions',
        );
      }
    }
  }

  private markPublishedStatement(): iam.PolicyStatement {
    return new iam.PolicyStatement({
      sid: 'MarkPublished',
      actions: ['dynamodb:UpdateItem'],
      resources: [this.eventStore.tableArn],
    });
  }

  /**
   * How cdk-nag names the articles bucket's ARN in a finding: `<LogicalId.Arn>` when the stack owns it, the resolved
   * ARN with `<AWS::Partition>`-style placeholders for its references when the bucket was imported.
   */
  private bucketArnInFindings(): string {
    const own = this.articlesBucket.node.defaultChild;
    if (own instanceof CfnElement) return `<${Stack.of(own).getLogicalId(own)}.Arn>`;
    return nagRendering(Stack.of(this).resolve(this.articlesBucket.bucketArn));
  }

  private ack(construct: IConstruct, id: string, reason: string): void {
    Validations.of(construct).acknowledge({ id, reason });
  }
}

/**
 * S3 → EventBridge notifications ("Object Created"/"Object Deleted" on the default bus). Set on the CloudFormation
 * resource itself rather than through `eventBridgeEnabled: true`, which manages it with a custom resource: a
 * singleton Lambda function (an older Python runtime, `s3:PutBucketNotification` on `*`) that CloudFormation
 * supports natively with no function at all.
 */
function enableEventBridge(bucket: s3.CfnBucket): void {
  bucket.notificationConfiguration = { eventBridgeConfiguration: { eventBridgeEnabled: true } };
}

/** A resolved CloudFormation value as cdk-nag prints it in a finding id: `{Ref: X}` → `<X>`, joins concatenated. */
function nagRendering(value: unknown): string {
  if (typeof value === 'string') return value;
  const v = value as { Ref?: string; 'Fn::GetAtt'?: [string, string]; 'Fn::Join'?: [string, unknown[]] };
  if (v.Ref) return `<${v.Ref}>`;
  if (v['Fn::GetAtt']) return `<${v['Fn::GetAtt'].join('.')}>`;
  if (v['Fn::Join']) return v['Fn::Join'][1].map(nagRendering).join(v['Fn::Join'][0]);
  throw new Error(`cannot name ${JSON.stringify(value)} as cdk-nag does`);
}

function pascal(name: string): string {
  return name[0]!.toUpperCase() + name.slice(1);
}
