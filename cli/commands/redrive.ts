import { parseArgs } from 'node:util';
import {
  DeleteMessageBatchCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  type MessageAttributeValue,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import { connectStack, disconnect, printError, STACK_OPTIONS, type StackConnection } from '../lib/connect.ts';
import { ProgressBar } from '../lib/progress.ts';
import {
  decideDeletes,
  decideOutboxRedrive,
  decideRedrive,
  decideSendBatches,
  OUTBOX_PROBE,
  REDRIVE_VISIBILITY_SECONDS,
  REDRIVE_WAIT_SECONDS,
  sendEntryId,
  type DlqMessage,
  type RedriveStep,
} from '../lib/redrive-plan.ts';
import { createStackClients } from '../lib/stack-clients.ts';
import { readOutputsFile } from '../lib/stack-outputs.ts';
import { CliUsageError } from '../usage.ts';

export const REDRIVE_HELP = `Usage: sitrep redrive --stack NAME [--queue Q] [--max N] [--outputs FILE] [--region R]

Empties a deployed stack's dead-letter queues back into the pipeline, after the cause of the failures is fixed:
  ingest              S3 notices → the ingest queue (ingestion is idempotent)
  projectorDelivery   events EventBridge could not enqueue → the project queue (projections dedupe by event id)
  projectorFailure    events the projector failed on → the project queue
  publish             stream batches the publisher gave up on: their commits stay in the outbox and the drain
                      publishes them, so these messages are deleted once the outbox is empty, and kept before
Each message is received, sent to its source queue (SendMessageBatch, with its body and message attributes) and
deleted from the DLQ only once the send succeeded: nothing is lost, and a message sent twice (an interrupted run)
is absorbed by the idempotent consumers. A message whose send fails stays in its DLQ (exit 1).

  --queue Q        only this DLQ: ingest, publish, projectorDelivery, projectorFailure, or project (both projector
                   DLQs); default every DLQ
  --max N          at most N messages per DLQ (default all)
  --stack NAME     the deployed stack: its queues from the outputs file
  --outputs FILE   'npx cdk deploy --outputs-file FILE' output (default cdk-outputs.json)
  --region R       the stack's Region (default: AWS_REGION / the profile's)

AWS_ENDPOINT_URL_SQS (and AWS_ENDPOINT_URL_DYNAMODB, for the outbox) point it at other endpoints.

Example:
  sitrep redrive --stack Sitrep
  sitrep redrive --stack Sitrep --queue ingest --max 100
`;

interface StepReport {
  role: string;
  moved: number;
  deleted: number;
  failed: number;
  kept?: string;
  target: string;
}

export async function runRedrive(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...STACK_OPTIONS, queue: { type: 'string' }, max: { type: 'string' } },
  });
  if (positionals.length) throw new CliUsageError(`unexpected argument '${positionals[0]}'`);
  if (!values.stack) throw new CliUsageError('--stack NAME is required');
  const stack = values.stack;
  let plan;
  try {
    plan = decideRedrive(readOutputsFile(values.outputs), stack, { queue: values.queue, max: values.max });
  } catch (err) {
    if (err instanceof CliUsageError) throw err;
    return printError('redrive', err);
  }
  const clients = createStackClients({ region: values.region });
  let conn: StackConnection | undefined;
  try {
    const reports: StepReport[] = [];
    for (const step of plan.steps) {
      if (step.target.kind === 'outbox') {
        conn ??= await connectStack({ stack, outputs: values.outputs, region: values.region });
        reports.push(await outboxStep(clients.sqs, conn, step, plan.max));
      } else {
        reports.push(await moveStep(clients.sqs, step, step.target.url, plan.max));
      }
    }
    for (const r of reports) {
      const line = r.kept
        ? `${r.role}: kept: ${r.kept}`
        : r.target === 'outbox'
          ? `${r.role}: ${r.deleted} deleted (the outbox is empty: their commits were published)`
          : `${r.role}: ${r.moved} moved to ${r.target}, ${r.failed} failed (left in the DLQ)`;
      process.stdout.write(`${line}\n`);
    }
    return reports.some((r) => r.failed > 0) ? 1 : 0;
  } catch (err) {
    return printError('redrive', err);
  } finally {
    clients.close();
    if (conn) await disconnect(conn);
  }
}

/** Moves up to `max` messages of one DLQ to `targetUrl`: receive, send, then delete what was sent. */
async function moveStep(sqs: SQSClient, step: RedriveStep, targetUrl: string, max: number): Promise<StepReport> {
  const report: StepReport = { role: step.role, moved: 0, deleted: 0, failed: 0, target: targetUrl };
  const progress = new ProgressBar(`redrive ${step.role}`, Math.min(max, await depth(sqs, step.dlqUrl)));
  // Messages already handled in this run: one whose send failed comes back only after the visibility timeout.
  const tried = new Set<string>();
  for (;;) {
    const room = max - report.moved - report.failed;
    if (room <= 0) break;
    const fresh = (await receive(sqs, step.dlqUrl, room)).filter((m) => !tried.has(m.MessageId ?? ''));
    if (fresh.length === 0) break;
    for (const m of fresh) tried.add(m.MessageId ?? '');
    for (const batch of decideSendBatches(fresh)) {
      const result = await sqs.send(
        new SendMessageBatchCommand({
          QueueUrl: targetUrl,
          Entries: batch.map((m, i) => ({
            Id: sendEntryId(i),
            MessageBody: m.Body ?? '',
            ...attributesOf(m),
          })),
        }),
      );
      const { sent, failed } = decideDeletes(batch, result);
      await deleteFrom(sqs, step.dlqUrl, sent);
      report.moved += sent.length;
      report.failed += failed.length;
      for (const f of failed) {
        process.stderr.write(`sitrep redrive: ${step.role}: message ${f.message.MessageId} not sent: ${f.reason}\n`);
      }
      progress.update(report.moved, `${report.failed} failed`);
    }
  }
  progress.done();
  return report;
}

/** The publish DLQ: its messages are deleted once the outbox is empty (the drain publishes what it holds). */
async function outboxStep(sqs: SQSClient, conn: StackConnection, step: RedriveStep, max: number): Promise<StepReport> {
  const report: StepReport = { role: step.role, moved: 0, deleted: 0, failed: 0, target: 'outbox' };
  const decision = decideOutboxRedrive((await conn.runtime.store.pending(OUTBOX_PROBE)).length);
  if (decision.action === 'keep') {
    const messages = await depth(sqs, step.dlqUrl);
    return { ...report, kept: `${messages} message(s): ${decision.why}` };
  }
  const tried = new Set<string>();
  while (report.deleted < max) {
    const fresh = (await receive(sqs, step.dlqUrl, max - report.deleted)).filter((m) => !tried.has(m.MessageId ?? ''));
    if (fresh.length === 0) break;
    for (const m of fresh) tried.add(m.MessageId ?? '');
    await deleteFrom(sqs, step.dlqUrl, fresh);
    report.deleted += fresh.length;
  }
  return report;
}

/** The message attributes a message is sent on with (those SQS can take again: with a data type). */
function attributesOf(m: DlqMessage): { MessageAttributes?: Record<string, MessageAttributeValue> } {
  const kept = Object.entries(m.MessageAttributes ?? {}).flatMap(([name, a]) =>
    a.DataType ? [[name, { ...a, DataType: a.DataType }] as const] : [],
  );
  return kept.length ? { MessageAttributes: Object.fromEntries(kept) } : {};
}

async function depth(sqs: SQSClient, url: string): Promise<number> {
  const { Attributes = {} } = await sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['ApproximateNumberOfMessages'] }),
  );
  return Number(Attributes['ApproximateNumberOfMessages'] ?? 0);
}

async function receive(sqs: SQSClient, url: string, room: number): Promise<DlqMessage[]> {
  const { Messages = [] } = await sqs.send(
    new ReceiveMessageCommand({
      QueueUrl: url,
      MaxNumberOfMessages: Math.max(1, Math.min(10, room)),
      WaitTimeSeconds: REDRIVE_WAIT_SECONDS,
      VisibilityTimeout: REDRIVE_VISIBILITY_SECONDS,
      MessageAttributeNames: ['All'],
    }),
  );
  return Messages as DlqMessage[];
}

/** Deletes received messages (10 per call); a receipt that expired meanwhile leaves its message to a later run. */
async function deleteFrom(sqs: SQSClient, url: string, messages: DlqMessage[]): Promise<void> {
  for (let i = 0; i < messages.length; i += 10) {
    const slice = messages.slice(i, i + 10);
    const res = await sqs.send(
      new DeleteMessageBatchCommand({
        QueueUrl: url,
        Entries: slice.map((m, j) => ({ Id: `d${j}`, ReceiptHandle: m.ReceiptHandle ?? '' })),
      }),
    );
    for (const f of res.Failed ?? []) {
      process.stderr.write(`sitrep redrive: not deleted from ${url} (sent again by the next run): ${f.Code}\n`);
    }
  }
}
