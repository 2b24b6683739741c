import type { ArticleContext } from '../context.ts';
import { FORCE_NOUNS, LAST_FORCE_WORDS, REPORTING } from '../lexicon.ts';
import {
  actorOf,
  afterDateline,
  findActor,
  joinedClauseStart,
  lowerAt,
  mainClauseStart,
  mentionAtToken,
  numberAt,
  mentionsIn,
  nearestForce,
  OWNER_PRONOUNS,
  type NamedRef,
} from '../slots.ts';
import type { Candidate } from '../candidate.ts';
import type { Mention } from '../text/mentions.ts';
import type { Sentence } from '../text/tokens.ts';
import { referredActor, referredOrganization, referredPlace } from './discourse.ts';
import { spanText } from './phrases.ts';
import { posOf } from '../text/pos.ts';
import { verbGroup } from './verb-group.ts';
import { wordSet as set } from '../word-set.ts';
import { gazetteer, lookupKey } from '../gazetteer/index.ts';
import { lookupTable } from '../lookup-table.ts';
import { PLACE_OBJECT_VERBS } from '../text/slot-places.ts';

/** Subjects that name forces already in play ("they", "the troops", "the rebels", "the legionnaires"): the actor is
 * the one before. Plural unit nouns only: "the garrison" or "the battalion" as often names a new unit. */
const REFERRING_SUBJECTS = set(`they it troops forces soldiers rebels fighters army military marines ship ships
  contingent peacekeepers units militants insurgents militia militias mission legionnaires paratroopers
  regiments brigades`);
/** Capitalized services that, after "the" with no state, refer to the state's forces named before ("the Navy"). */
const SERVICE_BRANCHES = set('navy');
/** Services named by two words: "Air Force" (its first word, with "force"). */
const TWO_WORD_BRANCHES = set('air');

/** The words of a capitalized service name ending at j ("the Navy": 1, "the Air Force": 2), else 0. */
function serviceBranchAt(ctx: ArticleContext, j: number): number {
  if (!ctx.tokens[j]?.cap) return 0;
  const w = lowerAt(ctx, j);
  if (SERVICE_BRANCHES.has(w)) return 1;
  return w === 'force' && TWO_WORD_BRANCHES.has(lowerAt(ctx, j - 1)) && ctx.tokens[j - 1]!.cap ? 2 : 0;
}

/** Singular force nouns that refer to forces named before only as a commander's ("Eaton's force"): "the force" alone
 * as often names a new one ("The force, drawn mainly from South Africa, was deployed"). */
const COMMANDED_FORCES = set('force');
const SUBJECT_DETERMINERS = set('the these those its their all both another');
/** Nouns that, as "The X" opening a sentence, refer to the state named before ("The country sent troops"). */
const STATE_REFERENCES = set('country kingdom nation');

/**
 * The actor opening the sentence before token i (its subject: the first actor named in it, within a few words of
 * its start), for "its"/"their" at i.
 */
function subjectBefore(ctx: ArticleContext, i: number): NamedRef | undefined {
  const here = ctx.tokens[i]!.sentence;
  const previous = ctx.sentences[here - 1];
  if (!previous) return undefined;
  for (const m of mentionsIn(ctx, previous.first, Math.min(previous.last, previous.first + OWNER_SUBJECT_REACH))) {
    if (lowerAt(ctx, m.first - 1) !== 'the' && m.first !== previous.first && lowerAt(ctx, m.first - 1) !== ',')
      continue;
    const actor = actorOf(m.entry);
    if (actor && m.entry.kind !== 'capital') return actor;
  }
  return undefined;
}
/** Heads of an organization's name that make it a force or mission of its own ("United Nations Emergency Force"). */
const OWN_FORCE_NAME = /\b(?:Force|Mission)$/;

/** The organization named last in the sentence before i whose name is a force's or mission's, as an actor. */
function forceNamedLast(ctx: ArticleContext, i: number): NamedRef | undefined {
  const previous = ctx.sentences[ctx.tokens[i]!.sentence - 1];
  if (!previous) return undefined;
  const mentions = mentionsIn(ctx, previous.first, previous.last);
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.entry.kind === 'org' && OWN_FORCE_NAME.test(spanText(ctx, m.first, m.last))) return actorOf(m.entry);
  }
  return undefined;
}

/** How far into the sentence before its subject may stand ("In December 1979, the Soviet Union invaded …"). */
const OWNER_SUBJECT_REACH = 6;
/** Adjectives a referring subject may carry ("the last units", "its remaining troops"). */
const SUBJECT_ADJECTIVES = set('last remaining final first few');
/** Words naming a part of forces referred to by "of them" ("the last of them", "most of them"). */
const PART_WORDS = set('last rest remainder bulk most all many some');

/** Where "the last of them" starts when its "them" is at j (the part word), else -1. */
export function partOfThem(ctx: ArticleContext, j: number): number {
  return lowerAt(ctx, j) === 'them' && lowerAt(ctx, j - 1) === 'of' && PART_WORDS.has(lowerAt(ctx, j - 2)) ? j - 2 : -1;
}

/** Nouns after a name that make it the target or the ground of an action rather than its actor. */
const TARGET_NOUNS = set(`positions position targets strongholds stronghold hideouts camps border frontier territory
  areas villages towns`);

/** Words that open an insertion saying what a force is made of (", made up of contingents from …,"). */
const COMPOSITION_OPENERS: ReadonlyArray<readonly string[]> = [
  ['made', 'up', 'of'],
  ['composed', 'of'],
  ['comprised', 'of'],
  ['consisting', 'of'],
  ['comprising'],
];

/**
 * "…the U.N. Emergency Force. The force, made up of contingents from India and Canada,": for "the force" as subject
 * before an insertion listing what it is made of, the force whose name the sentence before gave.
 */
export function composedForceBefore(ctx: ArticleContext, s: Sentence, comma: number): NamedRef | undefined {
  const opens = COMPOSITION_OPENERS.some((words) => words.every((w, k) => lowerAt(ctx, comma + 1 + k) === w));
  const head = comma - 1;
  if (!opens || !COMMANDED_FORCES.has(lowerAt(ctx, head)) || lowerAt(ctx, head - 1) !== 'the') return undefined;
  return head - 1 === afterDateline(ctx, s) ? forceNamedLast(ctx, head) : undefined;
}

/**
 * "The force, made up of contingents from India, Canada and Denmark, landed": the contributors an insertion before
 * the verb of t lists make up the force the sentence before named; that force is the actor.
 */
export function composedSubject(ctx: ArticleContext, s: Sentence, t: number): NamedRef | undefined {
  const inserted = insertedClauseStart(ctx, s, governedGroupStart(ctx, s, t));
  return inserted >= 0 ? composedForceBefore(ctx, s, inserted) : undefined;
}

/** How far before a trigger a referring subject may stand ("The soldiers were later convinced to withdraw"). */
const SUBJECT_REACH = 8;

/** How far around a trigger a force noun may stand to be the trigger's forces. */
export const FORCE_WINDOW_BEFORE = 8;
export const FORCE_WINDOW_AFTER = 8;

/**
 * Whether the actor's own name says it is an armed body: an organization, a service metonym ("the Marines"), a
 * people's plural ("the Russians") or a name ending in a force noun ("the Red Army").
 */
export function namesArmedBody(ctx: ArticleContext, m: Mention | undefined): boolean {
  if (!m) return false;
  // "The Russians abandoned their positions": a people's plural name stands for its forces in war reporting.
  const peoplePlural =
    m.entry.kind === 'demonym' && lowerAt(ctx, m.first - 1) === 'the' && lowerAt(ctx, m.last - 1).endsWith('s');
  return (
    m.entry.kind === 'org' || m.entry.kind === 'metonym' || peoplePlural || FORCE_NOUNS.has(lowerAt(ctx, m.last - 1))
  );
}

/** How many tokens at the end of the sentence before are searched for forces. */
const PREVIOUS_SENTENCE_REACH = 60;

/** "They left the city": a referring subject stands for forces when the sentence before spoke of forces. */
export function forcesNamedBefore(ctx: ArticleContext, s: Sentence): boolean {
  const before = ctx.sentences[s.index - 1];
  if (!before || before.paragraph !== s.paragraph) return false;
  for (let j = Math.max(before.first, before.last - PREVIOUS_SENTENCE_REACH); j < before.last; j++)
    if (FORCE_NOUNS.has(lowerAt(ctx, j))) return true;
  return false;
}

export interface ActorSlot {
  actors: NamedRef[];
  mention?: Mention;
  force: number;
  referred?: boolean;
}

/**
 * The actor(s) whose forces act at trigger t: the force phrase's owner or the clause subject, with a coordinated
 * pair ("Russian and Syrian forces" gives both); else, for a referring subject ("the troops withdrew"), the actor
 * named before.
 */
export function actorsAt(
  ctx: ArticleContext,
  s: Sentence,
  t: number,
  exclude: (m: Mention) => boolean,
): ActorSlot | undefined {
  // "South African forces, which had entered Angola in October, withdrew": the subject stands before an inserted
  // clause; names inside it are not the subject.
  const groupStart = governedGroupStart(ctx, s, t);
  const inserted = insertedClauseStart(ctx, s, groupStart);
  const composed = composedSubject(ctx, s, t);
  if (composed) return { actors: [composed], force: inserted - 1, referred: true };
  if (inserted >= 0) {
    const subject = actorsAt(ctx, s, inserted, exclude);
    if (subject)
      return { ...subject, actors: dedupe([...subject.actors, ...insertedCompanions(ctx, inserted, groupStart)]) };
  }
  const near = carriedBy(ctx, t, nearestForce(ctx, s, t, FORCE_WINDOW_BEFORE, FORCE_WINDOW_AFTER));
  const groupFirst = verbGroup(ctx, s, t).first;
  const direct = near >= 0 ? -1 : forceOwnedByListBefore(ctx, s, groupFirst);
  const listed = near >= 0 || direct >= 0 ? direct : forceOwnedByListBeforeJoined(ctx, s, groupFirst);
  const force = near >= 0 ? near : listed >= 0 ? listed : forceBeforeNamedPhrase(ctx, s, groupFirst);
  // "strike PKK positions": a name modifying what is attacked is the target, not the subject.
  const target = (m: Mention) =>
    TARGET_NOUNS.has(lowerAt(ctx, m.last)) || (!ctx.tokens[m.last]?.cap && TARGET_NOUNS.has(lowerAt(ctx, m.last + 1)));
  const hit = senderOfNamedUnit(
    ctx,
    s,
    t,
    // "Eritrea cut off supplies, and the peacekeepers were forced to pull out": a clause joined after ", and" has its
    // own subject; names before it are not this one's.
    findActor(ctx, force, t, ownSubjectClause(ctx, s, force), (m) => exclude(m) || target(m)),
    exclude,
  );
  if (hit) {
    const actors = [hit.actor, ...coordinatedActors(ctx, hit.mention), ...listedCompanions(ctx, s, hit.mention, t)];
    return { actors: dedupe(actors), mention: hit.mention, force };
  }
  // "The standoff between China and India … Both sides have deployed troops": the two states named before.
  const pair = bothSidesSubject(ctx, s, t);
  if (pair) return { actors: pair, force, referred: true };
  for (let j = t - 1; j >= s.first && j >= t - SUBJECT_REACH; j--) {
    const w = lowerAt(ctx, j);
    // "the last of them departed": a part of the forces named before.
    if (partOfThem(ctx, j) >= 0) {
      const actor = referredActor(ctx, j - 2);
      if (actor) return { actors: [actor], force, referred: true };
    }
    // "The U.S. Navy closed Subic Bay … The Air Force abandoned Clark": a service named with no state is the state's
    // the text has in play.
    const branch = serviceBranchAt(ctx, j);
    if (
      !REFERRING_SUBJECTS.has(w) &&
      !branch &&
      !(COMMANDED_FORCES.has(w) && (commandersPossessive(ctx, s, j - 1) || forceMountedBefore(ctx, s, j)))
    )
      continue;
    // The first word of the noun ("Air" of "the Air Force").
    const head = branch ? j - branch + 1 : j;
    // "Another 1,000 soldiers", "the last 150 troops": a figure may stand in the subject.
    const figure = ctx.tokens[head - 1]?.kind === 'number' ? 1 : 0;
    // "the last 150 troops", "The limited contingent": a describing word may stand in the subject.
    const describing = lowerAt(ctx, head - 1 - figure);
    const adjective =
      SUBJECT_ADJECTIVES.has(describing) ||
      (posOf(describing) === 'adjective' && !ctx.tokens[head - 1 - figure]!.cap && headsItsPhrase(ctx, j))
        ? 1
        : 0;
    const subjectStart = w === 'they' || w === 'it' ? j : head - 1 - figure - adjective;
    if (
      w !== 'they' &&
      w !== 'it' &&
      !SUBJECT_DETERMINERS.has(lowerAt(ctx, subjectStart)) &&
      !commandersPossessive(ctx, s, subjectStart)
    )
      continue;
    // "The Soviet Union invaded Afghanistan. Its forces left …": "its" is the owner the text is about, its subject.
    // "…voted to establish a United Nations Emergency Force. Its first units arrived": the force named just before.
    const owner = OWNER_PRONOUNS.has(lowerAt(ctx, subjectStart))
      ? ((lowerAt(ctx, subjectStart) === 'its' ? forceNamedLast(ctx, subjectStart) : undefined) ??
        subjectBefore(ctx, subjectStart))
      : undefined;
    // "Nigeria's air force said it had deployed 200 personnel": a reported "it" is the state's force that speaks.
    const speaker = w === 'it' || w === 'they' ? ownMilitarySpeaker(ctx, s, j) : undefined;
    // "France began pulling out its forces. It sent 3,000 troops to Chad": "It" opening a sentence is the subject of
    // the sentence before, not a state named inside it.
    const previousSubject = w === 'it' && j === afterDateline(ctx, s) ? subjectBefore(ctx, j) : undefined;
    const actor = owner ?? speaker ?? previousSubject ?? referredActor(ctx, subjectStart, w);
    if (actor) return { actors: [actor], force, referred: true };
  }
  // "Egypt joined the League. The country sent troops to Yemen": a state referred to as the subject.
  for (let j = t - 1; j > s.first && j >= t - SUBJECT_REACH; j--) {
    if (!STATE_REFERENCES.has(lowerAt(ctx, j)) || lowerAt(ctx, j - 1) !== 'the' || j - 1 !== s.first) continue;
    const state = referredPlace(ctx, j - 1, 'country');
    if (state?.code) return { actors: [state], force, referred: true };
  }
  // "The UAE's foreign minister said his country had sent 500 police": the speaker's own state.
  const speakersState = speakersCountry(ctx, s, t);
  if (speakersState) return { actors: [speakersState], force };
  // "NATO ambassadors met … The alliance sent 3,500 soldiers": an alliance or bloc referred to as the subject.
  const organization = organizationReference(ctx, s, t);
  if (organization) return { actors: [organization], force, referred: true };
  // "The 1st Cavalry Division arrived …": a numbered formation named without its state belongs to the actor the
  // text has in play.
  const formation = force >= 0 ? numberedFormationStart(ctx, s, force) : -1;
  if (formation >= 0) {
    const actor = referredActor(ctx, formation);
    if (actor) return { actors: [actor], force, referred: true };
  }
  const speaker = force >= 0 ? (ownMilitarySpeaker(ctx, s, t) ?? sendingSpeaker(ctx, s, force)) : undefined;
  return speaker ? { actors: [speaker], force, referred: true } : undefined;
}

/** Names that, opening a sentence as the subject of a reporting verb, speak for the forces they send. */
const SENDING_SPEAKER_KINDS = new Set(['state', 'metonym', 'leader', 'org']);
/** How many tokens after the reporting verb the reported forces may stand ("said on Thursday that about 1,000 more"). */
const REPORTED_FORCE_REACH = 9;

/**
 * "Britain said on Wednesday that 150 soldiers would be sent to Estonia", "The CSTO said the first units had reached
 * Almaty": forces with no owner named, in the clause a state or alliance reports as the sentence's subject, are the
 * speaker's own. Only a speaker that opens the sentence right before its verb, and forces close after that verb with
 * no other name between.
 */
export function sendingSpeaker(ctx: ArticleContext, s: Sentence, force: number): NamedRef | undefined {
  const start = afterDateline(ctx, s);
  for (let j = force - 1; j > start && j >= force - REPORTED_FORCE_REACH; j--) {
    if (mentionAtToken(ctx, j)) return undefined;
    if (!REPORTING.has(lowerAt(ctx, j))) continue;
    const m = mentionAtToken(ctx, j - 1);
    if (!m || m.last !== j || m.possessive) return undefined;
    const opens = m.first === start || (m.first === start + 1 && lowerAt(ctx, start) === 'the');
    if (!opens || !SENDING_SPEAKER_KINDS.has(m.entry.kind)) return undefined;
    return actorOf(m.entry);
  }
  return undefined;
}

/**
 * "Eaton's force", "Pershing's troops": a name that is no actor, owning forces, is their commander's; the forces are
 * the ones named before, like "the force".
 */
function commandersPossessive(ctx: ArticleContext, s: Sentence, j: number): boolean {
  const w = lowerAt(ctx, j);
  if ((w !== "'s" && w !== '’s') || j - 1 < s.first) return false;
  const name = ctx.tokens[j - 1]!;
  if (name.kind !== 'word' || !name.cap) return false;
  const m = mentionAtToken(ctx, j - 1);
  return !m || !actorOf(m.entry);
}

/** Verbs that raise or send an expedition ("mounted the Sixth Military Expedition", "dispatched a force"). */
const MOUNTING_VERBS = set(`mounted launched dispatched despatched assembled organized organised raised formed
  equipped sent`);
/** Nouns of a body of forces sent abroad, which a later "The force" refers to. */
const EXPEDITION_NOUNS = set('expedition expeditions force');
/** How far after its mounting verb the expedition noun may stand ("mounted the Sixth Military Expedition"). */
const MOUNTED_NOUN_REACH = 5;

/**
 * "In 1906 the colonial government mounted the Sixth Military Expedition … The force landed at Sanur": "The force"
 * opening a sentence (at j) refers to the expedition or force the sentence before mounted or sent.
 */
function forceMountedBefore(ctx: ArticleContext, s: Sentence, j: number): boolean {
  if (j - 1 !== s.first || lowerAt(ctx, j - 1) !== 'the') return false;
  const previous = ctx.sentences[s.index - 1];
  if (!previous) return false;
  for (let k = previous.first; k < previous.last; k++) {
    if (!MOUNTING_VERBS.has(lowerAt(ctx, k))) continue;
    for (let n = k + 1; n < previous.last && n <= k + MOUNTED_NOUN_REACH; n++)
      if (EXPEDITION_NOUNS.has(lowerAt(ctx, n))) return true;
  }
  return false;
}

/**
 * Where the actor of the forces at `force` is looked for: from the clause joined after ", and" when the forces are
 * "the …" opening it, which have their own subject; "its first columns" belong to the owner before.
 */
function ownSubjectClause(ctx: ArticleContext, s: Sentence, force: number): number {
  if (force < 0) return s.first;
  const start = joinedClauseStart(ctx, force, s.first);
  return start > s.first && lowerAt(ctx, start) === 'the' ? start : s.first;
}

/** Whether the referring word at j ends its noun phrase ("the limited contingent was", not "the largest military
 * deployment"). */
function headsItsPhrase(ctx: ArticleContext, j: number): boolean {
  const next = ctx.tokens[j + 1];
  return !next || next.kind !== 'word' || posOf(next.lower) !== 'noun';
}

/** Possessive pronouns of a person speaking for a state ("his country", "her government"). */
const PERSON_POSSESSIVES = set('his her');
const SPEAKER_STATE_NOUNS = set('country government nation');

/** "X's foreign minister said his country had sent …": "his country" before t is the state named before it. */
function speakersCountry(ctx: ArticleContext, s: Sentence, t: number): NamedRef | undefined {
  for (let j = t - 1; j > s.first && j >= t - SUBJECT_REACH; j--) {
    if (!SPEAKER_STATE_NOUNS.has(lowerAt(ctx, j)) || !PERSON_POSSESSIVES.has(lowerAt(ctx, j - 1))) continue;
    const named = mentionsIn(ctx, s.first, j - 1).reverse();
    for (const m of named) {
      const actor = actorOf(m.entry);
      if (actor?.code && (m.entry.kind === 'state' || m.entry.kind === 'demonym')) return actor;
    }
    return undefined;
  }
  return undefined;
}

/** Nouns that, as "The X" opening a sentence, refer to the alliance or bloc named before ("The bloc agreed"). */
const ORGANIZATION_REFERENCES = set('alliance bloc organization organisation grouping');
/** How many words may describe such a noun ("The six-member bloc", "The Russian-led alliance"). */
const ORGANIZATION_DESCRIPTION_TOKENS = 4;

/** "The (six-member) bloc" opening the sentence before t: the organization named before it, as an actor. */
function organizationReference(ctx: ArticleContext, s: Sentence, t: number): NamedRef | undefined {
  const start = afterDateline(ctx, s);
  if (lowerAt(ctx, start) !== 'the') return undefined;
  for (let j = start + 1; j < t && j <= start + 1 + ORGANIZATION_DESCRIPTION_TOKENS; j++) {
    if (ORGANIZATION_REFERENCES.has(lowerAt(ctx, j))) return referredOrganization(ctx, start);
    const tok = ctx.tokens[j]!;
    if (tok.kind === 'punct' && tok.text !== '-') return undefined;
  }
  return undefined;
}

/** Words that put a vessel after a verb of moving as the carrier ("aboard the battleship"). */
const ABOARD = set('aboard onboard board');

/**
 * The force noun at `force` found for trigger t, or -1 where it is the vessel that carries whoever moves ("Mehmed VI
 * left Constantinople aboard the British battleship").
 */
export function carriedBy(ctx: ArticleContext, t: number, force: number): number {
  if (force <= t) return force;
  for (let j = t + 1; j < force; j++) if (ABOARD.has(lowerAt(ctx, j))) return -1;
  return force;
}

/** Verbs that govern a trigger right after an owners' list ("… and Tonga began arriving"). */
const LIST_VERB_GOVERNORS = set('began begin begins started start starts continued continue continues');
/** How many tokens an owners' list between a force noun and its verb may take. */
const OWNER_LIST_TOKENS = 24;

/**
 * "troops from the Soviet Union, Poland, Hungary and Bulgaria crossed": the force noun that a list of owners right
 * before the verb group at `verb` belongs to, however long the list; -1 where none.
 */
function forceOwnedByListBefore(ctx: ArticleContext, s: Sentence, verb: number): number {
  let j = verb - 1;
  // "… and Tonga began arriving": the verb that governs the trigger stands between the list and it.
  if (LIST_VERB_GOVERNORS.has(lowerAt(ctx, j))) j--;
  let names = 0;
  while (j > s.first && j >= verb - OWNER_LIST_TOKENS) {
    const w = lowerAt(ctx, j);
    const m = mentionAtToken(ctx, j);
    if (m && m.last === j + 1 && actorOf(m.entry)) {
      names++;
      j = m.first - 1;
    } else if (w === ',' || w === 'and' || w === 'the') j--;
    else break;
  }
  return names > 1 && OWNER_PREPOSITIONS.has(lowerAt(ctx, j)) && FORCE_NOUNS.has(lowerAt(ctx, j - 1)) ? j - 1 : -1;
}

/** How far before the "and" of a second predicate the first one's verb may stand ("fought its way from X and"). */
const JOINED_PREDICATE_REACH = 8;
/** Words that end the search for a first predicate: another clause or phrase starts there. */
const JOINED_PREDICATE_STOPS = set(', ; : which who that when after before while since');

/**
 * "troops from Japan, Russia and Britain fought their way from Tianjin and relieved …": a second predicate joined by a
 * bare "and" shares the subject of the first, so the force noun is the one whose owners' list stands right before the
 * first predicate's verb; -1 where none.
 */
function forceOwnedByListBeforeJoined(ctx: ArticleContext, s: Sentence, verb: number): number {
  if (lowerAt(ctx, verb - 1) !== 'and') return -1;
  for (let j = verb - 2; j > s.first && j >= verb - 1 - JOINED_PREDICATE_REACH; j--) {
    if (JOINED_PREDICATE_STOPS.has(lowerAt(ctx, j))) return -1;
    if (ctx.tokens[j]!.cap || posOf(lowerAt(ctx, j)) !== 'verb') continue;
    const force = forceOwnedByListBefore(ctx, s, j);
    // "withdrew troops from Iraq, Syria and Jordan": forces that are a verb's object are no subject, and "from" there
    // names where they left.
    if (force >= 0) return posOf(lowerAt(ctx, force - 1)) === 'verb' ? -1 : force;
  }
  return -1;
}

/** How many tokens the name after a force's "of the" may take ("of the UN-backed Multinational Security Support Mission"). */
const OF_NAME_TOKENS = 10;
/** How far before that "of" the force noun may stand ("police officers of"). */
const OF_FORCE_REACH = 2;

/**
 * "400 Kenyan police officers of the UN-backed Multinational Security Support Mission lands": the subject's force noun
 * before an "of the" phrase naming what the forces belong to, however long the name, when the phrase ends at the verb.
 */
function forceBeforeNamedPhrase(ctx: ArticleContext, s: Sentence, verb: number): number {
  let j = verb - 1;
  const end = j;
  while (j > s.first && j >= end - OF_NAME_TOKENS) {
    const t = ctx.tokens[j]!;
    // Capitalized words, and compounds joined by a hyphen ("UN-backed").
    if (t.cap || t.text === '-' || (t.kind === 'word' && lowerAt(ctx, j - 1) === '-')) j--;
    else break;
  }
  if (j === end || lowerAt(ctx, j) !== 'the' || lowerAt(ctx, j - 1) !== 'of') return -1;
  for (let k = j - 2; k >= s.first && k >= j - 1 - OF_FORCE_REACH; k--) if (FORCE_NOUNS.has(lowerAt(ctx, k))) return k;
  return -1;
}

/** Kinds of names that stand for a state acting through its own units. */
const STATE_KINDS = new Set(['state', 'demonym', 'metonym', 'leader', 'legislature', 'capital']);

/**
 * "South Korea dispatched the Capital Division to South Vietnam": a named unit after the verb is what the state
 * before it sends, not an actor of its own.
 */
export function senderOfNamedUnit(
  ctx: ArticleContext,
  s: Sentence,
  t: number,
  hit: ReturnType<typeof findActor>,
  exclude: (m: Mention) => boolean,
): ReturnType<typeof findActor> {
  // A body named in another sentence ("Russian-led troops … The CSTO, a Moscow-led alliance") is no unit sent here.
  if (!hit || hit.mention.first <= t || hit.mention.first >= s.last || hit.mention.entry.kind !== 'org') return hit;
  const subject = findActor(ctx, -1, t, s.first, exclude);
  return subject && subject.mention.first < t && STATE_KINDS.has(subject.mention.entry.kind) ? subject : hit;
}

const ORDINAL = /^\d+(?:st|nd|rd|th)$/;
/** How many capitalized words may stand between a formation's number and its head ("1st Marine Expeditionary Force"). */
const FORMATION_NAME_WORDS = 4;

/** Where a numbered formation whose head noun is at `head` starts ("the 101st Airborne Division"), or -1. */
function numberedFormationStart(ctx: ArticleContext, s: Sentence, head: number): number {
  if (!ctx.tokens[head]!.cap) return -1;
  for (let j = head - 1; j >= s.first && j >= head - 1 - FORMATION_NAME_WORDS; j--) {
    const tok = ctx.tokens[j]!;
    if (ORDINAL.test(tok.lower)) return j;
    if (!tok.cap || tok.kind !== 'word') return -1;
  }
  return -1;
}

/** Where the verb group of t starts, past the verb governing it ("began flying" from "flying"). */
function governedGroupStart(ctx: ArticleContext, s: Sentence, t: number): number {
  const group = verbGroup(ctx, s, t);
  const governed = !!group.governor && lowerAt(ctx, group.first - 1) === group.governor;
  return governed ? verbGroup(ctx, s, group.first - 1).first : group.first;
}

/** How long a clause set off by commas between a subject and its verb may be. */
const INSERTED_CLAUSE_REACH = 24;
const INSERTED_CLAUSE_OPENERS = set('which who that whose where');

/**
 * The opening comma of a relative clause set off by commas that ends right before the verb group starting at
 * `verb` (", which had entered Angola in October,"), or -1.
 */
/**
 * The force noun a trigger's subject holds: the nearest one, unless it stands in a clause inserted between the subject
 * and the verb ("troops who came from Bosnia, where they serve with the UN force, arrived"), then the one before it.
 */
export function subjectForce(ctx: ArticleContext, s: Sentence, t: number, nearest: number): number {
  if (nearest < 0 || nearest > t) return nearest;
  const inserted = insertedClauseStart(ctx, s, governedGroupStart(ctx, s, t));
  // An appositive or companion set off by commas names forces that act; a relative clause does not.
  if (inserted < 0 || nearest < inserted || !INSERTED_CLAUSE_OPENERS.has(lowerAt(ctx, inserted + 1))) return nearest;
  return nearestForce(ctx, s, inserted, FORCE_WINDOW_BEFORE, 0);
}

function insertedClauseStart(ctx: ArticleContext, s: Sentence, verb: number): number {
  if (lowerAt(ctx, verb - 1) !== ',') return -1;
  for (let j = verb - 2; j > s.first && j >= verb - INSERTED_CLAUSE_REACH; j--) {
    const w = lowerAt(ctx, j);
    // "The first KFOR troops, British paratroopers and Gurkhas, entered": an appositive after the subject's forces
    // says who they were; the subject is the forces before it.
    if (w === ',') {
      const next = lowerAt(ctx, j + 1);
      if (INSERTED_CLAUSE_OPENERS.has(next)) return j;
      // "The CSTO, a Moscow-led alliance of six states, agreed": an indefinite appositive after a name.
      if ((next === 'a' || next === 'an') && nameEndsAt(ctx, j - 1)) return j;
      // "joined by contingents from Jamaica, Barbados, and the OECS": a list's comma inside the insertion.
      if (listComma(ctx, j)) continue;
      // A companion set off the same way acts too ("Fijian troops, along with Tongan forces, were flown").
      return FORCE_NOUNS.has(lowerAt(ctx, j - 1)) && !COMPANION_WORDS.has(next) && next !== 'including' ? j : -1;
    }
    if (w === ';' || w === ':') return -1;
  }
  return -1;
}

/** Whether an actor's name (or its bracketed acronym) ends at token k. */
function nameEndsAt(ctx: ArticleContext, k: number): boolean {
  const end = lowerAt(ctx, k) === ')' && lowerAt(ctx, k - 2) === '(' ? k - 3 : k;
  const m = mentionAtToken(ctx, end);
  return !!m && m.last === end + 1 && !!actorOf(m.entry);
}

/** Words that open an insertion naming who acted with the subject (", joined by contingents from Jamaica,"). */
const INSERTED_COMPANIONS: ReadonlyArray<readonly [string, string]> = [
  ['joined', 'by'],
  ['accompanied', 'by'],
  ['along', 'with'],
  ['together', 'with'],
  // "Comorian troops, backed by soldiers from Tanzania and Sudan, landed": forces that back the subject's go with it.
  ['backed', 'by'],
  ['supported', 'by'],
];
/** Openers whose companions act only where the insertion names ground forces ("backed by U.S. air strikes" does not). */
const BACKING_OPENERS = set('backed supported');
/** Forces that go where the forces they back go ("backed by soldiers from Tanzania"); not aircraft or fire. */
const BACKING_FORCES = set(`troops soldiers forces contingent contingents battalion battalions units paratroopers
  marines commandos peacekeepers`);

/** The actors an insertion opened at the comma `comma` names as acting with the subject, up to the verb group. */
function insertedCompanions(ctx: ArticleContext, comma: number, verb: number): NamedRef[] {
  const opens = INSERTED_COMPANIONS.some(([a, b]) => lowerAt(ctx, comma + 1) === a && lowerAt(ctx, comma + 2) === b);
  if (!opens) return [];
  if (BACKING_OPENERS.has(lowerAt(ctx, comma + 1)) && !BACKING_FORCES.has(lowerAt(ctx, comma + 3))) {
    // "backed by Tanzanian soldiers": the backers' own force noun after their name.
    const m = mentionAtToken(ctx, comma + 3);
    if (!m || m.first !== comma + 3 || !BACKING_FORCES.has(lowerAt(ctx, m.last))) return [];
  }
  const out: NamedRef[] = [];
  for (const m of mentionsIn(ctx, comma + 3, verb - 1)) {
    const actor = m.possessive ? undefined : actorOf(m.entry);
    if (actor) out.push(actor);
  }
  return out;
}

/** Plural nouns by which a text refers back to the states it listed ("units of the said allied countries"). */
const LISTED_STATES_NOUNS = set('countries states nations allies');
/** How many words may describe that noun ("the said allied countries", "the other member states"). */
const LISTED_STATES_WORDS = 3;
/** How many sentences back the list those nouns refer to may stand. */
const LISTED_STATES_SENTENCES = 3;
/** How many tokens before the sentence the search for that list, and the list itself, may take. */
const LISTED_STATES_TOKENS = 200;
/** Punctuation that sets a list off after its noun, with the mark that closes it ("countries — A, B and C —"). */
const APPOSITION_MARKS: ReadonlyMap<string, string> = new Map([
  ['—', '—'],
  ['–', '–'],
  ['(', ')'],
  [':', '.'],
]);

/**
 * "Soviet units, together with units of the said allied countries, entered …" after "the allied countries — Poland,
 * Hungary and Bulgaria — have decided": the companions' forces belong to the states the text listed after that noun.
 */
function listedCompanions(ctx: ArticleContext, s: Sentence, subject: Mention, t: number): NamedRef[] {
  for (let j = Math.max(subject.last, t - INSERTED_CLAUSE_REACH); j < t; j++) {
    if (lowerAt(ctx, j) !== ',' || !COMPANION_WORDS.has(lowerAt(ctx, j + 1))) continue;
    const noun = referringStatesNoun(ctx, s, j + 2, t);
    return noun ? statesListedAfter(ctx, s, noun) : [];
  }
  return [];
}

/** The noun of "… forces of the (said allied) countries" in a companion phrase from `from`, else undefined. */
function referringStatesNoun(ctx: ArticleContext, s: Sentence, from: number, t: number): string | undefined {
  for (let j = from; j < t && j <= from + COMPANION_REACH; j++) {
    if (lowerAt(ctx, j) !== 'of' || !FORCE_NOUNS.has(lowerAt(ctx, j - 1)) || lowerAt(ctx, j + 1) !== 'the') continue;
    for (let k = j + 2; k < t && k <= j + 2 + LISTED_STATES_WORDS; k++) {
      if (LISTED_STATES_NOUNS.has(lowerAt(ctx, k))) return lowerAt(ctx, k);
      if (ctx.tokens[k]!.kind !== 'word' || ctx.tokens[k]!.cap) return undefined;
    }
    return undefined;
  }
  return undefined;
}

/** The states a sentence before `s` lists right after `noun` set off by a dash, brackets or a colon (two or more). */
function statesListedAfter(ctx: ArticleContext, s: Sentence, noun: string): NamedRef[] {
  for (let i = s.index - 1; i >= 0 && i >= s.index - LISTED_STATES_SENTENCES; i--) {
    const before = ctx.sentences[i]!;
    for (let j = Math.max(before.first, s.first - LISTED_STATES_TOKENS); j < before.last - 1; j++) {
      const close = APPOSITION_MARKS.get(lowerAt(ctx, j + 1));
      if (lowerAt(ctx, j) !== noun || !close) continue;
      let end = j + 2;
      while (end < before.last && end < j + 2 + LISTED_STATES_TOKENS && lowerAt(ctx, end) !== close) end++;
      const states: NamedRef[] = [];
      for (const m of mentionsIn(ctx, j + 2, end)) {
        const actor = m.entry.kind === 'state' || m.entry.kind === 'demonym' ? actorOf(m.entry) : undefined;
        if (actor) states.push(actor);
      }
      const listed = dedupe(states);
      if (listed.length >= 2) return listed;
    }
  }
  return [];
}

/** Whether the comma at j joins items of a list of names ("Jamaica, Barbados, and the OECS"). */
function listComma(ctx: ArticleContext, j: number): boolean {
  const next = ctx.tokens[j + 1];
  const before = ctx.tokens[j - 1];
  if (!next || !before || !before.cap) return false;
  return next.lower === 'and' || next.lower === 'or' || next.cap;
}

/** Who may speak for a state's own forces: "Russia's defence ministry said", "the French army said". */
const OWN_FORCE_BODIES = set('defence defense military army government armed air navy naval');

/**
 * "Russia's defence ministry said a battalion had arrived in Bamako": with no other owner named, the forces a
 * state's own military or government reports on are that state's.
 */
export function ownMilitarySpeaker(ctx: ArticleContext, s: Sentence, t: number): NamedRef | undefined {
  for (let j = s.first; j < t; j++) {
    if (!REPORTING.has(lowerAt(ctx, j))) continue;
    for (let k = j - 1; k >= s.first && k >= j - SPEAKER_REACH; k--) {
      const m = mentionAtToken(ctx, k);
      if (!m || m.last > j) continue;
      const actor = actorOf(m.entry);
      if (!actor || m.entry.kind === 'org') continue;
      const next = m.possessive ? m.last + 1 : m.last;
      if (OWN_FORCE_BODIES.has(lowerAt(ctx, next))) return actor;
      k = m.first;
    }
    return undefined;
  }
  return undefined;
}

/** How many tokens before a reporting verb its speaker's name may start. */
const SPEAKER_REACH = 6;

/** Words before a list that make its members objects of something else ("talks between Russia and Turkey"). */
const LIST_GOVERNORS = set('between among with against and or nor versus vs');

/** How many actors a list may name beside the one found (longer runs are not lists of actors). */
const MAX_LIST_ACTORS = 12;

/** Prepositions after a force noun that name its owners ("troops from Kenya, Ethiopia and Uganda"). */
const OWNER_PREPOSITIONS = set('from of');

/**
 * The actors in one list with the one found: "Spanish and British forces", "Russian, Syrian and Iranian troops",
 * "Kenya, Ethiopia and Uganda sent troops", "troops from Kenya, Ethiopia and Uganda". A list is commas then "and";
 * a list after "between"/"with" names the parties to something else, not the actors.
 */
export function coordinatedActors(ctx: ArticleContext, m: Mention): NamedRef[] {
  return coordinatedList(ctx, m).actors;
}

/** The actors listed with the found one (see coordinatedActors), with the figure each item opens with (listBefore). */
function coordinatedList(ctx: ArticleContext, m: Mention): { actors: NamedRef[]; figures: Map<string, number> } {
  const before = listBefore(ctx, m);
  const figures = before.actors.length ? before.figures : new Map<string, number>();
  // "armies from the Soviet Union, Poland and Hungary", "Troops of the Soviet Union, …": the owners' list after its
  // preposition (and article).
  const theAfterForces =
    lowerAt(ctx, m.first - 1) === 'the' &&
    OWNER_PREPOSITIONS.has(lowerAt(ctx, m.first - 2)) &&
    FORCE_NOUNS.has(lowerAt(ctx, m.first - 3));
  const preposition = theAfterForces ? m.first - 2 : m.first - 1;
  const after = OWNER_PREPOSITIONS.has(lowerAt(ctx, preposition)) ? listAfter(ctx, m) : [];
  const head = subjectBeforeCompanion(ctx, m) ?? leaderBeforeIncluded(ctx, m);
  const partner = hyphenPartner(ctx, m);
  const all = [...(partner ? [partner] : []), ...before.actors, ...after];
  if (!all.length || governedList(ctx, before.start)) return { actors: head ? [head] : [], figures: new Map() };
  return { actors: head ? [...all, head] : all, figures };
}

/**
 * Whether the word before a list makes its members objects of something else. ", and" opens a joined clause ("The
 * treaty took effect, and American, British and French troops withdrew"), not a longer list.
 */
function governedList(ctx: ArticleContext, start: number): boolean {
  const w = lowerAt(ctx, start - 1);
  // "its troops had left North Korea, and the United States withdrew": the first item is the object of a verb of
  // going, so ", and" opens a joined clause.
  if (PLACE_OBJECT_VERBS.has(w)) return true;
  // "…, along with British Gurkhas and New Zealand soldiers,": companions act with the subject.
  if (w === 'with' && COMPANION_WORDS.has(lowerAt(ctx, start - 2))) return false;
  return LIST_GOVERNORS.has(w) && !(w === 'and' && lowerAt(ctx, start - 2) === ',');
}

/** Nouns of what forces do together that a hyphenated pair of states may own ("the Anglo-French landings"). */
const JOINT_ACTION_NOUNS = set('landing landings invasion intervention occupation offensive withdrawal evacuation');
/** Combining forms that name a state before a hyphen ("Anglo-French", "Sino-Soviet"). */
const COMBINING_FORMS = lookupTable<string>({
  anglo: 'United Kingdom',
  franco: 'France',
  sino: 'China',
  russo: 'Russia',
  italo: 'Italy',
  greco: 'Greece',
  turco: 'Turkey',
  hispano: 'Spain',
  luso: 'Portugal',
  indo: 'India',
});

/**
 * "Anglo-French forces", "American-Iraqi forces": the state joined by a hyphen before a demonym of forces acts with
 * it.
 */
export function hyphenPartner(ctx: ArticleContext, m: Mention): NamedRef | undefined {
  const dash = ctx.tokens[m.first - 1];
  const before = ctx.tokens[m.first - 2];
  const name = ctx.tokens[m.first];
  if (!dash || !before || !name || dash.text !== '-' || dash.start !== before.end || name.start !== dash.end) return;
  const head = lowerAt(ctx, m.last);
  if (m.entry.kind !== 'demonym' || !(FORCE_NOUNS.has(head) || JOINT_ACTION_NOUNS.has(head))) return;
  const form = COMBINING_FORMS[before.lower];
  if (form) {
    const entry = gazetteer().get(lookupKey(form));
    return entry ? actorOf(entry) : undefined;
  }
  const other = actorMentionEndingAt(ctx, m.first - 2);
  return other?.mention.entry.kind === 'demonym' ? other.actor : undefined;
}

/** How far before an included contributor its "including" may stand ("including contingents from"). */
const INCLUDED_REACH = 4;

/**
 * "soldiers, led by Australia and including contingents from New Zealand": for a contributor named after
 * "including", the state that leads the force acts too.
 */
function leaderBeforeIncluded(ctx: ArticleContext, m: Mention): NamedRef | undefined {
  let including = -1;
  for (let j = m.first - 1; j >= 0 && j >= m.first - INCLUDED_REACH; j--) {
    if (lowerAt(ctx, j) === 'including') {
      including = j;
      break;
    }
    if (ctx.tokens[j]!.kind === 'punct') return undefined;
  }
  if (including < 0 || !['and', ','].includes(lowerAt(ctx, including - 1))) return undefined;
  const leader = mentionAtToken(ctx, including - 2);
  if (!leader || leader.last !== including - 1) return undefined;
  if (lowerAt(ctx, leader.first - 1) !== 'by' || lowerAt(ctx, leader.first - 2) !== 'led') return undefined;
  return actorOf(leader.entry);
}

/** Words that set a companion off after the subject (", along with New Zealand forces,"). */
const COMPANION_WORDS = set('along together alongside');
/**
 * How far before the companion's name its "along with" may stand, past other companions ("along with British Gurkhas
 * and New Zealand soldiers").
 */
const COMPANION_REACH = 8;
const SUBJECT_FORCE_REACH = 6;

/**
 * "Some 1,200 Australian troops, along with New Zealand forces, were sent": for a companion named inside such a
 * phrase, the subject's own actor before the comma acts too.
 */
function subjectBeforeCompanion(ctx: ArticleContext, m: Mention): NamedRef | undefined {
  let comma = -1;
  for (let j = m.first - 1; j >= 0 && j >= m.first - COMPANION_REACH; j--) {
    const w = lowerAt(ctx, j);
    if (w === ',' && COMPANION_WORDS.has(lowerAt(ctx, j + 1))) {
      comma = j;
      break;
    }
    if (ctx.tokens[j]!.kind === 'punct') return undefined;
  }
  if (comma < 0) return undefined;
  for (let j = comma - 1; j >= 0 && j >= comma - SUBJECT_FORCE_REACH; j--) {
    if (ctx.tokens[j]!.kind === 'punct') return undefined;
    const other = mentionAtToken(ctx, j);
    const actor = other && !other.possessive ? actorOf(other.entry) : undefined;
    if (other && actor)
      return FORCE_NOUNS.has(lowerAt(ctx, comma - 1)) || namesArmedBody(ctx, other) ? actor : undefined;
  }
  return undefined;
}

function actorMentionEndingAt(ctx: ArticleContext, k: number): { mention: Mention; actor: NamedRef } | undefined {
  const other = mentionAtToken(ctx, k);
  const actor = other && other.last === k + 1 && !other.possessive ? actorOf(other.entry) : undefined;
  return other && actor ? { mention: other, actor } : undefined;
}

/** Words before a demonym in a list of forces that say whose side they are on. */
const SIDE_ADJECTIVES = set('allied partner proxy friendly loyalist');

function listBefore(
  ctx: ArticleContext,
  m: Mention,
): { actors: NamedRef[]; start: number; figures: Map<string, number> } {
  const actors: NamedRef[] = [];
  const figures = new Map<string, number>();
  let start = m.first;
  let j = m.first - 1;
  // "Under pressure from the United States and the Soviet Union, Britain and France withdrew": a list never reaches
  // back into a fronted clause.
  const sentence = ctx.sentences[ctx.tokens[m.first]!.sentence];
  const floor = sentence ? mainClauseStart(ctx, sentence.first, m.first) : 0;
  // The link next to the found name is "and" (", and"); links further back are commas.
  let needAnd = true;
  while (j > 0 && actors.length < MAX_LIST_ACTORS) {
    // "3,000 British soldiers and 2,000 Australian soldiers": each item may open with its own figure.
    const figure = ctx.tokens[j]?.kind === 'number' ? numberAt(ctx, j) : undefined;
    const owner = actors.length ? actors[actors.length - 1] : actorOf(m.entry);
    if (figure && figure.last === j + 1 && owner) figures.set(owner.name, figure.value);
    j = beforeFigure(ctx, j);
    // "Sweden and the United Kingdom", "Turkish troops and allied Syrian fighters": an article or a word saying
    // whose side the forces are on is part of the item.
    if (lowerAt(ctx, j) === 'the' || SIDE_ADJECTIVES.has(lowerAt(ctx, j))) j--;
    const w = lowerAt(ctx, j);
    if (needAnd ? w !== 'and' : w !== ',') break;
    let k = j - 1;
    if (needAnd && lowerAt(ctx, k) === ',') k--;
    // "Turkish troops and allied Syrian fighters": each item may carry its own force noun, unless the noun ends a
    // name that is the actor itself ("British Royal Marines and French paratroops").
    if (FORCE_NOUNS.has(lowerAt(ctx, k)) && FORCE_NOUNS.has(lowerAt(ctx, m.last)) && !actorMentionEndingAt(ctx, k)) k--;
    const hit = actorMentionEndingAt(ctx, k);
    if (!hit || hit.mention.first < floor) break;
    actors.push(hit.actor);
    start = hit.mention.first;
    j = start - 1;
    needAnd = false;
  }
  return { actors, start, figures };
}

/**
 * "3,000 British soldiers and 2,000 Australian soldiers": the figure each listed actor's own item opens with, by
 * actor name (the found one's too); empty where the items carry no figures of their own.
 */
export function listFigures(ctx: ArticleContext, m: Mention): Map<string, number> {
  return coordinatedList(ctx, m).figures;
}

/** Words that make a figure rough ("some 3,000", "about 2,000"). */
const FIGURE_APPROXIMATORS = set('some about approximately around nearly roughly almost over');

/** The token before a figure (and its approximator) ending at j, else j. */
function beforeFigure(ctx: ArticleContext, j: number): number {
  if (ctx.tokens[j]?.kind !== 'number') return j;
  return FIGURE_APPROXIMATORS.has(lowerAt(ctx, j - 1)) ? j - 2 : j - 1;
}

function listAfter(ctx: ArticleContext, m: Mention): NamedRef[] {
  const actors: NamedRef[] = [];
  let j = m.last;
  while (j < ctx.tokens.length && actors.length < MAX_LIST_ACTORS) {
    const w = lowerAt(ctx, j);
    if (w !== ',' && w !== 'and') break;
    let k = j + 1;
    const lastLink = w === 'and' || lowerAt(ctx, k) === 'and';
    if (w === ',' && lowerAt(ctx, k) === 'and') k++;
    // "troops from Japan, Russia, the United States and Italy": an item may open with its article.
    if (lowerAt(ctx, k) === 'the' && mentionAtToken(ctx, k + 1)?.first === k + 1) k++;
    const other = mentionAtToken(ctx, k);
    const actor = other && other.first === k ? actorOf(other.entry) : undefined;
    if (!other || !actor) break;
    actors.push(actor);
    j = other.last;
    if (lastLink) return actors;
  }
  // A list that never reaches "and" ("troops from Kenya, which …") is not a list of owners.
  return [];
}

function dedupe(actors: NamedRef[]): NamedRef[] {
  const seen = new Set<string>();
  return actors.filter((a) => !seen.has(a.name) && seen.add(a.name));
}

/** The same readings for every actor listed with the one found ("French and Chadian forces entered Mali"). */
export function forCoordinatedActors(
  ctx: ArticleContext,
  found: Mention | undefined,
  candidates: Candidate[],
): Candidate[] {
  if (!found || !candidates.length) return candidates;
  const { actors: partners, figures } = coordinatedList(ctx, found);
  const foundActor = actorOf(found.entry)?.name;
  // Items with figures of their own ("3,000 British soldiers and 2,000 Australian soldiers") keep them; one figure
  // for the whole list ("Britain and France sent 5,000 troops") stays with every actor.
  const figureOf = (name: string | undefined, c: Candidate) =>
    figures.size && c.personnel !== undefined ? (figures.get(name ?? '') ?? null) : c.personnel;
  const out = candidates.map((c) =>
    c.actor?.name === foundActor && figures.size ? { ...c, personnel: figureOf(foundActor, c) } : c,
  );
  for (const partner of partners) {
    for (const c of candidates) {
      if (c.actor?.name !== foundActor || c.location?.name === partner.name) continue;
      out.push({ ...c, actor: partner, personnel: figureOf(partner.name, c) });
    }
  }
  return out;
}

/** How far after "the last" its force noun may stand ("the last convoy of U.S. troops"). */
const LAST_FORCE_REACH = 5;

/** Words that open a clause with a subject of its own before a verb ("after they crossed", "when it left"). */
const OTHER_SUBJECT_OPENERS = set('after before when since while they it which who ;');

/** "The last Soviet soldier … crossed": the subject before the verb group opens with "the last" and a force noun. */
export function lastForcesBefore(ctx: ArticleContext, s: Sentence, verb: number): boolean {
  // "… nine years after they crossed into Iraq from Kuwait": the last forces of another clause are not this verb's.
  let from = s.first;
  for (let j = verb - 1; j > s.first; j--)
    if (OTHER_SUBJECT_OPENERS.has(lowerAt(ctx, j))) {
      from = j + 1;
      break;
    }
  for (let j = from; j < verb - 1; j++) {
    if (lowerAt(ctx, j) !== 'the' || !LAST_FORCE_WORDS.has(lowerAt(ctx, j + 1))) continue;
    for (let k = j + 2; k < verb && k <= j + 1 + LAST_FORCE_REACH; k++)
      if (FORCE_NOUNS.has(lowerAt(ctx, k))) return true;
  }
  return false;
}

/** Nouns by which "both" or "the two" refers to two states named before ("both sides", "the two countries"). */
const PAIR_NOUNS = set('sides countries nations states armies governments');
/** How many sentences back the two states may be named. */
const PAIR_SENTENCES = 2;

/** The two states "Both sides" or "The two countries" opening the clause of t refers to, if the text named two. */
function bothSidesSubject(ctx: ArticleContext, s: Sentence, t: number): NamedRef[] | undefined {
  const start = afterDateline(ctx, s);
  const pair =
    (lowerAt(ctx, start) === 'both' && PAIR_NOUNS.has(lowerAt(ctx, start + 1))) ||
    (lowerAt(ctx, start) === 'the' && lowerAt(ctx, start + 1) === 'two' && PAIR_NOUNS.has(lowerAt(ctx, start + 2)));
  if (!pair || t - start > BOTH_SIDES_REACH) return undefined;
  const states: NamedRef[] = [];
  for (let k = s.index - 1; k >= 0 && k >= s.index - PAIR_SENTENCES && states.length < 2; k--) {
    const before = ctx.sentences[k]!;
    for (const m of mentionsIn(ctx, before.first, before.last).reverse()) {
      if (m.entry.kind !== 'state' && m.entry.kind !== 'demonym') continue;
      const actor = actorOf(m.entry);
      if (actor && !states.some((a) => a.name === actor.name)) states.unshift(actor);
      if (states.length === 2) break;
    }
  }
  return states.length === 2 ? states : undefined;
}
/** How far after "Both sides" its verb may stand ("Both sides have since deployed"). */
const BOTH_SIDES_REACH = 6;
