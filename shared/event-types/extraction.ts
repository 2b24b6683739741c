import type { EventOf, EventType } from '../events/contracts.ts';
import type { ArticleRef, Evidence } from '../events/fields.ts';
import type { Candidate } from '../extract/candidate.ts';
import type { ArticleContext } from '../extract/context.ts';
import type { Relation } from '../extract/merging.ts';

/** The fields every event has, filled in by `extractEvents`; a type adds its own to them. */
export interface EventBase {
  id: string;
  schemaVersion: 1;
  occurredOn: string | null;
  evidence: Evidence;
  confidence: number;
  article: ArticleRef;
}

/** How one event type is found in an article and made into events. One per type, registered in extractions.ts. */
export interface EventTypeExtraction<T extends EventType> {
  type: T;
  /** This type's candidates in an article; `earlier` holds those of the types registered before it. */
  find(ctx: ArticleContext, earlier: readonly Candidate[]): Candidate[];
  /** Candidates in different buckets are never one happening, so merging compares only within a bucket. */
  mergeBucket(c: Candidate): string;
  /** How two candidates' subjects relate when they may report one happening, else undefined. */
  relate(kept: Candidate, next: Candidate): Relation | undefined;
  /** Distance in days between two candidates' dates when they may be one happening, else undefined. */
  dateDistance(kept: Candidate, next: Candidate): number | undefined;
  /** Two reports of one happening as one. */
  combine(kept: Candidate, next: Candidate, relation: Relation): Candidate;
  /**
   * Optional: merged candidates of this type that still report one happening, which the buckets could not bring
   * together (one deployment told with two unrelated places), collapsed. Linear in the candidates.
   */
  collapse?(merged: Candidate[]): Candidate[];
  /** Who and where, or what: the subject part of the in-article happening key. */
  subjectKey(c: Candidate): string;
  /** The event of this type from a merged candidate. */
  toEvent(c: Candidate, base: EventBase): EventOf<T>;
}
