/**
 * `sitrep redrive --stack`: what to do with each dead-letter queue of a deployed stack (pure decisions; the
 * command in cli/commands/redrive.ts does the SQS calls).
 *
 * - `ingest` (S3 notices) → back to the ingest queue; ingestion is idempotent (object key + version).
 * - `projectorDelivery` (events EventBridge could not enqueue) and `projectorFailure` (events the projector failed
 *   on `maxReceiveCount` times) → back to the project queue; projections dedupe by event id.
 * - `publish` holds only descriptions of stream batches the publisher gave up on: their commits keep their outbox
 *   mark and the drain publishes them. Nothing to move: the messages are deleted once the outbox is empty, and kept
 *   while it is not.
 *
 * A message is deleted from its DLQ only after SendMessageBatch reported it sent (`decideDeletes`), so nothing is
 * lost; a crash between the send and the delete sends it again, which the idempotent consumers absorb.
 */
import { CliUsageError } from '../usage.ts';
import { decideDeadLetterQueues, decideStackOutputs, requireOutput } from './stack-outputs.ts';

/** Where each DLQ role's messages go back to: the URL output of its source queue, or the outbox check. */
export const REDRIVE_TARGETS: Readonly<Record<string, { output: string } | 'outbox'>> = {
  ingest: { output: 'IngestQueueUrl' },
  projectorDelivery: { output: 'ProjectQueueUrl' },
  projectorFailure: { output: 'ProjectQueueUrl' },
  publish: 'outbox',
};
/** `--queue project`: both projector DLQs. */
const QUEUE_ALIASES: Readonly<Record<string, string[]>> = { project: ['projectorDelivery', 'projectorFailure'] };

/** SendMessageBatch takes at most 10 entries… */
export const SEND_BATCH_MAX_ENTRIES = 10;
/** …and at most 256 KiB of payload (bodies and message attributes) in all. */
export const SEND_BATCH_MAX_BYTES = 256 * 1024;
/** ReceiveMessage's long poll while redriving: long enough to ask every SQS server (a short poll samples some). */
export const REDRIVE_WAIT_SECONDS = 1;
/** How long a received message stays hidden in its DLQ: one whose send failed is not retried in the same run. */
export const REDRIVE_VISIBILITY_SECONDS = 120;

export type RedriveTarget = { kind: 'queue'; url: string } | { kind: 'outbox' };

export interface RedriveStep {
  role: string;
  dlqUrl: string;
  target: RedriveTarget;
}

export interface RedrivePlan {
  steps: RedriveStep[];
  /** Most messages handled per DLQ (Infinity: all). */
  max: number;
}

/** The DLQs `--queue` names (all by default), each with its target, and `--max` (pure). */
export function decideRedrive(
  outputs: unknown,
  stack: string,
  opts: { queue?: string | undefined; max?: string | undefined },
): RedrivePlan {
  const max = decideMax(opts.max);
  const queues = decideDeadLetterQueues(outputs, stack);
  const known = queues.map((q) => q.role);
  let roles = known;
  if (opts.queue !== undefined) {
    const asked = QUEUE_ALIASES[opts.queue] ?? [opts.queue];
    if (!asked.every((r) => known.includes(r))) {
      const choices = [...known, ...Object.keys(QUEUE_ALIASES)].join(', ');
      throw new CliUsageError(`--queue takes one of ${choices}, not '${opts.queue}'`);
    }
    roles = asked;
  }
  const mine = decideStackOutputs(outputs, stack);
  const steps = queues
    .filter((q) => roles.includes(q.role))
    .map(({ role, url }): RedriveStep => {
      const target = REDRIVE_TARGETS[role];
      if (target === undefined) {
        throw new CliUsageError(`the ${role} dead-letter queue has no known source queue; redrive it by hand`);
      }
      return {
        role,
        dlqUrl: url,
        target:
          target === 'outbox' ? { kind: 'outbox' } : { kind: 'queue', url: requireOutput(mine, stack, target.output) },
      };
    });
  return { steps, max };
}

function decideMax(option: string | undefined): number {
  if (option === undefined) return Infinity;
  const n = Number(option);
  if (!/^\d+$/.test(option.trim()) || !Number.isSafeInteger(n) || n < 1) {
    throw new CliUsageError(`--max takes a positive integer, not '${option}'`);
  }
  return n;
}

export interface DlqMessage {
  MessageId?: string | undefined;
  ReceiptHandle?: string | undefined;
  Body?: string | undefined;
  MessageAttributes?: Record<string, { DataType?: string; StringValue?: string; BinaryValue?: Uint8Array }>;
}

/** The bytes SQS counts for a message in a batch: its body and its attributes' names, types and values. */
export function messageBytes(m: DlqMessage): number {
  let bytes = Buffer.byteLength(m.Body ?? '', 'utf8');
  for (const [name, a] of Object.entries(m.MessageAttributes ?? {})) {
    bytes += Buffer.byteLength(name, 'utf8') + Buffer.byteLength(a.DataType ?? '', 'utf8');
    bytes += a.StringValue !== undefined ? Buffer.byteLength(a.StringValue, 'utf8') : (a.BinaryValue?.length ?? 0);
  }
  return bytes;
}

/**
 * Received messages cut into SendMessageBatch calls (pure): at most SEND_BATCH_MAX_ENTRIES each and, but for a
 * single message that is larger by itself, at most SEND_BATCH_MAX_BYTES.
 */
export function decideSendBatches<M extends DlqMessage>(messages: M[]): M[][] {
  const batches: M[][] = [];
  let batch: M[] = [];
  let bytes = 0;
  for (const m of messages) {
    const size = messageBytes(m);
    if (batch.length > 0 && (batch.length >= SEND_BATCH_MAX_ENTRIES || bytes + size > SEND_BATCH_MAX_BYTES)) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(m);
    bytes += size;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/**
 * After a SendMessageBatch of `batch` (entry ids `m0`, `m1`, … in batch order): delete from the DLQ exactly the
 * messages reported sent; the others stay (pure).
 */
export function decideDeletes<M extends DlqMessage>(
  batch: M[],
  result: {
    Successful?: Array<{ Id?: string | undefined }> | undefined;
    Failed?: Array<{ Id?: string | undefined; Code?: string | undefined; Message?: string | undefined }> | undefined;
  },
): { sent: M[]; failed: Array<{ message: M; reason: string }> } {
  const ok = new Set((result.Successful ?? []).map((s) => s.Id));
  const reasons = new Map((result.Failed ?? []).map((f) => [f.Id, `${f.Code ?? 'Failed'}: ${f.Message ?? ''}`.trim()]));
  const sent: M[] = [];
  const failed: Array<{ message: M; reason: string }> = [];
  batch.forEach((message, i) => {
    const id = sendEntryId(i);
    if (ok.has(id)) sent.push(message);
    else failed.push({ message, reason: reasons.get(id) ?? 'not reported sent' });
  });
  return { sent, failed };
}

/** The SendMessageBatch entry id of the i-th message of a batch. */
export const sendEntryId = (i: number): string => `m${i}`;

/** What to do with the publish DLQ (pure): its messages are deleted only once the outbox holds no commit. */
export function decideOutboxRedrive(pendingCommits: number): { action: 'delete' } | { action: 'keep'; why: string } {
  if (pendingCommits === 0) return { action: 'delete' };
  return {
    action: 'keep',
    why:
      `the outbox still holds ${pendingCommits}${pendingCommits >= OUTBOX_PROBE ? '+' : ''} commit(s), which the drain ` +
      'publishes within 5 minutes; run this again once it is empty',
  };
}

/** Commits the publish step asks the outbox for: only whether it is empty matters. */
export const OUTBOX_PROBE = 100;
