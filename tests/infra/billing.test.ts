/**
 * `-c billingMode`: on demand by default (every table and GSI pays per request, nothing scales); `provisioned` puts
 * every table and every GSI under read and write auto scaling between the context's minimum and maximum, tracking
 * `AUTO_SCALING_TARGET_PERCENT` utilization. The provisioned stack still synthesizes with cdk-nag clean (createApp
 * registers both packs: synthesis throws on a finding); cfn-lint.test.ts lints it with the others.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTO_SCALING_TARGET_PERCENT, createApp, DEFAULT_CAPACITY } from '../../infra/aws/index.ts';
import { pipelinePropsFromContext } from '../../infra/aws/stack.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- synthesized CloudFormation JSON, checked by shape
type Cfn = any;

const outdir = mkdtempSync(join(tmpdir(), 'sitrep-billing-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

/** What a synthesized template bills: each table's mode, and each scalable capacity (table or GSI, read or write). */
function billingOf(template: Cfn) {
  const resources = Object.entries(template.Resources as Record<string, Cfn>);
  const tables = resources.filter(([, r]) => r.Type === 'AWS::DynamoDB::Table');
  const targets = resources.filter(([, r]) => r.Type === 'AWS::ApplicationAutoScaling::ScalableTarget');
  const policies = resources.filter(([, r]) => r.Type === 'AWS::ApplicationAutoScaling::ScalingPolicy');
  return { tables, targets, policies };
}

/** `table/<Ref>` or `table/<Ref>/index/<name>` of a scalable target, as `<logical id>` or `<logical id>/<index>`. */
function scaledResource(target: Cfn): string {
  const parts = target.Properties.ResourceId['Fn::Join'][1] as Cfn[];
  return parts
    .map((p) => (typeof p === 'string' ? p : p.Ref))
    .join('')
    .replace(/^table\//, '')
    .replace('/index/', '/');
}

describe('billingMode', () => {
  let onDemand: Cfn;
  let provisioned: Cfn;

  beforeAll(() => {
    const synth = (name: string, context: Record<string, string>) => {
      const { app, stack } = createApp({ outdir: join(outdir, name), skipBundling: true, context });
      return app.synth().getStackArtifact(stack.artifactId).template as Cfn; // throws on a cdk-nag finding
    };
    onDemand = synth('default', {});
    provisioned = synth('provisioned', {
      billingMode: 'provisioned',
      minReadCapacity: '2',
      maxReadCapacity: '40',
      minWriteCapacity: '3',
      maxWriteCapacity: '200',
    });
  }, 300_000);

  it('is on demand by default: every table pays per request and nothing scales', () => {
    const { tables, targets } = billingOf(onDemand);
    expect(tables.length).toBeGreaterThan(0);
    for (const [, t] of tables) {
      expect(t.Properties.BillingMode).toBe('PAY_PER_REQUEST');
      expect(t.Properties.ProvisionedThroughput).toBeUndefined();
    }
    expect(targets).toEqual([]);
  });

  it('provisioned: every table and GSI scales reads and writes between the context values at 70 %', () => {
    const { tables, targets, policies } = billingOf(provisioned);
    const expected: string[] = [];
    for (const [logical, t] of tables) {
      expect(t.Properties.BillingMode ?? 'PROVISIONED').toBe('PROVISIONED');
      // Created at the minimum; auto scaling raises it.
      expect(t.Properties.ProvisionedThroughput).toEqual({ ReadCapacityUnits: 2, WriteCapacityUnits: 3 });
      expected.push(logical);
      for (const gsi of (t.Properties.GlobalSecondaryIndexes ?? []) as Cfn[]) {
        expect(gsi.ProvisionedThroughput).toEqual({ ReadCapacityUnits: 2, WriteCapacityUnits: 3 });
        expected.push(`${logical}/${gsi.IndexName}`);
      }
    }
    const scaled = (dimension: 'Read' | 'Write') =>
      targets
        .filter(([, t]) => (t.Properties.ScalableDimension as string).endsWith(`:${dimension}CapacityUnits`))
        .map(([, t]) => [scaledResource(t), t.Properties.MinCapacity, t.Properties.MaxCapacity]);
    expect(scaled('Read').sort()).toEqual(expected.map((r) => [r, 2, 40]).sort());
    expect(scaled('Write').sort()).toEqual(expected.map((r) => [r, 3, 200]).sort());
    // One target-tracking policy per scalable target, at the target utilization.
    expect(policies).toHaveLength(targets.length);
    expect(AUTO_SCALING_TARGET_PERCENT).toBe(70);
    for (const [, p] of policies) {
      expect(p.Properties.PolicyType).toBe('TargetTrackingScaling');
      expect(p.Properties.TargetTrackingScalingPolicyConfiguration.TargetValue).toBe(AUTO_SCALING_TARGET_PERCENT);
    }
    // No new IAM role: auto scaling uses its service-linked role.
    expect(
      Object.values(provisioned.Resources as Record<string, Cfn>).filter((r) => r.Type === 'AWS::IAM::Role'),
    ).toHaveLength(
      Object.values(onDemand.Resources as Record<string, Cfn>).filter((r) => r.Type === 'AWS::IAM::Role').length,
    );
  });

  it('reads the context, with defaults, and refuses a malformed value naming the key', () => {
    const fromContext = (context: Record<string, string>) =>
      pipelinePropsFromContext(
        new App({ outdir: join(outdir, 'context'), context: { ...context, 'aws:cdk:bundling-stacks': [] } }),
      );
    expect(fromContext({})).toEqual({});
    expect(fromContext({ billingMode: 'on-demand' })).toEqual({ billing: { mode: 'onDemand' } });
    expect(fromContext({ billingMode: 'provisioned' })).toEqual({
      billing: { mode: 'provisioned', read: DEFAULT_CAPACITY, write: DEFAULT_CAPACITY },
    });
    expect(fromContext({ billingMode: 'provisioned', minWriteCapacity: '5', maxReadCapacity: '10' })).toEqual({
      billing: {
        mode: 'provisioned',
        read: { min: DEFAULT_CAPACITY.min, max: 10 },
        write: { min: 5, max: DEFAULT_CAPACITY.max },
      },
    });
    expect(() => fromContext({ billingMode: 'reserved' })).toThrow(
      /^context billingMode=reserved: expected on-demand or provisioned$/,
    );
    expect(() => fromContext({ maxWriteCapacity: '50' })).toThrow(
      /^context maxWriteCapacity=50: expected billingMode=provisioned with it$/,
    );
    expect(() => fromContext({ billingMode: 'provisioned', minReadCapacity: 'x' })).toThrow(
      'context minReadCapacity=x: expected a whole number',
    );
    expect(() => fromContext({ billingMode: 'provisioned', minReadCapacity: '0' })).toThrow(
      /^context minReadCapacity=0/,
    );
    expect(() => fromContext({ billingMode: 'provisioned', minWriteCapacity: '20', maxWriteCapacity: '10' })).toThrow(
      /^context minWriteCapacity=20/,
    );
  });
});
