import * as z from 'zod';
import { PartialDate, SCHEMA_VERSION } from './contracts.ts';

/**
 * Pipeline records about articles, appended to the article's stream next to its domain events and published on
 * the bus like them. They tell projections which events of an article are current: the record with the highest
 * `revision` (the stream version it was appended at) wins, so re-uploads replace and deletions retract.
 */
export const ArticleSource = z.object({
  key: z.string().min(1).describe('object key in the articles bucket'),
  objectVersion: z.string().describe('S3 version id, or the ETag where the bucket is not versioned'),
  sequencer: z.string().optional().describe('S3 event sequencer: orders events of one key'),
  contentId: z
    .string()
    .optional()
    .describe('hash of the ETag and the user metadata: the same content uploaded again has the same contentId'),
  contentHash: z.string().optional(),
  published: PartialDate.optional(),
  title: z.string().optional(),
  url: z.string().optional(),
});

export const ArticleProcessed = z
  .object({
    type: z.literal('ArticleProcessed'),
    schemaVersion: z.literal(SCHEMA_VERSION),
    id: z.string().regex(/^[0-9a-f]{32}$/),
    revision: z.number().int().positive().describe('stream version of the commit that holds this record'),
    article: ArticleSource,
    status: z.enum(['processed', 'failed']),
    error: z.object({ code: z.string(), message: z.string() }).optional(),
    eventIds: z
      .array(z.string())
      .describe('ids of the domain events this version of the article states (this part of them, when `part` is set)'),
    eventCount: z
      .number()
      .int()
      .nonnegative()
      .optional()
      .describe('number of domain events of this version across all parts (set on parts)'),
    part: z
      .object({ index: z.number().int().nonnegative(), count: z.number().int().positive() })
      .optional()
      .describe(
        'set when the record was too large for one bus entry: one of `count` parts sharing `revision`; ' +
          "the union of their `eventIds` is the version's events",
      ),
  })
  .describe(
    'An article version was ingested: its current events are exactly `eventIds` (none when it failed), ' +
      'or the union of the `eventIds` of its parts when it was published in parts.',
  );

export const ArticleDeleted = z
  .object({
    type: z.literal('ArticleDeleted'),
    schemaVersion: z.literal(SCHEMA_VERSION),
    id: z.string().regex(/^[0-9a-f]{32}$/),
    revision: z.number().int().positive(),
    article: z.object({ key: z.string().min(1), sequencer: z.string().optional() }),
  })
  .describe('The article was deleted from the bucket: all of its events are retracted.');

export const ArticleRecord = z.discriminatedUnion('type', [ArticleProcessed, ArticleDeleted]);

export type ArticleSource = z.infer<typeof ArticleSource>;
export type ArticleProcessed = z.infer<typeof ArticleProcessed>;
export type ArticleDeleted = z.infer<typeof ArticleDeleted>;
export type ArticleRecord = z.infer<typeof ArticleRecord>;

export const ARTICLE_RECORD_TYPES = ['ArticleProcessed', 'ArticleDeleted'] as const;
