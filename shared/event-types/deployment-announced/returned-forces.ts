import type { Candidate } from '../../extract/candidate.ts';
import { clauseBlocked } from '../../extract/clauses/blockers.ts';
import { ARRIVAL_DATING, dateNear } from '../../extract/clauses/dating.ts';
import { placesAt } from '../../extract/clauses/phrases.ts';
import { statesFact, verbGroup } from '../../extract/clauses/verb-group.ts';
import type { ArticleContext } from '../../extract/context.ts';
import { gazetteer } from '../../extract/gazetteer/index.ts';
import { findActor, lowerAt, mentionAtToken, nearestForce, placeOf, type NamedRef } from '../../extract/slots.ts';
import { stateOf } from '../../extract/clauses/discourse.ts';
import { FORCE_NOUNS, wordClassOf } from '../../extract/lexicon.ts';
import type { Sentence } from '../../extract/text/tokens.ts';
import { wordSet as set } from '../../extract/word-set.ts';
import { placementCandidates } from '../placement.ts';

/** Verbs of forces going back to a place ("returned to Beirut"). */
const RETURN_VERBS = set('returned return returns returning');
/** Verbs that go back with "back" after them ("came back to Beirut"). */
const BACK_VERBS = set('came come comes coming');
/** Prepositions before the place returned to. */
const RETURN_PREPOSITIONS = set('to into');
/** How far before the verb its forces may stand ("the Marines, who came back"). */
const RETURN_FORCE_REACH = 5;
/** A return read through an earlier reading of the same forces there tells a deployment less directly. */
const RETURN_CONFIDENCE = 0.6;

/**
 * "The last U.S. Marines left Beirut today … the Marines, who came back to Beirut on Sept. 29, 1982": forces going
 * back, stated as fact, to a place where the text has those forces deploy or withdraw are deployed there again.
 * A return anywhere else is read as no deployment: forces "returned to Germany" may be going back to their bases.
 */
export function findReturnedForces(ctx: ArticleContext, readings: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const family = (name: string) => gazetteer().actorFamily(name);
  for (const s of ctx.sentences) {
    if (!(ctx.sentenceClass[s.index]! & RETURN_START_CLASS)) continue;
    for (let t = s.first; t < s.last; t++) {
      if (!(ctx.wordClass[t]! & RETURN_START_CLASS)) continue;
      const at = returnedTo(ctx, t);
      if (at < 0) continue;
      const place = placesAt(ctx, s, at)[0]?.place;
      if (!place) continue;
      const group = verbGroup(ctx, s, t);
      if (!statesFact(group) || group.negated || clauseBlocked(ctx, s, group.first)) continue;
      const force = nearestForce(ctx, s, t, RETURN_FORCE_REACH, 0);
      if (force < 0) continue;
      const there = readings.filter((c) => c.location?.name === place.name && c.actor);
      if (!there.length) continue;
      // The forces' own owner, where the sentence names one, must be the one the text has there.
      const owner = findActor(ctx, force, t, s.first, () => false)?.actor;
      const earlier = owner ? there.find((c) => family(c.actor!.name) === family(owner.name)) : there[0];
      if (!earlier) continue;
      const date = dateNear(ctx, s, t, ARRIVAL_DATING);
      out.push(
        ...placementCandidates(
          'DeploymentAnnounced',
          s,
          { actors: [earlier.actor!] },
          [place],
          date,
          undefined,
          RETURN_CONFIDENCE,
        ),
      );
    }
  }
  return out;
}

/** Verbs that bring or send forces back ("brought the Marines back the following year", "sent the Marines back"). */
const BRING_VERBS = set('brought bring brings bringing sent send sends sending');
/** The verbs every return reading starts from, as a word class: sentences and tokens without one are skipped. */
const RETURN_START_CLASS = wordClassOf(new Set([...RETURN_VERBS, ...BACK_VERBS, ...BRING_VERBS]));
/** How many words the forces brought back may take ("brought the Marines back", "brought U.S. troops back"). */
const BROUGHT_FORCE_WORDS = 3;
/** Words after a bare return that end its verb phrase with no place: a time ("in 1926", "early in 1927"), "in force". */
const BARE_RETURN_FOLLOWERS = set('in early late later soon again the within');
/** How many sentences back the withdrawal a bare return undoes may stand. */
const BARE_RETURN_REACH = 3;

/**
 * "The guard was withdrawn in August 1925 … In 1926 the Marines returned", "civil war brought the Marines back the
 * following year": forces that return, stated as fact and with no place of their own, after the text has the same
 * actor's forces withdraw from a state, are deployed in that state again. Forces "returned home", "to base" or
 * returning fire name a place or an object and are not read here.
 */
export function findBareReturns(
  ctx: ArticleContext,
  withdrawals: readonly Candidate[],
  deployments: readonly Candidate[],
): Candidate[] {
  if (!withdrawals.length && !deployments.length) return [];
  const out: Candidate[] = [];
  const family = (name: string) => gazetteer().actorFamily(name);
  const left = readingsBySentence(withdrawals);
  const deployed = readingsBySentence(deployments);
  for (const s of ctx.sentences) {
    if (!(ctx.sentenceClass[s.index]! & RETURN_START_CLASS)) continue;
    for (let t = s.first; t < s.last; t++) {
      if (!(ctx.wordClass[t]! & RETURN_START_CLASS)) continue;
      const end = bareReturnEnd(ctx, s, t);
      if (end < 0 || !endsWithoutPlace(ctx, s, end)) continue;
      const group = verbGroup(ctx, s, t);
      // "all the sites used by French forces had been returned": a passive return hands back what it names.
      if (!statesFact(group) || group.negated || group.passive || clauseBlocked(ctx, s, group.first)) continue;
      const force = nearestForce(ctx, s, t, RETURN_FORCE_REACH, BROUGHT_FORCE_WORDS + 1);
      if (force < 0) continue;
      const owner = findActor(ctx, force, force + 1, s.first, () => false)?.actor;
      const undone = lastOwn(left, s, owner) ?? deployedThenWithdrawn(ctx, deployed, s, t, owner);
      if (!undone) continue;
      const code = undone.location?.code;
      const state = code ? stateOf(code) : undefined;
      if (!state || family(state.name) === family(undone.actor!.name)) continue;
      const date = dateNear(ctx, s, t, ARRIVAL_DATING);
      // The return comes after the leaving it undoes.
      if (date.value && undone.occurredOn && date.value < undone.occurredOn) continue;
      out.push(
        ...placementCandidates(
          'DeploymentAnnounced',
          s,
          { actors: [undone.actor!] },
          [state],
          date,
          undefined,
          RETURN_CONFIDENCE,
        ),
      );
    }
  }
  return out;
}

/** Readings with their places in the list, by sentence: a return reads only the few sentences before it. */
interface ReadingsBySentence {
  readings: readonly Candidate[];
  bySentence: Map<number, number[]>;
}

function readingsBySentence(readings: readonly Candidate[]): ReadingsBySentence {
  const bySentence = new Map<number, number[]>();
  readings.forEach((c, i) => {
    const list = bySentence.get(c.sentence);
    if (list) list.push(i);
    else bySentence.set(c.sentence, [i]);
  });
  return { readings, bySentence };
}

/**
 * The last reading (in the list's order) no more than BARE_RETURN_REACH sentences before s, of the owner's family
 * where the return names one, else of the one family all those readings share.
 */
function lastOwn(index: ReadingsBySentence, s: Sentence, owner: NamedRef | undefined): Candidate | undefined {
  const family = (name: string) => gazetteer().actorFamily(name);
  const at: number[] = [];
  for (let k = Math.max(0, s.index - BARE_RETURN_REACH); k < s.index; k++) at.push(...(index.bySentence.get(k) ?? []));
  const near = at
    .sort((a, b) => a - b)
    .map((i) => index.readings[i]!)
    .filter((c) => c.actor);
  const own = owner ? near.filter((c) => family(c.actor!.name) === family(owner.name)) : near;
  if (!own.length || own.some((c) => family(c.actor!.name) !== family(own[0]!.actor!.name))) return undefined;
  return own[own.length - 1];
}

/** Verb forms that state forces taken out of where they were ("withdrew the guard", "the guard was withdrawn"). */
const WITHDREW = set('withdrew withdrawn evacuated');

/**
 * "sent 2,700 Marines to Nicaragua … withdrew the guard in August 1925 … In 1926 the Marines returned": where no
 * withdrawal is read, the last deployment of the forces' actor read just before, where a withdrawal is stated between
 * it and the return.
 */
function deployedThenWithdrawn(
  ctx: ArticleContext,
  deployments: ReadingsBySentence,
  s: Sentence,
  t: number,
  owner: NamedRef | undefined,
): Candidate | undefined {
  const deployed = lastOwn(deployments, s, owner);
  if (!deployed) return undefined;
  const after = ctx.sentences[deployed.sentence]!.last;
  for (let j = after; j < t; j++) if (WITHDREW.has(lowerAt(ctx, j))) return deployed;
  return undefined;
}

/**
 * Where a return with no place of its own at t ends: "returned" itself, "came back", or the "back" of "brought the
 * Marines back"; else -1.
 */
function bareReturnEnd(ctx: ArticleContext, s: Sentence, t: number): number {
  const w = lowerAt(ctx, t);
  if (RETURN_VERBS.has(w)) return t;
  if (BACK_VERBS.has(w)) return lowerAt(ctx, t + 1) === 'back' ? t + 1 : -1;
  if (!BRING_VERBS.has(w)) return -1;
  for (let j = t + 2; j < s.last && j <= t + 1 + BROUGHT_FORCE_WORDS; j++) {
    if (lowerAt(ctx, j) === 'back') return FORCE_NOUNS.has(lowerAt(ctx, j - 1)) ? j : -1;
    if (ctx.tokens[j]!.kind !== 'word') return -1;
  }
  return -1;
}

/** Whether the verb phrase ending at `end` ends there, or goes on with a time or "in force" rather than a place. */
function endsWithoutPlace(ctx: ArticleContext, s: Sentence, end: number): boolean {
  const next = end + 1;
  if (next >= s.last) return true;
  const tok = ctx.tokens[next]!;
  if (tok.kind === 'punct') return tok.text === '.' || tok.text === ',' || tok.text === ';';
  if (ctx.inDate[next]) return true;
  const w = lowerAt(ctx, next);
  if (!BARE_RETURN_FOLLOWERS.has(w)) return false;
  // "in 1926", "in force", "early in 1927", "the following year": a time or manner, never a place.
  if (w === 'in') return !!ctx.inDate[next + 1] || lowerAt(ctx, next + 1) === 'force';
  if (w === 'the') return lowerAt(ctx, next + 1) === 'following' || lowerAt(ctx, next + 1) === 'next';
  return lowerAt(ctx, next + 1) !== 'to' && !placeStartsAt(ctx, next + 1);
}

/** Whether a place's name starts at token i. */
function placeStartsAt(ctx: ArticleContext, i: number): boolean {
  const m = mentionAtToken(ctx, i);
  return !!m && m.first === i && !!placeOf(m.entry);
}

/** Where the place after a return verb at t starts ("returned to Beirut", "came back into Kuwait"), else -1. */
function returnedTo(ctx: ArticleContext, t: number): number {
  const w = lowerAt(ctx, t);
  if (RETURN_VERBS.has(w)) return RETURN_PREPOSITIONS.has(lowerAt(ctx, t + 1)) ? t + 2 : -1;
  if (BACK_VERBS.has(w) && lowerAt(ctx, t + 1) === 'back')
    return RETURN_PREPOSITIONS.has(lowerAt(ctx, t + 2)) ? t + 3 : -1;
  return -1;
}
