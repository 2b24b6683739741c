import type { ArticleContext } from './context.ts';
import type { Precision } from './gazetteer/geo.ts';
import { gazetteer, type GazetteerEntry } from './gazetteer/index.ts';
import { placedIn } from './gazetteer/locate.ts';
import {
  BLOCKERS,
  CALENDAR_WORDS,
  FORCE_NOUNS,
  OF_NAME_HEADS,
  isAircraftPlural,
  NOT_PLACE_WORDS,
  NUMBER_WORDS,
  NOT_DESTINATION_BEFORE_TO,
  PERSON_NOUNS,
  REPORTING,
  RULE_OUT_VERBS,
  SCALE_WORDS,
  SECOND_PREDICATE_AUXILIARIES,
  SETTLEMENT_NOUNS,
  TALKS_WORDS,
  VENUE_NOUNS,
  WORD_CLASS,
  wordClassOf,
} from './lexicon.ts';
import type { Mention } from './text/mentions.ts';
import type { Sentence } from './text/tokens.ts';
import { wordSet } from './word-set.ts';
import { posOf } from './text/pos.ts';

/** A resolved actor or place: canonical name and, for states, the ISO code. */
export interface NamedRef {
  name: string;
  code?: string;
  /** Places, once located (see gazetteer/locate.ts). */
  admin1?: string;
  lat?: number;
  lon?: number;
  geonameId?: number;
  precision?: Precision;
}

const ACTOR_KINDS = new Set(['state', 'demonym', 'capital', 'metonym', 'leader', 'legislature', 'org', 'orgAdjective']);
const PLACE_KINDS = new Set(['state', 'capital', 'place']);
const CLAUSE_BREAK = new Set([';', ':', '—', '–', '"', '“', '”', '(', ')']);
export const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those']);

export function actorOf(entry: GazetteerEntry): NamedRef | undefined {
  if (!ACTOR_KINDS.has(entry.kind)) return undefined;
  // "The Dagger Brigade brings 3,500 soldiers": a formation's own name is the forces, not who sends them.
  if (namesFormationOnly(entry)) return undefined;
  if (entry.kind === 'capital') return withCode(entry.parent ?? entry.name, entry.code);
  // "MINUSMA troops", "Resolute Support": a mission's forces are sent by the organization that runs it.
  if (entry.kind === 'org' && entry.parentOrg) return { name: entry.parentOrg };
  return withCode(entry.name, entry.code);
}

export function placeOf(entry: GazetteerEntry): NamedRef | undefined {
  if (!PLACE_KINDS.has(entry.kind)) return undefined;
  return withCode(entry.name, entry.code);
}

function withCode(name: string, code: string | undefined): NamedRef {
  return code ? { name, code } : { name };
}

export const lowerAt = (ctx: ArticleContext, i: number) => ctx.tokens[i]?.lower ?? '';

export function mentionAtToken(ctx: ArticleContext, i: number): Mention | undefined {
  const m = ctx.mentionAt[i];
  return m !== undefined && m >= 0 ? ctx.mentions[m] : undefined;
}

/** Mentions whose first token lies in [from, to). */
export function mentionsIn(ctx: ArticleContext, from: number, to: number): Mention[] {
  const out: Mention[] = [];
  for (let i = Math.max(0, from); i < to && i < ctx.tokens.length; i++) {
    const m = mentionAtToken(ctx, i);
    if (m && m.first === i) out.push(m);
  }
  return out;
}

/** True for tokens inside the dateline ("BAKU, April 17."): its city is where the reporter is, not the event. */
export function inDateline(ctx: ArticleContext, i: number): boolean {
  const d = ctx.dateline;
  const t = ctx.tokens[i];
  return !!d && !!t && t.start >= d.start && t.end <= d.end;
}

/** How many tokens a wire credit after a dateline may take ("(Reuters)", "(AP Photo)"). */
const CREDIT_TOKENS = 6;

/** The first token of sentence s after its dateline and wire credit ("TUNIS, March 30 (Wire) - "). */
export function afterDateline(ctx: ArticleContext, s: Sentence): number {
  let i = s.first;
  while (i < s.last && inDateline(ctx, i)) i++;
  if (i === s.first) return i;
  if (lowerAt(ctx, i) === '(') {
    let k = i + 1;
    while (k < s.last && k <= i + CREDIT_TOKENS && lowerAt(ctx, k) !== ')') k++;
    if (lowerAt(ctx, k) === ')') i = k + 1;
  }
  while (i < s.last && ['-', '—', '–', ':'].includes(lowerAt(ctx, i))) i++;
  return i;
}

/** The first token of the clause holding token i (after a semicolon, quote, parenthesis...), at most `max` back. */
export function clauseStart(ctx: ArticleContext, i: number, sentenceFirst: number, max = 14): number {
  for (let j = i - 1; j >= sentenceFirst && j >= i - max; j--) {
    if (CLAUSE_BREAK.has(ctx.tokens[j]!.lower)) return j + 1;
  }
  return Math.max(sentenceFirst, i - max);
}

/** How far from a trigger a joined clause's boundary is looked for (the readers' own windows are shorter). */
const JOINED_CLAUSE_REACH = 40;

/** Words that, after a comma, open a clause of their own (", and soldiers from Togo arrived"). */
const CLAUSE_JOINERS = new Set(['and', 'but', 'while', 'whereas']);

/**
 * The first token of the clause holding i when clauses are joined by ", and" / ", but" or a semicolon: what lies
 * before belongs to another clause ("sent 900 troops, and soldiers from Togo arrived" — the 900 are not Togo's).
 */
export function joinedClauseStart(
  ctx: ArticleContext,
  i: number,
  sentenceFirst: number,
  sharedSubject = false,
): number {
  for (let j = i - 1; j > sentenceFirst && j >= i - JOINED_CLAUSE_REACH; j--) {
    const w = ctx.tokens[j]!.lower;
    if (w === ';') return j + 1;
    // `sharedSubject`: "were flown from Agra, far away, and landed at Hulule": a predicate joined right after ", and"
    // has the subject of the one before (though its own tense and modality).
    if (
      ctx.tokens[j - 1]!.lower === ',' &&
      CLAUSE_JOINERS.has(w) &&
      !(sharedSubject && onlyAdverbsBetween(ctx, j + 1, i))
    )
      return j + 1;
  }
  return sentenceFirst;
}

/** Whether [from, to) holds only adverbs and auxiliaries ("…, and then landed", "…, and were later flown"). */
function onlyAdverbsBetween(ctx: ArticleContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = ctx.tokens[k]!.lower;
    if (posOf(w) !== 'adverb' && !PREDICATE_AUXILIARIES.has(w)) return false;
  }
  return true;
}
/** Auxiliaries that may open a predicate joined to the one before ("…, and were flown home"). */
const PREDICATE_AUXILIARIES = new Set(['was', 'were', 'had', 'has', 'have', 'is', 'are']);

/** The end (exclusive) of the clause holding i, where a ", and"/", but" clause or a semicolon follows. */
export function joinedClauseEnd(ctx: ArticleContext, i: number, s: { first: number; last: number }): number {
  const sentenceLast = s.last;
  // "After Chinese forces entered the war, the division withdrew … to Hungnam": a fronted clause ends at its comma.
  const main = mainClauseStart(ctx, s.first, sentenceLast);
  if (main > i) return main - 1;
  for (let j = i + 1; j < sentenceLast - 1 && j <= i + JOINED_CLAUSE_REACH; j++) {
    if (ctx.tokens[j]!.lower === ';' || opensJoinedClause(ctx, j, sentenceLast)) return j;
  }
  return sentenceLast;
}

/** Whether the comma at j opens a clause of its own: ", and" / ", but" with a verb before the next comma. */
export function opensJoinedClause(ctx: ArticleContext, j: number, sentenceLast: number): boolean {
  return (
    ctx.tokens[j]!.lower === ',' &&
    j + 1 < sentenceLast &&
    CLAUSE_JOINERS.has(ctx.tokens[j + 1]!.lower) &&
    verbBefore(ctx, j + 2, sentenceLast)
  );
}

/** How far after ", and" its clause's verb may stand ("…, and the Italian contingent departed"). */
const JOINED_VERB_REACH = 8;

/** Whether a verb stands in the stretch from i to the next comma: ", and" opens a clause, not a list's last item. */
function verbBefore(ctx: ArticleContext, i: number, end: number): boolean {
  for (let k = i; k < end && k < i + JOINED_VERB_REACH; k++) {
    const t = ctx.tokens[k]!;
    if (t.lower === ',' || t.lower === ';') return false;
    if (!t.cap && t.kind === 'word' && posOf(t.lower) === 'verb') return true;
    // "and American forces occupied Manila": a past form the lexicon tags as an adjective is a verb after a noun.
    if (!t.cap && t.kind === 'word' && t.lower.endsWith('ed') && k > i && posOf(lowerAt(ctx, k - 1)) === 'noun')
      return true;
  }
  return false;
}

const BLOCKER_CLASS = wordClassOf(BLOCKERS);

/** Whether a modal/speech-act blocker stands in [from, to); `extra` adds type-specific blockers. */
export function blockedBetween(ctx: ArticleContext, from: number, to: number, extra?: Set<string>): string | undefined {
  // "… based on a Canadian proposal, and the first contingents arrived": a blocker modifies only its own clause.
  for (let j = to - 1; j > from; j--)
    if (opensCoordinateClause(ctx, j)) {
      from = j + 1;
      break;
    }
  for (let j = Math.max(0, from); j < to; j++) {
    const w = ctx.tokens[j]!.lower;
    if ((ctx.wordClass[j]! & BLOCKER_CLASS || extra?.has(w)) && !insideName(ctx, j)) {
      // "no longer", "not only" do not negate a following event.
      if ((w === 'no' && lowerAt(ctx, j + 1) === 'longer') || (w === 'not' && lowerAt(ctx, j + 1) === 'only')) continue;
      // "a militia calling itself the Army of God": a name, not a call.
      if (w === 'calling' && SELF_PRONOUNS.has(lowerAt(ctx, j + 1))) continue;
      // "sent troops to Somalia … and withdrew them": "to" before a name or an article is a preposition, not "to" of
      // an intention.
      if (w === 'to' && prepositionTo(ctx, j)) continue;
      // "Under the plan, Spain will provide ...": a plan already approved is not an intention; "plans to send" is.
      if ((w === 'plan' || w === 'plans') && lowerAt(ctx, j + 1) !== 'to' && lowerAt(ctx, j - 1) !== 'no') continue;
      // "the power to dissolve", "the power of dissolution" is a capacity; "seized power, dissolving …" is no modality.
      if (w === 'power' && lowerAt(ctx, j + 1) !== 'to' && lowerAt(ctx, j + 1) !== 'of') continue;
      // "deployed at the request of President Tokayev": a request granted is the reason, not a modality.
      if (grantedRequest(ctx, j)) continue;
      // "the servicemen once based in Singapore": "once" right after the forces says where they were, not when.
      if (w === 'once' && FORCE_NOUNS.has(lowerAt(ctx, j - 1))) continue;
      // "may" the modal, not the month.
      return w;
    }
    if (w === 'may' && !ctx.tokens[j]!.cap) return w;
    if (ruledOut(ctx, j) || supportVoiced(ctx, j)) return w;
  }
  return undefined;
}

/** Words that open a subject: a determiner, a possessive or a pronoun ("…, and the first contingents arrived"). */
const SUBJECT_OPENERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'some',
  'all',
  'this',
  'these',
  'those',
  'it',
  'they',
  'he',
  'she',
  'we',
]);

/**
 * Whether the joiner at j (", and" / ", but") opens a clause with a subject of its own, whose facts no word before it
 * governs: "voted on a proposal, and the first contingents arrived". An infinitive or verb after the joiner ("plans
 * to send troops, and to deploy …") continues the clause before it.
 */
export function opensCoordinateClause(ctx: ArticleContext, j: number): boolean {
  if (!CLAUSE_JOINERS.has(lowerAt(ctx, j)) || lowerAt(ctx, j - 1) !== ',') return false;
  const next = ctx.tokens[j + 1];
  return !!next && (SUBJECT_OPENERS.has(next.lower) || (next.cap && !ctx.inDate[j + 1]) || next.kind === 'number');
}

/** How far before "request" its "at" may stand ("at the Malian government's request"). */
const REQUEST_AT_REACH = 5;

/** Whether "request" at j is the reason a thing was done: "at the request of X", "at X's request". */
export function grantedRequest(ctx: ArticleContext, j: number): boolean {
  const w = lowerAt(ctx, j);
  if (w !== 'request' && w !== 'requests' && w !== 'invitation') return false;
  for (let k = j - 1; k >= 0 && k >= j - REQUEST_AT_REACH; k--) {
    const x = lowerAt(ctx, k);
    if (x === 'at' || x === 'upon' || x === 'on') return true;
    if (ctx.tokens[k]!.kind === 'punct' && x !== "'s" && x !== '’s' && x !== '.') return false;
  }
  return false;
}

/** Words after "to" that make it a preposition ("to Somalia", "to the border", "to 2,000"). */
const TO_OBJECT_STARTS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);

/** Whether "to" at j governs a noun phrase rather than an infinitive. */
function prepositionTo(ctx: ArticleContext, j: number): boolean {
  const next = ctx.tokens[j + 1];
  return !!next && (next.cap || next.kind === 'number' || TO_OBJECT_STARTS.has(next.lower));
}

/** "ruled out sending troops": "out" after a verb of ruling refuses what follows. */
export function ruledOut(ctx: ArticleContext, j: number): boolean {
  return ctx.tokens[j]!.lower === 'out' && RULE_OUT_VERBS.has(lowerAt(ctx, j - 1));
}

/** Pronouns after "calling" that make it naming ("a group calling itself …"). */
const SELF_PRONOUNS = new Set(['itself', 'themselves', 'himself', 'herself']);

/** "voiced support for deploying troops": support for a gerund is a stance, not the act (not "in support of"). */
export function supportVoiced(ctx: ArticleContext, j: number): boolean {
  return ctx.tokens[j]!.lower === 'support' && lowerAt(ctx, j + 1) === 'for' && lowerAt(ctx, j + 2).endsWith('ing');
}

/**
 * A capitalized word inside a sentence, after another capitalized word, is part of a name ("Operation Restore Hope",
 * "the Never Again Party"), as is any word inside a known name: it is no modal or speech act.
 */
export function insideName(ctx: ArticleContext, j: number): boolean {
  const t = ctx.tokens[j]!;
  const before = ctx.tokens[j - 1];
  if (t.cap && !!before && before.sentence === t.sentence && before.cap && before.kind === 'word') return true;
  // "the Global Coalition to Defeat ISIS": any word inside a name the gazetteer knows.
  const m = ctx.mentionAt[j]!;
  return m >= 0 && ctx.mentions[m]!.first < j;
}

/** "would"/"could" after a reporting verb is reported speech ("said it would send"), not a condition. */
export function conditionalWould(ctx: ArticleContext, i: number, sentenceFirst: number, sentenceLast: number): boolean {
  for (let j = i + 1; j < sentenceLast; j++)
    if (ctx.tokens[j]!.lower === 'if' || ctx.tokens[j]!.lower === 'unless') return true;
  for (let j = sentenceFirst; j < i; j++) if (REPORTING.has(ctx.tokens[j]!.lower)) return false;
  return true;
}

/**
 * The force noun nearest to token t in its sentence, within `before` tokens before and `after` after it. Capitalized
 * "Force"/"Mission"/"Unit" inside names and "military" in "military personnel" do not count.
 */
/** Words after a trigger that open another clause, whose forces are not the trigger's. */
const FORCE_CLAUSE_BREAKS = new Set([
  'after',
  'following',
  'before',
  'since',
  'when',
  'while',
  'until',
  'whereas',
  'where',
  'whereupon',
]);

/** How far before a trigger the subordinator opening its clause may stand. */
const SUBORDINATOR_REACH = 8;

/** Whether the clause of trigger t opens with a subordinator ("after", "when") with no comma between. */
function openedBySubordinator(ctx: ArticleContext, s: Sentence, t: number): boolean {
  for (let j = t - 1; j >= s.first && j >= t - SUBORDINATOR_REACH; j--) {
    const w = ctx.tokens[j]!.lower;
    if (w === ',' || w === ';') return false;
    if (FORCE_CLAUSE_BREAKS.has(w)) return true;
  }
  return false;
}

/** How long a phrase may be that stands before a fronted subordinate clause ("In December, after …"). */
const FRONTED_PHRASE_REACH = 6;

/**
 * Where the main clause of trigger t starts when a subordinate clause is fronted before it and closed by a comma
 * ("After Iraq invaded Kuwait, Bush ordered …", "In December, after Chinese forces entered the war, the division
 * withdrew"); the sentence start otherwise, and for a trigger inside the fronted clause.
 */
export function mainClauseStart(ctx: ArticleContext, sentenceFirst: number, trigger: number): number {
  const main = frontedClauseEnd(ctx, sentenceFirst);
  return main > sentenceFirst && trigger >= main ? main : sentenceFirst;
}

/** Per article, where the main clause after a fronted one starts, by the token its sentence (or stretch) starts at. */
const FRONTED_ENDS = new WeakMap<ArticleContext, Map<number, number>>();

/** The start of the main clause after a fronted clause in the sentence from `first`, else `first`; computed once. */
function frontedClauseEnd(ctx: ArticleContext, first: number): number {
  let ends = FRONTED_ENDS.get(ctx);
  if (!ends) FRONTED_ENDS.set(ctx, (ends = new Map()));
  let end = ends.get(first);
  if (end === undefined) {
    end = scanFrontedClause(ctx, first);
    ends.set(first, end);
  }
  return end;
}

function scanFrontedClause(ctx: ArticleContext, first: number): number {
  const last = ctx.sentences[ctx.tokens[first]?.sentence ?? -1]?.last ?? first;
  let opener = first;
  // "Citing the danger to American citizens, Johnson ordered …": a fronted participle clause ends at its comma.
  const participle = lowerAt(ctx, first).endsWith('ing') && posOf(lowerAt(ctx, first)) === 'verb';
  if (!participle && !SUBORDINATORS.has(lowerAt(ctx, opener))) {
    let comma = -1;
    for (let j = first; j < last && j <= first + FRONTED_PHRASE_REACH; j++)
      if (lowerAt(ctx, j) === ',') {
        comma = j;
        break;
      }
    if (comma < 0 || !SUBORDINATORS.has(lowerAt(ctx, comma + 1))) return first;
    opener = comma + 1;
  }
  for (let j = opener + 1; j < last; j++) {
    if (lowerAt(ctx, j) !== ',') continue;
    // "Israel, after months of pressure, completed its withdrawal": a clause set inside the subject and its verb; the
    // verb right after it has the subject before it.
    if (opener > first && verbOpensAt(ctx, j + 1)) return first;
    return j + 1;
  }
  return first;
}

/** Whether a lower-case verb (not an "-ing" form) stands at i. */
function verbOpensAt(ctx: ArticleContext, i: number): boolean {
  const tok = ctx.tokens[i];
  if (!tok || tok.kind !== 'word' || tok.cap) return false;
  return posOf(tok.lower) === 'verb' && !tok.lower.endsWith('ing');
}

/** How many capitalized words may stand between a demonym and the head of its force's name. */
const DEMONYM_NAME_WORDS = 2;

/**
 * Whether forces are the object right after the verb at t: a force noun within `reach` words, no punctuation between
 * ("contributed an infantry battalion", "had kept a garrison in").
 */
export function forceObjectAfter(ctx: ArticleContext, t: number, reach: number): boolean {
  for (let j = t + 1; j <= t + reach && j < ctx.tokens.length; j++) {
    if (FORCE_NOUNS.has(lowerAt(ctx, j))) return true;
    if (ctx.tokens[j]!.kind !== 'word') return false;
  }
  return false;
}

/** "the American Expeditionary Force": a capitalized head whose name opens with a demonym names that state's forces. */
function demonymLed(ctx: ArticleContext, j: number): boolean {
  for (let k = j - 1; k >= 0 && k >= j - 1 - DEMONYM_NAME_WORDS; k--) {
    const m = mentionAtToken(ctx, k);
    if (m && m.last === k + 1) return m.entry.kind === 'demonym';
    if (!ctx.tokens[k]!.cap || ctx.tokens[k]!.kind !== 'word') return false;
  }
  return false;
}

/** Words that open a relative clause after a comma. */
const RELATIVE_OPENERS = new Set(['which', 'who', 'whose']);
/** How long a relative clause set off by commas may be. */
const RELATIVE_CLAUSE_TOKENS = 16;

/**
 * The length of a relative clause, or a phrase with no verb before ", and" ("from Agra, more than 2,000 kilometres
 * away, and landed"), set off by commas and closing within `reach` tokens before t; else 0.
 */
function closedRelativeBefore(ctx: ArticleContext, s: Sentence, t: number, reach: number): number {
  let close = -1;
  for (let j = t - 1; j >= s.first && j >= t - reach; j--)
    if (lowerAt(ctx, j) === ',') {
      close = j;
      break;
    }
  for (let j = close - 1; close > 0 && j > s.first && j >= close - RELATIVE_CLAUSE_TOKENS; j--) {
    if (lowerAt(ctx, j) !== ',') continue;
    const joinedAfter = CLAUSE_JOINERS.has(lowerAt(ctx, close + 1));
    return RELATIVE_OPENERS.has(lowerAt(ctx, j + 1)) || (joinedAfter && !verbIn(ctx, j + 1, close)) ? close - j + 1 : 0;
  }
  return 0;
}

/** Whether a lower-case word of [from, to), outside dates and not one of `except`, is a verb. */
export function verbIn(ctx: ArticleContext, from: number, to: number, except?: ReadonlySet<string>): boolean {
  for (let k = from; k < to; k++) {
    const token = ctx.tokens[k]!;
    if (!token.cap && !ctx.inDate[k] && posOf(token.lower) === 'verb' && !except?.has(token.lower)) return true;
  }
  return false;
}

/** Whether a comma stands in [from, to): a clause set off before the trigger closes there. */
export function commaBetween(ctx: ArticleContext, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (lowerAt(ctx, j) === ',') return true;
  return false;
}

export function nearestForce(ctx: ArticleContext, s: Sentence, t: number, before: number, after: number): number {
  let best = -1;
  let people = -1;
  // "After Iraq invaded Kuwait, Bush ordered U.S. forces to …": a fronted subordinate clause ends at its comma.
  const subordinate = openedBySubordinator(ctx, s, t);
  // Forces in a fronted clause before the trigger's main clause are that clause's.
  // …and forces before ", and" belong to the clause it joins ("Britain withdrew its forces, and Israel withdrew").
  // "The British army, which had held New York since 1776, completed its evacuation": the reach steps over a
  // relative clause set off by commas between the subject and its verb.
  const reach = before > 0 ? before + closedRelativeBefore(ctx, s, t, before) : before;
  const from = Math.max(s.first, t - reach, mainClauseStart(ctx, s.first, t), joinedClauseStart(ctx, t, s.first, true));
  // A fronted clause holding the trigger ends at its comma (as joinedClauseEnd says).
  const main = after > 0 ? mainClauseStart(ctx, s.first, s.last) : s.first;
  const to = Math.min(s.last, t + after, main > t ? main - 1 : s.last);
  const secondPredicate = lowerAt(ctx, t - 1) === 'and' && lowerAt(ctx, t - 2) !== ',';
  for (let j = from; j < to; j++) {
    const w = ctx.tokens[j]!.lower;
    // "sent Henry Stimson to Nicaragua, and U.S. Marines remained there": forces past ", and" and a verb are another
    // clause's.
    if (j > t && j < s.last - 1 && opensJoinedClause(ctx, j, s.last)) break;
    // "entered Kosovo after the withdrawal of Yugoslav forces": forces past a subordinate clause's start are
    // another clause's.
    if (j > t && (FORCE_CLAUSE_BREAKS.has(w) || w === ';' || (subordinate && w === ','))) break;
    if (!(ctx.wordClass[j]! & WORD_CLASS.force) && !isAircraftPlural(ctx.tokens, j)) {
      if (people < 0 && collectiveDemonym(ctx, j)) people = j;
      continue;
    }
    if (
      (w === 'force' || w === 'mission' || w === 'unit') &&
      ctx.tokens[j]!.cap &&
      j !== s.first &&
      !demonymLed(ctx, j)
    )
      continue;
    if ((w === 'military' || w === 'army') && FORCE_NOUNS.has(lowerAt(ctx, j + 1))) continue;
    if (best < 0 || Math.abs(j - t) < Math.abs(best - t)) best = j;
    // "ordered forces to support the South Korean army and sent the Seventh Fleet": a second predicate's own object
    // is its forces, not those of the predicate before.
    if (j > t && best < t && secondPredicate) best = j;
  }
  // A force noun wins over a people named as forces ("the Russians had stationed 152,000 troops").
  return best >= 0 ? headOfForcePhrase(ctx, s, best) : people;
}

/** How far before a force noun the "of" after the noun heading its phrase may stand. */
const FORCE_PHRASE_REACH = 7;
/** Words that end the search for that "of" (a clause or a list starts there). */
const FORCE_PHRASE_BREAKS = new Set(['who', 'which', 'that', 'and', 'or', 'from', 'to', 'in', 'into']);

/** How far before a force noun its owner's demonym may stand ("Ugandan soldiers", "Italian army engineers"). */
const HEAD_OWNER_REACH = 3;

/** Whether a people is named right before the force noun at j ("the first Ugandan soldiers"). */
function ownedHead(ctx: ArticleContext, s: Sentence, j: number): boolean {
  for (let k = j - 1; k >= s.first && k >= j - HEAD_OWNER_REACH; k--) {
    const m = mentionAtToken(ctx, k);
    // A state's name before the noun may name the unit instead ("the Hong Kong Garrison of the PLA").
    if (m) return m.last === j && m.entry.kind === 'demonym';
    if (ctx.tokens[k]!.kind === 'punct') return false;
  }
  return false;
}

/**
 * "The first Ugandan soldiers of an African Union peacekeeping force landed": the force noun heading the phrase,
 * where its own owner is named ("Ugandan"), not the one completing its "of"; else j.
 */
function headOfForcePhrase(ctx: ArticleContext, s: Sentence, j: number): number {
  for (let k = j - 1; k > s.first && k >= j - FORCE_PHRASE_REACH; k--) {
    const w = lowerAt(ctx, k);
    if (w === 'of') return FORCE_NOUNS.has(lowerAt(ctx, k - 1)) && ownedHead(ctx, s, k - 1) ? k - 1 : j;
    if (ctx.tokens[k]!.kind === 'punct' || FORCE_PHRASE_BREAKS.has(w)) return j;
  }
  return j;
}

/** How far back from a force noun the "from" of an origin phrase may stand ("from the SFOR contingent"). */
const ORIGIN_FORCE_REACH = 4;

/**
 * "Russian paratroopers from the SFOR contingent": for a force noun inside the origin phrase of other forces, those
 * forces' noun (whose modifiers name the actor); else the force noun itself.
 */
function forcesOwningOrigin(ctx: ArticleContext, j: number): number {
  for (let k = j - 1; k >= 1 && k >= j - ORIGIN_FORCE_REACH; k--) {
    if (lowerAt(ctx, k) === 'from') return FORCE_NOUNS.has(lowerAt(ctx, k - 1)) ? k - 1 : j;
    if (ctx.tokens[k]!.kind === 'punct') return j;
  }
  return j;
}

/**
 * "The Japanese evacuated Guadalcanal", "the Soviets landed": a state's people named after "the" with a verb next
 * stand for its forces in war narrative.
 */
function collectiveDemonym(ctx: ArticleContext, j: number): boolean {
  if (lowerAt(ctx, j - 1) !== 'the' || !ctx.tokens[j]!.cap) return false;
  const m = mentionAtToken(ctx, j);
  if (!m || m.first !== j || m.entry.kind !== 'demonym') return false;
  const next = ctx.tokens[m.last];
  return !!next && !next.cap && next.kind === 'word' && posOf(next.lower) === 'verb';
}

/**
 * The actor whose forces are meant: an actor name modifying the force noun ("U.S.-based soldiers",
 * "Russian peacekeeping contingent"), the force's owner ("soldiers from Albania", "members of the SANDF",
 * "Israel's 98th Division"), else the clause subject before the trigger.
 */
/** A mission's own area when the sentence names no place ("SAMIDRC was deployed in December 2023"). */
export function missionArea(mention: Mention | undefined): NamedRef | undefined {
  return mention?.entry.area;
}

/** The areas of the missions named in [from, to), in text order ("… the U.N. Assistance Mission for Rwanda"). */
export function missionAreasIn(ctx: ArticleContext, from: number, to: number): NamedRef[] {
  const out: NamedRef[] = [];
  for (const m of mentionsIn(ctx, from, to)) if (m.entry.kind === 'org' && m.entry.area) out.push(m.entry.area);
  return out;
}

/** Whether "and" at j opens a second predicate ("… and is considering sending jets to Bulgaria"). */
export function opensSecondPredicate(ctx: ArticleContext, j: number): boolean {
  return lowerAt(ctx, j) === 'and' && SECOND_PREDICATE_AUXILIARIES.has(lowerAt(ctx, j + 1));
}

/** Verbs that say forces moved without naming them. */
const INVASION_VERBS = new Set(['invaded', 'invade', 'invades', 'invading', 'occupied', 'occupy', 'occupies']);

/** Participles after "X-" that make X a sponsor of the forces, not their owner ("Turkish-backed rebels"). */
const SPONSOR_PARTICIPLES = new Set([
  'backed',
  'supported',
  'sponsored',
  'funded',
  'trained',
  'armed',
  'aligned',
  'allied',
]);

/** Words after "X-" that make X a time or a maker, never the owner ("Soviet-era bases", "Russian-built jets"). */
const DESCRIPTIVE_COMPOUNDS = new Set(['era', 'built', 'made', 'designed', 'supplied', 'style']);

/** Whether a name before a hyphen describes the forces' sponsor, era or maker rather than naming their owner. */
export function sponsorOnly(ctx: ArticleContext, m: Mention): boolean {
  if (lowerAt(ctx, m.last) !== '-') return false;
  const next = lowerAt(ctx, m.last + 1);
  return SPONSOR_PARTICIPLES.has(next) || DESCRIPTIVE_COMPOUNDS.has(next);
}

/** "Niger, where the last convoy arrived, …": a name a "where" clause describes is a place, not an actor. */
export function describedAsPlace(ctx: ArticleContext, m: Mention): boolean {
  return lowerAt(ctx, m.last) === 'where' || (lowerAt(ctx, m.last) === ',' && lowerAt(ctx, m.last + 1) === 'where');
}

/** An actor read from a mention, with the mention. */
interface ActorHit {
  actor: NamedRef;
  mention: Mention;
}
/** Reads a mention as an actor where findActor's rules allow it. */
type TakeActor = (m: Mention | undefined) => ActorHit | undefined;

/** Possessive pronouns that name the owner of the forces after them ("its troops", "Its forces left"). */
export const OWNER_PRONOUNS = new Set(['its', 'their']);
/** How far after a speaker's name its reporting verb may stand ("the Russian Defence Ministry says"). */
const SPEAKER_VERB_REACH = 4;

/** The actor named as the speaker of a reporting verb before token i in the sentence ("Russia says …"). */
function speakerBefore(ctx: ArticleContext, sentenceFirst: number, i: number, take: TakeActor): ActorHit | undefined {
  for (const m of mentionsIn(ctx, sentenceFirst, i).reverse()) {
    for (let j = m.last; j < i && j <= m.last + SPEAKER_VERB_REACH; j++) {
      if (REPORTING.has(lowerAt(ctx, j))) return take(m);
      if (ctx.tokens[j]!.kind === 'punct') break;
    }
  }
  return undefined;
}

/** Words between "whose" and its force noun ("whose first contingents", "whose 2,000 troops"). */
const WHOSE_FILLERS = new Set(['first', 'last', 'own', 'remaining', 'few', 'main', 'advance']);
/** How far before the force noun its "whose" may stand. */
const WHOSE_REACH = 4;

/** "X, whose troops …": the actor named last before "whose", if the force noun at `force` follows it. */
function whoseOwner(ctx: ArticleContext, sentenceFirst: number, force: number, take: TakeActor): ActorHit | undefined {
  let j = force - 1;
  while (j > sentenceFirst && j >= force - WHOSE_REACH) {
    const t = ctx.tokens[j]!;
    if (t.lower === 'whose') break;
    if (!(WHOSE_FILLERS.has(t.lower) || t.kind === 'number' || NUMBER_WORDS[t.lower] !== undefined)) return undefined;
    j--;
  }
  if (lowerAt(ctx, j) !== 'whose') return undefined;
  for (const m of mentionsIn(ctx, sentenceFirst, j).reverse()) {
    const hit = take(m);
    if (hit) return hit;
  }
  return undefined;
}

/** Verbs whose object is asked or made to act ("urged Syria to withdraw its troops"). */
const ADDRESSING_VERBS = wordSet(`urged urge urges asked ask asks pressed press presses told tell tells ordered order
  orders invited invite invites requested request requests forced force allowed allow permitted permit`);
/** "called on": the particle form of addressing. */
const CALLING_VERBS = new Set(['call', 'calls', 'called', 'calling']);

/** The one addressed before token i and told to act by an infinitive ("called on X … to withdraw their forces"). */
function addresseeBefore(ctx: ArticleContext, sentenceFirst: number, i: number, take: TakeActor): ActorHit | undefined {
  for (const m of mentionsIn(ctx, sentenceFirst, i).reverse()) {
    const verb = DETERMINERS.has(lowerAt(ctx, m.first - 1)) ? m.first - 2 : m.first - 1;
    const w = lowerAt(ctx, verb);
    const addressed = ADDRESSING_VERBS.has(w) || (w === 'on' && CALLING_VERBS.has(lowerAt(ctx, verb - 1)));
    if (!addressed) continue;
    for (let j = m.last; j < i; j++) if (lowerAt(ctx, j) === 'to') return take(m);
    return undefined;
  }
  return undefined;
}

/** The state or body named as subject or possessor before token i ("France's foothold … of its troops"), if any. */
export function ownerBefore(ctx: ArticleContext, sentenceFirst: number, i: number): ActorHit | undefined {
  let owner: ActorHit | undefined;
  for (const m of mentionsIn(ctx, sentenceFirst, i)) {
    if (isComplement(ctx, m) && !m.possessive) continue;
    if (m.entry.kind !== 'state' && m.entry.kind !== 'org') continue;
    const actor = actorOf(m.entry);
    if (actor) owner = { actor, mention: m };
  }
  return owner;
}

/** How far before a trigger a subject pronoun may stand ("it deployed", "it had completed the withdrawal"). */
const PRONOUN_SUBJECT_REACH = 5;

export function findActor(
  ctx: ArticleContext,
  force: number,
  trigger: number,
  sentenceFirst: number,
  exclude: (m: Mention) => boolean,
): ActorHit | undefined {
  const take = (m: Mention | undefined) => {
    if (!m || exclude(m) || inDateline(ctx, m.first) || sponsorOnly(ctx, m) || describedAsPlace(ctx, m))
      return undefined;
    // "General Douglas MacArthur": a capital's name that runs on into another name is part of that name.
    if (m.entry.kind === 'capital' && capitalInPersonName(ctx, m)) return undefined;
    // "Eisenhower left Washington": a leader acts for the state only where forces are named or the verb is an
    // invasion ("Saddam Hussein invaded Kuwait").
    if (m.entry.kind === 'leader' && force < 0 && !INVASION_VERBS.has(lowerAt(ctx, trigger))) return undefined;
    const actor = actorOf(m.entry);
    return actor ? { actor, mention: m } : undefined;
  };
  if (force >= 0) {
    force = forcesOwningOrigin(ctx, force);
    // "the United Nations Emergency Force, …, whose first contingents reached Egypt": the forces of the name before.
    const whose = whoseOwner(ctx, sentenceFirst, force, take);
    if (whose) return whose;
    // Modifiers right before the force noun; an alliance's name there gives way to the states the forces come from
    // ("Warsaw Pact armies from the Soviet Union, Poland … invaded").
    let modifier: ActorHit | undefined;
    for (let j = force - 1; j >= sentenceFirst && j >= force - 6; j--) {
      const t = ctx.tokens[j]!;
      modifier = take(mentionAtToken(ctx, j));
      if (modifier) break;
      if (t.kind === 'punct' && t.text !== '-' && t.text !== "'s" && t.text !== '’s') break;
      // "from Chad as two Mirage fighter jets leave": a conjunction opens another clause, whose names are not modifiers.
      if (['to', 'from', 'in', 'into', 'of', 'for', 'on', 'at', 'by', 'with', 'and', 'as'].includes(t.lower)) break;
    }
    // "Russian-led troops … The CSTO, a Moscow-led alliance, …": forces led by a state are the body it leads.
    const led =
      modifier && lowerAt(ctx, modifier.mention.last) === '-' && lowerAt(ctx, modifier.mention.last + 1) === 'led';
    const body = led ? bodyLedBy(ctx, modifier!.actor) : undefined;
    if (body) return body;
    if (modifier && (modifier.mention.entry.kind !== 'org' || !statesListAfter(ctx, force + 1))) return modifier;
    // Owner after a force noun of the phrase: "soldiers from Albania", "members of the South African National Defence Force",
    // "a detachment of up to 40 soldiers from Albania".
    // "withdrew its contingent from the UN force": forces a pronoun owns come from no one else.
    const owned = OWNER_PRONOUNS.has(lowerAt(ctx, force - 1));
    for (let f = force; !owned && f < force + 8 && f < ctx.tokens.length; f++) {
      const w = ctx.tokens[f]!.lower;
      if (f > force && ctx.tokens[f]!.kind === 'punct') break;
      if (!FORCE_NOUNS.has(w) && !PERSON_NOUNS.has(w)) continue;
      const p = lowerAt(ctx, f + 1);
      if (p !== 'of' && p !== 'from') continue;
      for (let j = f + 2; j < f + 5 && j < ctx.tokens.length; j++) {
        const hit = take(mentionAtToken(ctx, j));
        // "troops of the Iraqi National Congress": the demonym starts another name.
        const nameGoesOn =
          hit?.mention.entry.kind === 'demonym' &&
          ctx.tokens[hit.mention.last]?.cap &&
          !FORCE_NOUNS.has(lowerAt(ctx, hit.mention.last));
        if (
          hit &&
          !nameGoesOn &&
          hit.mention.entry.kind !== 'place' &&
          hit.mention.entry.kind !== 'capital' &&
          !namesUnitOnly(hit.mention.entry)
        )
          return hit;
        if (ctx.tokens[j]!.kind === 'punct') break;
      }
    }
    if (modifier) return modifier;
    // "The UN mission ended the secession in 1963, and its last soldiers left": "its" opening a clause joined by
    // ", and" is the subject that opens the sentence, not a name in that clause's object.
    const opener = ownerOpeningJoinedClause(ctx, sentenceFirst, force, take);
    if (opener) return opener;
    // "It was formed under the X–Y Accord, …, and its first units landed": "its" is the "It" that opens the sentence,
    // the one referred to before; no name in between owns the forces, and the caller reads the referent.
    if (ownerIsOpeningPronoun(ctx, sentenceFirst, force)) return undefined;
    // "Russia says the withdrawal of its troops … has been completed": "its" forces are the speaker's, unless the
    // speaker addressed another ("called on the United States to withdraw their forces").
    if (OWNER_PRONOUNS.has(lowerAt(ctx, force - 1))) {
      const addressee = addresseeBefore(ctx, sentenceFirst, force, take);
      if (addressee) return addressee;
      const speaker = speakerBefore(ctx, sentenceFirst, force, take);
      if (speaker) return speaker;
    }
    // "A detachment of Marines was dispatched": forces named by a service that stands for its state.
    const service = take(mentionAtToken(ctx, force));
    if (service && service.mention.entry.kind === 'metonym')
      return take(fullerServiceBefore(ctx, service.mention)) ?? service;
  }
  // Clause subject: the last actor mention before the trigger that is not a prepositional complement,
  // searched in the main clause ("After the Hamas-led attack on Israel, Biden ordered ...": not Hamas).
  let start = mainClauseStart(ctx, sentenceFirst, trigger);
  // "The junta orders the expulsion of French troops; the first contingent departs": a clause after a semicolon
  // has its own subject.
  // "…, where they served under British command, while 8,000 troops reached Vladivostok": a contrast joined by
  // ", while" has its own subject too; names before it belong to the clause it is set against.
  for (let j = trigger - 1; j > start; j--)
    if (lowerAt(ctx, j) === ';' || (CONTRAST_JOINERS.has(lowerAt(ctx, j)) && lowerAt(ctx, j - 1) === ',')) {
      start = j + 1;
      break;
    }
  // "The Security Council authorised the mission, and Parliament approved the deployment": a joined clause whose
  // own subject names no actor has none of the clause before.
  if (ownUnnamedSubject(ctx, start, trigger)) return undefined;
  // "it deployed", "they began": the actor is the one already in play, unless the sentence names it as the one
  // speaking ("the Pentagon said it would station a brigade").
  for (let j = trigger - 1; j >= trigger - PRONOUN_SUBJECT_REACH && j >= sentenceFirst; j--) {
    // "it had completed the withdrawal": the pronoun governs the trigger only inside one clause, with no name
    // between them ("it believed Russia was deploying").
    if (ctx.tokens[j]!.kind === 'punct' || ctx.mentionAt[j]! >= 0) break;
    if (!['it', 'they'].includes(lowerAt(ctx, j))) continue;
    for (const m of mentionsIn(ctx, sentenceFirst, j).reverse()) {
      if (REPORTING.has(lowerAt(ctx, m.last)) || REPORTING.has(lowerAt(ctx, m.last + 1))) return take(m);
    }
    return undefined;
  }
  let best: ActorHit | undefined;
  for (const m of mentionsIn(ctx, start, trigger)) {
    // The name opening the main clause after a fronted one ("Following the Treaty of Paris, Spain withdrew") is its
    // subject, not an apposition to the last name of the fronted clause.
    const opensMainClause = start > sentenceFirst && m.first === start;
    if (isComplement(ctx, m) && !m.possessive && !opensMainClause && !organOwner(ctx, m)) continue;
    // "left Estonia and Latvia …, a year after the final units pulled out": what a verb of moving left or entered.
    if (movementObject(ctx, m)) continue;
    // "ordered forces to support the South Korean army and sent the fleet": the object of an infinitive.
    if (infinitiveObject(ctx, m)) continue;
    // "the U.S.-led coalition fighting Islamic State has begun withdrawing": whom the subject fights.
    if (combatObject(ctx, m)) continue;
    // "under a U.S.-brokered peace accord": who brokered an agreement is not who acts.
    if (lowerAt(ctx, m.last) === '-' && AGREEMENT_MAKERS.has(lowerAt(ctx, m.last + 1))) continue;
    // "X officials said", "the British Ministry of Defense said that ...": sources, not actors.
    const after = lowerAt(ctx, m.last);
    if ((after === 'officials' || after === 'official' || after === 'media') && m.entry.kind !== 'org') continue;
    if (reportsBefore(ctx, m.last, trigger)) continue;
    // "Sweden, which joined NATO in 2024, will send": a name inside a relative clause is not the subject.
    if (inClosedRelative(ctx, sentenceFirst, m, trigger) || inClosedSubordinate(ctx, m, trigger)) continue;
    const hit = take(m);
    // "Armenian Prime Minister X, who chairs the CSTO Collective Security Council, announced that peacekeepers would
    // be sent": a leader speaking as the head of a body speaks for the body.
    if (hit) best = (force >= 0 ? bodyChairedBy(ctx, m, trigger, take) : undefined) ?? hit;
  }
  return best;
}

/** Nouns of a deciding organ of a body ("the Council of the League", "the Assembly of the African Union"). */
const BODY_ORGANS = new Set(['council', 'assembly', 'committee', 'commission']);

/**
 * "The Council of the Arab League decided to send troops": the body whose deciding organ is named ("the Council of")
 * acts through it, so the body after "of" is the subject, not a complement.
 */
function organOwner(ctx: ArticleContext, m: Mention): boolean {
  if (m.entry.kind !== 'org') return false;
  const of = lowerAt(ctx, m.first - 1) === 'the' ? m.first - 2 : m.first - 1;
  return lowerAt(ctx, of) === 'of' && BODY_ORGANS.has(lowerAt(ctx, of - 1));
}

/** Words that, after a comma, join a clause set against the one before ("…, while 8,000 troops reached …"). */
const CONTRAST_JOINERS = new Set(['while', 'whereas', 'whilst']);

/** Verbs by which a person is said to head a body (", who chairs the Council,"). */
const CHAIRING_VERBS = new Set(['chairs', 'heads', 'leads', 'chaired', 'headed', 'led']);
/** How many capitalised words of a title and name may stand between a mention and the relative clause. */
const TITLE_NAME_TOKENS = 5;

/**
 * The organization a person named at or right after `m` is said to head in a set-off relative clause closed before
 * the trigger: "Armenian Prime Minister Nikol Pashinyan, who chairs the CSTO Collective Security Council, …".
 */
function bodyChairedBy(
  ctx: ArticleContext,
  m: Mention,
  trigger: number,
  take: (m: Mention | undefined) => ActorHit | undefined,
): ActorHit | undefined {
  let k = m.last;
  for (let n = 0; n < TITLE_NAME_TOKENS && k < trigger && ctx.tokens[k]!.cap && ctx.tokens[k]!.kind === 'word'; n++)
    k++;
  if (lowerAt(ctx, k) !== ',' || lowerAt(ctx, k + 1) !== 'who' || !CHAIRING_VERBS.has(lowerAt(ctx, k + 2)))
    return undefined;
  const at = lowerAt(ctx, k + 3) === 'the' ? k + 4 : k + 3;
  const body = mentionAtToken(ctx, at);
  if (!body || body.first !== at || body.entry.kind !== 'org' || !commaBetween(ctx, body.last, trigger))
    return undefined;
  return take(body);
}

/** How many sentences back the fuller name of a service may stand ("Royal Marines … Marines landed"). */
const SERVICE_NAME_SENTENCES = 1;
/** How many tokens back the fuller name of a service may stand: the scan stays linear in huge sentences. */
const SERVICE_NAME_TOKENS = 80;

/**
 * "sailed with 45 Commando, Royal Marines, embarked … Marines landed by helicopter": a service named by one word takes
 * the state of the fuller name of that service the text has just used, not the state the word alone stands for.
 */
function fullerServiceBefore(ctx: ArticleContext, m: Mention): Mention | undefined {
  if (m.last - m.first !== 1) return undefined;
  const word = lowerAt(ctx, m.first);
  const sentence = ctx.tokens[m.first]!.sentence;
  const own = actorOf(m.entry)?.name;
  for (let k = ctx.mentionAt[m.first]! - 1; k >= 0; k--) {
    const before = ctx.mentions[k]!;
    if (sentence - ctx.tokens[before.first]!.sentence > SERVICE_NAME_SENTENCES) return undefined;
    if (m.first - before.first > SERVICE_NAME_TOKENS) return undefined;
    if (before.entry.kind !== 'metonym' || before.last - before.first < 2 || lowerAt(ctx, before.last - 1) !== word)
      continue;
    return actorOf(before.entry)?.name !== own ? before : undefined;
  }
  return undefined;
}

/** Words that may stand between an owner pronoun and its force noun ("its last soldiers"). */
const OWNED_FORCE_ADJECTIVES = new Set(['last', 'final', 'remaining', 'first']);

/**
 * "X ended the Katangese secession, and its last soldiers left": for forces owned by "its"/"their" right after ", and",
 * the actor named first in the main clause of the sentence (its subject), if any.
 */
function ownerOpeningJoinedClause(
  ctx: ArticleContext,
  sentenceFirst: number,
  force: number,
  take: (m: Mention | undefined) => ActorHit | undefined,
): ActorHit | undefined {
  const pronoun = OWNED_FORCE_ADJECTIVES.has(lowerAt(ctx, force - 1)) ? force - 2 : force - 1;
  if (!OWNER_PRONOUNS.has(lowerAt(ctx, pronoun))) return undefined;
  if (lowerAt(ctx, pronoun - 1) !== 'and' || lowerAt(ctx, pronoun - 2) !== ',') return undefined;
  const start = mainClauseStart(ctx, sentenceFirst, pronoun);
  const first = lowerAt(ctx, start) === 'the' ? start + 1 : start;
  const m = mentionAtToken(ctx, first);
  return m && m.first === first && !m.possessive ? take(m) : undefined;
}

/** The subject pronoun each owning pronoun stands for. */
const OWNER_SUBJECT_PRONOUNS: Readonly<Record<string, string>> = { its: 'it', their: 'they' };

/** Whether forces owned by "its"/"their" after ", and" are the sentence's opening "It"/"They" ones. */
function ownerIsOpeningPronoun(ctx: ArticleContext, sentenceFirst: number, force: number): boolean {
  const pronoun = OWNED_FORCE_ADJECTIVES.has(lowerAt(ctx, force - 1)) ? force - 2 : force - 1;
  const subject = OWNER_SUBJECT_PRONOUNS[lowerAt(ctx, pronoun)];
  if (!subject || lowerAt(ctx, pronoun - 1) !== 'and' || lowerAt(ctx, pronoun - 2) !== ',') return false;
  return lowerAt(ctx, mainClauseStart(ctx, sentenceFirst, pronoun)) === subject;
}

/** Participles of making an agreement after "X-" ("U.S.-brokered", "Qatari-mediated", "UN-sponsored"). */
const AGREEMENT_MAKERS = new Set(['brokered', 'mediated', 'sponsored', 'drafted', 'negotiated', 'hosted']);

/** Whether the mention is (in) the object of an infinitive ("to support the South Korean army"). */
function infinitiveObject(ctx: ArticleContext, m: Mention): boolean {
  const verb = DETERMINERS.has(lowerAt(ctx, m.first - 1)) ? m.first - 2 : m.first - 1;
  const t = ctx.tokens[verb];
  return !!t && t.kind === 'word' && !t.cap && lowerAt(ctx, verb - 1) === 'to' && !mentionAtToken(ctx, verb);
}

/** Participles by which a subject is described by whom it fights ("the coalition fighting Islamic State"). */
const COMBAT_PARTICIPLES = new Set(['fighting', 'battling', 'combating', 'combatting', 'confronting', 'opposing']);

/** Whether the mention is the object of a participle of fighting ("fighting the Taliban", "battling al-Shabaab"). */
function combatObject(ctx: ArticleContext, m: Mention): boolean {
  const verb = DETERMINERS.has(lowerAt(ctx, m.first - 1)) ? m.first - 2 : m.first - 1;
  return COMBAT_PARTICIPLES.has(lowerAt(ctx, verb)) && !ctx.tokens[verb]!.cap;
}

/** Whether a capitalized word the gazetteer does not know follows the mention ("Douglas MacArthur"). */
export function runsOnIntoName(ctx: ArticleContext, m: Mention): boolean {
  const next = ctx.tokens[m.last];
  return !!next && next.cap && next.kind === 'word' && !mentionAtToken(ctx, m.last) && !ctx.inDate[m.last];
}

/**
 * Whether a capital's name is part of a person's name: it runs on into another name ("Douglas MacArthur"), or a
 * capitalized word the gazetteer does not know stands right before it inside its sentence, not as the sentence's
 * first word ("Governor James Douglas sent"; not "In Moscow", "On Monday Washington sent").
 */
export function capitalInPersonName(ctx: ArticleContext, m: Mention): boolean {
  if (runsOnIntoName(ctx, m)) return true;
  const j = m.first - 1;
  const before = ctx.tokens[j];
  if (!before || !before.cap || before.kind !== 'word' || before.sentence !== ctx.tokens[m.first]!.sentence)
    return false;
  if (ctx.tokens[j - 1]?.sentence !== before.sentence) return false;
  return !mentionAtToken(ctx, j) && !ctx.inDate[j];
}

/** How many words the subject of a joined clause may take ("Parliament", "the Federal Assembly"). */
const JOINED_SUBJECT_WORDS = 3;
/** How many lower-case words may stand between that subject and the trigger ("approved the deployment"). */
const JOINED_PREDICATE_WORDS = 3;

/**
 * Whether the trigger's clause follows ", and" with a capitalized subject of its own that no mention names
 * (", and Parliament approved the deployment").
 */
export function ownUnnamedSubject(ctx: ArticleContext, start: number, trigger: number): boolean {
  const reach = trigger - 1 - JOINED_SUBJECT_WORDS - JOINED_PREDICATE_WORDS;
  for (let j = trigger - 2; j >= Math.max(start + 1, reach); j--) {
    if (lowerAt(ctx, j) !== 'and' || lowerAt(ctx, j - 1) !== ',') continue;
    let k = j + 1;
    if (lowerAt(ctx, k) === 'the') k++;
    const subjectStart = k;
    while (k < trigger && ctx.tokens[k]!.cap && ctx.tokens[k]!.kind === 'word' && !mentionAtToken(ctx, k)) k++;
    if (k === subjectStart || k - subjectStart > JOINED_SUBJECT_WORDS) return false;
    for (; k < trigger; k++)
      if (ctx.tokens[k]!.cap || ctx.tokens[k]!.kind !== 'word' || mentionAtToken(ctx, k)) return false;
    return true;
  }
  return false;
}

/** Heads of a unit's own name ("the Bataan Amphibious Ready Group", "the 26th Marine Expeditionary Unit"). */
const UNIT_NAME_HEADS = new Set(['group', 'unit', 'brigade', 'division', 'regiment', 'battalion', 'squadron', 'wing']);

/** Whether the entry is a unit's name no gazetteer ties to a state: it names the forces, not who sends them. */
function namesUnitOnly(entry: GazetteerEntry, heads: ReadonlySet<string> = UNIT_NAME_HEADS): boolean {
  if (entry.kind !== 'org' || entry.code || entry.parentOrg) return false;
  const words = entry.name.toLowerCase().split(/[\s-]+/);
  return heads.has(words[words.length - 1]!);
}

/** Heads that only a military formation's name ends in ("the Dagger Brigade"; "the Wagner Group" is an actor). */
const FORMATION_HEADS = new Set(['brigade', 'division', 'regiment', 'battalion', 'squadron']);

/** Whether the entry is a formation's own name, never an actor on its own. */
function namesFormationOnly(entry: GazetteerEntry): boolean {
  return namesUnitOnly(entry, FORMATION_HEADS);
}

/**
 * The body the text describes as led by `state` ("The Collective Security Treaty Organization (CSTO), a Moscow-led
 * alliance"), if it names one.
 */
function bodyLedBy(ctx: ArticleContext, state: NamedRef): ActorHit | undefined {
  for (const m of ctx.mentions) {
    if (m.entry.kind !== 'org') continue;
    let j = m.last;
    // "The Collective Security Treaty Organization (CSTO), a …": the acronym in brackets after the name.
    if (lowerAt(ctx, j) === '(' && lowerAt(ctx, j + 2) === ')') j += 3;
    if (lowerAt(ctx, j) !== ',' || !['a', 'an', 'the'].includes(lowerAt(ctx, j + 1))) continue;
    const leader = mentionAtToken(ctx, j + 2);
    if (!leader || lowerAt(ctx, leader.last) !== '-' || lowerAt(ctx, leader.last + 1) !== 'led') continue;
    const actor = actorOf(m.entry);
    if (actor && actorOf(leader.entry)?.name === state.name) return { actor, mention: m };
  }
  return undefined;
}

/** How many tokens a list of states after "from" may take ("from the Soviet Union, Poland, Bulgaria and Hungary"). */
const STATES_LIST_REACH = 14;

/** Whether "from" at i opens a list of two or more states ("armies from the Soviet Union, Poland and Hungary"). */
function statesListAfter(ctx: ArticleContext, i: number): boolean {
  if (lowerAt(ctx, i) !== 'from') return false;
  let states = 0;
  for (let j = i + 1; j < ctx.tokens.length && j <= i + STATES_LIST_REACH; j++) {
    const m = mentionAtToken(ctx, j);
    if (m && m.first === j && m.entry.kind === 'state') {
      states++;
      j = m.last - 1;
      continue;
    }
    if (![',', 'and', 'the'].includes(lowerAt(ctx, j))) break;
  }
  return states >= 2;
}

/** Prepositions that open a phrase set off after a subject (", after prolonged U.S. pressure,"). */
const INSERTED_PREPOSITIONS = new Set(['after', 'despite', 'under', 'amid', 'following', 'like']);

/** Whether a mention stands in a ", which …," (or "who") clause that closes before the trigger. */
export function inClosedRelative(ctx: ArticleContext, sentenceFirst: number, m: Mention, trigger: number): boolean {
  let opened = false;
  for (let j = m.first - 1; j > sentenceFirst; j--) {
    const w = ctx.tokens[j]!.lower;
    if (w === ',' || w === ';') break;
    if ((w === 'which' || w === 'who' || w === 'whose') && lowerAt(ctx, j - 1) === ',') {
      opened = true;
      break;
    }
    // "Israel, after prolonged U.S. pressure, withdrew": a phrase set off after the subject is not the subject.
    if (INSERTED_PREPOSITIONS.has(w) && lowerAt(ctx, j - 1) === ',' && mentionAtToken(ctx, j - 2)) {
      opened = true;
      break;
    }
    // "The Security Council, chaired by Armenian Prime Minister X, decided": a participle and its agent set off
    // after a name describe the subject, they are not it.
    if (w === 'by' && agentPhraseAfterName(ctx, sentenceFirst, j - 1)) {
      opened = true;
      break;
    }
    // "The CSTO, a Moscow-led alliance, agreed": an indefinite appositive after a name.
    if (
      (w === 'a' || w === 'an') &&
      lowerAt(ctx, j - 1) === ',' &&
      (lowerAt(ctx, j - 2) === ')' || mentionAtToken(ctx, j - 2))
    ) {
      opened = true;
      break;
    }
  }
  return opened && commaBetween(ctx, m.last, trigger);
}

/**
 * Whether `participle` is a past participle ("chaired", "led", "backed") that opens a phrase set off by a comma right
 * after a name (a mention, a closing bracket of an acronym, or a capitalised word inside the sentence).
 */
function agentPhraseAfterName(ctx: ArticleContext, sentenceFirst: number, participle: number): boolean {
  const tok = ctx.tokens[participle];
  if (!tok || tok.kind !== 'word' || tok.cap || !tok.lower.endsWith('ed')) return false;
  if (lowerAt(ctx, participle - 1) !== ',') return false;
  const name = participle - 2;
  if (name < sentenceFirst) return false;
  if (mentionAtToken(ctx, name) || lowerAt(ctx, name) === ')') return true;
  return name > sentenceFirst && !!ctx.tokens[name]!.cap;
}

/** Subordinators that open a clause inside the sentence, after its subject ("… unless Honduras guaranteed it,"). */
const CLAUSE_SUBORDINATORS = new Set([
  'unless',
  'if',
  'because',
  'although',
  'though',
  'whereas',
  'until',
  'while',
  'once',
]);
/** How far after its subordinator the subject of that clause may stand ("unless the government of Honduras"). */
const SUBORDINATE_SUBJECT_REACH = 4;

/**
 * "El Salvador refused to withdraw its troops unless Honduras guaranteed their safety, and pulled them out": the
 * subject of a subordinate clause that closes (with a comma) before the trigger is not the trigger's subject.
 */
function inClosedSubordinate(ctx: ArticleContext, m: Mention, trigger: number): boolean {
  let opened = false;
  for (let j = m.first - 1; j >= 0 && j >= m.first - SUBORDINATE_SUBJECT_REACH; j--) {
    if (ctx.tokens[j]!.kind === 'punct') break;
    if (CLAUSE_SUBORDINATORS.has(lowerAt(ctx, j))) {
      opened = true;
      break;
    }
  }
  return opened && commaBetween(ctx, m.last, trigger);
}

const PLACE_FILLERS = new Set([
  'of',
  'last',
  'remaining',
  'around',
  'near',
  'outside',
  'neighbouring',
  'neighboring',
  'nearby',
  'city',
  'town',
  'village',
  'region',
  'province',
  'oblast',
  'area',
  'port',
  'capital',
  'base',
  'enclave',
  'territory',
  'country',
  'state',
  'border',
  'frontier',
  'coastal',
  'restive',
  'southeastern',
  'southwestern',
  'northeastern',
  'northwestern',
  'breakaway',
  'rebel',
  'disputed',
  'occupied',
  'western',
  'eastern',
  'northern',
  'southern',
  'divided',
  'former',
  'besieged',
  'strategic',
  'key',
  'embattled',
  'war',
  '-',
  'torn',
  'ravaged',
  'hit',
  'mainly',
  'largely',
  'island',
  'nation',
  'kingdom',
  'republic',
  'gulf',
  'african',
  'european',
  'asian',
  'arab',
]);
const SUBORDINATORS = new Set([
  'after',
  'before',
  'following',
  'since',
  'when',
  'while',
  'although',
  'though',
  'as',
  'once',
  'if',
  'despite',
  'amid',
  'under',
]);
const PREPOSITIONS = new Set([
  'in',
  'to',
  'into',
  'from',
  'at',
  'near',
  'on',
  'with',
  'against',
  'over',
  'for',
  'across',
  'toward',
  'towards',
  'via',
  'through',
  'of',
  'outside',
  'inside',
  'around',
  'by',
]);

/** How many modifier tokens may stand between a preposition and its mention ("across south-east Turkey"). */
const COMPLEMENT_REACH = 4;

/** A mention governed by a preposition ("into neighbouring Niger", "of France"): a complement, not a subject. */
export function isComplement(ctx: ArticleContext, m: Mention): boolean {
  // Apposition: "in Windhoek, Namibia".
  if (lowerAt(ctx, m.first - 1) === ',') {
    const before = mentionAtToken(ctx, m.first - 2);
    if (before && before !== m) return isComplement(ctx, before);
  }
  // Coordination: "across south-east Turkey and northern Iraq".
  for (let j = m.first - 1; j >= m.first - 3 && j >= 1; j--) {
    const w = lowerAt(ctx, j);
    if (w !== 'and' && w !== 'or') continue;
    const before = mentionAtToken(ctx, j - 1);
    if (before && before !== m) return isComplement(ctx, before);
    break;
  }
  for (let j = m.first - 1; j >= m.first - COMPLEMENT_REACH && j >= 0; j--) {
    const t = ctx.tokens[j]!;
    if (PREPOSITIONS.has(t.lower))
      return t.lower !== 'by' && (t.lower !== 'of' || j === m.first - 1 || DETERMINERS.has(lowerAt(ctx, j + 1)));
    // "across south-east Turkey": a hyphenated modifier stays inside the phrase; so does "In North Russia".
    if (t.cap && /^(?:north|south|east|west)(?:ern)?$/.test(t.lower)) continue;
    if (t.cap || (t.kind !== 'word' && t.text !== '-')) return false;
  }
  return false;
}

/** Whether a mention is the object of a verb of moving ("left Estonia and Latvia", "invaded Kuwait"). */
function movementObject(ctx: ArticleContext, m: Mention): boolean {
  const link = lowerAt(ctx, m.first - 1);
  if (link === 'and' || link === ',') {
    const before = mentionAtToken(ctx, lowerAt(ctx, m.first - 2) === ',' ? m.first - 3 : m.first - 2);
    return !!before && before !== m && movementObject(ctx, before);
  }
  const j = link === 'the' ? m.first - 2 : m.first - 1;
  const t = ctx.tokens[j];
  return !!t && t.kind === 'word' && !t.cap && !!(ctx.wordClass[j]! & MOVEMENT_CLASSES) && posOf(t.lower) === 'verb';
}
const MOVEMENT_CLASSES = WORD_CLASS.withdraw | WORD_CLASS.deploy;

const SOURCE_VERBS = new Set([
  'said',
  'says',
  'told',
  'reported',
  'reports',
  'stated',
  'claimed',
  'claims',
  'believed',
  'believes',
  'estimated',
  'opined',
  'warned',
]);

const PASSIVE_BE = new Set(['is', 'are', 'was', 'were', 'been']);

/** A reporting verb between a mention and the trigger makes the mention the source of the report. */
function reportsBefore(ctx: ArticleContext, from: number, trigger: number): boolean {
  for (let j = from; j < trigger && j < from + 8; j++) {
    // "Russia is reported to be withdrawing": a passive report keeps its subject as the actor.
    if (SOURCE_VERBS.has(ctx.tokens[j]!.lower) && !PASSIVE_BE.has(lowerAt(ctx, j - 1))) return true;
  }
  return false;
}

/** "the US-led coalition", "Iran-backed forces": the name is part of an adjective, not a place. */
export function isCompoundAdjective(ctx: ArticleContext, m: Mention): boolean {
  return (
    lowerAt(ctx, m.last) === '-' &&
    /^(led|backed|based|brokered|run|allied|aligned|sponsored|controlled|held)$/.test(lowerAt(ctx, m.last + 1))
  );
}

export interface PlaceHit {
  place: NamedRef;
  mention: Mention;
}

/**
 * Places governed by a preposition in `preps`, searched from token `from` to `to`: the first such phrase, with its
 * coordinated list ("to Poland, Germany and Romania").
 */
/** Conjunctions that open a clause of their own, with its own subject and places. */
export const CLAUSE_OPENERS = new Set(['while', 'whereas', 'whilst', 'but', 'although', 'though']);

/** The tokens [first, last) of the clause holding t: bounded by ";" and by conjunctions that open a clause. */
export function clauseAround(ctx: ArticleContext, s: { first: number; last: number }, t: number) {
  let first = t;
  // A fronted clause ("Under pressure from the United States, Britain withdrew") is not the trigger's.
  const main = mainClauseStart(ctx, s.first, t);
  while (first > main && !CLAUSE_OPENERS.has(lowerAt(ctx, first - 1)) && lowerAt(ctx, first - 1) !== ';') first--;
  let last = t + 1;
  // …nor is a clause joined after it by ", and" ("…, and Israel withdrew from the Sinai").
  const end = joinedClauseEnd(ctx, t, s);
  while (last < end && !CLAUSE_OPENERS.has(lowerAt(ctx, last)) && lowerAt(ctx, last) !== ';') last++;
  return { first, last };
}

/** Words that end an origin phrase ("from the garrison in Cyprus to …", "from a port in this city for …"). */
const ORIGIN_PHRASE_ENDS = new Set(['to', 'into', 'toward', 'towards', 'for', ',', ';', 'and']);
/** Nouns of an origin a name before may describe ("the UN mission in …", "the Barkhane force in …"). */
const ORIGIN_HEADS = new Set(['mission', 'force', 'forces', 'operation', 'contingent', 'garrison', 'base', 'bases']);

/**
 * The last token of the origin phrase that "from" at j opens: a named origin ends with its name ("arrived from Germany
 * in Kabul"); a common noun keeps the "in"/"at" after it ("from the garrison in Cyprus to Basra").
 */
export function originPhraseEnd(ctx: ArticleContext, j: number, to: number): number {
  let k = j + 1;
  if (lowerAt(ctx, k) === 'the') k++;
  const m = mentionAtToken(ctx, k);
  // "from the UN mission in Sierra Leone": a name that only describes an origin noun keeps that noun's "in".
  const describes = (last: number) => ORIGIN_HEADS.has(lowerAt(ctx, last));
  if (m && m.first === k && !describes(m.last)) return m.last - 1;
  if (!(m && m.first === k) && ctx.tokens[k]?.cap) {
    while (k + 1 < to && ctx.tokens[k + 1]?.cap) k++;
    if (!describes(k + 1)) return k;
  }
  while (k < to && !ORIGIN_PHRASE_ENDS.has(lowerAt(ctx, k))) k++;
  return k - 1;
}

export function placesAfterPreposition(
  ctx: ArticleContext,
  from: number,
  to: number,
  preps: Set<string>,
  exclude: (m: Mention) => boolean,
): PlaceHit[] {
  for (let j = from; j < to; j++) {
    const w = ctx.tokens[j]!.lower;
    if (w === '.' || w === ';') break;
    // "pulled their contingents out, while others left the town of Ber": the next clause has places of its own.
    if (CLAUSE_OPENERS.has(w) && j > from) break;
    // "sent ships and will consider sending jets to Bulgaria": a place after a second predicate is its own.
    if (opensSecondPredicate(ctx, j)) break;
    if (w === 'to' && NOT_DESTINATION_BEFORE_TO.has(lowerAt(ctx, j - 1))) continue;
    // Places inside an origin phrase are not a destination's.
    if (w === 'from' && !preps.has(w)) {
      j = originPhraseEnd(ctx, j, to);
      continue;
    }
    // "to SADC force in eastern Congo": a force joined in a place puts the troops there.
    if (!preps.has(w) && !(w === 'in' && preps.has('to') && FORCE_NOUNS.has(lowerAt(ctx, j - 1)))) continue;
    const list = coordinatedPlaces(ctx, j + 1, to, exclude);
    if (list.length) return list;
  }
  return [];
}

const NAME_PARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'az', 'ez', 'an', 'ibn', 'bin', 'bint']);

/**
 * A place the gazetteer does not know, right after one of `preps`: a run of capitalized words ("from Avdiivka",
 * "to Port Sudan") that is not a body, agreement, acronym, date or known name. Only for sentences with a force noun.
 */
export function unknownPlaceAfter(
  ctx: ArticleContext,
  from: number,
  prepTo: number,
  preps: Set<string>,
  to: number,
): PlaceHit[] {
  for (let j = from; j < prepTo; j++) {
    const w = ctx.tokens[j]!.lower;
    if (w === '.' || w === ';') break;
    if (CLAUSE_OPENERS.has(w) && j > from) break;
    if (!preps.has(w)) continue;
    let k = j + 1;
    if (lowerAt(ctx, k) === 'the') k++;
    const first = k;
    for (;;) {
      if (k < to && k < first + 6 && ctx.tokens[k]!.cap && ctx.tokens[k]!.kind === 'word' && !mentionAtToken(ctx, k))
        k++;
      // "Tower 22": a short number completes the name.
      else if (k > first && isNameNumber(ctx, k)) k++;
      // "Strait of Hormuz": a geographic head's "of" joins the rest of its name.
      else if (
        k > first &&
        lowerAt(ctx, k) === 'of' &&
        OF_NAME_HEADS.has(lowerAt(ctx, k - 1)) &&
        ctx.tokens[k + 1]?.cap
      )
        k++;
      // "Abu al-Duhur", "Deir ez-Zor": an article particle joined by a hyphen continues the name.
      else if (
        k > first &&
        NAME_PARTICLES.has(lowerAt(ctx, k)) &&
        lowerAt(ctx, k + 1) === '-' &&
        ctx.tokens[k + 2]?.cap
      )
        k += 2;
      else break;
    }
    if (k === first) continue;
    const words = ctx.tokens.slice(first, k);
    const next = ctx.tokens[k];
    if (next && (next.lower === "'s" || next.lower === '’s' || next.text === '-' || (next.cap && next.kind === 'word')))
      continue;
    // "from the G5 Sahel force": a name before a force noun names the force, not a place.
    if (next && FORCE_NOUNS.has(next.lower)) continue;
    // "to the Caribbean nation": a region's name before a lower-case state noun describes the state, named before.
    if (next && !next.cap && DESCRIBED_STATE_NOUNS.has(next.lower)) continue;
    if (words.some((t) => NOT_PLACE_WORDS.has(t.lower) || CALENDAR_WORDS.has(t.lower) || /^[A-Z]{2,6}$/.test(t.text)))
      continue;
    if (words.some((_, i) => ctx.inDate[first + i])) continue;
    const name = ctx.text.slice(words[0]!.start, words[words.length - 1]!.end);
    const entry = { kind: 'place' as const, name };
    return [{ place: { name }, mention: { first, last: k, entry, possessive: false } }];
  }
  return [];
}

/** A short plain number after a capitalized word that is no date ("Tower 22", not "May 2022" or "1,000"). */
export function isNameNumber(ctx: ArticleContext, k: number): boolean {
  const t = ctx.tokens[k];
  return !!t && t.kind === 'number' && /^\d{1,3}$/.test(t.text) && !ctx.inDate[k] && !!ctx.tokens[k - 1]?.cap;
}

/** Singular nouns of a state that a region or sea before them describes ("the Gulf kingdom", "the Baltic state"). */
export const DESCRIBED_STATE_NOUNS = wordSet('kingdom state nation emirate sultanate monarchy republic country island');

/**
 * "entered the Gulf kingdom", "the Gulf island kingdom", "the Caribbean nation": a region's or sea's name (no state's)
 * after a determiner, before a lower-case state noun, describes a state rather than naming a place. The noun's token,
 * or -1.
 */
export function describedStateNoun(ctx: ArticleContext, m: Mention): number {
  const kind = m.entry.kind;
  if (kind === 'state' || kind === 'capital' || kind === 'demonym' || !placeOf(m.entry)) return -1;
  if (lowerAt(ctx, m.first) !== 'the' && lowerAt(ctx, m.first - 1) !== 'the') return -1;
  let noun = m.last;
  if (lowerAt(ctx, noun) === 'island' && DESCRIBED_STATE_NOUNS.has(lowerAt(ctx, noun + 1))) noun++;
  return DESCRIBED_STATE_NOUNS.has(lowerAt(ctx, noun)) && !ctx.tokens[noun]!.cap ? noun : -1;
}

/** Place mentions starting near token i, joined by commas and "and" ("Bulgaria, Hungary, Romania and Slovakia"). */
export function coordinatedPlaces(
  ctx: ArticleContext,
  i: number,
  to: number,
  exclude: (m: Mention) => boolean,
): PlaceHit[] {
  return withoutNextSubject(ctx, placeList(ctx, i, to, exclude), (p) => p.mention);
}

function placeList(ctx: ArticleContext, i: number, to: number, exclude: (m: Mention) => boolean): PlaceHit[] {
  const out: PlaceHit[] = [];
  let j = i;
  let gap = 0;
  while (j < to && gap <= 4) {
    const m = mentionAtToken(ctx, j);
    if (m && m.first === j) {
      if (isCompoundAdjective(ctx, m)) return out;
      // "the Paris Agreement", "the Washington Post": a name that goes on is another thing's name — except a war
      // named by its state ("sent troops to the Vietnam War"), which is fought there.
      const after = ctx.tokens[m.last];
      const warOfState = after?.text === 'War' && m.entry.kind === 'state';
      if (
        after &&
        after.cap &&
        after.kind === 'word' &&
        !mentionAtToken(ctx, m.last) &&
        !ctx.inDate[m.last] &&
        !warOfState
      )
        return out;
      // "entered the Gulf kingdom": a region describing a state is no place of its own.
      if (describedStateNoun(ctx, m) >= 0) return out;
      const place = placeOf(m.entry);
      // "the eastern Ukrainian city of Bakhmut": skip the adjective, keep looking.
      if (!place) {
        j = m.last;
        gap++;
        continue;
      }
      if (exclude(m) || inDateline(ctx, m.first)) return out;
      // "the West Bank city of Jenin": the place is the one named after "of".
      if (!out.length && SETTLEMENT_NOUNS.has(lowerAt(ctx, m.last)) && lowerAt(ctx, m.last + 1) === 'of') {
        j = m.last + 2;
        gap++;
        continue;
      }
      // "Erbil, Iraq", "Newport, Rhode Island": after a comma, the state or division the place before lies in
      // describes it; it is no second place.
      const previous = out[out.length - 1];
      const placed = previous && lowerAt(ctx, m.first - 1) === ',' ? placedIn(previous.place, place) : undefined;
      if (previous && placed && (statesPlace(place, previous.place) || placed !== previous.place)) {
        previous.place = placed;
        j = m.last;
        if (lowerAt(ctx, j) !== ',' || lowerAt(ctx, j + 1) !== 'and') return out;
        j += 2;
        continue;
      }
      // "Kolwezi, the Shaba mining town": a name inside an appositive that describes the place before it tells where
      // that place lies; it is no second place.
      if (previous && lowerAt(ctx, m.first - 2) === ',' && DETERMINERS.has(lowerAt(ctx, m.first - 1)))
        if (describesSettlement(ctx, m.last)) return out;
      out.push({ place, mention: m });
      j = m.last;
      gap = 0;
      const w = lowerAt(ctx, j);
      if (m.possessive) return out.slice(0, -1);
      if (w === ',' || w === 'and' || w === 'or') {
        const w2 = lowerAt(ctx, j + 1);
        if (w === ',' && w2 === 'and') j += 2;
        else j += 1;
        gap = 1;
        continue;
      }
      return out;
    }
    const t = ctx.tokens[j]!;
    if (t.kind === 'punct' && t.text !== '-') return out;
    if (out.length && !DETERMINERS.has(t.lower)) return out;
    // Only determiners and place adjectives stand between a preposition and its place ("the eastern Ukrainian city of");
    // "to capture Kyiv" is an infinitive, not a destination.
    if (
      !DETERMINERS.has(t.lower) &&
      !PLACE_FILLERS.has(t.lower) &&
      !/^(north|south|east|west|central|mid)/.test(t.lower)
    )
      return out;
    j++;
    gap++;
  }
  return out;
}

/** Heads of an appositive that describes a settlement ("the Shaba mining town", "the Nineveh provincial capital"). */
const DESCRIBED_SETTLEMENT_HEADS = new Set([...SETTLEMENT_NOUNS, 'capital']);
/** How many lower-case words may stand between the name and that head ("mining", "provincial"). */
const SETTLEMENT_MODIFIER_WORDS = 2;

/** Whether, from token k, up to a few lower-case words lead to a settlement's head noun. */
export function describesSettlement(ctx: ArticleContext, k: number): boolean {
  for (let i = k; i <= k + SETTLEMENT_MODIFIER_WORDS && i < ctx.tokens.length; i++) {
    const t = ctx.tokens[i]!;
    if (t.kind !== 'word' || t.cap) return false;
    if (DESCRIBED_SETTLEMENT_HEADS.has(t.lower)) return true;
  }
  return false;
}

/**
 * "arrived in Somalia, and Burundi and Kenya are to contribute battalions": names after ", and" that a finite verb or
 * an auxiliary follows are the subject of a clause of their own; the list of places ends before them.
 */
export function withoutNextSubject<T>(
  ctx: ArticleContext,
  list: T[],
  span: (x: T) => { first: number; last: number },
): T[] {
  if (list.length < 2 || !opensClause(ctx, span(list[list.length - 1]!).last)) return list;
  const join = list.findIndex(
    (x, k) => k > 0 && lowerAt(ctx, span(x).first - 1) === 'and' && lowerAt(ctx, span(x).first - 2) === ',',
  );
  return join < 0 ? list : list.slice(0, join);
}

/**
 * Whether the word at `k` is a finite verb or an auxiliary, as after a clause's subject: a past form, or a verb of
 * reporting in any tense ("…, and Chad and Niger say they are sending troops").
 */
function opensClause(ctx: ArticleContext, k: number): boolean {
  const w = lowerAt(ctx, k);
  if (SECOND_PREDICATE_AUXILIARIES.has(w) || (REPORTING.has(w) && w !== 'according')) return true;
  return posOf(w) === 'verb' && /ed$/.test(w);
}

/** Whether `outer` is the state that `inner`, a place inside it, lies in ("Erbil, Iraq"). */
function statesPlace(outer: NamedRef, inner: NamedRef): boolean {
  if (!outer.code || outer.code !== inner.code || outer.name === inner.name) return false;
  return gazetteer().stateName(outer.code) === outer.name;
}

/** How far before a place the talks held there may be named ("a summit meeting of the bloc in Maputo"). */
const TALKS_REACH = 5;

/** Whether the place phrase at token `first` is where talks were held ("at a summit in Maputo"). */
export function talksHeldAt(ctx: ArticleContext, first: number): boolean {
  for (let j = first - 1; j >= first - TALKS_REACH && j >= 0; j--) {
    const w = ctx.tokens[j]!.lower;
    if (TALKS_WORDS.has(w)) return true;
    if (ctx.tokens[j]!.kind === 'punct') return false;
  }
  return false;
}

/** A place used as a venue ("a summit in Brussels", "talks in Istanbul") is not where forces go. */
export function isVenue(ctx: ArticleContext, m: Mention): boolean {
  const start = settlementPhraseStart(ctx, m.first);
  for (let j = start - 1; j >= start - 5 && j >= 0; j--) {
    const w = ctx.tokens[j]!.lower;
    if (VENUE_NOUNS.has(w)) return true;
    if (w === '.' || w === ';') return false;
  }
  return false;
}

/** How many describing words "the … town of" may hold ("the small Macedonian border town of"). */
const SETTLEMENT_PHRASE_WORDS = 3;

/** "signed in the Macedonian town of Kumanovo": where "the … town of" before the name at i starts, else i. */
function settlementPhraseStart(ctx: ArticleContext, i: number): number {
  if (lowerAt(ctx, i - 1) !== 'of' || !SETTLEMENT_NOUNS.has(lowerAt(ctx, i - 2))) return i;
  for (let j = i - 3; j >= 0 && j >= i - 3 - SETTLEMENT_PHRASE_WORDS; j--) {
    if (lowerAt(ctx, j) === 'the') return j;
    if (ctx.tokens[j]!.kind !== 'word') return i;
  }
  return i;
}

/** Parses a number token or number words at i: "1,960", "2.5", "two", "three thousand". */
/**
 * The words numberAt's loop reads on: "dozen", "-", the number and scale words, and the names every object answers
 * to ("constructor"), which the keyed lookups there find too.
 */
const NUMBER_LOOP_WORDS = new Set([
  'dozen',
  '-',
  ...Object.keys(NUMBER_WORDS),
  ...Object.keys(SCALE_WORDS),
  ...Object.getOwnPropertyNames(Object.prototype),
]);

export function numberAt(ctx: ArticleContext, i: number): { value: number; last: number } | undefined {
  const t = ctx.tokens[i];
  if (!t) return undefined;
  if (t.kind === 'number') {
    if (t.text.length > 11 || !/^\d{1,3}(,\d{3})*$|^\d+$/.test(t.text)) return undefined;
    let value = Number(t.text.replace(/,/g, ''));
    let last = i + 1;
    const scale = SCALE_WORDS[lowerAt(ctx, i + 1)];
    if (scale) {
      value *= scale;
      last++;
    }
    return { value, last };
  }
  let value = 0;
  let j = i;
  let current = 0;
  while (j < ctx.tokens.length && j < i + 6) {
    const w = ctx.tokens[j]!.lower;
    // Any other word ends the figure (one set lookup instead of the keyed lookups below, which miss).
    if (!NUMBER_LOOP_WORDS.has(w)) break;
    if (w === 'dozen') {
      // "two dozen" is 24; "several dozen", "dozens" are no figure.
      if (!current) break;
      current *= 12;
    } else if (NUMBER_WORDS[w] !== undefined && w !== 'hundred') current += NUMBER_WORDS[w]!;
    else if (w === '-' && current) {
      /* "twenty-five" */
    } else if (SCALE_WORDS[w] && (current || value)) {
      current = (current || 1) * SCALE_WORDS[w]!;
      if (w !== 'hundred') {
        value += current;
        current = 0;
      }
    } else break;
    j++;
  }
  value += current;
  return value > 0 && j > i ? { value, last: j } : undefined;
}

const MAX_PERSONNEL = 5_000_000;

/**
 * A personnel figure for the force at token `force` or near the trigger: "1,700 troops", "up to 800 Italian military
 * personnel", "a company of about 150 soldiers", "2,900 members of". Unit counts ("two battalions") are not people.
 */
export function findPersonnel(ctx: ArticleContext, from: number, to: number): number | null {
  for (let j = Math.max(0, from); j < to; j++) {
    const n = numberAt(ctx, j);
    // A head count is a positive whole number of plausible size.
    if (!n || n.value < 1 || n.value > MAX_PERSONNEL) continue;
    // Skip years and date days; "On 15 September British troops landed": a figure inside a date is its day.
    if (ctx.inDate[j]) continue;
    const t = ctx.tokens[j]!;
    // "At 0600 Marines landed": a figure written with a leading zero is a clock time.
    if (t.kind === 'number' && /^0\d/.test(t.text)) continue;
    if (t.kind === 'number' && /^(1[89]|20)\d\d$/.test(t.text)) continue;
    const prev = lowerAt(ctx, j - 1);
    if (/^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/.test(prev) && n.value <= 31) continue;
    if (prev === '$' || prev === '€' || prev === '£') continue;
    // "a 3,700-strong military force", "the corps, nearly 17,000 strong,": the strength of the force.
    if (lowerAt(ctx, n.last) === 'strong' || (lowerAt(ctx, n.last) === '-' && lowerAt(ctx, n.last + 1) === 'strong'))
      return n.value;
    // Up to four modifiers between the number and a person noun: "800 Italian military personnel".
    for (let k = n.last; k < n.last + 5 && k < ctx.tokens.length; k++) {
      const w = lowerAt(ctx, k);
      if (PERSON_NOUNS.has(w)) {
        if (w === 'members' && lowerAt(ctx, k + 1) !== 'of' && lowerAt(ctx, k - 1) !== 'service') continue;
        return n.value;
      }
      if (w === 'who' && k === n.last) return n.value;
      // "1,700 of the troops"
      if (
        w === 'of' &&
        k === n.last &&
        ['the', 'these', 'those', 'its', 'their'].includes(lowerAt(ctx, k + 1)) &&
        PERSON_NOUNS.has(lowerAt(ctx, k + 2))
      )
        return n.value;
      const tk = ctx.tokens[k]!;
      if (tk.kind === 'punct' && tk.text !== '-' && tk.text !== '.') break;
      if (
        tk.kind === 'number' ||
        [
          'and',
          'or',
          'of',
          'to',
          'in',
          'from',
          'for',
          'vehicles',
          'tanks',
          'jets',
          'people',
          'civilians',
          'km',
          'miles',
          'percent',
          'rand',
          'dollars',
          'years',
          'days',
          'hours',
          'minutes',
          'months',
          'weeks',
        ].includes(w)
      )
        break;
    }
  }
  return null;
}

/** Subjects of a leave verb that are people, not forces ("he left Iraq"); "who" unless it follows forces. */
const PERSON_SUBJECTS = new Set(['he', 'she', 'i', 'we', 'who']);

/**
 * Whether the word at i is a person leaving ("he left", "the envoy, who left"), not forces: "the troops, who left
 * the city" has forces as its subject.
 */
export function personSubjectAt(ctx: ArticleContext, i: number): boolean {
  // "Mehmed VI, the last sultan, left", "the last sultan, Mehmed VI, left": a ruler named by title or regnal number.
  const k = lowerAt(ctx, i) === ',' ? i - 1 : i;
  if (RULER_TITLES.has(lowerAt(ctx, k)) || regnalNumberAt(ctx, k)) return true;
  const w = lowerAt(ctx, i);
  // "President X resigned and fled the country": a verb joined to giving up an office shares its person subject.
  if (w === 'and' && OFFICE_LEAVING.has(lowerAt(ctx, i - 1))) return true;
  if (!PERSON_SUBJECTS.has(w)) return unknownNameAt(ctx, i);
  return !(w === 'who' && lowerAt(ctx, i - 1) === ',' && FORCE_NOUNS.has(lowerAt(ctx, i - 2)));
}

/** Verbs of giving up an office, which only a person (or a government) does. */
const OFFICE_LEAVING = new Set(['resigned', 'abdicated']);

/** Titles of rulers, whose leaving is a person's ("the last sultan left Constantinople"). */
const RULER_TITLES = new Set([
  'sultan',
  'king',
  'queen',
  'emperor',
  'empress',
  'shah',
  'tsar',
  'czar',
  'emir',
  'khedive',
]);

/** "Mehmed VI": a Roman numeral after a capitalized name numbers a ruler. */
function regnalNumberAt(ctx: ArticleContext, i: number): boolean {
  const t = ctx.tokens[i];
  return !!t && /^[IVX]{1,4}$/.test(t.text) && !!ctx.tokens[i - 1]?.cap && ctx.tokens[i - 1]!.kind === 'word';
}

/**
 * "a day after Jammeh left the country": a capitalized word no gazetteer knows, inside its sentence, is a person's
 * name; an armed body's is known or written as an acronym ("the SDF").
 */
function unknownNameAt(ctx: ArticleContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || !t.cap || t.kind !== 'word' || t.text === t.text.toUpperCase() || mentionAtToken(ctx, i)) return false;
  const first = ctx.sentences[t.sentence]?.first ?? i;
  return i > first && !FORCE_NOUNS.has(t.lower) && !ctx.inDate[i] && !commanderAt(ctx, first, i + 1);
}

/** Words before a commander's name that make it part of the forces' phrase ("a force under General Poole"). */
const COMMANDER_LINKS = new Set(['under', 'by']);
/** How many tokens a commander's name and title may run ("Major-General Frederick Poole"). */
const COMMANDER_NAME_TOKENS = 6;

/** Whether the name ending before i follows "under" or "led/commanded by": the forces' commander, not a subject. */
export function commanderAt(ctx: ArticleContext, first: number, i: number): boolean {
  for (let j = i - 1; j >= first && j >= i - COMMANDER_NAME_TOKENS; j--) {
    const t = ctx.tokens[j]!;
    if (COMMANDER_LINKS.has(t.lower)) return t.lower === 'under' || /ed$/.test(lowerAt(ctx, j - 1));
    if (!(t.cap || t.text === '-' || t.text === '.')) return false;
  }
  return false;
}

/** Whether one of `words` stands in [from, to). */
export function wordBetween(ctx: ArticleContext, from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let j = from; j < to; j++) if (words.has(lowerAt(ctx, j))) return true;
  return false;
}

/** Words that lead from an origin phrase to where forces go ("from Germany to Poland"). */
const ONWARD_WORDS = wordSet('to into toward towards for');

/**
 * "units transferred from U.N. operations in Sinai": a place inside the "from" phrase after the verb at t is where
 * the forces came from, unless a word of going comes after "from" first ("from Germany to Poland").
 */
export function inOriginPhrase(ctx: ArticleContext, t: number, place: number): boolean {
  for (let j = place - 1; j > t; j--) {
    const w = lowerAt(ctx, j);
    if (ONWARD_WORDS.has(w) || ctx.tokens[j]!.kind === 'punct') return false;
    if (w === 'from') return true;
  }
  return false;
}

/**
 * ", reversing a decision to pull forces out in late 2020": a participle clause after the trigger tells of another
 * happening, with its own date and places.
 */
export function participleClauseBetween(ctx: ArticleContext, trigger: number, date: number): boolean {
  for (let j = trigger + 1; j < date - 1; j++) {
    if (ctx.tokens[j]!.lower !== ',') continue;
    const next = ctx.tokens[j + 1]!.lower;
    if (next.endsWith('ing') && next !== 'including' && posOf(next) === 'verb') return true;
  }
  return false;
}
