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
/** Nouns of a mandate or a name the forces act under ("under a mandate of", "in the name of", "under the banner of"). */
const MANDATE_NOUNS = set('mandate name behalf banner auspices aegis flag');
/** The nouns as a word class: sentences without one are skipped whole by the reading of an operation's mandate. */
const MANDATE_CLASS = wordClassOf(MANDATE_NOUNS);
/** Nouns of a military action carried out for a body ("the operation was carried out on behalf of …"). */
const OPERATION_NOUNS = set('operation intervention');
/** Participles of carrying out an action, between the action and its mandate ("was being carried out", "conducted"). */
const CARRIED_OUT = set('conducted undertaken launched');
/** Auxiliaries before such a participle ("was being carried out", "is conducted"). */
const OPERATION_AUXILIARIES = set('was were is are being been has have had');
/** How far before the phrase of service its clause's forces may stand ("soldiers crossed the border under …"). */
const FORCE_CLAUSE_REACH = 8;
/** How many auxiliaries may stand between the operation and its participle. */
const OPERATION_AUXILIARY_REACH = 3;
/** Last words of a body's name that make it a force of its own, not a body that sends one ("the Peninsula Shield Force"). */
const FORCE_NAME_ENDS = set('force forces mission');
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
    if (ctx.sentenceClass[s.index]! & MANDATE_CLASS) out.push(...mandatedDeployments(ctx, s, found));
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

/**
 * "About 600 soldiers crossed the border under the banner of SADC", "'We have entered X,' a spokesman said, adding that
 * the operation was being carried out on behalf of ECOWAS", "in an operation conducted in the name of SADC": a
 * deployment read in the sentence, or an operation told carried out for an organization just after one, is that
 * organization's too. The phrase is "under the banner/auspices/aegis/flag/mandate of X", "on behalf of X" or "in the
 * name of X"; talks or aid "under the auspices of" a body send no forces, since no deployment is read with them.
 */
function mandatedDeployments(ctx: ArticleContext, s: Sentence, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let t = s.first + 1; t < s.last; t++) {
    if (!(ctx.wordClass[t]! & MANDATE_CLASS)) continue;
    const opening = mandateOpening(ctx, t);
    // "the soldiers were acting under a mandate of X" is read from the forces acting.
    if (opening < 0 || ctx.wordClass[opening - 1]! & SERVING_CLASS) continue;
    const body = servedBodyAfter(ctx, opening);
    if (!body || clauseBlocked(ctx, s, opening)) continue;
    // The phrase tells the service of an operation or of forces its clause names (whose deployment may have been read
    // just before), else of the forces a deployment read in the sentence moves.
    const named = operationBefore(ctx, s, opening) || forcesInClauseBefore(ctx, s, opening);
    const deployment = deploymentOfForces(found, s, body, named ? DEPLOYMENT_REACH : 0);
    if (!deployment) continue;
    out.push({ ...deployment, actor: body, confidence: Math.min(deployment.confidence, SERVED_CONFIDENCE) });
  }
  return out;
}

/** Where the phrase of service whose noun is at `noun` opens ("under" of "under the banner of"), or -1. */
function mandateOpening(ctx: ArticleContext, noun: number): number {
  if (lowerAt(ctx, noun + 1) !== 'of') return -1;
  const article = ['a', 'an', 'the'].includes(lowerAt(ctx, noun - 1)) ? noun - 1 : noun;
  return MANDATE_PREPOSITIONS.has(lowerAt(ctx, article - 1)) ? article - 1 : -1;
}

/** Whether a force noun stands in the clause before `opening`, no punctuation between ("soldiers crossed the border"). */
function forcesInClauseBefore(ctx: ArticleContext, s: Sentence, opening: number): boolean {
  for (let k = opening - 1; k >= s.first && k >= opening - FORCE_CLAUSE_REACH; k--) {
    if (ctx.tokens[k]!.kind === 'punct') return false;
    if (FORCE_NOUNS.has(lowerAt(ctx, k))) return true;
  }
  return false;
}

/**
 * Whether an operation carried out stands right before the phrase at `opening`: "the operation was being carried out",
 * "an operation conducted", "the intervention" itself.
 */
function operationBefore(ctx: ArticleContext, s: Sentence, opening: number): boolean {
  let k = opening - 1;
  if (lowerAt(ctx, k) === 'out' && lowerAt(ctx, k - 1) === 'carried') k -= 2;
  else if (CARRIED_OUT.has(lowerAt(ctx, k))) k--;
  else return k >= s.first && OPERATION_NOUNS.has(lowerAt(ctx, k));
  for (let n = 0; n < OPERATION_AUXILIARY_REACH && OPERATION_AUXILIARIES.has(lowerAt(ctx, k)); n++) k--;
  return k >= s.first && OPERATION_NOUNS.has(lowerAt(ctx, k));
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
  if (FORCE_NAME_ENDS.has(lowerAt(ctx, m.last - 1))) return undefined;
  return actorOf(m.entry);
}

/**
 * The latest deployment read in this sentence or the `reach` before, of an actor other than the body, with a place.
 */
function deploymentOfForces(
  found: readonly Candidate[],
  s: Sentence,
  body: NamedRef,
  reach = DEPLOYMENT_REACH,
): Candidate | undefined {
  const family = gazetteer().actorFamily(body.name);
  let best: Candidate | undefined;
  for (const c of found) {
    if (c.sentence > s.index || s.index - c.sentence > reach || !c.location || !c.actor) continue;
    if (gazetteer().actorFamily(c.actor.name) === family) return undefined;
    if (!best || c.sentence > best.sentence) best = c;
  }
  return best;
}
