/** The local bus's delivery queue in two DynamoDB tables (`busTableSpecs`). See ../local/delivery-queue.ts. */
import {
  BatchWriteCommand,
  DeleteCommand,
  PutCommand,
  ScanCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import type { DeliveryQueue, QueuedDelivery, StoredDeadLetter } from '../local/delivery-queue.ts';

export function busTableSpecs(prefix: string): CreateTableCommandInput[] {
  return [`${prefix}bus-deliveries`, `${prefix}bus-dead-letters`].map((TableName) => ({
    TableName,
    KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
    AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
    BillingMode: 'PAY_PER_REQUEST',
  }));
}

/** BatchWriteItem's limit. */
const MAX_BATCH_WRITE = 25;

export class DynamoDeliveryQueue implements DeliveryQueue {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly queueTable: string,
    private readonly deadLetterTable: string,
  ) {}

  async enqueue(items: readonly QueuedDelivery[]): Promise<void> {
    for (const item of items) await this.doc.send(new PutCommand({ TableName: this.queueTable, Item: { ...item } }));
  }

  async page(after: unknown): Promise<{ items: QueuedDelivery[]; next: unknown }> {
    const page = await this.doc.send(
      new ScanCommand({
        TableName: this.queueTable,
        ExclusiveStartKey: after as Record<string, unknown> | undefined,
        ConsistentRead: true,
      }),
    );
    const items = (page.Items ?? []).map((i) => ({
      id: String(i['id']),
      rule: String(i['rule']),
      envelope: String(i['envelope']),
      attempts: Number(i['attempts']),
      due: Number(i['due']),
    }));
    return { items, next: page.LastEvaluatedKey };
  }

  async remove(ids: readonly string[]): Promise<void> {
    for (let i = 0; i < ids.length; i += MAX_BATCH_WRITE) {
      let pending = ids.slice(i, i + MAX_BATCH_WRITE).map((id) => ({ DeleteRequest: { Key: { id } } }));
      while (pending.length) {
        const out = await this.doc.send(new BatchWriteCommand({ RequestItems: { [this.queueTable]: pending } }));
        pending = (out.UnprocessedItems?.[this.queueTable] ?? []) as typeof pending;
      }
    }
  }

  async reschedule(id: string, attempts: number, due: number, error: string): Promise<void> {
    await this.doc.send(
      new UpdateCommand({
        TableName: this.queueTable,
        Key: { id },
        UpdateExpression: 'SET attempts = :a, due = :d, lastError = :e',
        ExpressionAttributeValues: { ':a': attempts, ':d': due, ':e': error },
      }),
    );
  }

  async count(): Promise<number> {
    const out = await this.doc.send(new ScanCommand({ TableName: this.queueTable, Select: 'COUNT' }));
    return out.Count ?? 0;
  }

  async putDeadLetter(letter: StoredDeadLetter): Promise<void> {
    await this.doc.send(new PutCommand({ TableName: this.deadLetterTable, Item: { ...letter } }));
    await this.doc.send(new DeleteCommand({ TableName: this.queueTable, Key: { id: letter.id } }));
  }

  async deadLetters(): Promise<StoredDeadLetter[]> {
    const items: Array<Record<string, unknown>> = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.doc.send(new ScanCommand({ TableName: this.deadLetterTable, ExclusiveStartKey: start }));
      items.push(...((page.Items ?? []) as Array<Record<string, unknown>>));
      start = page.LastEvaluatedKey;
    } while (start);
    return items.map((i) => ({
      id: String(i['id']),
      rule: String(i['rule']),
      ...(typeof i['envelope'] === 'string' ? { envelope: i['envelope'] } : {}),
      ...(typeof i['commit'] === 'string' ? { commit: i['commit'] } : {}),
      attempts: Number(i['attempts']),
      error: String(i['error']),
      failedAt: String(i['failedAt'] ?? ''),
    }));
  }
}
