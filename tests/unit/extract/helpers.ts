import type { Article } from '../../../shared/articles/article.ts';
import type { DomainEvent } from '../../../shared/events/contracts.ts';
import { DomainEvent as DomainEventSchema } from '../../../shared/events/contracts.ts';
import { contentHash } from '../../../shared/events/ids.ts';
import { extractEvents } from '../../../shared/extract/index.ts';

export function article(text: string, published?: string, key = 'test.txt'): Article {
  return { key, text, contentHash: contentHash(text), ...(published ? { published } : {}) };
}

/** Extracts and checks every event against the published contract. */
export function extract(text: string, published?: string): DomainEvent[] {
  const events = extractEvents(article(text, published));
  for (const e of events) DomainEventSchema.parse(e);
  return events;
}

/** A compact view for assertions: type|actor|location-or-entity|date|personnel. */
export function summary(events: DomainEvent[]): string[] {
  return events.map((e) => {
    if (e.type === 'EntityDissolved') return `${e.type}|${e.entity.name}|${e.occurredOn}`;
    const pers = e.type === 'DeploymentAnnounced' ? `|${e.personnel}` : '';
    return `${e.type}|${e.actor.name}|${e.location.name}|${e.occurredOn}${pers}`;
  });
}

/** The summaries of one type's events extracted from `text` (published on `published`). */
export function summaryOf(type: DomainEvent['type'], text: string, published = '2020-01-01'): string[] {
  return summary(extract(text, published).filter((e) => e.type === type));
}
