import type { Candidate } from '../../extract/candidate.ts';
import { clauseBlocked } from '../../extract/clauses/blockers.ts';
import type { ArticleContext } from '../../extract/context.ts';
import { FORCE_NOUNS, wordClassOf } from '../../extract/lexicon.ts';
import { actorOf, lowerAt, mentionAtToken, type NamedRef } from '../../extract/slots.ts';
import type { Sentence } from '../../extract/text/tokens.ts';
import { wordSet as set } from '../../extract/word-set.ts';
import { gazetteer } from '../../extract/gazetteer/index.ts';

/** Verbs of forces doing their work for someone ("the soldiers were acting under a mandate of …"). */
const SERVING_VERBS = set('acting acted operating');
/** The verbs as a word class: sentences without one are skipped whole. */
const SERVING_CLASS = wordClassOf(SERVING_VERBS);
/** Auxiliaries between the forces and their verb ("the force was acting", "troops had been operating"). */
const AUXILIARIES = set('was were is are been had have has');
/** How many auxiliaries may stand between the forces and their verb. */
const AUXILIARY_REACH = 2;
/** Nouns of a mandate or a name the forces act under ("under a mandate of", "in the name of"). */
const MANDATE_NOUNS = set('mandate name behalf');
/** Prepositions that open such a phrase ("under a mandate of", "on behalf of", "in the name of"). */
const MANDATE_PREPOSITIONS = set('under on in');
/** How many sentences back the deployment of the forces that act for the body may stand. */
const DEPLOYMENT_REACH = 2;
/** A body's deployment read from its forces' service, not from a clause that sends them: less sure. */
const SERVED_CONFIDENCE = 0.6;

/**
 * "Senegalese troops crossed into The Gambia … adding that the soldiers were acting under a mandate of the Economic
 * Community of West African States", "the force was acting for ECOWAS": forces said to act for an organization
 * (under its mandate, on its behalf, in its name, or simply for it) are that organization's forces too, so the
 * deployment just read of them is also the organization's, to the same place and date. A state ("acting for
 * France"), a negated or hedged clause, or a clause with no deployment read shortly before give nothing.
 */
export function findServedBodies(ctx: ArticleContext, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const s of ctx.sentences) {
    if (!(ctx.sentenceClass[s.index]! & SERVING_CLASS)) continue;
    for (let t = s.first + 1; t < s.last; t++) {
      if (!(ctx.wordClass[t]! & SERVING_CLASS) || !forcesActing(ctx, s, t)) continue;
      const body = servedBodyAfter(ctx, t + 1);
      if (!body || clauseBlocked(ctx, s, t)) continue;
      const deployment = deploymentOfForces(found, s, body);
      if (!deployment) continue;
      out.push({ ...deployment, actor: body, confidence: Math.min(deployment.confidence, SERVED_CONFIDENCE) });
    }
  }
  return out;
}

/** The verb at `t` has forces for its subject: "troops were acting", "the force acting", "the soldiers, acting". */
function forcesActing(ctx: ArticleContext, s: Sentence, t: number): boolean {
  let k = t - 1;
  if (lowerAt(ctx, k) === ',') k--;
  // "had been acting", "were acting": up to two auxiliaries.
  for (let n = 0; n < AUXILIARY_REACH && AUXILIARIES.has(lowerAt(ctx, k)); n++) k--;
  return k >= s.first && FORCE_NOUNS.has(lowerAt(ctx, k));
}

/**
 * The organization named after the verb's phrase of service: "for X", "on behalf of X", "under a/the mandate of X",
 * "in the name of X" ("the" before X allowed). Only an organization: a state's name here tells whose forces they
 * already are.
 */
function servedBodyAfter(ctx: ArticleContext, from: number): NamedRef | undefined {
  let k = from;
  const w = lowerAt(ctx, k);
  if (w === 'for') k++;
  else if (MANDATE_PREPOSITIONS.has(w)) {
    k++;
    if (['a', 'an', 'the'].includes(lowerAt(ctx, k))) k++;
    if (!MANDATE_NOUNS.has(lowerAt(ctx, k)) || lowerAt(ctx, k + 1) !== 'of') return undefined;
    k += 2;
  } else return undefined;
  if (lowerAt(ctx, k) === 'the') k++;
  const m = mentionAtToken(ctx, k);
  if (!m || m.first !== k || m.entry.kind !== 'org') return undefined;
  return actorOf(m.entry);
}

/** The latest deployment read in this sentence or the few before, of an actor other than the body, with a place. */
function deploymentOfForces(found: readonly Candidate[], s: Sentence, body: NamedRef): Candidate | undefined {
  const family = gazetteer().actorFamily(body.name);
  let best: Candidate | undefined;
  for (const c of found) {
    if (c.sentence > s.index || s.index - c.sentence > DEPLOYMENT_REACH || !c.location || !c.actor) continue;
    if (gazetteer().actorFamily(c.actor.name) === family) return undefined;
    if (!best || c.sentence > best.sentence) best = c;
  }
  return best;
}
