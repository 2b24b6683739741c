import type { Candidate } from '../../extract/candidate.ts';
import { clauseBlocked } from '../../extract/clauses/blockers.ts';
import { dateNear } from '../../extract/clauses/dating.ts';
import { placesAfter } from '../../extract/clauses/phrases.ts';
import { statesFact, verbGroup } from '../../extract/clauses/verb-group.ts';
import type { ArticleContext } from '../../extract/context.ts';
import { wordClassOf } from '../../extract/lexicon.ts';
import { actorOf, findPersonnel, lowerAt, mentionsIn, type NamedRef } from '../../extract/slots.ts';
import type { Sentence } from '../../extract/text/tokens.ts';
import { wordSet as set } from '../../extract/word-set.ts';
import { placementCandidates } from '../placement.ts';
import { theatreBefore } from './contributors.ts';

/** Verbs that bring a force into being, after "to" ("voted to create", "agreed to set up"). */
const CREATE_VERBS = set('create establish set form');
/** The creating verbs as a word class: sentences without one are skipped whole. */
const CREATE_CLASS = wordClassOf(CREATE_VERBS);
/** Decisions taken that make the force's creation its sending ("voted to", "agreed to", "decided to"). */
const DECISIONS = set('voted decided agreed resolved');
/** How far before "to" the decision may stand ("voted on May 6 to create", "voted unanimously to"). */
const DECISION_REACH = 5;
/** How many tokens the force's phrase may take ("a 4,000-man United Nations force", "an Inter-American Peace Force"). */
const FORCE_PHRASE_TOKENS = 8;
/** Words that make a lower-case "force" an armed one ("a regional force", "a peacekeeping force"). */
const ARMED_FORCE_WORDS = set(`peace peacekeeping emergency multinational regional international military standby
  stabilization stabilisation intervention protection expeditionary security interposition`);
/** The words after a figure and a hyphen that count a force's members ("4,000-man", "3,000-strong"). */
const FIGURE_SUFFIXES = set('man strong member');
/** Prepositions that name the place a force is created for ("a force for southern Lebanon", "in Kosovo"). */
const FOR_PLACE = set('for in to');
/** How many tokens a force's size may take between its head and the place ("of some 3,000 soldiers"). */
const SIZE_TOKENS = 4;
/** The United Nations' deciding organs, by their two words ("Security Council", "General Assembly"). */
const UN_ORGANS: ReadonlyMap<string, string> = new Map([
  ['security', 'council'],
  ['general', 'assembly'],
]);
const UNITED_NATIONS: NamedRef = { name: 'United Nations' };
/** A force inferred to go where the text already is: less sure than one whose place the clause states. */
const THEATRE_CONFIDENCE = 0.6;

/**
 * "The Security Council voted to set up a 4,000-man United Nations force for southern Lebanon", "the Organization of
 * American States voted to create an Inter-American Peace Force": a body that decides to create an armed force
 * announces that force's deployment, to the place the clause names or else to where the text has just put forces.
 * Proposals, calls and plans stay no event (the decision's own verb group must state a fact).
 */
export function findForceCreations(ctx: ArticleContext, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const s of ctx.sentences) {
    if (!(ctx.sentenceClass[s.index]! & CREATE_CLASS)) continue;
    for (let t = s.first + 2; t < s.last; t++) {
      if (!(ctx.wordClass[t]! & CREATE_CLASS) || lowerAt(ctx, t - 1) !== 'to') continue;
      out.push(...creationAt(ctx, s, t, found));
    }
  }
  return out;
}

function creationAt(ctx: ArticleContext, s: Sentence, t: number, found: readonly Candidate[]): Candidate[] {
  if (lowerAt(ctx, t) === 'set' && lowerAt(ctx, t + 1) !== 'up') return [];
  const decision = decisionBefore(ctx, s, t - 1);
  if (decision === undefined) return [];
  const group = verbGroup(ctx, s, decision);
  if (!statesFact(group) || clauseBlocked(ctx, s, group.first)) return [];
  const head = armedForceAfter(ctx, s, lowerAt(ctx, t) === 'set' ? t + 2 : t + 1);
  if (head === undefined) return [];
  const actor = deciderBefore(ctx, s, group.first);
  if (!actor) return [];
  const stated = placeAfter(ctx, s, head);
  const place = stated ?? theatreBefore(ctx, s, found, [actor]);
  if (!place || place.name === actor.name) return [];
  return placementCandidates(
    'DeploymentAnnounced',
    s,
    { actors: [actor] },
    [place],
    dateNear(ctx, s, decision),
    findPersonnel(ctx, t + 1, head + 1 + FORCE_PHRASE_TOKENS),
    stated ? undefined : THEATRE_CONFIDENCE,
  );
}

/** The decision verb ending within reach before "to" at `to`. */
function decisionBefore(ctx: ArticleContext, s: Sentence, to: number): number | undefined {
  for (let k = to - 1; k >= Math.max(s.first, to - DECISION_REACH); k--) {
    if (DECISIONS.has(lowerAt(ctx, k))) return k;
    if (ctx.tokens[k]!.kind !== 'word' && lowerAt(ctx, k) !== ',') return undefined;
  }
  return undefined;
}

/**
 * The head of the armed force created, from `from`: an article, then up to a few words ending in "force" that a
 * capital ("Peace Force", a force's own name) or an armed word ("a regional force") makes a military one.
 */
function armedForceAfter(ctx: ArticleContext, s: Sentence, from: number): number | undefined {
  if (!['a', 'an', 'the'].includes(lowerAt(ctx, from))) return undefined;
  let armed = false;
  for (let k = from + 1; k < s.last && k <= from + FORCE_PHRASE_TOKENS; k++) {
    const tok = ctx.tokens[k]!;
    const w = tok.lower;
    if (w === 'force' || w === 'forces') return armed || tok.cap ? k : undefined;
    // "a 4,000-man force", "a 3,000-strong force": a figure of its members.
    if (ARMED_FORCE_WORDS.has(w) || (FIGURE_SUFFIXES.has(w) && lowerAt(ctx, k - 1) === '-')) armed = true;
    if (tok.kind !== 'word' && w !== '-' && !/^\d/.test(w)) return undefined;
  }
  return undefined;
}

/** The body deciding: the last actor named before the decision in its clause, not a place after a preposition. */
function deciderBefore(ctx: ArticleContext, s: Sentence, verb: number): NamedRef | undefined {
  const mentions = mentionsIn(ctx, s.first, verb);
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (['in', 'at', 'from', 'to', 'of'].includes(lowerAt(ctx, m.first - 1))) continue;
    if (m.entry.kind === 'capital') continue;
    const actor = actorOf(m.entry);
    if (actor) return actor;
  }
  // "The Security Council voted to set up a force": the organs of the United Nations decide for it.
  for (let k = s.first; k + 1 < verb; k++) {
    const organ = UN_ORGANS.get(lowerAt(ctx, k));
    if (organ === lowerAt(ctx, k + 1) && ctx.tokens[k]!.cap && ctx.tokens[k + 1]!.cap) return UNITED_NATIONS;
  }
  return undefined;
}

/**
 * "… force for southern Lebanon", "a force of 3,000 soldiers for Burundi": the place named after the force's head,
 * past its size ("of 3,000 soldiers").
 */
function placeAfter(ctx: ArticleContext, s: Sentence, head: number): NamedRef | undefined {
  return placesAfter(ctx, s, head + 1, head + 2 + SIZE_TOKENS, FOR_PLACE)[0]?.place;
}
