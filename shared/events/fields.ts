import * as z from 'zod';

/** Version of every event contract; bump on a breaking change and publish new JSON Schemas. */
export const SCHEMA_VERSION = 1 as const;

/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`: a date only as precise as the text states it. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
export type PartialDate = z.infer<typeof PartialDate>;

const CountryCode = z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code');

export const NamedPlace = z.object({ name: z.string().min(1), code: CountryCode.optional() });
export const Actor = NamedPlace.describe('state or organization; `code` is ISO 3166-1 alpha-2 where a state');
export const PRECISIONS = ['country', 'admin1', 'admin2', 'place', 'region'] as const;
export const Location = NamedPlace.extend({
  admin1: z.string().min(1).optional().describe('the first-level division the place lies in (GeoNames)'),
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
  geonameId: z.number().int().positive().optional(),
  precision: z.enum(PRECISIONS).optional().describe('what kind of place `name` is; coordinates are its centre'),
}).describe('place; `code` is the ISO 3166-1 alpha-2 code of the state it lies in (or is)');

export const Evidence = z
  .object({
    text: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .describe('the sentence that proves the event; [start, end) are character offsets into the article text');

export const ArticleRef = z.object({
  key: z.string().min(1),
  published: PartialDate.optional(),
  title: z.string().optional(),
  url: z.string().optional(),
});

/** The fields every event type carries. */
export const baseFields = {
  id: z.string().regex(/^[0-9a-f]{32}$/, 'deterministic 128-bit hex id'),
  schemaVersion: z.literal(SCHEMA_VERSION),
  occurredOn: PartialDate.nullable(),
  evidence: Evidence,
  confidence: z.number().min(0).max(1),
  article: ArticleRef,
};

export type ArticleRef = z.infer<typeof ArticleRef>;
export type Evidence = z.infer<typeof Evidence>;
