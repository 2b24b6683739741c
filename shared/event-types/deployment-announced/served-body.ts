import type { Candidate } from '../../extract/candidate.ts';
import { clauseBlocked } from '../../extract/clauses/blockers.ts';
import type { ArticleContext } from '../../extract/context.ts';
import { FORCE_NOUNS, wordClassOf } from '../../extract/lexicon.ts';
import { actorOf, lowerAt, mentionAtToken, type NamedRef } from '../../extract/slots.ts';
import type { Mention } from '../../extract/text/mentions.ts';
import type { Sentence } from '../../extract/text/tokens.ts';
import { wordSet as set } from '../../extract/word-set.ts';
import { gazetteer } from '../../extract/gazetteer/index.ts';
import { READINESS_WORDS } from './lexicon.ts';
import { ARTICLES } from '../../extract/clauses/verb-group.ts';

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
/** Nouns of a share of a force ("part of", "the vanguard of", "the first contingent of a … force"). */
const SHARE_NOUNS = set('part vanguard spearhead contingent elements');
/** The share nouns as a word class: sentences without one are skipped whole by the reading of a force's share. */
const SHARE_CLASS = wordClassOf(SHARE_NOUNS);
/** Nouns of a body of forces one may be part of ("a European Union force", "an AU mission"). */
const FORCE_BODIES = set('force mission');
/** How many words may stand between "of a" and the force body ("a 1,500-strong European Union force"). */
const FORCE_BODY_REACH = 6;
/** Participles before "by" that name who made a force ("a force mandated by ECOWAS", "assembled by the bloc X"). */
const MADE_BY = set('mandated assembled sent created formed authorized authorised organized organised');
/** How many words may stand between "by" and the organization ("by the regional bloc Ecowas"). */
const BY_REACH = 4;
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
    if (ctx.sentenceClass[s.index]! & SHARE_CLASS) out.push(...sharedDeployments(ctx, s, found));
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

/**
 * "French troops arrived in Bunia on Friday, the vanguard of a European Union force", "The troops are part of a West
 * African force assembled by the regional bloc Ecowas", "crossed the causeway as part of a GCC force": forces that are
 * a share of an organization's force make the deployment read of them in the sentence (or, where the clause names
 * the forces, just before) the organization's too. The organization names the force ("a European Union force") or
 * made it ("a force mandated by ECOWAS"); a force with a name of its own is not a sender.
 */
function sharedDeployments(ctx: ArticleContext, s: Sentence, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let t = s.first + 1; t < s.last; t++) {
    if (!(ctx.wordClass[t]! & SHARE_CLASS) || lowerAt(ctx, t + 1) !== 'of') continue;
    if (!ARTICLES.has(lowerAt(ctx, t + 2))) continue;
    const body = forceBodyOwner(ctx, s, t + 3);
    if (!body || clauseBlocked(ctx, s, t)) continue;
    const named = forcesInClauseBefore(ctx, s, t);
    const deployment = deploymentOfForces(found, s, body, named ? DEPLOYMENT_REACH : 0);
    if (!deployment) continue;
    out.push({ ...deployment, actor: body, confidence: Math.min(deployment.confidence, SERVED_CONFIDENCE) });
  }
  return out;
}

/**
 * The organization whose force the phrase from `from` names: one named before the force noun ("a European Union
 * force", "the Gulf Cooperation Council's force"), else after "mandated/assembled … by" right after it.
 */
function forceBodyOwner(ctx: ArticleContext, s: Sentence, from: number): NamedRef | undefined {
  let owner: NamedRef | undefined;
  for (let k = from; k < s.last && k <= from + FORCE_BODY_REACH; k++) {
    if (FORCE_BODIES.has(lowerAt(ctx, k))) {
      if (owner) return owner;
      if (!MADE_BY.has(lowerAt(ctx, k + 1)) || lowerAt(ctx, k + 2) !== 'by') return undefined;
      for (let j = k + 3; j < s.last && j <= k + 2 + BY_REACH; j++) {
        const m = mentionAtToken(ctx, j);
        if (m?.first === j) return orgOf(ctx, m);
        if (ctx.tokens[j]!.kind === 'punct') return undefined;
      }
      return undefined;
    }
    // "part of the ECOWAS standby force": a force held ready is not sent.
    if (READINESS_WORDS.has(lowerAt(ctx, k))) return undefined;
    const m = mentionAtToken(ctx, k);
    if (m?.first === k) {
      // A state's or a force's own name in the phrase makes it no organization's force ("a Ugandan contingent").
      if (m.entry.kind === 'state' || m.entry.kind === 'demonym') return undefined;
      owner ??= orgOf(ctx, m);
      k = m.last - 1;
    } else if (ctx.tokens[k]!.kind === 'punct' && lowerAt(ctx, k) !== "'s") return undefined;
  }
  return undefined;
}

/**
 * The organization a mention names ("ECOWAS", or its adjective "West African"), where it is one and not a force with
 * a name of its own.
 */
function orgOf(ctx: ArticleContext, m: Mention): NamedRef | undefined {
  if (m.entry.kind === 'orgAdjective') return actorOf(m.entry);
  if (m.entry.kind !== 'org' || FORCE_NAME_ENDS.has(lowerAt(ctx, m.last - 1))) return undefined;
  return actorOf(m.entry);
}

/** Where the phrase of service whose noun is at `noun` opens ("under" of "under the banner of"), or -1. */
function mandateOpening(ctx: ArticleContext, noun: number): number {
  if (lowerAt(ctx, noun + 1) !== 'of') return -1;
  const article = ARTICLES.has(lowerAt(ctx, noun - 1)) ? noun - 1 : noun;
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
    if (ARTICLES.has(lowerAt(ctx, k))) k++;
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
