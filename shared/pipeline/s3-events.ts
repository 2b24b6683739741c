import * as z from 'zod';
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
    reason: z.string().optional(),
    'deletion-type': z.string().optional(),
  }),
});
export type S3EventBridgeEvent = z.infer<typeof S3EventBridgeEvent>;

/** S3's `deletion-type` for a version removed for good (the other is "Delete Marker Created"). */
const PERMANENTLY_DELETED = 'Permanently Deleted';

export interface ObjectChange {
  kind: 'created' | 'deleted';
  notice: ObjectNotice;
  /**
   * Deletions only: `versionRemoved` when one object version was removed for good (`deletion-type` "Permanently
   * Deleted" with its `version-id`: an explicit versioned delete, or a lifecycle expiry, maybe of a noncurrent
   * version); else the key's current object is gone (a delete marker, or a delete in a bucket without versions).
   */
  deletion?: 'versionRemoved' | 'objectGone';
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
  if (parsed.data['detail-type'] === 'Object Created') return { change: { kind: 'created', notice } };
  const versionRemoved = detail['deletion-type'] === PERMANENTLY_DELETED && !!detail.object['version-id'];
  return { change: { kind: 'deleted', notice, deletion: versionRemoved ? 'versionRemoved' : 'objectGone' } };
}
