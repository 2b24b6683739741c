import { z } from 'zod';
import type { ObjectNotice } from './ingest.ts';

/**
 * Amazon S3 events as EventBridge delivers them ("Object Created" / "Object Deleted", source aws.s3), and the SQS
 * messages that carry them to the ingest function. Parsing is strict about what we use and lenient about the rest.
 */
export const S3EventBridgeEvent = z.object({
  source: z.literal('aws.s3'),
  'detail-type': z.enum(['Object Created', 'Object Deleted']),
  detail: z.object({
    bucket: z.object({ name: z.string().min(1) }),
    object: z.object({
      key: z.string().min(1),
      etag: z.string().optional(),
      'version-id': z.string().optional(),
      sequencer: z.string().optional(),
    }),
  }),
});
export type S3EventBridgeEvent = z.infer<typeof S3EventBridgeEvent>;

export interface ObjectChange {
  kind: 'created' | 'deleted';
  notice: ObjectNotice;
}

/** The change an S3 EventBridge event reports, or a one-line reason why it is not one we can use. */
export function parseObjectChange(input: unknown): { change: ObjectChange } | { error: string } {
  const parsed = S3EventBridgeEvent.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      error: `not an S3 object event: ${issue ? `${issue.path.join('.') || 'event'}: ${issue.message}` : 'invalid'}`,
    };
  }
  const { detail } = parsed.data;
  // EventBridge delivers keys URL-decoded already (unlike S3 notifications to SQS, which encode them).
  const notice: ObjectNotice = {
    bucket: detail.bucket.name,
    key: detail.object.key,
    ...(detail.object['version-id'] ? { versionId: detail.object['version-id'] } : {}),
    ...(detail.object.etag ? { etag: detail.object.etag } : {}),
    ...(detail.object.sequencer ? { sequencer: detail.object.sequencer } : {}),
  };
  return { change: { kind: parsed.data['detail-type'] === 'Object Created' ? 'created' : 'deleted', notice } };
}
