/**
 * The Sitrep stack (one `SitrepPipeline` and its outputs) and the app that synthesizes it, with the cdk-nag
 * AwsSolutions and Serverless packs as validation plugins: any unacknowledged finding fails synthesis.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { App, CfnOutput, Duration, RemovalPolicy, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import type { Construct } from 'constructs';
import { FUNCTION_NAMES, SitrepPipeline, type SitrepPipelineProps } from './pipeline.ts';
import { DEFAULT_CAPACITY, type CapacityRange, type TableBilling } from './tables.ts';

export interface SitrepStackProps extends StackProps {
  readonly pipeline?: SitrepPipelineProps;
}

export class SitrepStack extends Stack {
  readonly pipeline: SitrepPipeline;

  constructor(scope: Construct, id: string, props: SitrepStackProps = {}) {
    const { pipeline: pipelineProps, ...stackProps } = props;
    super(scope, id, {
      description: 'Sitrep: news articles → domain events (event store, outbox, EventBridge bus, read models)',
      ...stackProps,
    });
    const pipeline = (this.pipeline = new SitrepPipeline(this, 'Pipeline', pipelineProps));
    const output = (id: string, value: string, description: string) => new CfnOutput(this, id, { value, description });
    output('ArticlesBucketName', pipeline.articlesBucket.bucketName, 'upload articles here');
    output('EventBusName', pipeline.bus.eventBusName, 'the Sitrep event bus');
    output('EventBusArn', pipeline.bus.eventBusArn, 'subscribe with rules on this bus (other accounts: by ARN)');
    output('SchemaRegistryName', pipeline.schemaRegistry.attrRegistryName, 'event contracts (JSONSchemaDraft4)');
    output('EventArchiveArn', pipeline.archive.archiveArn, 'replay past events from here (aws events start-replay)');
    output('EventStoreTableName', pipeline.eventStore.tableName, 'the append-only event log');
    for (const [name, table] of Object.entries(pipeline.readModelTables)) {
      output(`${pascal(name)}TableName`, table.tableName, `read model: ${name}`);
    }
    output('IngestQueueUrl', pipeline.ingestQueue.queueUrl, 'S3 change notices waiting for ingest (backfill)');
    output('IngestQueueArn', pipeline.ingestQueue.queueArn, 'S3 change notices waiting for ingest');
    output('ProjectQueueUrl', pipeline.projectQueue.queueUrl, 'Sitrep events waiting for the projector (redrive)');
    output('ProjectQueueArn', pipeline.projectQueue.queueArn, 'Sitrep events waiting for the projector');
    for (const [role, queue] of Object.entries(pipeline.deadLetterQueues)) {
      output(`${pascal(role)}DlqUrl`, queue.queueUrl, `dead-letter queue: ${role}`);
      output(`${pascal(role)}DlqArn`, queue.queueArn, `dead-letter queue: ${role} (redrive source)`);
    }
    output('ArchiveName', pipeline.archive.archiveName, 'the bus archive (aws events describe-archive)');
    if (pipeline.alarmTopic) output('AlarmTopicArn', pipeline.alarmTopic.topicArn, 'alarm notifications');
  }
}

/** The `context` of cdk.json, so in-process synthesis (tests, diagram) sees the same feature flags as `cdk synth`. */
export function cdkJsonContext(): Record<string, unknown> {
  const file = fileURLToPath(new URL('../../cdk.json', import.meta.url));
  return (JSON.parse(readFileSync(file, 'utf8')) as { context?: Record<string, unknown> }).context ?? {};
}

export interface CreateAppOptions {
  /** Cloud assembly directory (default: CDK's, `cdk.out` under the CLI). */
  outdir?: string;
  /** Extra context, e.g. `{ alarmEmail: 'ops@example.com' }`. */
  context?: Record<string, unknown>;
  /** Skip esbuild (the functions get placeholder code): for tools that only read the template's shape. */
  skipBundling?: boolean;
  /** Register the cdk-nag packs as validation plugins. Default: true. */
  nag?: boolean;
}

/**
 * The app: one env-agnostic stack named `Sitrep`. Deploy-time settings come from context
 * (`npx cdk deploy -c alarmEmail=ops@example.com -c deletionProtection=false -c allowSubscribersFrom=111122223333`;
 * the full list is `pipelinePropsFromContext`).
 */
export function createApp(options: CreateAppOptions = {}): { app: App; stack: SitrepStack } {
  const app = new App({
    ...(options.outdir ? { outdir: options.outdir } : {}),
    analyticsReporting: false,
    context: {
      ...cdkJsonContext(),
      ...options.context,
      // `aws:cdk:bundling-stacks: []` is how the CLI itself skips asset bundling (e.g. for `cdk ls`).
      ...(options.skipBundling ? { 'aws:cdk:bundling-stacks': [] } : {}),
    },
  });
  const stack = new SitrepStack(app, 'Sitrep', { pipeline: pipelinePropsFromContext(app) });
  if (options.nag ?? true) Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
  return { app, stack };
}

/**
 * Deploy-time context values (`-c key=value`) → construct props. A malformed value fails synthesis with one line
 * naming the key, rather than deploying something else.
 */
export function pipelinePropsFromContext(app: App): SitrepPipelineProps {
  const get = (key: string): string | undefined => {
    const value: unknown = app.node.tryGetContext(key);
    return value === undefined || value === null || value === '' ? undefined : String(value);
  };
  const list = (key: string) =>
    get(key)
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  const bad = (key: string, value: string, expected: string) =>
    new Error(`context ${key}=${value}: expected ${expected}`);
  const bool = (key: string): boolean | undefined => {
    const value = get(key);
    if (value === undefined) return undefined;
    if (value !== 'true' && value !== 'false') throw bad(key, value, 'true or false');
    return value === 'true';
  };
  const int = (key: string, value = get(key)): number | undefined => {
    if (value === undefined) return undefined;
    if (!/^\d+$/.test(value)) throw bad(key, value, 'a whole number');
    return Number(value);
  };
  const removal = get('removalPolicy');
  if (removal !== undefined && !(removal in REMOVAL_POLICIES)) {
    throw bad('removalPolicy', removal, Object.keys(REMOVAL_POLICIES).join(' or '));
  }
  const archiveDays = int('archiveRetention');
  const deletionProtection = bool('deletionProtection');
  const tracing = bool('tracing');
  const ingestMaxConcurrency = int('ingestMaxConcurrency');
  const reserved = list('reservedConcurrency')?.map((pair) => {
    const [name = '', value = ''] = pair.split('=').map((s) => s.trim());
    if (!(FUNCTION_NAMES as readonly string[]).includes(name)) {
      throw bad('reservedConcurrency', pair, `function=N pairs, functions ${FUNCTION_NAMES.join(', ')}`);
    }
    return [name, int('reservedConcurrency', value)!] as const;
  });
  const billing = billingFromContext(get, int, bad);
  const emails = list('alarmEmail');
  const accounts = list('allowSubscribersFrom');
  return {
    ...(deletionProtection !== undefined ? { deletionProtection } : {}),
    ...(removal !== undefined ? { removalPolicy: REMOVAL_POLICIES[removal as keyof typeof REMOVAL_POLICIES] } : {}),
    ...(archiveDays !== undefined ? { archiveRetention: Duration.days(archiveDays) } : {}),
    ...(tracing !== undefined ? { tracing } : {}),
    ...(ingestMaxConcurrency !== undefined ? { ingestMaxConcurrency } : {}),
    ...(billing ? { billing } : {}),
    ...(reserved?.length ? { reservedConcurrency: Object.fromEntries(reserved) } : {}),
    ...(emails?.length ? { alarmEmails: emails } : {}),
    ...(accounts?.length ? { allowSubscribersFrom: accounts } : {}),
  };
}

/** `-c billingMode=…`: the tables' billing; the capacity ranges only apply to `provisioned`. */
const BILLING_MODES = ['on-demand', 'provisioned'] as const;
const CAPACITY_KEYS = ['minReadCapacity', 'maxReadCapacity', 'minWriteCapacity', 'maxWriteCapacity'] as const;

function billingFromContext(
  get: (key: string) => string | undefined,
  int: (key: string) => number | undefined,
  bad: (key: string, value: string, expected: string) => Error,
): TableBilling | undefined {
  const mode = get('billingMode');
  if (mode !== undefined && !(BILLING_MODES as readonly string[]).includes(mode)) {
    throw bad('billingMode', mode, BILLING_MODES.join(' or '));
  }
  const [minRead, maxRead, minWrite, maxWrite] = CAPACITY_KEYS.map((key) => int(key));
  if (mode !== 'provisioned') {
    const given = CAPACITY_KEYS.find((key) => get(key) !== undefined);
    if (given) throw bad(given, get(given)!, 'billingMode=provisioned with it');
    return mode === undefined ? undefined : { mode: 'onDemand' };
  }
  const range = (min: number | undefined, max: number | undefined, minKey: string): CapacityRange => {
    const r = { min: min ?? DEFAULT_CAPACITY.min, max: max ?? Math.max(DEFAULT_CAPACITY.max, min ?? 0) };
    if (r.min < 1 || r.max < r.min) throw bad(minKey, `${r.min}`, `1 or more, at most the maximum (${r.max})`);
    return r;
  };
  return {
    mode: 'provisioned',
    read: range(minRead, maxRead, 'minReadCapacity'),
    write: range(minWrite, maxWrite, 'minWriteCapacity'),
  };
}

/** `-c removalPolicy=…`: what happens to the buckets and tables when they leave the stack. */
const REMOVAL_POLICIES = { retain: RemovalPolicy.RETAIN, destroy: RemovalPolicy.DESTROY } as const;

function pascal(name: string): string {
  return name[0]!.toUpperCase() + name.slice(1);
}
