import { articleRef } from '../articles/index.ts';
import type { Article } from '../articles/article.ts';
import type { DomainEvent } from '../events/contracts.ts';
import { SCHEMA_VERSION } from '../events/contracts.ts';
import { eventId } from '../events/ids.ts';
import type { Candidate } from './candidate.ts';
import { analyze } from './context.ts';
import { entityKey, mergeCandidates } from './merge.ts';
import { findDeployments } from '../event-types/deployment-announced/finder.ts';
import { findDeploymentClauses } from '../event-types/deployment-announced/clause-finder.ts';
import { findDissolutions } from '../event-types/entity-dissolved/finder.ts';
import { findDissolutionClauses } from '../event-types/entity-dissolved/clause-finder.ts';
import { findWithdrawals } from '../event-types/withdrawal-begun/finder.ts';
import { findWithdrawalClauses } from '../event-types/withdrawal-begun/clause-finder.ts';

/** Extracts the domain events an article states as fact. Pure and deterministic: same article, same events. */
export function extractEvents(article: Article): DomainEvent[] {
  const ctx = analyze(article);
  const withdrawals = [...findWithdrawals(ctx), ...findWithdrawalClauses(ctx)];
  const withdrawalSentences = new Set(withdrawals.map((c) => c.sentence));
  const candidates = [
    ...findDeployments(ctx, withdrawalSentences),
    ...findDeploymentClauses(ctx),
    ...withdrawals,
    ...findDissolutions(ctx),
    ...findDissolutionClauses(ctx),
  ];
  const merged = mergeCandidates(candidates).sort(
    (a, b) => a.evidenceStart - b.evidenceStart || a.type.localeCompare(b.type),
  );
  const ref = articleRef(article);
  return merged.map((c) => toEvent(c, article, ctx.text, ref));
}

/** The happening's identity inside one article: type, who, where or what, and when. */
export function happeningKey(c: Pick<Candidate, 'type' | 'actor' | 'location' | 'entity' | 'occurredOn'>): string {
  const what =
    c.type === 'EntityDissolved' ? entityKey(c.entity!.name) : `${c.actor!.code ?? c.actor!.name}|${c.location!.name}`;
  return `${c.type}|${what}|${c.occurredOn ?? ''}`;
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
  const base = {
    id,
    schemaVersion: SCHEMA_VERSION,
    occurredOn: c.occurredOn,
    evidence,
    confidence: Math.round(c.confidence * 100) / 100,
    article: ref,
  };
  if (c.type === 'DeploymentAnnounced') {
    return { ...base, type: c.type, actor: c.actor!, location: c.location!, personnel: c.personnel ?? null };
  }
  if (c.type === 'WithdrawalBegun') return { ...base, type: c.type, actor: c.actor!, location: c.location! };
  return {
    ...base,
    type: c.type,
    entity: c.entity!,
    ...(c.decidedOn ? { decidedOn: c.decidedOn } : {}),
    ...(c.effectiveOn ? { effectiveOn: c.effectiveOn } : {}),
  };
}
