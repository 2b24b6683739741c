import type { ArticleRecord } from '../events/article-records.ts';
import type { DomainEvent } from '../events/contracts.ts';
import { isPlacement, timelineFields } from '../event-types/models.ts';
import { compareDates } from './dates.ts';
import type { Facts } from './facts.ts';
import { isVisible, visibleEvents } from './facts.ts';
import { happeningKey, missionKey, subjectOf } from './keys.ts';
import { placePath } from './place-hierarchy.ts';
import { clip, type TimelineRow } from './rows.ts';

/** The places enclosing an event's place, innermost first, ending with its state; empty at the state itself. */
function enclosingPlaces(location: Parameters<typeof placePath>[0]): string[] {
  const { root, chain } = placePath(location);
  if (chain.length === 0) return [];
  return [
    ...chain
      .slice(0, -1)
      .map((n) => n.name)
      .reverse(),
    root.name,
  ];
}

/** The timeline row of one event, whether or not it is visible (see `projectTimelineEntry`). */
export function timelineRow(event: DomainEvent): TimelineRow {
  const subject = subjectOf(event);
  const common = {
    id: event.id,
    type: event.type,
    occurredOn: event.occurredOn,
    confidence: event.confidence,
    articleKey: event.article.key,
    published: event.article.published ?? null,
    evidence: { text: clip(event.evidence.text), start: event.evidence.start, end: event.evidence.end },
    happeningKey: happeningKey(event),
    missionKey: isPlacement(event) ? missionKey(event) : null,
    entityKey: subject.model === 'entities' ? subject.key : null,
    within: isPlacement(event) ? enclosingPlaces(event.location) : [],
  };
  return { ...common, ...timelineFields(event) };
}

/** The timeline row of an event given its article's winning record: undefined unless visible. */
export function projectTimelineEntry(event: DomainEvent, record: ArticleRecord | undefined): TimelineRow | undefined {
  return isVisible(event, record) ? timelineRow(event) : undefined;
}

/** Date (undated last), then id. */
export function compareTimelineRows(a: TimelineRow, b: TimelineRow): number {
  if (a.occurredOn !== b.occurredOn) {
    if (a.occurredOn === null) return 1;
    if (b.occurredOn === null) return -1;
    return compareDates(a.occurredOn, b.occurredOn);
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** One row per visible event, in timeline order. */
export function projectTimeline(facts: Facts): TimelineRow[] {
  return visibleEvents(facts).map(timelineRow).sort(compareTimelineRows);
}
