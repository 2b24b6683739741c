import { createHash } from 'node:crypto';
import type { ArticleDeleted, ArticleProcessed } from '../../../shared/events/article-records.ts';
import type {
  DeploymentAnnounced,
  DomainEvent,
  EntityDissolved,
  WithdrawalBegun,
} from '../../../shared/events/contracts.ts';

/** A 32-hex id from any seed. */
export function hexId(seed: string): string {
  return createHash('sha256').update(seed).digest('hex').slice(0, 32);
}

/** A location as events carry it (see shared/events/fields.ts); a bare string is a name alone. */
export type PlaceSpec = {
  name: string;
  code?: string;
  admin1?: string;
  precision?: 'country' | 'admin1' | 'place' | 'region';
};

function locationOf(spec: string | PlaceSpec | undefined): PlaceSpec {
  return typeof spec === 'object' ? spec : { name: spec ?? 'Nagorno-Karabakh' };
}

type Common = {
  id?: string;
  articleKey?: string;
  occurredOn?: string | null;
  evidence?: string;
  published?: string;
  url?: string;
};

function base(seed: string, c: Common) {
  const text = c.evidence ?? `Evidence for ${seed}.`;
  return {
    id: c.id ?? hexId(seed),
    schemaVersion: 1 as const,
    occurredOn: c.occurredOn === undefined ? '2024-04-17' : c.occurredOn,
    evidence: { text, start: 0, end: text.length },
    confidence: 0.9,
    article: {
      key: c.articleKey ?? 'a.txt',
      ...(c.published ? { published: c.published } : {}),
      ...(c.url ? { url: c.url } : {}),
    },
  };
}

export function deployment(
  seed: string,
  c: Common & {
    actor?: { name: string; code?: string };
    location?: string | PlaceSpec;
    personnel?: number | null;
  } = {},
): DeploymentAnnounced {
  return {
    ...base(seed, c),
    type: 'DeploymentAnnounced',
    actor: c.actor ?? { name: 'Russia', code: 'RU' },
    location: locationOf(c.location),
    personnel: c.personnel === undefined ? 1960 : c.personnel,
  };
}

export function withdrawal(
  seed: string,
  c: Common & { actor?: { name: string; code?: string }; location?: string | PlaceSpec } = {},
): WithdrawalBegun {
  return {
    ...base(seed, c),
    type: 'WithdrawalBegun',
    actor: c.actor ?? { name: 'Russia', code: 'RU' },
    location: locationOf(c.location),
  };
}

export function dissolution(
  seed: string,
  c: Common & { entity?: string; kind?: string; decidedOn?: string; effectiveOn?: string } = {},
): EntityDissolved {
  return {
    ...base(seed, c),
    type: 'EntityDissolved',
    entity: { name: c.entity ?? 'Republic of Artsakh', ...(c.kind ? { kind: c.kind } : {}) },
    ...(c.decidedOn ? { decidedOn: c.decidedOn } : {}),
    ...(c.effectiveOn ? { effectiveOn: c.effectiveOn } : {}),
  };
}

export function processed(
  key: string,
  revision: number,
  events: DomainEvent[],
  extra: Partial<Pick<ArticleProcessed, 'status' | 'error'>> & { title?: string; published?: string } = {},
): ArticleProcessed {
  const status = extra.status ?? 'processed';
  return {
    type: 'ArticleProcessed',
    schemaVersion: 1,
    id: hexId(`processed:${key}:${revision}`),
    revision,
    article: {
      key,
      objectVersion: `v${revision}`,
      ...(extra.title ? { title: extra.title } : {}),
      ...(extra.published ? { published: extra.published } : {}),
    },
    status,
    ...(extra.error ? { error: extra.error } : {}),
    eventIds: status === 'processed' ? events.map((e) => e.id) : [],
  };
}

export function deleted(key: string, revision: number): ArticleDeleted {
  return {
    type: 'ArticleDeleted',
    schemaVersion: 1,
    id: hexId(`deleted:${key}:${revision}`),
    revision,
    article: { key },
  };
}
