/**
 * Real-shaped Lambda events for the handler tests: SQS messages carrying S3 EventBridge events (as an
 * EventBridge rule → SQS target delivers them), DynamoDB Streams records built from event store items, and
 * EventBridge envelopes of Sitrep events.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord, EventBridgeEvent, SQSRecord } from 'aws-lambda';
import { commitToItem } from '../../../shared/adapters/aws/event-store-item.ts';
import type { BusEntry, LogEvent } from '../../../shared/events/envelope.ts';
import type { Commit } from '../../../shared/ports.ts';

export const REGION = 'us-east-1';
export const ACCOUNT = '123456789012';

/** An S3 event as EventBridge delivers it ("Object Created" / "Object Deleted", source aws.s3). */
export function s3Event(
  kind: 'Object Created' | 'Object Deleted',
  object: { bucket: string; key: string; etag?: string; size?: number; sequencer?: string; versionId?: string },
  /** Deletions: why and how, as S3 reports them (default: a DeleteObject in a bucket without versions). */
  deletion: {
    reason?: 'DeleteObject' | 'Lifecycle Expiration';
    type?: 'Permanently Deleted' | 'Delete Marker Created';
  } = {},
): EventBridgeEvent<string, unknown> {
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': kind,
    source: 'aws.s3',
    account: ACCOUNT,
    time: '2025-03-04T10:00:00Z',
    region: REGION,
    resources: [`arn:aws:s3:::${object.bucket}`],
    detail: {
      version: '0',
      bucket: { name: object.bucket },
      object: {
        key: object.key,
        ...(object.size !== undefined ? { size: object.size } : {}),
        ...(object.etag ? { etag: object.etag } : {}),
        ...(object.versionId ? { 'version-id': object.versionId } : {}),
        ...(object.sequencer ? { sequencer: object.sequencer } : {}),
      },
      'request-id': 'C3D13FE58DE4C810',
      requester: ACCOUNT,
      reason: kind === 'Object Created' ? 'PutObject' : (deletion.reason ?? 'DeleteObject'),
      ...(kind === 'Object Deleted' ? { 'deletion-type': deletion.type ?? 'Permanently Deleted' } : {}),
    },
  };
}

/** One SQS message as the ingest function receives it; `body` is sent as is when a string, else as JSON. */
export function sqsRecord(body: unknown, messageId: string = randomUUID()): SQSRecord {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return {
    messageId,
    receiptHandle: `AQEB${messageId}`,
    body: text,
    attributes: {
      ApproximateReceiveCount: '1',
      SentTimestamp: '1741082400000',
      SenderId: 'AIDAIENQZJOLO23YVJ4VO',
      ApproximateFirstReceiveTimestamp: '1741082400001',
    },
    messageAttributes: {},
    md5OfBody: createHash('md5').update(text).digest('hex'),
    eventSource: 'aws:sqs',
    eventSourceARN: `arn:aws:sqs:${REGION}:${ACCOUNT}:sitrep-ingest`,
    awsRegion: REGION,
  };
}

let sequence = 100_000_000_000_000_000_000;

/**
 * A DynamoDB Streams record (NEW_IMAGE view) of an event store table, as Lambda delivers it: JSON, so binary
 * attributes (`eventsGz`) are base64 text.
 */
export function streamRecord(
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE',
  image: Record<string, AttributeValue> | undefined,
  keys: Record<string, AttributeValue>,
): DynamoDBRecord {
  sequence += 1;
  return {
    eventID: randomUUID().replace(/-/g, ''),
    eventName,
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: REGION,
    dynamodb: {
      ApproximateCreationDateTime: 1741082400,
      Keys: keys as never,
      ...(image ? { NewImage: asLambdaJson(image) as never } : {}),
      SequenceNumber: String(sequence),
      SizeBytes: 1024,
      StreamViewType: 'NEW_IMAGE',
    },
    eventSourceARN: `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/sitrep-events/stream/2025-03-04T00:00:00.000`,
  };
}

/** Binary values as base64 text, as in the JSON event Lambda receives. */
function asLambdaJson(image: Record<string, AttributeValue>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(image).map(([k, v]) => [k, v.B !== undefined ? { B: Buffer.from(v.B).toString('base64') } : v]),
  );
}

/** The INSERT record DynamoDB Streams emits for a commit's item (as the event store writes it: pending). */
export function insertRecordOf(commit: Commit): DynamoDBRecord {
  const image = marshall(commitToItem(commit, true), { removeUndefinedValues: true });
  return streamRecord('INSERT', image, marshall({ stream: commit.stream, version: commit.version }));
}

/** The MODIFY record that `markPublished` causes (outbox mark removed). */
export function modifyRecordOf(commit: Commit): DynamoDBRecord {
  const image = marshall(commitToItem(commit, false), { removeUndefinedValues: true });
  return streamRecord('MODIFY', image, marshall({ stream: commit.stream, version: commit.version }));
}

/** The envelope EventBridge delivers to a rule target for a Sitrep event. */
export function sitrepEnvelope(event: LogEvent, id: string = randomUUID()): EventBridgeEvent<string, unknown> {
  return {
    version: '0',
    id,
    'detail-type': event.type,
    source: 'sitrep',
    account: ACCOUNT,
    time: '2025-03-04T10:00:01Z',
    region: REGION,
    resources: [],
    detail: event,
  };
}

/** The envelope EventBridge would deliver for a PutEvents entry. */
export function envelopeOfEntry(entry: BusEntry): EventBridgeEvent<string, unknown> {
  return sitrepEnvelope(JSON.parse(entry.Detail) as LogEvent);
}
