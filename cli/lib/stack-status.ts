/**
 * `sitrep status --stack`: what a deployed stack has in flight and what it gave up on, from its resources: the
 * commits still marked in the event store's outbox index, and the messages in each dead-letter queue (the stack's
 * `…DlqUrl` outputs). Through the adapters and SDK clients the functions use; no CloudWatch call.
 */
import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import type { EventStore } from '../../shared/ports.ts';
import type { StackClients } from './stack-clients.ts';
import { STATUS_OUTBOX_CAP } from './stack-limits.ts';

export interface StackStatus {
  stack: string;
  /** Commits waiting to be published (at most STATUS_OUTBOX_CAP counted). */
  outbox: number;
  outboxCapped: boolean;
  /** Messages in all dead-letter queues. */
  deadLetters: number;
  deadLetterQueues: Array<{ role: string; url: string; messages: number }>;
}

export async function readStackStatus(
  deps: { store: Pick<EventStore, 'pending'>; clients: StackClients },
  stack: string,
  queues: Array<{ role: string; url: string }>,
): Promise<StackStatus> {
  const outbox = (await deps.store.pending(STATUS_OUTBOX_CAP)).length;
  const deadLetterQueues = [];
  for (const queue of queues) {
    const { Attributes = {} } = await deps.clients.sqs.send(
      new GetQueueAttributesCommand({
        QueueUrl: queue.url,
        AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
      }),
    );
    const messages =
      Number(Attributes['ApproximateNumberOfMessages'] ?? 0) +
      Number(Attributes['ApproximateNumberOfMessagesNotVisible'] ?? 0);
    deadLetterQueues.push({ ...queue, messages });
  }
  return {
    stack,
    outbox,
    outboxCapped: outbox >= STATUS_OUTBOX_CAP,
    deadLetters: deadLetterQueues.reduce((sum, q) => sum + q.messages, 0),
    deadLetterQueues,
  };
}

/** The status as lines a person reads (pure). */
export function renderStackStatus(s: StackStatus): string {
  const lines = [
    `stack: ${s.stack}`,
    `outbox: ${s.outboxCapped ? `${s.outbox} or more` : s.outbox} commit(s) waiting to be published`,
    `dead letters: ${s.deadLetters} message(s)`,
    ...s.deadLetterQueues.map((q) => `  ${q.role}: ${q.messages}  ${q.url}`),
  ];
  if (s.deadLetters > 0) {
    lines.push(`redrive: sitrep redrive --stack ${s.stack} (see 'Redrive a dead-letter queue' in the README)`);
  }
  return `${lines.join('\n')}\n`;
}
