import { articleRef } from '../articles/index.ts';
import type { Article } from '../articles/article.ts';
import type { DomainEvent } from '../events/contracts.ts';
import { SCHEMA_VERSION } from '../events/contracts.ts';
import { eventId } from '../events/ids.ts';
import type { EventBase } from '../event-types/extraction.ts';
import { EVENT_TYPE_EXTRACTIONS, extractionOf } from '../event-types/extractions.ts';
import type { Candidate } from './candidate.ts';
import { analyze, type ArticleContext } from './context.ts';
import { statesNothing } from './clauses/unstated.ts';
import { withRespectiveDates } from './clauses/respectively.ts';
import { withHistoricalActors } from './historical-actors.ts';
import { locatePlace } from './gazetteer/locate.ts';
import { mergeCandidates } from './merge.ts';

/** Confidence is published with two decimals. */
const CONFIDENCE_SCALE = 100;

/** Extracts the domain events an article states as fact. Pure and deterministic: same article, same events. */
export function extractEvents(article: Article): DomainEvent[] {
  const ctx = analyze(article);
  const candidates: Candidate[] = [];
  for (const type of Object.values(EVENT_TYPE_EXTRACTIONS)) candidates.push(...type.find(ctx, candidates));
  // Each sentence is judged once, however many candidates it holds.
  const unstated = new Map<number, boolean>();
  const statesNothingAt = (i: number) =>
    unstated.get(i) ?? unstated.set(i, statesNothing(ctx, ctx.sentences[i])).get(i)!;
  const stated = withHistoricalActors(
    withRespectiveDates(
      ctx,
      candidates.filter((c) => !statesNothingAt(c.sentence)),
    ),
  );
  const merged = collapseEach(mergeCandidates(stated)).sort(
    (a, b) => a.evidenceStart - b.evidenceStart || a.type.localeCompare(b.type),
  );
  const countries = articleCountries(ctx);
  for (const c of merged) if (c.location) c.location = locatePlace(c.location, countries);
  const ref = articleRef(article);
  return merged.map((c) => toEvent(c, article, ctx.text, ref));
}

/** Each type's own collapse of reports its buckets kept apart. */
function collapseEach(merged: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const type of Object.values(EVENT_TYPE_EXTRACTIONS)) {
    const mine = merged.filter((c) => c.type === type.type);
    out.push(...(type.collapse ? type.collapse(mine) : mine));
  }
  return out;
}

/** The happening's identity inside one article: type, who, where or what, and when. */
export function happeningKey(c: Candidate): string {
  return `${c.type}|${extractionOf(c.type).subjectKey(c)}|${c.occurredOn ?? ''}`;
}

function toEvent(c: Candidate, article: Article, text: string, ref: DomainEvent['article']): DomainEvent {
  const evidence = { text: text.slice(c.evidenceStart, c.evidenceEnd), start: c.evidenceStart, end: c.evidenceEnd };
  const id = eventId({
    articleKey: article.key,
    contentHash: article.contentHash,
    type: c.type,
    happeningKey: happeningKey(c),
    evidenceStart: c.evidenceStart,
    evidenceEnd: c.evidenceEnd,
  });
  const base: EventBase = {
    id,
    schemaVersion: SCHEMA_VERSION,
    occurredOn: c.occurredOn,
    evidence,
    confidence: Math.round(c.confidence * CONFIDENCE_SCALE) / CONFIDENCE_SCALE,
    article: ref,
  };
  return extractionOf(c.type).toEvent(c, base);
}

/** The states an article names, most often named first: where its unknown places are most likely to be. */
function articleCountries(ctx: ArticleContext): string[] {
  const counts = new Map<string, number>();
  for (const m of ctx.mentions) {
    const code = m.entry.code;
    if (code && (m.entry.kind === 'state' || m.entry.kind === 'capital' || m.entry.kind === 'place'))
      counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([code]) => code);
}
