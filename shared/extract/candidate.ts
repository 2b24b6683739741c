import type { EventType } from '../events/contracts.ts';
import type { NamedRef } from './slots.ts';

/** How the date of a candidate was found, best first: a stated start, a stated date, the article's own date. */
export type DateSource = 'start' | 'stated' | 'reference' | 'none';

/** An event found in one sentence (or a short run of sentences), before merging. */
export interface Candidate {
  type: EventType;
  actor?: NamedRef;
  location?: NamedRef;
  /** `surface` keeps the words the text used ("USSR") where `name` is the canonical one ("Soviet Union"). */
  /** `service` marks an army listed with its sister services ("the army, air force and navy"): one service, not all. */
  entity?: { name: string; kind?: string; surface?: string; service?: boolean };
  personnel?: number | null;
  occurredOn: string | null;
  dateSource: DateSource;
  /** The date came from a fuzzy expression ("last weekend"). */
  dateApprox?: boolean;
  /** A deployment read from the forces' arrival ("landed at"), not from a decision or an order to send them. */
  arrival?: boolean;
  /** The returns of forces the text told of up to a withdrawal's sentence (see returned-forces.ts). */
  returnsBefore?: { log: ReturnLog; sentence: number };
  decidedOn?: string;
  effectiveOn?: string;
  sentence: number;
  evidenceStart: number;
  evidenceEnd: number;
  confidence: number;
}

/** Where forces came back to in an article: the sentences of the returns to each place key, in text order. */
export type ReturnLog = ReadonlyMap<string, readonly number[]>;
