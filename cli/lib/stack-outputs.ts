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

/** The tables of `stack` in a parsed outputs file (pure). */
export function decideStackTables(outputs: unknown, stack: string): StackTables {
  const all = outputs && typeof outputs === 'object' ? (outputs as Record<string, unknown>) : undefined;
  const mine = all?.[stack];
  if (!mine || typeof mine !== 'object') {
    const known = all ? Object.keys(all).join(', ') || 'none' : 'none';
    throw new StackOutputsError('NO_SUCH_STACK', `no outputs for stack '${stack}' (stacks in the file: ${known})`);
  }
  const get = (key: string): string => {
    const value = (mine as Record<string, unknown>)[key];
    if (typeof value !== 'string' || !value) {
      throw new StackOutputsError('MISSING_OUTPUT', `stack '${stack}' has no output ${key}; redeploy it`);
    }
    return value;
  };
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

export function readStackTables(file: string, stack: string): StackTables {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new StackOutputsError(
      'NO_OUTPUTS_FILE',
      `cannot read ${file}; write it with 'npx cdk deploy --outputs-file ${file}'`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new StackOutputsError('BAD_OUTPUTS_FILE', `${file} is not JSON`);
  }
  return decideStackTables(parsed, stack);
}
