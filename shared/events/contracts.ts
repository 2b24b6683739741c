import { z } from 'zod';

/** Version of every event contract below; bump on a breaking change and publish new JSON Schemas. */
export const SCHEMA_VERSION = 1 as const;

export const EVENT_TYPES = ['DeploymentAnnounced', 'WithdrawalBegun', 'EntityDissolved'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`: a date only as precise as the text states it. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
export type PartialDate = z.infer<typeof PartialDate>;

const CountryCode = z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code');

export const NamedPlace = z.object({ name: z.string().min(1), code: CountryCode.optional() });
export const Actor = NamedPlace.describe('state or organization; `code` is ISO 3166-1 alpha-2 where a state');
export const Location = NamedPlace.describe('place; `code` is ISO 3166-1 alpha-2 where a state');

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

const base = {
  id: z.string().regex(/^[0-9a-f]{32}$/, 'deterministic 128-bit hex id'),
  schemaVersion: z.literal(SCHEMA_VERSION),
  occurredOn: PartialDate.nullable(),
  evidence: Evidence,
  confidence: z.number().min(0).max(1),
  article: ArticleRef,
};

export const DeploymentAnnounced = z
  .object({
    ...base,
    type: z.literal('DeploymentAnnounced'),
    actor: Actor,
    location: Location,
    personnel: z.number().int().positive().nullable(),
  })
  .describe(
    'Armed forces of an actor are decided, announced, agreed, approved, ordered to be sent to, or have arrived in a location.',
  );

export const WithdrawalBegun = z
  .object({
    ...base,
    type: z.literal('WithdrawalBegun'),
    actor: Actor,
    location: Location,
  })
  .describe("The withdrawal of an actor's forces from a location has started, is under way or is completed.");

export const EntityDissolved = z
  .object({
    ...base,
    type: z.literal('EntityDissolved'),
    entity: z.object({ name: z.string().min(1), kind: z.string().optional() }),
    decidedOn: PartialDate.optional(),
    effectiveOn: PartialDate.optional(),
  })
  .describe(
    'A named entity is formally dissolved, disbanded, liquidated or declared to cease to exist by a decision taken.',
  );

export const DomainEvent = z.discriminatedUnion('type', [DeploymentAnnounced, WithdrawalBegun, EntityDissolved]);

export type DeploymentAnnounced = z.infer<typeof DeploymentAnnounced>;
export type WithdrawalBegun = z.infer<typeof WithdrawalBegun>;
export type EntityDissolved = z.infer<typeof EntityDissolved>;
export type DomainEvent = z.infer<typeof DomainEvent>;
export type ArticleRef = z.infer<typeof ArticleRef>;
export type Evidence = z.infer<typeof Evidence>;

export const EVENT_SCHEMAS = { DeploymentAnnounced, WithdrawalBegun, EntityDissolved } as const;
