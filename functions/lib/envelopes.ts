/**
 * The AWS envelopes the handlers receive, as zod schemas: an EventBridge event and an SQS record, field for field as
 * Powertools' parser defines them (@aws-lambda-powertools/parser/schemas). They are written here because the parser's
 * schema modules import zod's `z` namespace as a value, which keeps all of zod (its ~60 message locales included,
 * about 360 KB minified) in every bundle that uses them; `import * as z` lets esbuild keep only what is used.
 */
import * as z from 'zod';

export const EventBridgeSchema = z.object({
  version: z.string(),
  id: z.string(),
  source: z.string(),
  account: z.string(),
  time: z.iso.datetime(),
  region: z.string(),
  resources: z.array(z.string()),
  'detail-type': z.string(),
  detail: z.unknown(),
  'replay-name': z.string().optional(),
});

const SqsAttributesSchema = z.object({
  ApproximateReceiveCount: z.string(),
  ApproximateFirstReceiveTimestamp: z.string(),
  MessageDeduplicationId: z.string().optional(),
  MessageGroupId: z.string().optional(),
  SenderId: z.string(),
  SentTimestamp: z.string(),
  SequenceNumber: z.string().optional(),
  AWSTraceHeader: z.string().optional(),
  // Undocumented; the console's redrive sets it.
  DeadLetterQueueSourceArn: z.string().optional(),
});

const SqsMsgAttributeSchema = z.object({
  stringValue: z.string().optional().nullable(),
  binaryValue: z.string().optional().nullable(),
  stringListValues: z.array(z.string()).optional(),
  binaryListValues: z.array(z.string()).optional(),
  // String, Number, Binary, or one of them with a custom suffix ("Number.float").
  dataType: z.string(),
});

export const SqsRecordSchema = z.object({
  messageId: z.string(),
  receiptHandle: z.string(),
  body: z.string(),
  attributes: SqsAttributesSchema,
  messageAttributes: z.record(z.string(), SqsMsgAttributeSchema),
  md5OfBody: z.string(),
  md5OfMessageAttributes: z.string().optional().nullable(),
  eventSource: z.literal('aws:sqs'),
  eventSourceARN: z.string(),
  awsRegion: z.string(),
});
