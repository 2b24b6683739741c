/**
 * A deployed stack's resources, from the outputs file `npx cdk deploy --outputs-file cdk-outputs.json` writes
 * (`{ "<stack>": { "<OutputKey>": "<value>", … } }`): the bucket and tables the Lambdas use, so the CLI reads and rebuilds
 * through the same adapters. Offline: no CloudFormation call. Every failure is one line with a code.
 */
import { readFileSync } from 'node:fs';
import type { ReadModelTables } from '../../shared/adapters/aws/read-model-tables.ts';

export const DEFAULT_OUTPUTS_FILE = 'cdk-outputs.json';

export type StackOutputsErrorCode = 'NO_OUTPUTS_FILE' | 'BAD_OUTPUTS_FILE' | 'NO_SUCH_STACK' | 'MISSING_OUTPUT';

export class StackOutputsError extends Error {
  constructor(
    readonly code: StackOutputsErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface StackTables {
  /** The articles bucket (`ArticlesBucketName`). */
  bucket: string;
  eventStore: string;
  readModels: ReadModelTables;
}

/** The output key of each table (see infra/aws/stack.ts). */
const TABLE_OUTPUTS = {
  eventStore: 'EventStoreTableName',
  facts: 'FactsTableName',
  missions: 'MissionsTableName',
  entities: 'EntitiesTableName',
  timeline: 'TimelineTableName',
  articles: 'ArticlesTableName',
} as const;

/** The outputs of `stack` in a parsed outputs file (pure). */
export function decideStackOutputs(outputs: unknown, stack: string): Record<string, unknown> {
  const all = outputs && typeof outputs === 'object' ? (outputs as Record<string, unknown>) : undefined;
  const mine = all?.[stack];
  if (!mine || typeof mine !== 'object') {
    const known = all ? Object.keys(all).join(', ') || 'none' : 'none';
    throw new StackOutputsError('NO_SUCH_STACK', `no outputs for stack '${stack}' (stacks in the file: ${known})`);
  }
  return mine as Record<string, unknown>;
}

/** One output's value; a missing one means the stack predates it. */
export function requireOutput(outputs: Record<string, unknown>, stack: string, key: string): string {
  const value = outputs[key];
  if (typeof value !== 'string' || !value) {
    throw new StackOutputsError('MISSING_OUTPUT', `stack '${stack}' has no output ${key}; redeploy it`);
  }
  return value;
}

/** The tables of `stack` in a parsed outputs file (pure). */
export function decideStackTables(outputs: unknown, stack: string): StackTables {
  const mine = decideStackOutputs(outputs, stack);
  const get = (key: string) => requireOutput(mine, stack, key);
  return {
    bucket: get('ArticlesBucketName'),
    eventStore: get(TABLE_OUTPUTS.eventStore),
    readModels: {
      facts: get(TABLE_OUTPUTS.facts),
      missions: get(TABLE_OUTPUTS.missions),
      entities: get(TABLE_OUTPUTS.entities),
      timeline: get(TABLE_OUTPUTS.timeline),
      articles: get(TABLE_OUTPUTS.articles),
    },
  };
}

/** The stack's event bus (`EventBusName`), where `tail --stack --follow` attaches its temporary rule (pure). */
export function decideStackBus(outputs: unknown, stack: string): string {
  return requireOutput(decideStackOutputs(outputs, stack), stack, 'EventBusName');
}

/** The dead-letter queues of the stack, by role (`IngestDlqUrl` → `ingest`), in output order (pure). */
export function decideDeadLetterQueues(outputs: unknown, stack: string): Array<{ role: string; url: string }> {
  const mine = decideStackOutputs(outputs, stack);
  const queues = Object.entries(mine).flatMap(([key, value]) => {
    const role = DLQ_URL_OUTPUT.exec(key)?.[1];
    return role && typeof value === 'string' && value
      ? [{ role: role[0]!.toLowerCase() + role.slice(1), url: value }]
      : [];
  });
  if (queues.length === 0) {
    throw new StackOutputsError(
      'MISSING_OUTPUT',
      `stack '${stack}' has no dead-letter queue outputs (…DlqUrl); redeploy it`,
    );
  }
  return queues;
}

/** `IngestDlqUrl`, `PublishDlqUrl`, … (infra/aws/stack.ts names one per dead-letter queue). */
const DLQ_URL_OUTPUT = /^(\w+)DlqUrl$/;

/** The parsed outputs file: `{ "<stack>": { "<OutputKey>": "<value>" } }`. */
export function readOutputsFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new StackOutputsError(
      'NO_OUTPUTS_FILE',
      `cannot read ${file}; write it with 'npx cdk deploy --outputs-file ${file}'`,
    );
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new StackOutputsError('BAD_OUTPUTS_FILE', `${file} is not JSON`);
  }
}

export function readStackTables(file: string, stack: string): StackTables {
  return decideStackTables(readOutputsFile(file), stack);
}
