/**
 * The temporary subscription of `sitrep tail --stack --follow`: an SQS queue (SSE, short retention, a policy that
 * admits only its rule) and a rule on the stack's bus that targets it, both tagged (see stale-tail-resources.ts).
 * Opening one first deletes the stale ones of earlier runs; closing deletes both. Through the real SDK clients, so
 * the same code runs on AWS and on moto_server.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import {
  DeleteRuleCommand,
  ListRulesCommand,
  ListTagsForResourceCommand,
  ListTargetsByRuleCommand,
  PutRuleCommand,
  PutTargetsCommand,
  RemoveTargetsCommand,
  type ListRulesCommandOutput,
} from '@aws-sdk/client-eventbridge';
import {
  CreateQueueCommand,
  DeleteMessageBatchCommand,
  DeleteQueueCommand,
  GetQueueAttributesCommand,
  ListQueuesCommand,
  ListQueueTagsCommand,
  ReceiveMessageCommand,
  type ListQueuesCommandOutput,
  SetQueueAttributesCommand,
} from '@aws-sdk/client-sqs';
import { isAlive } from '../../infra/local/data-dir-lock.ts';
import type { StackClients } from './stack-clients.ts';
import { TAIL_QUEUE_RETENTION_SECONDS } from './stack-limits.ts';
import {
  decideStaleTailResources,
  TAIL_NAME_PREFIX,
  tailResourceName,
  tailTags,
  type StaleContext,
  type TailResource,
} from './stale-tail-resources.ts';

/** SQS long polling: the longest wait SQS allows per ReceiveMessage. */
export const TAIL_POLL_WAIT_SECONDS = 20;
/** The most messages one ReceiveMessage returns (an SQS limit). */
const RECEIVE_BATCH = 10;
/** Random bytes of a resource name's suffix (12 hex characters). */
const NAME_SUFFIX_BYTES = 6;
const TARGET_ID = 'sitrep-tail';

export interface TailSubscription {
  ruleName: string;
  queueUrl: string;
  /** Stale resources of earlier runs that opening deleted. */
  removedStale: number;
  /** Waits for events (up to TAIL_POLL_WAIT_SECONDS), deletes them from the queue and returns their bodies. */
  receive(signal?: AbortSignal): Promise<string[]>;
  /** Deletes the rule and the queue; safe to call twice. */
  close(): Promise<void>;
}

export async function openTailSubscription(
  clients: StackClients,
  opts: { bus: string; stack: string; pattern: unknown; now?: number; host?: string; pid?: number },
): Promise<TailSubscription> {
  const now = opts.now ?? Date.now();
  const host = opts.host ?? hostname();
  const pid = opts.pid ?? process.pid;
  const removedStale = await removeStale(clients, opts.bus, { stack: opts.stack, host, now, isAlive });
  const name = tailResourceName(opts.stack, randomBytes(NAME_SUFFIX_BYTES).toString('hex'));
  const tags = tailTags(opts.stack, host, pid, now);
  const created = { queueUrl: undefined as string | undefined, rule: false };
  const close = async () => {
    if (created.rule) {
      await deleteRule(clients, opts.bus, name);
      created.rule = false;
    }
    if (created.queueUrl) {
      await clients.sqs.send(new DeleteQueueCommand({ QueueUrl: created.queueUrl }));
      created.queueUrl = undefined;
    }
  };
  try {
    const queue = await clients.sqs.send(
      new CreateQueueCommand({
        QueueName: name,
        Attributes: {
          MessageRetentionPeriod: String(TAIL_QUEUE_RETENTION_SECONDS),
          SqsManagedSseEnabled: 'true',
        },
        tags,
      }),
    );
    const queueUrl = (created.queueUrl = queue.QueueUrl!);
    const { Attributes } = await clients.sqs.send(
      new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['QueueArn'] }),
    );
    const queueArn = Attributes!['QueueArn']!;
    const rule = await clients.events.send(
      new PutRuleCommand({
        Name: name,
        EventBusName: opts.bus,
        EventPattern: JSON.stringify(opts.pattern),
        Description: `sitrep tail of ${opts.stack} (temporary; deleted when the tail ends or by the next tail)`,
        Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
      }),
    );
    created.rule = true;
    await clients.sqs.send(
      new SetQueueAttributesCommand({
        QueueUrl: queueUrl,
        Attributes: { Policy: JSON.stringify(queuePolicy(queueArn, rule.RuleArn!)) },
      }),
    );
    await clients.events.send(
      new PutTargetsCommand({ Rule: name, EventBusName: opts.bus, Targets: [{ Id: TARGET_ID, Arn: queueArn }] }),
    );
    return {
      ruleName: name,
      queueUrl,
      removedStale,
      close,
      receive: async (signal) => {
        const res = await clients.sqs.send(
          new ReceiveMessageCommand({
            QueueUrl: queueUrl,
            MaxNumberOfMessages: RECEIVE_BATCH,
            WaitTimeSeconds: TAIL_POLL_WAIT_SECONDS,
          }),
          signal ? { abortSignal: signal } : {},
        );
        const messages = res.Messages ?? [];
        if (messages.length) {
          await clients.sqs.send(
            new DeleteMessageBatchCommand({
              QueueUrl: queueUrl,
              Entries: messages.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle! })),
            }),
          );
        }
        return messages.map((m) => m.Body ?? '');
      },
    };
  } catch (err) {
    await close().catch(() => undefined);
    throw err;
  }
}

/** Only the stack's bus, through this one rule, may send to the queue. */
function queuePolicy(queueArn: string, ruleArn: string) {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'TailRuleOnly',
        Effect: 'Allow',
        Principal: { Service: 'events.amazonaws.com' },
        Action: 'sqs:SendMessage',
        Resource: queueArn,
        Condition: { ArnEquals: { 'aws:SourceArn': ruleArn } },
      },
    ],
  };
}

async function removeStale(clients: StackClients, bus: string, ctx: StaleContext): Promise<number> {
  const rules: Array<TailResource & { arn: string }> = [];
  let next: string | undefined;
  do {
    const page: ListRulesCommandOutput = await clients.events.send(
      new ListRulesCommand({ EventBusName: bus, NamePrefix: TAIL_NAME_PREFIX, ...(next ? { NextToken: next } : {}) }),
    );
    for (const r of page.Rules ?? []) {
      const { Tags } = await clients.events.send(new ListTagsForResourceCommand({ ResourceARN: r.Arn! }));
      rules.push({ name: r.Name!, arn: r.Arn!, tags: Object.fromEntries((Tags ?? []).map((t) => [t.Key!, t.Value!])) });
    }
    next = page.NextToken;
  } while (next);
  const queues: Array<TailResource & { url: string }> = [];
  next = undefined;
  do {
    const page: ListQueuesCommandOutput = await clients.sqs.send(
      new ListQueuesCommand({ QueueNamePrefix: TAIL_NAME_PREFIX, ...(next ? { NextToken: next } : {}) }),
    );
    for (const url of page.QueueUrls ?? []) {
      const { Tags } = await clients.sqs.send(new ListQueueTagsCommand({ QueueUrl: url }));
      queues.push({ name: url.slice(url.lastIndexOf('/') + 1), url, tags: Tags ?? {} });
    }
    next = page.NextToken;
  } while (next);
  const staleRules = new Set(decideStaleTailResources(rules, ctx));
  const staleQueues = new Set(decideStaleTailResources(queues, ctx));
  for (const r of rules) if (staleRules.has(r.name)) await deleteRule(clients, bus, r.name);
  for (const q of queues)
    if (staleQueues.has(q.name)) await clients.sqs.send(new DeleteQueueCommand({ QueueUrl: q.url }));
  return staleRules.size + staleQueues.size;
}

async function deleteRule(clients: StackClients, bus: string, name: string): Promise<void> {
  const { Targets } = await clients.events.send(new ListTargetsByRuleCommand({ Rule: name, EventBusName: bus }));
  if (Targets?.length) {
    await clients.events.send(
      new RemoveTargetsCommand({ Rule: name, EventBusName: bus, Ids: Targets.map((t) => t.Id!) }),
    );
  }
  await clients.events.send(new DeleteRuleCommand({ Name: name, EventBusName: bus }));
}
