// Writes docs/architecture.md: a Mermaid flowchart of the AWS stack, read from the template that the CDK app
// synthesizes in-process (no bundling, no credentials). `--check` only verifies the file is up to date.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CfnResource, Stack } from 'aws-cdk-lib';
import * as prettier from 'prettier';
import { createApp } from '../infra/aws/stack.ts';

const OUT = fileURLToPath(new URL('../docs/architecture.md', import.meta.url));

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
interface Resource {
  Type: string;
  Properties?: Record<string, Json>;
}

/** Logical ids referenced by `value` (Ref and Fn::GetAtt), pseudo parameters excluded. */
function refs(value: Json | undefined, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => refs(v, found));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'Ref' && typeof v === 'string' && !v.startsWith('AWS::')) found.add(v);
      else if (key === 'Fn::GetAtt' && Array.isArray(v) && typeof v[0] === 'string') found.add(v[0]);
      else refs(v, found);
    }
  }
  return found;
}
const list = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

interface Node {
  id: string;
  label: string;
  shape: (label: string) => string;
  kind: string;
}

const SHAPES: Record<string, { kind: string; shape: (l: string) => string }> = {
  'AWS::S3::Bucket': { kind: 'storage', shape: (l) => `[("S3 bucket<br/>${l}")]` },
  'AWS::DynamoDB::Table': { kind: 'storage', shape: (l) => `[("DynamoDB table<br/>${l}")]` },
  'AWS::SQS::Queue': { kind: 'queue', shape: (l) => `[["SQS queue<br/>${l}"]]` },
  'AWS::Lambda::Function': { kind: 'function', shape: (l) => `("λ ${l}")` },
  'AWS::Events::EventBus': { kind: 'bus', shape: (l) => `{{"EventBridge bus<br/>${l}"}}` },
  'AWS::Events::Rule': { kind: 'rule', shape: (l) => `>"rule<br/>${l}"]` },
  'AWS::Events::Archive': { kind: 'storage', shape: (l) => `[("archive<br/>${l}")]` },
  'AWS::EventSchemas::Registry': { kind: 'registry', shape: (l) => `[/"schema registry<br/>${l}"/]` },
  'AWS::SNS::Topic': { kind: 'topic', shape: (l) => `[/"SNS topic<br/>${l}"/]` },
};

export async function renderArchitecture(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-diagram-'));
  try {
    const { app, stack } = createApp({ outdir: dir, skipBundling: true, nag: false });
    const template = app.synth().getStackByName(stack.stackName).template as {
      Resources: Record<string, Resource>;
      Outputs?: Record<string, { Description?: string }>;
    };
    const markdown = render(stack, template.Resources, template.Outputs ?? {});
    // Formatted as `prettier --check .` expects it (tables aligned).
    return await prettier.format(markdown, { ...(await prettier.resolveConfig(OUT)), filepath: OUT });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function render(stack: Stack, resources: Record<string, Resource>, outputs: Record<string, { Description?: string }>) {
  // Construct paths (below the stack and the pipeline construct) name things; logical ids only join them.
  const pathOf = new Map<string, string>();
  for (const c of stack.node.findAll()) {
    if (!(c instanceof CfnResource)) continue;
    const path = c.node.path
      .split('/')
      .slice(1)
      .filter((p, i, all) => p !== 'Pipeline' && p !== 'Resource' && p !== all[i - 1])
      .join('/');
    pathOf.set(stack.getLogicalId(c), path || c.node.id);
  }
  const dlqs = new Set<string>();
  for (const r of Object.values(resources)) {
    const p = r.Properties ?? {};
    for (const target of list(p.Targets as Json[])) refs((target as Record<string, Json>).DeadLetterConfig, dlqs);
    refs((p.RedrivePolicy as Record<string, Json> | undefined)?.deadLetterTargetArn, dlqs);
    refs((p.DestinationConfig as Record<string, Json> | undefined)?.OnFailure, dlqs);
  }

  const nodes = new Map<string, Node>();
  const nodeId = (logical: string) => (pathOf.get(logical) ?? logical).replace(/[^A-Za-z0-9]/g, '_');
  for (const [logical, r] of Object.entries(resources)) {
    const shape = SHAPES[r.Type];
    if (!shape) continue;
    const label = pathOf.get(logical) ?? logical;
    const kind = r.Type === 'AWS::SQS::Queue' && dlqs.has(logical) ? 'dlq' : shape.kind;
    nodes.set(logical, { id: nodeId(logical), label, shape: shape.shape, kind });
  }
  const DEFAULT_BUS = 'default_bus';
  let usesDefaultBus = false;

  const edges = new Map<string, { from: string; to: string; labels: Set<string>; dashed: boolean }>();
  const edge = (from: string, to: string, label: string, dashed = false) => {
    if (from === to) return;
    const key = `${from}→${to}`;
    const e = edges.get(key) ?? { from, to, labels: new Set<string>(), dashed };
    e.labels.add(label);
    e.dashed &&= dashed;
    edges.set(key, e);
  };
  const known = (ids: Set<string>) => [...ids].filter((i) => nodes.has(i)).map((i) => nodes.get(i)!.id);

  const functionOfRole = new Map<string, string>();
  for (const [logical, r] of Object.entries(resources)) {
    if (r.Type !== 'AWS::Lambda::Function') continue;
    for (const role of refs(r.Properties?.Role)) functionOfRole.set(role, nodeId(logical));
  }

  for (const [logical, r] of Object.entries(resources)) {
    const p = r.Properties ?? {};
    const self = nodes.get(logical)?.id;
    switch (r.Type) {
      case 'AWS::S3::Bucket': {
        const logging = p.LoggingConfiguration as Record<string, Json> | undefined;
        for (const to of known(refs(logging?.DestinationBucketName))) edge(self!, to, 'access logs', true);
        const notify = (p.NotificationConfiguration as Record<string, Record<string, Json>> | undefined)
          ?.EventBridgeConfiguration?.EventBridgeEnabled;
        if (notify === true) {
          usesDefaultBus = true;
          edge(self!, DEFAULT_BUS, 'Object Created / Deleted');
        }
        break;
      }
      case 'AWS::Events::Rule': {
        const bus = known(refs(p.EventBusName))[0];
        if (bus) edge(bus, self!, patternLabel(p.EventPattern));
        else if (p.ScheduleExpression) {
          edge('schedule', self!, String(p.ScheduleExpression));
        } else {
          usesDefaultBus = true;
          edge(DEFAULT_BUS, self!, patternLabel(p.EventPattern));
        }
        for (const target of list(p.Targets as Json[])) {
          const t = target as Record<string, Json>;
          for (const to of known(refs(t.Arn))) edge(self!, to, 'target');
          for (const to of known(refs(t.DeadLetterConfig))) edge(self!, to, 'undeliverable', true);
        }
        break;
      }
      case 'AWS::SQS::Queue': {
        const redrive = p.RedrivePolicy as Record<string, Json> | undefined;
        for (const to of known(refs(redrive?.deadLetterTargetArn))) {
          edge(self!, to, `after ${String(redrive?.maxReceiveCount)} receives`, true);
        }
        break;
      }
      case 'AWS::Lambda::EventSourceMapping': {
        const fn = known(refs(p.FunctionName))[0];
        const source = known(refs(p.EventSourceArn))[0];
        if (fn && source) edge(source, fn, p.StartingPosition ? 'stream' : 'poll');
        const onFailure = (p.DestinationConfig as Record<string, Json> | undefined)?.OnFailure;
        for (const to of known(refs(onFailure))) if (fn) edge(fn, to, 'failed batches', true);
        break;
      }
      case 'AWS::Lambda::EventInvokeConfig': {
        const fn = known(refs(p.FunctionName))[0];
        const onFailure = (p.DestinationConfig as Record<string, Json> | undefined)?.OnFailure;
        for (const to of known(refs(onFailure))) if (fn) edge(fn, to, 'failed events', true);
        break;
      }
      case 'AWS::Events::Archive':
        for (const from of known(refs(p.SourceArn))) edge(from, self!, 'archive');
        break;
      case 'AWS::IAM::Policy': {
        const fns = [...refs(p.Roles)].map((role) => functionOfRole.get(role)).filter((f): f is string => !!f);
        const doc = p.PolicyDocument as { Statement: Array<Record<string, Json>> };
        for (const statement of doc.Statement) {
          const actions = list(statement.Action as string | string[]);
          const targets = [...refs(statement.Resource)].filter((t) => nodes.has(t));
          for (const fn of fns) {
            for (const t of targets) {
              const to = nodes.get(t)!;
              if (to.kind === 'queue' || to.kind === 'dlq') continue; // queues: drawn from their wiring above
              if (actions.includes('events:PutEvents')) edge(fn, to.id, 'PutEvents');
              const writes = actions.some((a) => /^dynamodb:(PutItem|UpdateItem|BatchWriteItem|DeleteItem)$/.test(a));
              const reads = actions.some((a) => /^(dynamodb:(GetItem|Query|BatchGetItem)|s3:GetObject)$/.test(a));
              const onlyUpdates = actions.every((a) => a === 'dynamodb:UpdateItem');
              if (writes) edge(fn, to.id, onlyUpdates ? 'updates' : 'writes');
              else if (reads) edge(to.id, fn, 'reads', true);
            }
          }
        }
        break;
      }
    }
  }
  const registry = Object.entries(resources).find(([, r]) => r.Type === 'AWS::EventSchemas::Registry');
  const bus = Object.entries(resources).find(([, r]) => r.Type === 'AWS::Events::EventBus');
  if (registry && bus) edge(nodes.get(registry[0])!.id, nodes.get(bus[0])!.id, 'describes the events of', true);

  const lines = ['flowchart LR'];
  if (usesDefaultBus) lines.push(`  ${DEFAULT_BUS}{{"EventBridge<br/>default bus"}}`);
  if ([...edges.values()].some((e) => e.from === 'schedule')) lines.push('  schedule(("schedule"))');
  for (const n of [...nodes.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    lines.push(`  ${n.id}${n.shape(n.label)}`);
  }
  for (const e of [...edges.values()].sort((a, b) => `${a.from} ${a.to}`.localeCompare(`${b.from} ${b.to}`))) {
    const label = [...e.labels].sort().join(', ').replace(/"/g, "'");
    lines.push(`  ${e.from} ${e.dashed ? '-.->' : '-->'}|"${label}"| ${e.to}`);
  }
  lines.push(
    '  classDef dlq fill:#fde2e1,stroke:#c0392b',
    '  classDef function fill:#fff4dd,stroke:#e67e22',
    '  classDef storage fill:#e8f1fb,stroke:#2e6da4',
  );
  for (const kind of ['dlq', 'function', 'storage']) {
    const ids = [...nodes.values()].filter((n) => n.kind === kind).map((n) => n.id);
    if (ids.length) lines.push(`  class ${ids.sort().join(',')} ${kind}`);
  }

  const alarms = Object.entries(resources)
    .filter(([, r]) => r.Type === 'AWS::CloudWatch::Alarm')
    .map(([logical, r]) => {
      const p = r.Properties ?? {};
      const dims = list(p.Dimensions as Json[]).flatMap((d) => known(refs((d as Record<string, Json>).Value)));
      return `| ${pathOf.get(logical)} | \`${String(p.Namespace)}\` \`${String(p.MetricName)}\` of ${dims.join(', ')} | > ${String(p.Threshold)} |`;
    })
    .sort();
  const counts = new Map<string, number>();
  for (const r of Object.values(resources)) counts.set(r.Type, (counts.get(r.Type) ?? 0) + 1);

  return [
    '<!-- Generated by `npm run diagram` (scripts/diagram.ts) from the synthesized CDK template. Do not edit. -->',
    '',
    '# Sitrep on AWS: architecture',
    '',
    'The `Sitrep` stack as `npx cdk synth` builds it (infra/aws/). Solid arrows carry events or data, dashed ones',
    'failures (dead-letter queues), reads and access logs. Red: dead-letter queues.',
    '',
    '```mermaid',
    ...lines,
    '```',
    '',
    '## Alarms',
    '',
    '| alarm | metric | fires when |',
    '| ----- | ------ | ---------- |',
    ...alarms,
    '',
    '## Outputs',
    '',
    '| output | what |',
    '| ------ | ---- |',
    ...Object.entries(outputs).map(([name, o]) => `| \`${name}\` | ${o.Description ?? ''} |`),
    '',
    '## Resources',
    '',
    '| type | count |',
    '| ---- | ----- |',
    ...[...counts].sort(([a], [b]) => a.localeCompare(b)).map(([type, n]) => `| \`${type}\` | ${n} |`),
    '',
  ].join('\n');
}

function patternLabel(pattern: Json | undefined): string {
  if (!pattern || typeof pattern !== 'object' || Array.isArray(pattern)) return 'all events';
  const types = list(pattern['detail-type'] as string[] | undefined);
  const source = list(pattern.source as string[] | undefined).join(', ');
  if (types.length === 0) return `source ${source}`;
  return types.length > 3 ? `source ${source}: ${types.length} event types` : `${source}: ${types.join(' / ')}`;
}

function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

const text = await renderArchitecture();
if (process.argv.includes('--check')) {
  if (readOrNull(OUT) !== text) {
    console.error('diagram:check: docs/architecture.md is stale or missing');
    console.error("diagram:check: run 'npm run diagram' and commit the result");
    process.exit(1);
  }
  console.log('diagram:check: docs/architecture.md is up to date');
} else {
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, text);
  console.log('wrote docs/architecture.md');
}
