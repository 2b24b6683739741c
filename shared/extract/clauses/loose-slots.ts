import { mentionsExercise } from './exercise.ts';
import type { ArticleContext } from '../context.ts';
import type { Candidate } from '../candidate.ts';
import { placementCandidates } from '../../event-types/placement.ts';
import { FORCE_NOUNS, WORD_CLASS } from '../lexicon.ts';
import type { dateNear } from './dating.ts';
import {
  describedAsPlace,
  actorOf,
  CLAUSE_OPENERS,
  inDateline,
  sponsorOnly,
  isComplement,
  inClosedRelative,
  isVenue,
  lowerAt,
  mentionAtToken,
  mentionsIn,
  placeOf,
  joinedClauseEnd,
  joinedClauseStart,
  type NamedRef,
  ownUnnamedSubject,
  capitalInPersonName,
} from '../slots.ts';
import type { Mention } from '../text/mentions.ts';
import type { Sentence } from '../text/tokens.ts';
import { actorsAt, hyphenPartner } from './actors.ts';
import { referredActor } from './discourse.ts';
import { placesAfter, placesAt, type PlaceSlot } from './phrases.ts';

/**
 * Slot fillers for the loose readers: a sentence that holds a trigger word but no clause reading of its type still
 * states the event in most text ("…, and Russian troops were soon deployed along the line near X"). These fill the
 * actor and place from anywhere in the sentence, nearest to the trigger first, where the clause readers want them in
 * their grammatical slots. Every scan is bounded by the sentence, so a reader stays linear in the text.
 */

/** How far after a trigger a place phrase may start. */
export const LOOSE_PLACE_WINDOW = 16;
/** Words before a place that put something there ("in Iraq", "at the base"). */
const LOCATIVE = new Set(['in', 'at', 'inside', 'into', 'on']);
/** Referring subjects whose actor an earlier mention names. */
const PRONOUN_SUBJECTS = new Set(['they', 'it', 'troops', 'forces', 'soldiers']);

/**
 * The actors whose forces act at trigger t: the clause reading's actor where it finds one, else the nearest actor
 * named before the trigger in the sentence, else one named right after it with a force noun ("the deployment of
 * Turkish troops"), else the actor a referring subject names ("they", "the troops").
 */
export function looseActors(ctx: ArticleContext, s: Sentence, t: number, exclude: (m: Mention) => boolean): NamedRef[] {
  const slot = actorsAt(ctx, s, t, exclude);
  if (slot?.actors.length) return slot.actors;
  // ", and Parliament approved the deployment": the joined clause's own subject names no actor before it.
  const before = ownUnnamedSubject(ctx, s.first, t) ? [] : mentionsIn(ctx, s.first, t).reverse();
  for (const m of before) {
    const actor = usableActor(ctx, m, exclude);
    if (!actor || (isComplement(ctx, m) && !m.possessive && !forceAfter(ctx, m))) continue;
    // "Israel, after prolonged U.S. pressure, withdrew": a name inside a phrase set off before the verb.
    if (inClosedRelative(ctx, s.first, m, t)) continue;
    // "The Anglo-French landings": the state joined by a hyphen acts too.
    const partner = hyphenPartner(ctx, m);
    return partner ? [partner, actor] : [actor];
  }
  for (const m of mentionsIn(ctx, t + 1, Math.min(s.last, t + LOOSE_PLACE_WINDOW))) {
    const actor = usableActor(ctx, m, exclude);
    if (actor && forceAfter(ctx, m)) return [actor];
  }
  for (let j = t - 1; j >= s.first && j >= t - 4; j--) {
    if (!PRONOUN_SUBJECTS.has(lowerAt(ctx, j))) continue;
    const actor = referredActor(ctx, j);
    return actor ? [actor] : [];
  }
  return [];
}

function usableActor(ctx: ArticleContext, m: Mention, exclude: (m: Mention) => boolean): NamedRef | undefined {
  if (exclude(m) || inDateline(ctx, m.first) || isVenue(ctx, m) || sponsorOnly(ctx, m) || describedAsPlace(ctx, m))
    return undefined;
  if (m.entry.kind === 'capital' && capitalInPersonName(ctx, m)) return undefined;
  return actorOf(m.entry);
}

/** "Russian troops", "U.S. forces", "Turkey's soldiers": a force noun right after the mention. */
function forceAfter(ctx: ArticleContext, m: Mention): boolean {
  const next = m.possessive ? m.last + 1 : m.last;
  return FORCE_NOUNS.has(lowerAt(ctx, next)) || FORCE_NOUNS.has(lowerAt(ctx, next + 1));
}

/**
 * The places of trigger t: the first phrase governed by one of `preps` after it in the sentence, else a place the
 * sentence puts before the trigger with a locative ("In Iraq, thousands of troops had been deployed").
 */
export function loosePlaces(ctx: ArticleContext, s: Sentence, t: number, preps: Set<string>): PlaceSlot[] {
  const end = otherPredicate(ctx, t, Math.min(s.last, t + LOOSE_PLACE_WINDOW));
  const after = placesAfter(ctx, s, t + 1, end, preps);
  if (after.length) return after;
  const bearing = bearingPlaces(ctx, s, t + 1, end);
  if (bearing.length) return bearing;
  for (const m of mentionsIn(ctx, s.first, t).reverse()) {
    if (!placeOf(m.entry) || m.possessive || isVenue(ctx, m) || inDateline(ctx, m.first)) continue;
    // "units of the 14th Army, headquartered in Tiraspol, intervened": where the forces are based is not where they went.
    const locative = lowerAt(ctx, m.first - 1) === 'the' ? m.first - 2 : m.first - 1;
    if (BASED_PARTICIPLES.has(lowerAt(ctx, locative - 1))) continue;
    // "delivering food from U.S. stocks in Qatar": a place inside a phrase of origin is where things came from.
    if (originBefore(ctx, s, locative)) continue;
    if (
      LOCATIVE.has(lowerAt(ctx, m.first - 1)) ||
      (lowerAt(ctx, m.first - 1) === 'the' && LOCATIVE.has(lowerAt(ctx, m.first - 2)))
    )
      return placesAt(ctx, s, m.first);
  }
  return [];
}

/** How many words before a place's preposition a "from" of origin may stand ("from U.S. stocks in Qatar"). */
const ORIGIN_REACH = 4;
/** Marks that close a phrase of origin before a place ("from the north, in Kuwait"). */
const CLAUSE_MARKS = new Set([',', ';', ':']);

/** Whether "from" opens the phrase that holds the place preposition at `locative`, within a few words. */
function originBefore(ctx: ArticleContext, s: Sentence, locative: number): boolean {
  for (let j = locative - 1; j >= s.first && j >= locative - ORIGIN_REACH; j--) {
    if (lowerAt(ctx, j) === 'from') return true;
    if (CLAUSE_MARKS.has(lowerAt(ctx, j))) return false;
  }
  return false;
}

/** Participles that say where forces are based ("headquartered in", "based at"). */
const BASED_PARTICIPLES = new Set(['headquartered', 'based', 'stationed', 'garrisoned', 'quartered']);

/**
 * Where the trigger at t stops governing places, before `end`: at the next verb of the other kind of movement ("who
 * had been sent to support Amin, withdrew to Libya": Libya is where they withdrew to, not where they were sent).
 */
function otherPredicate(ctx: ArticleContext, t: number, end: number): number {
  const other = ctx.wordClass[t]! & WORD_CLASS.withdraw ? WORD_CLASS.deploy : WORD_CLASS.withdraw;
  for (let j = t + 1; j < end; j++) if (ctx.wordClass[j]! & other) return j;
  return end;
}

/** "a controlled withdrawal southwest of Popasna": the place a bearing in [from, to) is taken from. */
export function bearingPlaces(ctx: ArticleContext, s: Sentence, from: number, to: number): PlaceSlot[] {
  for (let j = from; j < to - 1 && j < s.last - 1; j++) {
    const w = lowerAt(ctx, j);
    if (w === ',' || w === ';') break;
    if (bearingAt(ctx, j)) return placesAt(ctx, s, j + 2);
  }
  return [];
}

const COMPASS = /^(?:north|south|east|west)(?:east|west|ern)?(?:ward|wards)?$/;

/** Whether a bearing ("east of", "southwest of") starts at token j. */
export function bearingAt(ctx: ArticleContext, j: number): boolean {
  return COMPASS.test(lowerAt(ctx, j)) && lowerAt(ctx, j + 1) === 'of';
}

/** Whether the sentence names armed forces anywhere (the loose readers want forces, not diplomats or goods). */
export function namesForces(ctx: ArticleContext, s: Sentence): boolean {
  return (ctx.sentenceClass[s.index]! & WORD_CLASS.force) !== 0;
}

/** "sent Henry Stimson to Nicaragua, and U.S. Marines remained there": forces named in the trigger's own clause. */
function forcesInClause(ctx: ArticleContext, s: Sentence, t: number): boolean {
  const end = joinedClauseEnd(ctx, t, s);
  for (let j = joinedClauseStart(ctx, t, s.first); j < end; j++) if (ctx.wordClass[j]! & WORD_CLASS.force) return true;
  return false;
}

/** Loose readings are kept below every clause reading, so a merge prefers the clause reading's slots and date. */
export const LOOSE_CONFIDENCE = 0.4;

/**
 * The sentences holding a word of the `triggers` class (see wordClassOf) in which no candidate of the type was read
 * (nor excluded by `skip`): where a loose reader may look.
 */
export function uncoveredSentences(
  ctx: ArticleContext,
  triggers: number,
  found: readonly { sentence: number }[],
  skip: ReadonlySet<number> = new Set(),
): Sentence[] {
  const covered = new Set(found.map((c) => c.sentence));
  return ctx.sentences.filter(
    (s) => ctx.sentenceClass[s.index]! & triggers && !covered.has(s.index) && !skip.has(s.index),
  );
}

/** How far after a passive verb its "by" agent may stand ("were sent to Kosovo by Germany"). */
const AGENT_WINDOW = 10;
/** How far before a passive verb group its subject may start ("The city of Lyman was left"). */
const SUBJECT_REACH = 8;

/**
 * The agents of a passive: the actors named after "by", with those listed after the first ("was occupied by American,
 * Soviet, British and French troops"); empty where there is none.
 */
export function byAgents(ctx: ArticleContext, s: Sentence, t: number): NamedRef[] {
  for (let j = t + 1; j < s.last && j <= t + AGENT_WINDOW; j++) {
    const w = lowerAt(ctx, j);
    if (w === ';' || CLAUSE_OPENERS.has(w)) return [];
    if (w !== 'by' || ctx.inDate[j + 1]) continue;
    for (const m of mentionsIn(ctx, j + 1, Math.min(s.last, j + 4))) {
      const actor = actorOf(m.entry);
      if (actor) return [actor, ...listedAfter(ctx, s, m.last)];
    }
    return [];
  }
  return [];
}

/** The actors listed right after token i: ", Soviet, British and French". */
function listedAfter(ctx: ArticleContext, s: Sentence, i: number): NamedRef[] {
  const out: NamedRef[] = [];
  for (let j = i; j < s.last;) {
    let k = j;
    if (lowerAt(ctx, k) === ',') k++;
    if (lowerAt(ctx, k) === 'and') k++;
    if (k === j) break;
    const m = mentionAtToken(ctx, k);
    const actor = m && m.first === k ? actorOf(m.entry) : undefined;
    if (!m || !actor) break;
    out.push(actor);
    j = m.last;
  }
  return out;
}

/** The places a passive's subject names, ending right before its verb group ("Kherson was evacuated"). */
export function subjectPlaces(ctx: ArticleContext, s: Sentence, groupFirst: number): PlaceSlot[] {
  for (let j = Math.max(s.first, groupFirst - SUBJECT_REACH); j < groupFirst; j++) {
    const list = placesAt(ctx, s, j);
    if (list.length && list[list.length - 1]!.last === groupFirst) return list;
  }
  return [];
}

/**
 * The loose readers' common walk: each uncovered sentence that holds a word of the `triggers` class (see
 * wordClassOf), tokens in order, the first trigger that `readAt` reads giving the sentence's candidates. `wanted`
 * says whether a trigger word is worth reading in a sentence that does (or does not) name forces.
 */
export function readLoosely(
  ctx: ArticleContext,
  triggers: number,
  found: readonly { sentence: number }[],
  skip: ReadonlySet<number>,
  wanted: (word: string, namesForces: boolean) => boolean,
  readAt: (s: Sentence, t: number) => Candidate[],
): Candidate[] {
  const out: Candidate[] = [];
  for (const s of uncoveredSentences(ctx, triggers, found, skip)) {
    if (mentionsExercise(ctx, s)) continue;
    const forces = namesForces(ctx, s);
    for (let t = s.first; t < s.last; t++) {
      if (!(ctx.wordClass[t]! & triggers)) continue;
      const w = lowerAt(ctx, t);
      if (!wanted(w, forces && forcesInClause(ctx, s, t))) continue;
      const read = readAt(s, t);
      if (read.length) {
        out.push(...read);
        break;
      }
    }
  }
  return out;
}

/** One loose candidate per actor and place, each actor's own places only (`keep`), at the loose confidence. */
export function looseCandidates(
  type: 'DeploymentAnnounced' | 'WithdrawalBegun',
  s: Sentence,
  actors: readonly NamedRef[],
  places: readonly PlaceSlot[],
  date: ReturnType<typeof dateNear>,
  opts: { keep?: (place: NamedRef, actor: NamedRef) => boolean; personnel?: number | null } = {},
): Candidate[] {
  const out: Candidate[] = [];
  for (const actor of actors) {
    const own = places
      .map((p) => p.place)
      .filter((p) => p.name !== actor.name && (opts.keep ? opts.keep(p, actor) : true));
    if (own.length) out.push(...placementCandidates(type, s, { actors: [actor] }, own, date, opts.personnel));
  }
  for (const c of out) c.confidence = LOOSE_CONFIDENCE;
  return out;
}
