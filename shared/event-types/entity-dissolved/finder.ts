import type { Candidate } from '../../extract/candidate.ts';
import { posOf } from '../../extract/text/pos.ts';
import type { ArticleContext } from '../../extract/context.ts';
import {
  afterStateOwner,
  afterLeaning,
  AGENCY_HEADS,
  bodyOfState,
  entityEndingAt,
  nameBeforeLowerHead,
  namedByStateHead,
  isDissolvableKind,
  modifiesNoun,
  namesParty,
  nameWords,
  ofListEnd,
  pluralPossessive,
  referredEntity,
  RETIRED_STATE_CODES,
  UNIT_HEADS,
  sharedPluralHead,
  unitNamedForPlace,
} from '../../extract/clauses/entities.ts';
import { MISSION_NOUNS, QUOTE_MARKS, REPORTING, WORD_CLASS } from '../../extract/lexicon.ts';
import {
  DISMANTLE_VERBS,
  DISSOLVE_VERBS,
  ENTITY_ANAPHORS,
  INSTITUTION_NOUNS,
  INSTRUMENT_HEADS,
  OWNER_REFERENCES,
  pastOwnerEnd,
  WHEN_WORDS,
} from './lexicon.ts';
import {
  afterDateline,
  blockedBetween,
  DETERMINERS,
  clauseStart,
  lowerAt,
  mentionAtToken,
  placeOf,
} from '../../extract/slots.ts';
import type { Mention } from '../../extract/text/mentions.ts';
import type { Sentence } from '../../extract/text/tokens.ts';
import { dateNear, evidenceSpan, nextYearIfBefore } from '../../extract/clauses/dating.ts';
import { adjectivalParticiple, verbFollowsName, verbGroup } from '../../extract/clauses/verb-group.ts';
import { lookupTable } from '../../extract/lookup-table.ts';
import { canonicalEntity } from './canonical.ts';
import { sisterServices } from './services.ts';
import { paragraphSubject, paragraphTopic, TOPIC_REFERENCES } from './topic.ts';
import { gazetteer, lookupKey } from '../../extract/gazetteer/index.ts';

// Tuning windows of this reader, in tokens.
/** How far after "wound"/"broke" its particle ("up") may stand. */
const PARTICLE_REACH = 5;
/** What a body is declared to be when it ends. */
const DECLARED_ENDS = new Set(['over', 'dissolved', 'defunct', 'disbanded']);

/** Whether token k ends a declaration of an end: "over", "dissolved", "defunct", "disbanded", "at an end". */
function declaredEnd(ctx: ArticleContext, k: number): boolean {
  const w = lowerAt(ctx, k);
  return DECLARED_ENDS.has(w) || (w === 'end' && lowerAt(ctx, k - 1) === 'an' && lowerAt(ctx, k - 2) === 'at');
}

/** How far after "declared" its predicate ("over", "dissolved", "defunct") may stand. */
const DECLARED_REACH = 10;
/** How far back in the clause a modal or speech-act blocker may stand, and "will"/"would" before a trigger. */
const BLOCKER_REACH = 10;
const MODAL_REACH = 4;
/** How far before a verbal noun or infinitive its decision word ("voted to", "ordered the closure") may stand. */
/** How far back a noun joined to another by "and the" may find the decision both share. */
const JOINED_NOUN_DECISION_REACH = 32;
const DECISION_REACH = 6;
/** How many entities an object list may name, and how long one noun phrase may run. */
const MAX_OBJECTS = 8;
const MAX_PHRASE_TOKENS = 10;
/** How far back from a ")" its "(" may stand ("the Supreme Commander for the Allied Powers (SCAP)"). */
const ACRONYM_REACH = 6;
/** A pattern reading's confidence. */
const PATTERN_CONFIDENCE = 0.85;

const NOUN_FORMS = new Set(['dissolution', 'self-dissolution', 'liquidation', 'abolition', 'closure']);
/** Words that make a nominal or infinitive dissolution a decision taken ("ordered the closure of", "voted to dissolve"). */
const DECISION = new Set([
  'agree',
  'vote',
  'decide',
  'ordered',
  'orders',
  'decreed',
  'decree',
  'announced',
  'approved',
  'voted',
  'votes',
  'vote',
  'decided',
  'agreed',
  'signed',
  'signs',
  'confirmed',
  'completed',
  'declared',
  'adopted',
  'ruled',
  'formalised',
  'formalized',
  // The present of news digests ("the council announces the dissolution of …").
  'announces',
  'approves',
  'decides',
  'agrees',
  'decrees',
  'confirms',
  'declares',
  'adopts',
  'rules',
  'completes',
]);
/**
 * Modals before a bare trigger that make it a plan, a hypothesis or a power rather than a dissolution done ("will
 * dissolve", "could be disbanded", "the president can dissolve parliament", "you cannot dissolve the will of a people").
 * "may" only in lower case (May is a month).
 */
const INFINITIVE_BLOCKERS = new Set([
  'will',
  'would',
  'shall',
  'can',
  'cannot',
  'ca',
  'could',
  'might',
  'may',
  'must',
  'should',
]);
/** "dissolved in May": a capitalized "May" is the month, not the modal. */
const monthMay = (ctx: ArticleContext, j: number) => lowerAt(ctx, j) === 'may' && !!ctx.tokens[j]!.cap;
/** "supported … dissolution of the Soviet Union": advocacy of a dissolution is not one. */
const ADVOCACY = new Set([
  'supported',
  'supports',
  'advocated',
  'advocates',
  'favored',
  'favoured',
  'favors',
  'favours',
]);
const STOP = new Set([
  'up',
  'down',
  ',',
  ';',
  ':',
  '.',
  '(',
  ')',
  '"',
  '“',
  '”',
  'on',
  'in',
  'at',
  'from',
  'after',
  'with',
  'by',
  'for',
  'as',
  'when',
  'which',
  'who',
  'whose',
  'that',
  'within',
  'under',
  'to',
  'effective',
  'since',
  'before',
  'following',
  'over',
  'until',
]);
const LIST_SPLIT = new Set([',', 'and', 'including', 'together', 'along', 'plus', 'as', 'well']);
/** Arms that name a regiment ("the Connaught Rangers", "the Royal Scots Fusiliers", "the Lovat Scouts"). */
const REGIMENT_ARMS = [
  'rangers',
  'scouts',
  'infantry',
  'guards',
  'fusiliers',
  'highlanders',
  'dragoons',
  'hussars',
  'lancers',
  'rifles',
  'grenadiers',
  'borderers',
];
const NAME_HEADS = new Set([
  ...REGIMENT_ARMS,
  'command',
  'regiment',
  'brigade',
  'division',
  'corps',
  'battalion',
  'republic',
  'pact',
  'union',
  'council',
  'organization',
  'organisation',
  'party',
  'front',
  'group',
  'assembly',
  'army',
  'mission',
  'operation',
  'force',
  'forces',
  'federation',
  'alliance',
  'treaty',
  'movement',
  'guard',
  'ministry',
  'agency',
  'office',
  'authority',
  'bureau',
  'commission',
  'centre',
  'center',
  'society',
  'parliament',
  'congress',
  'committee',
  'service',
  'board',
  'administration',
  'department',
  'community',
  'league',
  'state',
  'states',
  'kingdom',
  'empire',
  'confederation',
]);

/**
 * EntityDissolved: a named entity is formally dissolved, disbanded, liquidated or declared to cease to exist by a
 * decision that has been taken. Proposals, bills, threats and adjectives ("the dissolved chamber") are not events.
 */
export function findDissolutions(ctx: ArticleContext): Candidate[] {
  const out: Candidate[] = [];
  for (const s of ctx.sentences) {
    if (!(ctx.sentenceClass[s.index]! & WORD_CLASS.dissolve)) continue;
    for (let t = s.first; t < s.last; t++) {
      if (!(ctx.wordClass[t]! & WORD_CLASS.dissolve)) continue;
      out.push(...dissolutionAt(ctx, s, t));
    }
  }
  return out;
}

/** Verbs that end an operation or mission named as their object. */
const ENDING_VERBS = new Set([
  ...['ended', 'ends', 'end', 'terminated', 'terminates', 'terminating', 'terminate'],
  // "voted to close the … Mission in Haiti": a mission closed by decision.
  ...['close', 'closes'],
]);
/** Forms of "terminate" that end a named office or agency as their object ("terminating the OSS"). */
const TERMINATING = new Set(['terminated', 'terminates', 'terminating']);
/** Heads of the names of offices and agencies of a government ("Office of Strategic Services"). */
const OFFICE_HEADS = new Set(['office', 'agency', 'bureau', 'administration', 'service', 'services', 'board']);
/** An acronym of a name's initials ("OSS"). */
const INITIALS = /^[A-Z]{2,8}$/;
/** Lower-case words an acronym's name may hold without a letter of its own ("Office of Strategic Services"). */
const INITIALS_FILLERS = new Set(['of', 'and', 'the', 'for', 'on']);

/**
 * Whether a named office or agency stands at i (after "the"): a name whose head or first word is an office's
 * ("the Office of War Information", "the Foreign Economic Administration"), or an acronym the article spells out
 * earlier as such a name ("the OSS" after "The Office of Strategic Services").
 */
function officeNamedAt(ctx: ArticleContext, i: number): boolean {
  const at = lowerAt(ctx, i) === 'the' ? i + 1 : i;
  const first = ctx.tokens[at];
  if (!first?.cap || first.kind !== 'word') return false;
  if (INITIALS.test(first.text)) return spelledAsOffice(ctx, first.text, at);
  let j = at;
  while (
    j < ctx.tokens.length &&
    (ctx.tokens[j]!.cap || (INITIALS_FILLERS.has(lowerAt(ctx, j)) && ctx.tokens[j + 1]?.cap))
  )
    j++;
  return OFFICE_HEADS.has(first.lower) || (j > at && OFFICE_HEADS.has(lowerAt(ctx, j - 1)));
}

/**
 * Whether capitalized words before token `before` spell `acronym` by their initials and open or end with an office's
 * head.
 */
function spelledAsOffice(ctx: ArticleContext, acronym: string, before: number): boolean {
  return firstOfficeSpelling(ctx, acronym) <= before;
}

/** Per article and acronym, where its earliest spelling as an office's name ends (`firstOfficeSpelling`). */
const OFFICE_SPELLINGS = new WeakMap<ArticleContext, Map<string, number>>();

/**
 * The token after the earliest span of capitalized words in the article that spells `acronym` by their initials and
 * opens or ends with an office's head; Infinity where none does. Found once per article and acronym.
 */
function firstOfficeSpelling(ctx: ArticleContext, acronym: string): number {
  let spellings = OFFICE_SPELLINGS.get(ctx);
  if (!spellings) OFFICE_SPELLINGS.set(ctx, (spellings = new Map()));
  const known = spellings.get(acronym);
  if (known !== undefined) return known;
  let end = Infinity;
  for (let i = 0; i < ctx.tokens.length; i++) {
    const t = ctx.tokens[i]!;
    if (!t.cap || t.kind !== 'word' || t.text[0] !== acronym[0]) continue;
    let letters = '';
    let j = i;
    for (; j < ctx.tokens.length && letters.length < acronym.length; j++) {
      const w = ctx.tokens[j]!;
      if (w.cap && w.kind === 'word') letters += w.text[0];
      else if (!INITIALS_FILLERS.has(w.lower) || j === i) break;
    }
    if (letters === acronym && (OFFICE_HEADS.has(t.lower) || OFFICE_HEADS.has(lowerAt(ctx, j - 1))))
      end = Math.min(end, j);
  }
  spellings.set(acronym, end);
  return end;
}

/** What of a mission an ending verb may name before "of" ("the mandate of", "the combat mission of"). */
const MISSION_PARTS = new Set(['mandate', 'mission']);
/** How many words may describe that part ("the combat mission of", "the peacekeeping mandate of"). */
const MISSION_PART_WORDS = 2;

/** After an ending verb at t: the token after "the [combat] mandate/mission of", else -1. */
function missionPartOf(ctx: ArticleContext, t: number): number {
  if (lowerAt(ctx, t + 1) !== 'the') return -1;
  for (let j = t + 2; j <= t + 2 + MISSION_PART_WORDS; j++) {
    if (MISSION_PARTS.has(lowerAt(ctx, j)) && lowerAt(ctx, j + 1) === 'of') return j + 2;
    if (ctx.tokens[j]?.kind !== 'word' || ctx.tokens[j]!.cap) return -1;
  }
  return -1;
}

/** "the mission, known as MINUSMA,": the name given after a reference noun at i, or -1. */
function knownAsAfter(ctx: ArticleContext, i: number): number {
  const head = lowerAt(ctx, i) === 'the' ? i + 1 : i;
  if (!MISSION_NOUNS.has(lowerAt(ctx, head)) || lowerAt(ctx, head + 1) !== ',') return -1;
  return lowerAt(ctx, head + 2) === 'known' && lowerAt(ctx, head + 3) === 'as' && ctx.tokens[head + 4]?.cap
    ? head + 4
    : -1;
}
/** Decisions taken that a following "to end" reports ("voted to end", "decided to terminate"). */
const DECIDED = new Set(['voted', 'decided', 'agreed', 'votes', 'decides', 'agrees']);

/** How many words (dates aside) before its "to" a decision may stand ("votes 14–0, with Russia abstaining, to end"). */
const VOTED_REACH = 10;
/** Words that end the search for a decision before "to end" (another clause's verb or a refusal). */
const NOT_VOTED = new Set(['against', 'not', 'refused', 'rejected', '.', ';', 'plan', 'proposal', 'whether']);

/** Verbs of an order whose object takes the participle of its dissolution ("ordered the parliament dissolved"). */
const ORDERING_VERBS = new Set(['ordered', 'ruled']);
/** Participles such an order may give its object. */
const ORDERED_PARTICIPLES = new Set(['dissolved', 'disbanded', 'abolished', 'liquidated']);
/** How many words the ordered object may take ("the Islamist-led lower house"). */
const ORDERED_OBJECT_WORDS = 5;

/**
 * Whether the participle at t completes an order's object: "the court ordered the parliament dissolved", "ruled the
 * assembly dissolved" — an ordering verb, then a determiner-led object of plain words, then the participle.
 */
function orderedDissolved(ctx: ArticleContext, s: Sentence, t: number): boolean {
  if (!ORDERED_PARTICIPLES.has(lowerAt(ctx, t))) return false;
  for (let j = t - 1; j > s.first && j >= t - 1 - ORDERED_OBJECT_WORDS; j--) {
    const tok = ctx.tokens[j]!;
    if (ORDERING_VERBS.has(tok.lower)) return j < t - 1 && INSTITUTION_NOUNS.has(lowerAt(ctx, t - 1));
    if (tok.kind === 'punct' && tok.text !== '-' && tok.lower !== "'s" && tok.lower !== '’s') return false;
  }
  return false;
}

function votedTo(ctx: ArticleContext, t: number): boolean {
  return decisionBefore(ctx, t) >= 0;
}

/** Where the decision ("voted", "decided") whose "to" stands right before the verb at t is, else -1. */
function decisionBefore(ctx: ArticleContext, t: number): number {
  if (lowerAt(ctx, t - 1) !== 'to') return -1;
  // "agreed in Budapest a few days earlier, on June 28, to disband itself": the reach counts words outside dates.
  let reach = VOTED_REACH - 1;
  for (let j = t - 2; j >= 0 && reach > 0; j--) {
    const w = lowerAt(ctx, j);
    if (DECIDED.has(w)) return j;
    if (NOT_VOTED.has(w) || ctx.tokens[j]!.sentence !== ctx.tokens[t]!.sentence) return -1;
    if (!ctx.inDate[j] && ctx.tokens[j]!.kind !== 'punct') reach--;
  }
  return -1;
}

/** Tokens after an active dissolution verb that show it has no object. */
const INTRANSITIVE_ENDS = new Set([
  ...[',', ';', ':', '.', 'and', 'but', 'into'],
  // "dissolved after World War I", "dissolved in 1831": a preposition opens no object.
  ...['after', 'in', 'on', 'at', 'by', 'during', 'before', 'following', 'when', 'with', 'under', 'amid', 'as'],
  ...[
    'since',
    'until',
    'within',
    'upon',
    'over',
    'without',
    'because',
    'due',
    'across',
    'throughout',
    'among',
    'around',
  ],
]);

function dissolutionAt(ctx: ArticleContext, s: Sentence, t: number): Candidate[] {
  const w = lowerAt(ctx, t);
  const prev = lowerAt(ctx, t - 1);
  let objectFrom = t + 1;
  let described: string | undefined;
  let passive = false;
  // "ceased to function": said of a body by name; "its government ceased to function" is a state of affairs.
  let functioning = false;
  let complement = false;
  if (DISMANTLE_VERBS.has(w)) {
    // "ETA announced that it had "completely dismantled" all its structures": a body's own whole, never a camp or a
    // network ("dismantled the camps").
    objectFrom = QUOTE_MARKS.has(lowerAt(ctx, t + 1)) ? t + 2 : t + 1;
    if (!ownStructuresAt(ctx, objectFrom)) return [];
  } else if (w === 'ceased' || w === 'cease' || w === 'ceases') {
    // "ceased to exist", "ceased operations", "ceased to function": the body itself ends.
    const next = lowerAt(ctx, t + 1);
    const operations = next === 'operations' || (next === 'to' && lowerAt(ctx, t + 2) === 'function');
    if (!operations && (next !== 'to' || lowerAt(ctx, t + 2) !== 'exist')) return [];
    // "ceased to exist as a fighting force": defeat described, not a body dissolved.
    if (lowerAt(ctx, t + 3) === 'as') return [];
    functioning = next === 'to' && lowerAt(ctx, t + 2) === 'function';
    passive = true;
  } else if (w === 'wind' || w === 'wound' || w === 'winding') {
    let k = t + 1;
    while (k < t + PARTICLE_REACH && k < s.last && lowerAt(ctx, k) !== 'up') k++;
    if (lowerAt(ctx, k) !== 'up') return [];
    if (k > t + 1) objectFrom = t + 1;
    else objectFrom = t + 2;
    // "The Commission was wound up in 1952": the subject is what ends.
    if (w === 'wound' && verbGroup(ctx, s, t).passive) passive = true;
  } else if ((w === 'terminated' || w === 'ended') && verbGroup(ctx, s, t).passive) {
    // "The mission was terminated in June 1964": the subject is what ends.
    passive = true;
  } else if (ENDING_VERBS.has(w)) {
    // Only operations and missions end by decision: "ends Operation Barkhane", "ended the mandate of UNMIL"; a base
    // form only as what a vote decided ("voted to end MINUSMA").
    if ((w === 'end' || w === 'terminate' || w === 'close') && !votedTo(ctx, t)) return [];
    // "the mandate of the United Nations … Mission in Mali", "the combat mission of the International Security
    // Assistance Force": a mandate or mission is a mission's, whatever its name.
    const partOf = missionPartOf(ctx, t);
    const mandateOf = partOf >= 0;
    if (mandateOf) objectFrom = partOf;
    // "the mandate of the mission, known as MINUSMA,": the name it is known as.
    const knownAs = mandateOf ? knownAsAfter(ctx, objectFrom) : -1;
    if (knownAs >= 0) objectFrom = knownAs;
    // "voted to end the UNITAMS mission": the mission's name after its determiner.
    if (lowerAt(ctx, objectFrom) === 'the' && mentionAtToken(ctx, objectFrom + 1)?.first === objectFrom + 1)
      objectFrom++;
    const next = ctx.tokens[objectFrom];
    const m = mentionAtToken(ctx, objectFrom);
    const mission = !!m && m.first === objectFrom && m.entry.kind === 'org' && !!m.entry.area;
    // A mandate's holder by its own name; "the mandate of their mission" is read by the clause reader.
    const namedHolder = mandateOf && !!next?.cap;
    // "voted to end the peacekeeping mission in Haiti": the mission the article names for that place.
    described = !mission && !namedHolder ? missionDescribedAt(ctx, s, objectFrom) : undefined;
    // "signed Executive Order 9621, terminating the OSS effective October 1": an order terminating a named office or
    // agency ends it, as "terminated the Office of …" does.
    const office = TERMINATING.has(w) && officeNamedAt(ctx, objectFrom);
    if (!mission && !namedHolder && !described && !office && (!next || next.lower !== 'operation' || !next.cap))
      return [];
  } else if (w === 'declared' && DECLARED_ENDS.has(lowerAt(ctx, t + 1)) && verbGroup(ctx, s, t).passive) {
    // "The Western European Union was formally declared defunct".
    passive = true;
  } else if (w === 'declared' || w === 'declares' || w === 'declaring') {
    // "declared Operation Barkhane officially over", "declares the USSR dissolved", "a protocol declaring the Warsaw
    // Pact formally at an end".
    let k = t + 1;
    while (k < t + DECLARED_REACH && k < s.last && !declaredEnd(ctx, k)) k++;
    if (k >= t + DECLARED_REACH || k >= s.last) return [];
  } else if (orderedDissolved(ctx, s, t)) {
    // "The court ordered the parliament dissolved": the object of the order is what is dissolved.
    complement = true;
  } else if ((w === 'dissolved' || w === 'disbanded' || w === 'abolished') && adjectivalParticiple(ctx, t)) {
    return []; // adjective: "the dissolved chamber"
  } else if (
    (w === 'dissolved' || w === 'disbanded' || w === 'abolished' || w === 'liquidated') &&
    verbGroup(ctx, s, t).passive
  ) {
    // "was dissolved", "was formally disbanded", "were themselves abolished".
    passive = true;
  }

  const from = clauseStart(ctx, t, s.first, BLOCKER_REACH);
  // "will be dissolved at midnight tonight": a "will" that fixes the dissolution for the report's day blocks nothing.
  const today = todayModal(ctx, s, t);
  // "… held a last parade before being disbanded": a "before" that opens the participle clause states what followed,
  // no condition; the clause before it is still read for blockers.
  const link = passive ? participleLink(ctx, s, t) : -1;
  const blocked =
    today >= 0
      ? blockedBetween(ctx, today + 1, t, ADVOCACY)
      : link > from
        ? blockedBetween(ctx, from, link, ADVOCACY) || blockedBetween(ctx, link + 1, t, ADVOCACY)
        : blockedBetween(ctx, from, t, ADVOCACY);
  if (blocked) return [];
  // "will hold a last parade before being disbanded": the main clause's modal rules the participle clause too.
  for (let j = from; j < link; j++) if (INFINITIVE_BLOCKERS.has(lowerAt(ctx, j)) && !monthMay(ctx, j)) return [];
  for (let j = Math.max(s.first, t - MODAL_REACH); j < t; j++)
    if (INFINITIVE_BLOCKERS.has(lowerAt(ctx, j)) && j !== today && !monthMay(ctx, j)) return [];
  // "to dissolve" and noun forms need a decision word: "voted to dissolve itself", "ordered the closure of".
  if (prev === 'to' || NOUN_FORMS.has(w)) {
    let decided = false;
    // "announced the suspension of the constitution and the dissolution of …": a noun joined to another shares its
    // decision word.
    const joinedNoun = NOUN_FORMS.has(w) && prev === 'the' && lowerAt(ctx, t - 2) === 'and';
    const reach = joinedNoun ? JOINED_NOUN_DECISION_REACH : DECISION_REACH;
    for (let j = Math.max(s.first, t - reach); j < t; j++) {
      if (lowerAt(ctx, j) === ';') decided = false;
      else if (DECISION.has(lowerAt(ctx, j))) decided = true;
    }
    if (votedTo(ctx, t)) decided = true;
    if (NOUN_FORMS.has(w) && ['its', 'their'].includes(prev) && !decided) return [];
    if (!decided) return [];
  }

  let entities: string[] = [];
  if (complement) {
    const object = subjectBefore(ctx, s, t, true);
    if (object) entities = [object];
  } else if (
    lowerAt(ctx, t + 1) === 'itself' ||
    lowerAt(ctx, t + 1) === 'themselves' ||
    passive ||
    ownStructuresAt(ctx, objectFrom)
  ) {
    // "ETA completely dissolved all its structures": the subject stands before the verb's adverbs; "ETA announced
    // that it had dissolved …": "it" is the body that speaks.
    // "voted at a congress on May 7 to dissolve itself": the subject stands before the decision, never inside the
    // phrase between the decision and its "to".
    const decision = passive ? -1 : decisionBefore(ctx, t);
    const verbFirst = passive ? t : verbGroup(ctx, s, decision >= 0 ? decision : t).first;
    const subj = subjectBefore(ctx, s, speakerFor(ctx, s, verbFirst));
    if (subj) entities = [subj];
    // "The Northern Rifles held a last parade in May 1990 before being disbanded": a participle clause's subject is
    // the main clause's.
    const main = link >= 0 && !subj ? participleClauseSubject(ctx, s, link) : undefined;
    if (main) entities = [main];
    // "All the institutions of the republic are dissolved: the government, the Senate, …": the bodies listed.
    if (passive && lowerAt(ctx, t + 1) === ':') entities = sharedNameHeads(ctx, objectList(ctx, s, t + 2));
  } else if (NOUN_FORMS.has(w)) {
    // "The separatist group FLNC announces the dissolution of all its structures": the body that decided dissolves
    // its own whole.
    if (lowerAt(ctx, t + 1) === 'of' && ownStructuresAt(ctx, t + 2)) {
      const subj = decisionSubject(ctx, s, t);
      if (subj) entities = [subj];
    } else if (lowerAt(ctx, t + 1) === 'of') entities = objectList(ctx, s, t + 2, true);
    else if (prev === "'s" || prev === '’s') {
      const subj = subjectBefore(ctx, s, t - 1, true);
      if (subj) entities = [subj];
    } else if (prev === 'its' || prev === 'their') {
      // "The PKK announced its dissolution", "its self-dissolution": the subject of the decision dissolves itself.
      const subj = decisionSubject(ctx, s, t);
      if (subj) entities = [subj];
    }
  } else if (!INTRANSITIVE_ENDS.has(lowerAt(ctx, objectFrom))) {
    // "the Soviet Union dissolved, and the United States …": an intransitive use has no object to read.
    entities = objectList(ctx, s, objectFrom);
    // "the members of the Warsaw Pact signed a protocol formally dissolving it": the body the clause names.
    if (!entities.length && lowerAt(ctx, objectFrom) === 'it' && INSTRUMENT_PARTICIPLES.has(w)) {
      const named = bodyNamedBefore(ctx, s, t);
      if (named) entities = [named];
    }
  }
  if (described) entities = [described];
  if (functioning) entities = entities.filter((name) => name !== name.toLowerCase());
  // "The Mutual Defense Treaty was terminated": an instrument ends, not a body.
  entities = entities.filter((name) => !INSTRUMENT_HEADS.has(name.slice(name.lastIndexOf(' ') + 1).toLowerCase()));
  if (!entities.length) return [];

  // Dates: "from January 1, 2024" / "effective" / "as of" → effective; the other stated date → decision.
  const dates = ctx.dates[s.index] ?? [];
  let effectiveOn: string | undefined;
  for (const d of dates) {
    // "effective from the 1st of August 1958": past the article.
    const at = lowerAt(ctx, d.first - 1) === 'the' ? d.first - 1 : d.first;
    const before = lowerAt(ctx, at - 1);
    const before2 = lowerAt(ctx, at - 2);
    // "will dissolve itself by 1 January 2024": the day by which it takes effect.
    if (
      d.first > t &&
      (before === 'from' || before === 'effective' || before === 'by' || (before2 === 'as' && before === 'of'))
    )
      // The first such date is the one the clause states ("as of Friday … by Dec. 31": a later deadline is another's).
      // A year-less one lies ahead of the report.
      effectiveOn ??=
        d.explicitYear || d.anchored || !resolvedFromReport(ctx, d.value) ? d.value : nextYearIfBefore(d.value, ctx);
    // "voted to end the mandate of UNMIL on 30 March": the day a decided ending takes effect lies ahead; a weekday
    // ("voted to dissolve parliament on Monday") is the day of the vote.
    else if (d.first > t && prev === 'to' && before === 'on' && !d.explicitYear && !d.anchored)
      effectiveOn = resolvedFromReport(ctx, d.value) ? nextYearIfBefore(d.value, ctx) : d.value;
  }
  let immediate = false;
  for (let j = t; j < s.last - 1; j++)
    if (lowerAt(ctx, j) === 'immediate' && lowerAt(ctx, j + 1) === 'effect') immediate = true;
  const decided = dateNear(ctx, s, t, { skip: (v) => v === effectiveOn, shortlyAfterIsOwn: true });
  const decidedOn = decided.value ?? undefined;
  if (immediate && decidedOn) effectiveOn = decidedOn;
  const occurredOn = effectiveOn ?? decided.value;
  const span = evidenceSpan(s);
  return entities.map((surface) => ({
    type: 'EntityDissolved' as const,
    entity: { name: canonicalEntity(surface), surface },
    occurredOn,
    dateSource: effectiveOn ? ('stated' as const) : decided.source,
    ...(decidedOn ? { decidedOn } : {}),
    ...(effectiveOn ? { effectiveOn } : {}),
    sentence: s.index,
    ...span,
    confidence: PATTERN_CONFIDENCE,
  }));
}

/** Lower-case words inside a name ("Army of the Republic", "Front for Democracy"). */
const NAME_LINKS = new Set(['of', 'for', 'and', 'the']);
/** The subject of the decision word within reach before the verbal noun at t ("The PKK announced its dissolution"). */
function decisionSubject(ctx: ArticleContext, s: Sentence, t: number): string | undefined {
  let d = t - 2;
  while (d > s.first && d > t - DECISION_REACH && !DECISION.has(lowerAt(ctx, d))) d--;
  return DECISION.has(lowerAt(ctx, d)) ? subjectBefore(ctx, s, d) : undefined;
}

/** How many tokens the name opening a sentence may take ("The Rhodesian Light Infantry"). */
const OPENING_NAME_TOKENS = 10;
/** Subordinators of a participle clause whose unstated subject is the main clause's ("before being disbanded"). */
const PARTICIPLE_CLAUSE_LINKS = new Set(['before', 'after']);

/** Where the "before"/"after" of "before being [formally] disbanded" stands for the participle at t, else -1. */
function participleLink(ctx: ArticleContext, s: Sentence, t: number): number {
  let being = t - 1;
  while (being > s.first && lowerAt(ctx, being) !== 'being' && VERB_GROUP.has(lowerAt(ctx, being))) being--;
  return lowerAt(ctx, being) === 'being' && PARTICIPLE_CLAUSE_LINKS.has(lowerAt(ctx, being - 1)) ? being - 1 : -1;
}

/**
 * "The Northern Rifles held a last parade in May 1990 before being disbanded": for the "before"/"after" at `link`
 * (from `participleLink`), the name that opens the sentence as the subject of its own verb; else undefined.
 */
function participleClauseSubject(ctx: ArticleContext, s: Sentence, link: number): string | undefined {
  const being = link + 1;
  let k = afterDateline(ctx, s);
  if (lowerAt(ctx, k) === 'the') k++;
  const opening = k;
  while (
    k < being &&
    k < opening + OPENING_NAME_TOKENS &&
    (ctx.tokens[k]!.cap || (NAME_LINKS.has(lowerAt(ctx, k)) && ctx.tokens[k + 1]?.cap))
  )
    k++;
  // The name must be followed by its own verb, a lower-case word.
  const verb = ctx.tokens[k];
  if (k === opening || !verb || verb.kind !== 'word' || verb.cap) return undefined;
  return subjectBefore(ctx, s, k);
}

/** Days a report may fix a dissolution for as certain as done ("tonight", "today"). */
const SAME_DAY = new Set(['tonight', 'today']);
/** How far after its participle that day may stand ("dissolved at midnight tonight"). */
const SAME_DAY_REACH = 4;

/**
 * "The Federation … will be formally dissolved at midnight tonight": a passive "will be" whose day is the report's own
 * states a dissolution fixed as fact, not a plan. Where that "will" stands before the verb at t, else -1.
 */
function todayModal(ctx: ArticleContext, s: Sentence, t: number): number {
  let modal = -1;
  for (let j = Math.max(s.first, t - MODAL_REACH); j < t; j++) if (lowerAt(ctx, j) === 'will') modal = j;
  if (modal < 0 || lowerAt(ctx, modal + 1) !== 'be' || !verbGroup(ctx, s, t).passive) return -1;
  for (let j = t + 1; j < s.last && j <= t + SAME_DAY_REACH; j++) if (SAME_DAY.has(lowerAt(ctx, j))) return modal;
  return -1;
}

/** How many words may describe a mission before its head ("the U.N. peacekeeping mission in"). */
const MISSION_DESCRIPTION_WORDS = 4;

/**
 * "the peacekeeping mission in Haiti": a mission described by the place it serves in, named as the mission the
 * article mentions anywhere for that place ("MINUSTAH"); undefined where it names none.
 */
function missionDescribedAt(ctx: ArticleContext, s: Sentence, i: number): string | undefined {
  let j = lowerAt(ctx, i) === 'the' ? i + 1 : i;
  const limit = j + MISSION_DESCRIPTION_WORDS;
  while (j < s.last && j < limit && lowerAt(ctx, j) !== 'mission') j++;
  if (lowerAt(ctx, j) !== 'mission') return undefined;
  const served = placesServed(ctx, s, j + 1);
  if (!served.length) return undefined;
  for (const m of ctx.mentions) {
    const area = m.entry.kind === 'org' ? m.entry.area : undefined;
    if (area && served.some((p) => area.name === p.name || (!!area.code && area.code === p.code)))
      return ctx.text.slice(ctx.tokens[m.first]!.start, ctx.tokens[m.last - 1]!.end);
  }
  return undefined;
}

/** Prepositions after "mission" that open the place it serves ("in Haiti", "on the border between A and B"). */
const SERVED_PREPOSITIONS = new Set(['in', 'on', 'along']);
/** How many tokens the phrase of the place served may take ("on the disputed border between Ethiopia and Eritrea"). */
const SERVED_PHRASE_TOKENS = 8;

/**
 * The places named in the phrase after a mission's head at `at`: "in Haiti", or "on the disputed border between
 * Ethiopia and Eritrea" (either state), up to the phrase's first punctuation.
 */
function placesServed(ctx: ArticleContext, s: Sentence, at: number): NonNullable<ReturnType<typeof placeOf>>[] {
  const w = lowerAt(ctx, at);
  if (!SERVED_PREPOSITIONS.has(w)) return [];
  const out: NonNullable<ReturnType<typeof placeOf>>[] = [];
  // "in Haiti": the place right after "in"; "on"/"along" only with a border ("on the border between …").
  const reach = w === 'in' ? at + 1 : at + SERVED_PHRASE_TOKENS;
  let border = w === 'in';
  for (let j = at + 1; j < s.last && j <= reach; j++) {
    if (ctx.tokens[j]!.kind === 'punct') break;
    if (lowerAt(ctx, j) === 'border' || lowerAt(ctx, j) === 'frontier') border = true;
    const m = mentionAtToken(ctx, j);
    const place = m && m.first === j ? placeOf(m.entry) : undefined;
    if (place) out.push(place);
    if (m) j = Math.max(j, m.last - 1);
  }
  return border ? out : [];
}

/** Whether a year-less date took its year from the report's own date (the year of it or the one before). */
function resolvedFromReport(ctx: ArticleContext, value: string): boolean {
  const report = ctx.referenceDate;
  return !!report && Number(report.slice(0, 4)) - Number(value.slice(0, 4)) <= 1;
}

/** The dissolved objects: "Iraq's armed forces, including ... Republican Guard, together with the Ministry of Defence". */
/** How many words the speaker of an attribution may take ("the official Korean Central News Agency (KCNA)"). */
const ATTRIBUTION_WORDS = 10;

/** Whether a speaker and a reporting verb start at i (", the official news agency said"). */
function attributionAt(ctx: ArticleContext, s: Sentence, i: number): boolean {
  for (let j = i; j < s.last && j <= i + ATTRIBUTION_WORDS; j++) {
    const w = lowerAt(ctx, j);
    if (REPORTING.has(w)) return j > i;
    if (w === ',' || w === ';' || w === 'and') return false;
  }
  return false;
}

function objectList(ctx: ArticleContext, s: Sentence, from: number, ofList = false): string[] {
  const out: string[] = [];
  let j = from;
  for (let guard = 0; guard < MAX_OBJECTS && j < s.last; guard++) {
    const split = j;
    while (j < s.last && (LIST_SPLIT.has(lowerAt(ctx, j)) || lowerAt(ctx, j) === 'with')) j++;
    // "the dissolution of the party, of the army and of the assembly": a noun's "of" may open each item again.
    if (ofList && j > split && lowerAt(ctx, j) === 'of') j++;
    // "dissolving the League and transferring its buildings, including the Palais": "and" before a verb joins a
    // second predicate, whose objects are not dissolved.
    if (j > split && lowerAt(ctx, j - 1) === 'and' && !ctx.tokens[j]?.cap && posOf(lowerAt(ctx, j)) === 'verb') break;
    // "the defence and information ministries": one body per modifier of a shared plural head.
    const shared = sharedPluralHead(ctx, s, j);
    if (shared) {
      out.push(...shared.names);
      j = shared.last;
      if (!LIST_SPLIT.has(lowerAt(ctx, j))) break;
      continue;
    }
    const np = nounPhrase(ctx, s, j);
    if (!np) break;
    // "abolishing the Tokugawa shogunate": a lower-case head of a polity is part of its name.
    const polity = !ctx.tokens[np.last]?.cap && POLITY_LOWER_HEADS.has(lowerAt(ctx, np.last));
    const name = resolve(ctx, s, np.first, polity ? np.last + 1 : np.last);
    const appositive =
      out.length > 0 &&
      lowerAt(ctx, np.first - 1 - (lowerAt(ctx, np.first - 1) === 'the' ? 1 : 0)) === ',' &&
      (ownedDescription(ctx, np.first, np.last) || describedHeadAfter(ctx, s, np.last));
    const headEnd = afterLowerHead(ctx, s, np.last);
    // "the Federal Migration Service (FMS) and …": an acronym in brackets after the name.
    const end = lowerAt(ctx, headEnd) === '(' && lowerAt(ctx, headEnd + 2) === ')' ? headEnd + 3 : headEnd;
    // "…, and Law No. 34 of 20 August 1946 dissolved the army": a later name with its own verb opens a new clause.
    if (out.length > 0 && verbFollowsName(ctx, s, end)) break;
    // "dissolved Move Forward's predecessor, Future Forward,": a description whose name follows set off by a comma.
    const namedAfter =
      out.length === 0 &&
      lowerAt(ctx, end) === ',' &&
      !!ctx.tokens[end + 1]?.cap &&
      ownedDescription(ctx, np.first, np.last);
    // "wound up its peacekeeping operation, the UN Mission of Support in X,": an owner's own mission, named after.
    const ownMission =
      out.length === 0 &&
      lowerAt(ctx, end) === ',' &&
      lowerAt(ctx, end + 1) === 'the' &&
      !!ctx.tokens[end + 2]?.cap &&
      ownMissionDescription(ctx, np.first, np.last);
    if (namedAfter || ownMission) {
      j = ownMission ? end + 2 : end + 1;
      continue;
    }
    if (name && !appositive) out.push(name);
    j = end;
    // "the army, air force and navy": the services listed in lower case after a service are bodies too.
    const sisters = name && !appositive ? sisterServices(ctx, { name, last: end }) : undefined;
    if (sisters) {
      out.push(...sisters.names);
      j = sisters.last;
    }
    // "both houses of parliament, …": an unnamed description runs on in lower case to its comma.
    if (!name && out.length === 0) j = lowerRunEnd(ctx, s, j);
    // "the People's Assembly formed under the old regime, the army …": a participle phrase after an item, up to its
    // comma, where the list goes on after it.
    if (name) j = pastReducedRelative(ctx, s, j);
    const w = lowerAt(ctx, j);
    if (!LIST_SPLIT.has(w)) break;
    // "dissolved both houses of parliament, the People's Assembly and the Shura Council": an unnamed description
    // opens the list only where named items follow it, joined to the end by "and".
    if (out.length === 0 && !(w === ',' && listGoesOn(ctx, s, j + 1))) break;
    // After a comma the list goes on only with another name, not a new verb phrase ("..., promises new posture").
    if (w === ',') {
      const n = ctx.tokens[j + 1];
      const listWords = ['the', 'its', 'their', 'including', 'together', 'and', 'as', 'along'];
      if (!n || !(n.cap || listWords.includes(n.lower) || (ofList && n.lower === 'of'))) break;
      // "… and the Kumgangsan Tourism Administration, the official news agency said": the speaker after the list.
      if (attributionAt(ctx, s, j + 1)) break;
      if (describesBefore(ctx, s, j + 1) && !listGoesOn(ctx, s, j + 1)) break;
    }
  }
  return out;
}

/** Prepositions that open the phrase of a participle after a listed item ("formed under", "set up in"). */
const REDUCED_RELATIVE_PREPOSITIONS = new Set(['under', 'by', 'in', 'during', 'after', 'since']);
/** How many tokens such a participle phrase may take before its comma. */
const REDUCED_RELATIVE_TOKENS = 8;
/** A past participle in lower case ("formed", "chosen"). */
const PAST_PARTICIPLE = /^[a-z]+(?:ed|en)$/;

/**
 * "the People's Assembly formed under the defunct regime, the army of the former regime and …": after an item ending
 * at i, a past participle and its prepositional phrase in lower case run to a comma after which the list goes on
 * (another item, then "and" or a comma); the comma, else i.
 */
function pastReducedRelative(ctx: ArticleContext, s: Sentence, i: number): number {
  if (!PAST_PARTICIPLE.test(lowerAt(ctx, i)) || ctx.tokens[i]!.cap) return i;
  if (!REDUCED_RELATIVE_PREPOSITIONS.has(lowerAt(ctx, i + 1))) return i;
  for (let j = i + 2; j < s.last && j <= i + REDUCED_RELATIVE_TOKENS; j++) {
    if (lowerAt(ctx, j) === ',') return listGoesOn(ctx, s, j + 1) ? j : i;
    if (ctx.tokens[j]!.kind !== 'word' && ctx.tokens[j]!.kind !== 'number') return i;
  }
  return i;
}

/**
 * ", Saddam's elite units,": a person's or body's possessive before lower-case words, with no institution as its
 * head, describes the item before it ("Iraq's army", with a state as owner, names a body).
 */
function ownedDescription(ctx: ArticleContext, first: number, last: number): boolean {
  // The owner is a person or a body, never a state ("Iraq's army" names the body).
  const owner = mentionAtToken(ctx, first);
  // An owner the gazetteer does not know runs over its capitalized words ("Move Forward's predecessor").
  let ownerEnd = owner && owner.first === first ? owner.last : first + 1;
  if (!owner) while (ownerEnd < last && ctx.tokens[ownerEnd]!.cap && ctx.tokens[ownerEnd]!.kind === 'word') ownerEnd++;
  // A state's own army or police named after it is a body; "Russia's best-known human rights group" describes.
  const stateBody = owner?.entry.kind === 'state' && STATE_BODY_HEADS.has(lowerAt(ctx, last - 1));
  if (owner && owner.entry.kind !== 'leader' && (owner.entry.kind !== 'state' || stateBody)) return false;
  const possessive = lowerAt(ctx, ownerEnd) === "'s" || lowerAt(ctx, ownerEnd) === '’s';
  if (!possessive || !ctx.tokens[first]!.cap) return false;
  for (let j = ownerEnd + 1; j < last; j++) if (ctx.tokens[j]!.cap) return false;
  return !INSTITUTION_NOUNS.has(lowerAt(ctx, last - 1));
}

/** "its peacekeeping operation": an owner's own mission in lower-case words after "its"/"their". */
function ownMissionDescription(ctx: ArticleContext, first: number, last: number): boolean {
  const owner = lowerAt(ctx, first - 1);
  if (owner !== 'its' && owner !== 'their') return false;
  for (let j = first; j < last; j++) if (ctx.tokens[j]!.cap || ctx.tokens[j]!.kind !== 'word') return false;
  return MISSION_NOUNS.has(lowerAt(ctx, last - 1));
}

/** Heads of a description set off after a name (", the UN peacekeeping mission in Mali"). */
const DESCRIPTION_HEADS = new Set([
  'mission',
  'force',
  'operation',
  'alliance',
  'organization',
  'organisation',
  'bloc',
]);
/** How many lower-case words may describe such a head ("peacekeeping", "military"). */
const DESCRIPTION_WORDS = 2;

/** Whether lower-case words and a description head follow a name ending at i ("UN peacekeeping mission"). */
function describedHeadAfter(ctx: ArticleContext, s: Sentence, i: number): boolean {
  return lowerHeadEnd(ctx, s, i, DESCRIPTION_HEADS, DESCRIPTION_WORDS) >= 0;
}

/** After lower-case words from i, where one of `heads` ends them within `reach` words ("intelligence service"), else -1. */
function lowerHeadEnd(ctx: ArticleContext, s: Sentence, i: number, heads: Set<string>, reach: number): number {
  for (let j = i; j < s.last && j <= i + reach; j++) {
    const t = ctx.tokens[j]!;
    if (t.kind !== 'word' || t.cap) return -1;
    if (heads.has(t.lower)) return j + 1;
  }
  return -1;
}

/** How far an unnamed description may run on to its comma ("houses of parliament"). */
const DESCRIPTION_RUN = 4;

/** Where a run of lower-case words from i ends at a comma within reach, else i. */
function lowerRunEnd(ctx: ArticleContext, s: Sentence, i: number): number {
  for (let j = i; j < s.last && j <= i + DESCRIPTION_RUN; j++) {
    if (lowerAt(ctx, j) === ',') return j;
    if (ctx.tokens[j]!.kind !== 'word' || ctx.tokens[j]!.cap) return i;
  }
  return i;
}

/** Heads that after a state's possessive name that state's own body ("Iraq's army", "Egypt's police"). */
const STATE_BODY_HEADS = new Set([...INSTITUTION_NOUNS, 'forces', 'police', 'guard', 'service', 'agency', 'agencies']);

/** Nouns that name a post by the title after their "of" ("the position of Under Secretary for …"). */
const POST_NOUNS = new Set(['position', 'post', 'office']);
/** How many tokens a post's title may take ("Under Secretary of State for Economic Affairs"). */
const POST_TITLE_TOKENS = 10;

/** The title after "the position/post/office of" that ends at `end`, or undefined. */
function postTitleEndingAt(ctx: ArticleContext, s: Sentence, end: number): string | undefined {
  for (let j = end; j > s.first + 1 && j > end - POST_TITLE_TOKENS; j--) {
    if (lowerAt(ctx, j - 1) === 'of' && POST_NOUNS.has(lowerAt(ctx, j - 2)) && ctx.tokens[j]!.cap)
      return ctx.text.slice(ctx.tokens[j]!.start, ctx.tokens[end]!.end);
    const t = ctx.tokens[j]!;
    if (!t.cap && !['of', 'for', 'and', 'the', 'on'].includes(t.lower)) return undefined;
  }
  return undefined;
}

/** Lower-case heads a body's name may take after it ("the Mukhabarat intelligence service", "the X militia"). */
const LOWER_NAME_HEADS = new Set(['militia', 'service', 'police', 'unit', 'units', 'brigade', 'group', 'agency']);
/** Lower-case heads naming a polity with the name before them ("the Tokugawa shogunate", "the Qing dynasty"). */
const POLITY_LOWER_HEADS = new Set(['shogunate', 'dynasty', 'monarchy', 'caliphate', 'khanate', 'sultanate']);
/** How many lower-case words may stand before such a head ("intelligence service", "secret police"). */
const LOWER_HEAD_WORDS = 2;

/** After a name ending at i: past a lower-case head of it ("Mukhabarat intelligence service"), else i. */
function afterLowerHead(ctx: ArticleContext, s: Sentence, i: number): number {
  const end = lowerHeadEnd(ctx, s, i, LOWER_NAME_HEADS, LOWER_HEAD_WORDS);
  return end < 0 ? i : end;
}

/**
 * ", the political wing of the Muslim Brotherhood": an appositive describing the name before it — "the", a
 * lower-case noun, then "of" and a name — is no second object.
 */
function describesBefore(ctx: ArticleContext, s: Sentence, i: number): boolean {
  if (lowerAt(ctx, i) !== 'the') return false;
  let j = i + 1;
  while (j < s.last && j < i + APPOSITIVE_WORDS && ctx.tokens[j]!.kind === 'word' && !ctx.tokens[j]!.cap) {
    if (lowerAt(ctx, j) === 'of') return (j > i + 1 && !!ctx.tokens[j + 1]?.cap) || lowerAt(ctx, j + 1) === 'the';
    j++;
  }
  return false;
}
/**
 * "the Senate, the army of the old regime, the Liberal Party and …": a described phrase followed by a further item and
 * "and" is a list item, not an appositive.
 */
function listGoesOn(ctx: ArticleContext, s: Sentence, i: number): boolean {
  const np = nounPhrase(ctx, s, i);
  if (!np) return false;
  const w = lowerAt(ctx, np.last);
  const n = ctx.tokens[np.last + 1];
  return (w === ',' || w === 'and') && !!n && (n.cap || ['the', 'its', 'their'].includes(n.lower));
}

/** How many lower-case words an appositive's head may take before its "of". */
const APPOSITIVE_WORDS = 5;

/** A noun phrase from token i: determiners, possessors, adjectives, capitalized names with "of/the" inside. */
/** [first, last) is one state's name ("Iraq"), which before a common noun only modifies it. */
function stateNameOnly(ctx: ArticleContext, first: number, last: number): boolean {
  const m = mentionAtToken(ctx, first);
  return !!m && m.first === first && m.last === last && (m.entry.kind === 'state' || m.entry.kind === 'demonym');
}

/** Lower-case words that may stand inside a capitalized entity name. */
const NAME_INNER_WORDS = new Set([
  'of',
  'the',
  'and',
  'for',
  'on',
  'de',
  'in',
  'to',
  'al',
  'el',
  'ut',
  'ul',
  'ud',
  "'s",
  '’s',
]);

/** Determiners that point back to a body named before ("that organisation"). */
const DEMONSTRATIVES = new Set(['that', 'this']);
/** Adverbs of time that may follow a verb's object ("disbanded the organization later that year"). */
const TIME_ADVERBS = new Set(['later', 'earlier', 'yesterday', 'today', 'tonight', 'shortly', 'soon', 'thereafter']);

function nounPhrase(ctx: ArticleContext, s: Sentence, i: number): { first: number; last: number } | undefined {
  let j = i;
  while (j < s.last && ['the', 'its', 'their', 'a', 'an'].includes(lowerAt(ctx, j))) j++;
  // "dissolving that organisation": a demonstrative before a reference noun is its determiner.
  if (DEMONSTRATIVES.has(lowerAt(ctx, j)) && ENTITY_ANAPHORS.has(lowerAt(ctx, j + 1)) && !ctx.tokens[j + 1]!.cap) j++;
  // "the anti-government Popular Front": a leaning before the name is not part of it.
  j = afterLeaning(ctx, j);
  // "the previous cabinet": which sitting of a body is not part of its name.
  while (j < s.last && WHEN_WORDS.has(lowerAt(ctx, j))) j++;
  // "the 36-year-old military alliance": its age is not part of what the body is called.
  j = pastAge(ctx, j);
  // "the opposition Move Forward Party", "the banned Muslim Brotherhood": a description before a name is not part of it.
  for (let k = 0; k < MAX_DESCRIPTORS && descriptorBeforeName(ctx, j); k++) j++;
  const first = j;
  let possessed = false;
  let missionNamed = false;
  const placeAt = (k: number) => {
    const m = mentionAtToken(ctx, k);
    return !!m && (m.entry.kind === 'state' || m.entry.kind === 'place') && (m.first === k || m.last === k + 1);
  };
  while (j < s.last && j < first + MAX_PHRASE_TOKENS) {
    const t = ctx.tokens[j]!;
    const w = t.lower;
    // "the U.N. Mission in Ethiopia and Eritrea": a mission named for its places is one name, "and" and all.
    const mission = mentionAtToken(ctx, j);
    if (mission && mission.first === j && mission.entry.kind === 'org' && mission.entry.area) {
      j = mission.last;
      continue;
    }
    // "the UN Mission of Support": a mission's head read so far, whose complement may run on before its place.
    if (t.cap && MISSION_NOUNS.has(w)) missionNamed = true;
    // "the United Nations … Stabilization Mission in Mali", "the Multinational Force in Lebanon", "the UN Mission of
    // Support in East Timor": the place a mission serves in is part of its name.
    if (w === 'in' && ctx.tokens[j - 1]?.cap && missionNamed && ctx.tokens[j + 1]?.cap && !ctx.inDate[j + 1]) {
      // One place only: "… in East Timor in May" ends at the date.
      missionNamed = false;
      j++;
      continue;
    }
    // "the Bureau of Refugees, Freedmen, and Abandoned Lands": a list inside the name after its "of".
    const listEnd = w === ',' ? ofListEnd(ctx, first, j, s.last) : -1;
    if (listEnd > 0) {
      j = listEnd;
      break;
    }
    // "the National League for Democracy", "the Council for Development": "for" between capitals is inside the name.
    // "the Committee for the Defence of the Revolution": and its article before a capital.
    const forInName =
      w === 'for' &&
      !!ctx.tokens[j - 1]?.cap &&
      (!!ctx.tokens[j + 1]?.cap || (lowerAt(ctx, j + 1) === 'the' && !!ctx.tokens[j + 2]?.cap)) &&
      ctx.tokens[first]!.cap;
    // "disbanded the organization later that year": a time adverb in lower case ends the object.
    if (TIME_ADVERBS.has(w) && !t.cap) break;
    if (STOP.has(w) && !(w === 'of' && ctx.tokens[j + 1]?.cap) && !forInName) {
      if (w !== 'of') break;
    }
    if (w === 'of' && !(ctx.tokens[j + 1]?.cap || lowerAt(ctx, j + 1) === 'the')) break;
    // "Bureau of Educational and Cultural Affairs": "and" inside a capitalized name with "of".
    const andInName =
      w === 'and' &&
      ctx.tokens[j - 1]?.cap &&
      ctx.tokens[j + 1]?.cap &&
      ctx.tokens.slice(first, j).some((x) => x.lower === 'of');
    // "the U.N. Mission in Ethiopia and Eritrea": a body named for two places has both in its name.
    const placesInName =
      w === 'and' && ctx.tokens.slice(first, j).some((x) => x.lower === 'in') && placeAt(j - 1) && placeAt(j + 1);
    if (
      (w === 'and' && !andInName && !placesInName) ||
      w === 'including' ||
      w === 'together' ||
      w === 'along' ||
      w === 'plus' ||
      w === 'over' ||
      (DISSOLVE_VERBS.has(w) && j > first)
    )
      break;
    if (t.kind === 'punct' && !["'s", '’s', '-', "'", '’'].includes(w)) break;
    // "the Niger Armed Forces' special battalion": the name owns what follows; it is not what is dissolved.
    // "the Workers' Party": a plural possessive before a body's head is inside the name.
    if (pluralPossessive(ctx, j) && !(ctx.tokens[j + 1]?.cap && NAMED_BODY_HEADS.has(lowerAt(ctx, j + 1))))
      return undefined;
    // A capitalized name ends at the first lower-case word that cannot stand inside it ("… House ahead of …").
    // After a possessive the phrase is a common noun phrase ("Iraq's armed forces") and goes on.
    if (j > first && ctx.tokens[first]!.cap && t.kind === 'word' && !t.cap && !NAME_INNER_WORDS.has(w) && !possessed) {
      // "its Iraq reconstruction group": a name followed by a common noun only modifies it.
      if (modifiesNoun(ctx, j) && stateNameOnly(ctx, first, j)) return undefined;
      break;
    }
    // "the lower house of the Diet ahead of …": a lower-case word after the name ends it.
    if (j > first && t.kind === 'word' && !t.cap && !NAME_INNER_WORDS.has(w) && !possessed && ctx.tokens[j - 1]?.cap)
      break;
    // "Iraq's armed forces": after a possessive, a common noun phrase goes on; "X's National League" is a name.
    if (w === "'s" || w === '’s') possessed = !ctx.tokens[j + 1]?.cap;
    // A head noun followed by a name starts a relative clause: "the alliance Moscow had created".
    if (j >= first && !t.cap && (ENTITY_ANAPHORS.has(w) || INSTITUTION_NOUNS.has(w)) && ctx.tokens[j + 1]?.cap) {
      j++;
      break;
    }
    j++;
  }
  while (j > first && ['of', 'the', '-'].includes(lowerAt(ctx, j - 1))) j--;
  return j > first ? { first, last: j } : undefined;
}

/** Words of an age compound ("36-year-old", "70-years-old"), and how many tokens it takes. */
const AGE_UNITS = new Set(['year', 'years']);
const AGE_TOKENS = 5;

/** "the 36-year-old alliance": the token after an age compound at j, else j. */
function pastAge(ctx: ArticleContext, j: number): number {
  const age =
    ctx.tokens[j]?.kind === 'number' &&
    lowerAt(ctx, j + 1) === '-' &&
    AGE_UNITS.has(lowerAt(ctx, j + 2)) &&
    lowerAt(ctx, j + 3) === '-' &&
    lowerAt(ctx, j + 4) === 'old';
  return age ? j + AGE_TOKENS : j;
}

/** Heads of bodies whose names may open with a plural possessive ("Workers' Party", "Farmers' Union"). */
const NAMED_BODY_HEADS = new Set([
  'party',
  'union',
  'league',
  'council',
  'association',
  'front',
  'congress',
  'movement',
]);

/** How many lower-case words may describe a name before it ("the outlawed opposition …"). */
const MAX_DESCRIPTORS = 2;

/** A lower-case word at j that describes the capitalized name right after it ("opposition", "banned"). */
function descriptorBeforeName(ctx: ArticleContext, j: number): boolean {
  const t = ctx.tokens[j];
  const next = ctx.tokens[j + 1];
  if (!t || !next || t.kind !== 'word' || t.cap || next.kind !== 'word' || !next.cap || ctx.inDate[j + 1]) return false;
  return !INSTITUTION_NOUNS.has(t.lower) && !ENTITY_ANAPHORS.has(t.lower) && !NAME_INNER_WORDS.has(t.lower);
}

/**
 * "Aung San Suu Kyi's National League for Democracy": a body's own name after a possessive owner starts after it,
 * where that name carries a body's head word; otherwise at i.
 */
function afterNamedOwner(ctx: ArticleContext, i: number, last: number): number {
  for (let j = i + 1; j < last - 1; j++) {
    if (lowerAt(ctx, j) !== "'s" && lowerAt(ctx, j) !== '’s') continue;
    // "the People's Assembly": a head right after the possessive makes it part of the name.
    if (!ctx.tokens[j + 1]!.cap || NAME_HEADS.has(lowerAt(ctx, j + 1))) return i;
    for (let k = j + 1; k < last; k++) if (NAME_HEADS.has(lowerAt(ctx, k))) return j + 1;
    return i;
  }
  return i;
}

/** "the country's electoral commission": the body's name starts after an owner that refers back; otherwise at i. */
function afterReferredOwner(ctx: ArticleContext, i: number, last: number): number {
  const owned = OWNER_REFERENCES.has(lowerAt(ctx, i)) && ["'s", '’s'].includes(lowerAt(ctx, i + 1)) && i + 2 < last;
  return owned ? i + 2 : i;
}

/** A phrase's name, or for "the alliance"/"the unrecognized state" the named entity it refers back to. */
function resolve(ctx: ArticleContext, s: Sentence, from: number, last: number): string | undefined {
  const owner = afterNamedOwner(ctx, afterStateOwner(ctx, from), last);
  const first = afterReferredOwner(ctx, owner, last);
  // "the former regime's army": a past regime's body is named with its owner.
  const pastOwned = first !== owner && pastOwnerEnd((k) => lowerAt(ctx, k), owner - 1) === first;
  const text = ctx.text.slice(ctx.tokens[pastOwned ? owner - 1 : first]!.start, ctx.tokens[last - 1]!.end);
  const hasCap = ctx.tokens
    .slice(first, last)
    .some((t) => t.cap && !ctx.inDate[t === ctx.tokens[first] ? first : ctx.tokens.indexOf(t)]);
  // "the army of the former regime": a common noun phrase's head stands before its "of".
  const head = lowerAt(ctx, commonHeadEnd(ctx, first, last) - 1);
  // "the country's": an owner that refers back determines the noun as "its" would.
  // "the 36-year-old alliance": the determiner stands before the age.
  const aged = first >= AGE_TOKENS && pastAge(ctx, first - AGE_TOKENS) === first;
  const det = aged ? first - AGE_TOKENS - 1 : first - 1;
  const detBefore = ['the', 'its', 'their', 'this', 'that'].includes(lowerAt(ctx, det)) || first !== owner;
  // "Iraq's army", "the country's parliament", "the Iraqi armed forces": a body whose state the phrase names is that
  // state's body, not a reference back to another entity.
  const stateOwned = first !== from || demonymLed(ctx, first, last);
  // Not an entity: a date ("disbanded September 2022"), a demonym or a place name on its own, a verb phrase.
  let allDate = true;
  for (let j = first; j < last; j++) if (!ctx.inDate[j]) allDate = false;
  if (allDate) return undefined;
  const m = mentionAtToken(ctx, first);
  // "the Syrian Arab Army": a state's named armed force stands for the state elsewhere, but is a body to dissolve.
  if (m && m.first === first && m.last === last && !isDissolvableKind(m.entry.kind) && !namedArmedForce(ctx, m))
    return undefined;
  const lead = ctx.tokens[first]!;
  if (
    !lead.cap &&
    lead.kind === 'word' &&
    !INSTITUTION_NOUNS.has(lead.lower) &&
    !ENTITY_ANAPHORS.has(lead.lower) &&
    !detBefore &&
    !ctx.tokens.slice(first, last).some((x) => x.lower === "'s" || x.lower === '’s')
  ) {
    return undefined;
  }
  if (lead.kind === 'number') return undefined;
  // "the parliament": every state has one, so with no body named before it is the state's own.
  const ownLegislature = UNNAMED_LEGISLATURES.has(head) && last - first === 1;
  if (ENTITY_ANAPHORS.has(head) && detBefore && !hasCap && !stateOwned && lowerAt(ctx, first - 1) !== 'its')
    return antecedent(ctx, s, first, head) ?? (ownLegislature ? text : undefined);
  // "the League", "the Commission": a capitalized head alone refers to the full name given before.
  if (hasCap && last - first === 1 && detBefore && ENTITY_ANAPHORS.has(head))
    return antecedent(ctx, s, first, head) ?? text;
  if (hasCap && !demonymLed(ctx, first, last)) return text;
  if (INSTITUTION_NOUNS.has(head) || head === 'forces' || head === 'agencies' || head === 'guard') {
    if (stateOwned) return text;
    // "parliament", "Iraq's army", "the country's intelligence agencies".
    if (
      !detBefore ||
      first !== owner ||
      ctx.tokens.slice(first, last).some((t) => t.lower === "'s" || t.lower === '’s') ||
      INSTITUTION_NOUNS.has(head)
    ) {
      const named =
        INSTITUTION_NOUNS.has(head) && detBefore && ENTITY_ANAPHORS.has(head)
          ? antecedent(ctx, s, first, head)
          : undefined;
      return named ?? text;
    }
  }
  // "Hamas dissolved its administrative committee": a body its owner has is not the owner.
  if (detBefore && ENTITY_ANAPHORS.has(head) && !(OWNED_BODIES.has(head) && lowerAt(ctx, first - 1) === 'its'))
    return antecedent(ctx, s, first, head);
  return undefined;
}

/** A state's legislature named by its common noun alone ("the parliament"); "the legislature" refers back to a name. */
const UNNAMED_LEGISLATURES = new Set(['parliament']);

/** Heads of a state's armed force's name ("the Syrian Arab Army", "the Special Air Service"). */
const ARMED_FORCE_HEADS = new Set(['army', 'forces', 'guard', 'navy', 'corps', 'service', 'regiment', 'legion']);
/** One-word metonyms that name a seat of government, not a force ("the Kremlin", "the Pentagon"). */
const SEAT_METONYMS = new Set(['kremlin', 'pentagon', 'whitehall', 'elysee', 'élysée']);

/**
 * "the Syrian Arab Army", "the Special Air Service", "the Wehrmacht": a state's armed force named in words of its own
 * stands for the state elsewhere, but is a body to dissolve; a seat of government ("the Kremlin") is not.
 */
function namedArmedForce(ctx: ArticleContext, m: Mention): boolean {
  if (m.entry.kind !== 'metonym') return false;
  if (m.last - m.first === 1) return ctx.tokens[m.first]!.cap && !SEAT_METONYMS.has(lowerAt(ctx, m.first));
  return ARMED_FORCE_HEADS.has(lowerAt(ctx, m.last - 1));
}

/**
 * "the Economic, Social and Environmental Council" read as a list ("Economic", "Social", "Environmental Council"):
 * single words that the text joins to the name after them are that one name.
 */
function sharedNameHeads(ctx: ArticleContext, names: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < names.length; i++) {
    let j = i;
    while (j < names.length && !names[j]!.includes(' ') && !gazetteer().get(lookupKey(names[j]!))) j++;
    if (j > i && j < names.length) {
      const words = names.slice(i, j);
      const joined = [`${words.join(', ')} and ${names[j]}`, `${words.join(', ')}, and ${names[j]}`].find((n) =>
        ctx.text.includes(n),
      );
      if (joined) {
        out.push(joined);
        i = j;
        continue;
      }
    }
    out.push(names[i]!);
  }
  return out;
}

/** Participles by which an instrument ends a body ("a protocol dissolving it", "a decree abolishing it"). */
const INSTRUMENT_PARTICIPLES = new Set(['dissolving', 'abolishing', 'disbanding', 'liquidating']);

/** The last body (no state) named in the sentence before token t. */
function bodyNamedBefore(ctx: ArticleContext, s: Sentence, t: number): string | undefined {
  for (let j = t - 1; j >= s.first; j--) {
    if (!ctx.tokens[j]!.cap || ctx.inDate[j]) continue;
    const name = entityEndingAt(ctx, s, j);
    if (!name) continue;
    // "the Administrative Department of Security (DAS), …": an acronym in brackets after a name stands for that name.
    if (lowerAt(ctx, name.first - 1) === '(' && lowerAt(ctx, name.last) === ')' && ctx.tokens[name.first - 2]?.cap) {
      j = name.first;
      continue;
    }
    const m = mentionAtToken(ctx, name.first);
    if (!(m && m.first === name.first && m.last === name.last && m.entry.kind === 'state')) return name.name;
    j = name.first;
  }
  return undefined;
}

const AUXILIARIES = new Set(['had', 'has', 'have']);
/** How far before "it" its reporting verb may stand ("announced on Thursday that it"). */
const REPORTED_IT_REACH = 6;

/** Where to look for the subject of the verb group at `first`: before the reporting verb when "it" opens it. */
function speakerFor(ctx: ArticleContext, s: Sentence, first: number): number {
  // 'that it had "completely dissolved …"': a quotation may open inside the verb group.
  let it = first - 1;
  while (it > s.first && (QUOTE_MARKS.has(lowerAt(ctx, it)) || AUXILIARIES.has(lowerAt(ctx, it)))) it--;
  if (lowerAt(ctx, it) !== 'it') return first;
  for (let j = it - 1; j > s.first && j >= it - REPORTED_IT_REACH; j--) {
    if (REPORTING.has(lowerAt(ctx, j))) return j;
    if (ctx.tokens[j]!.kind === 'punct') break;
  }
  return first;
}

/** Words before a body's own structures that keep them the whole body ("all its structures"). */
const WHOLE_STRUCTURE_WORDS = new Set(['organisational', 'organizational', 'remaining']);

/**
 * "ETA dissolved all its structures", "the PKK dissolved its organisational structure": a body dissolving its own
 * structures dissolves itself ("its military structures" are only a part).
 */
function ownStructuresAt(ctx: ArticleContext, i: number): boolean {
  let j = lowerAt(ctx, i) === 'all' ? i + 1 : i;
  if (lowerAt(ctx, j) !== 'its' && lowerAt(ctx, j) !== 'their') return false;
  j++;
  if (WHOLE_STRUCTURE_WORDS.has(lowerAt(ctx, j))) j++;
  return lowerAt(ctx, j) === 'structure' || lowerAt(ctx, j) === 'structures';
}

/** Where a lower-case phrase's head ends: before its "of" ("army of the former regime"), else at `last`. */
function commonHeadEnd(ctx: ArticleContext, first: number, last: number): number {
  if (ctx.tokens[first]!.cap) return last;
  for (let j = first + 1; j < last; j++) if (lowerAt(ctx, j) === 'of') return j;
  return last;
}

/** [first, last) opens with a demonym and goes on in lower case: "Iraqi armed forces", "Syrian army". */
function demonymLed(ctx: ArticleContext, first: number, last: number): boolean {
  const m = mentionAtToken(ctx, first);
  return !!m && m.first === first && m.entry.kind === 'demonym' && m.last < last && !ctx.tokens[m.last]!.cap;
}

/** Bodies that an organization has ("its committee", "its board"), so "its X" is never the organization itself. */
const OWNED_BODIES = new Set([
  'bureau',
  'board',
  'commission',
  'committee',
  'department',
  'administration',
  'service',
  'directorate',
]);

const HEAD_FAMILY = lookupTable<string[]>({
  union: ['union', 'republic', 'federation', 'confederation'],
  state: ['state', 'republic', 'union', 'federation', 'kingdom', 'empire'],
  republic: ['republic', 'state'],
  organisation: ['organisation', 'organization', 'council', 'community', 'league', 'society', 'centre', 'center'],
  organization: ['organisation', 'organization', 'council', 'community', 'league', 'society', 'centre', 'center'],
  agency: [...AGENCY_HEADS],
  unit: ['unit', ...UNIT_HEADS],
  command: ['command', 'force', 'forces', 'headquarters'],
  // "The Connaught Rangers … the regiment was disbanded".
  regiment: ['regiment', ...REGIMENT_ARMS],
});

/**
 * The named entity "the <head>" refers back to: the nearest before token i (this sentence, then the previous one)
 * whose name carries the head word ("the union" → "Greater Republic of Central America"), else the nearest
 * organization, former state or institution name. Existing states are not dissolved by anaphora.
 */
/** Reference heads that may name a state ("the union", "the federation"). */
const STATE_HEADS = new Set(['union', 'federation', 'confederation', 'republic', 'state', 'country', 'empire']);

function antecedent(ctx: ArticleContext, s: Sentence, i: number, head: string): string | undefined {
  const earlier = ctx.sentences[Math.max(0, s.index - 2)]!;
  const start = earlier.paragraph === s.paragraph ? earlier.first : (ctx.sentences[s.index - 1]?.first ?? s.first);
  const candidates: string[] = [];
  // Known bodies may be what any reference noun means ("Comecon … dissolved the alliance"); an unknown capitalized
  // name only where it carries the noun's head ("the office" is not "the Department of State").
  let known: string | undefined;
  let mission: string | undefined;
  // Names read before a lower-case head, with that head.
  const headedAfter = new Map<string, string>();
  for (let j = i - 1; j >= start; j--) {
    const m = mentionAtToken(ctx, j);
    if (m) {
      const ok =
        m.entry.kind === 'org' ||
        m.entry.kind === 'operation' ||
        m.entry.kind === 'legislature' ||
        namedArmedForce(ctx, m) ||
        // "the union", "the federation" may mean a state that no longer exists; "the alliance" never does.
        (m.entry.kind === 'state' && RETIRED_STATE_CODES.has(m.entry.code ?? '') && STATE_HEADS.has(head));
      const text = ctx.text.slice(ctx.tokens[m.first]!.start, ctx.tokens[m.last - 1]!.end);
      if (ok) candidates.push(text);
      // "the office itself was abolished by the assembly": a legislature is what only a chamber's noun means.
      if (ok && (m.entry.kind !== 'legislature' || LEGISLATURE_REFERENCES.has(head))) known ??= text;
      // "created ONUC … the first UN troops arrived … The mission was terminated": a mission's reference means the
      // nearest mission, past the organization that runs it.
      if (ok && MISSION_REFERENCES.has(head) && (m.entry.area || m.entry.parentOrg)) mission ??= text;
      j = m.first;
      continue;
    }
    // "the Ennahda party … dissolved the party": a name before its lower-case head carries that head.
    const lowerHeaded = ctx.tokens[j]!.cap ? undefined : nameBeforeLowerHead(ctx, j);
    if (lowerHeaded && lowerHeaded.first >= start) {
      candidates.push(lowerHeaded.name);
      headedAfter.set(lowerHeaded.name, lowerAt(ctx, j));
      j = lowerHeaded.first;
      continue;
    }
    if (ctx.tokens[j]!.cap) {
      const name = capitalizedNameEndingAt(ctx, j, start);
      if (name) {
        candidates.push(name.text);
        j = name.first;
      }
    }
  }
  const family = HEAD_FAMILY[head] ?? [head];
  const headed = (c: string) =>
    family.includes(headedAfter.get(c) ?? '') || nameWords(c).some((w) => family.includes(w));
  // The body a sentence is about (its opening subject) before one named in passing ("…, replacing the X Board").
  const opening = referredEntity(ctx, s, i, head);
  if (opening && candidates.includes(opening) && headed(opening)) return opening;
  // "dissolved … the ministry for peace": a government body's noun names only a body that carries it, never the
  // nearest organization ("the Taliban").
  const found = candidates.find(headed) ?? mission ?? (GOVERNMENT_BODY_HEADS.has(head) ? undefined : known);
  return (
    found ??
    (TOPIC_REFERENCES.has(head) ? paragraphTopic(ctx, s, start) : undefined) ??
    // "the force was disbanded" sentences after the paragraph opened with "The Ruritanian Frontier Force was …".
    paragraphSubject(ctx, s, start, head)
  );
}

/** Nouns of government bodies, which refer back only to a name that carries them. */
const GOVERNMENT_BODY_HEADS = new Set([
  ...['ministry', 'office', 'bureau', 'department', 'agency', 'board', 'commission', 'committee'],
  ...['directorate', 'administration', 'service'],
]);

/** References that may name a legislature ("the assembly", "the chamber"). */
const LEGISLATURE_REFERENCES = new Set(['assembly', 'parliament', 'chamber', 'legislature', 'body', 'council']);

/** References that name a mission or operation ("the mission", "the force"). */
const MISSION_REFERENCES = new Set(['mission', 'operation', 'force']);

/** A plural possessive's apostrophe, which stays inside a name ("Workers' Party"). */
const APOSTROPHES = new Set(["'", '’']);

/** A sentence-opening indefinite article, never the first word of a name it introduces. */
const INDEFINITE_ARTICLES = new Set(['A', 'An']);

function capitalizedNameEndingAt(
  ctx: ArticleContext,
  end: number,
  limit: number,
): { text: string; first: number } | undefined {
  let first = end;
  while (first - 1 >= limit) {
    const p = ctx.tokens[first - 1]!;
    // "National Socialist German Workers' Party": a plural possessive's apostrophe stays inside the name.
    const inner = p.lower === 'of' || p.lower === 'the' || p.lower === '-' || APOSTROPHES.has(p.lower);
    if (p.cap || (inner && ctx.tokens[first - 2]?.cap)) first--;
    else break;
  }
  // The institution word inside the run: "President of the Republic of Nagorno-Karabakh Samvel Shahramanyan".
  let head = -1;
  for (let j = first; j <= end; j++) if (NAME_HEADS.has(ctx.tokens[j]!.lower) && ctx.tokens[j]!.cap) head = j;
  if (head < 0) return undefined;
  let last = head;
  if (lowerAt(ctx, head + 1) === 'of') {
    let k = head + 2;
    if (lowerAt(ctx, k) === 'the') k++;
    const m = mentionAtToken(ctx, k);
    if (m) last = m.last - 1;
    else {
      // "Greater Republic of Central America": the name after "of" runs on through its capitalized words.
      const stop = Math.min(ctx.tokens.length - 1, k + 3);
      while (k + 1 <= stop && ctx.tokens[k + 1]!.cap && ctx.tokens[k + 1]!.sentence === ctx.tokens[k]!.sentence) k++;
      last = k;
    }
  }
  // Capitalized modifiers before the head belong to the name ("Memorial Human Rights Centre"), titles do not; nor
  // does an indefinite article opening the sentence ("A Joint Border Commission was set up"), except as a letter
  // naming the unit itself ("A Squadron").
  let f = head;
  while (
    f - 1 >= first &&
    (ctx.tokens[f - 1]!.cap || (APOSTROPHES.has(ctx.tokens[f - 1]!.lower) && ctx.tokens[f - 2]?.cap)) &&
    !['President', 'Leader', 'Head', 'Chairman', 'Speaker', 'The'].includes(ctx.tokens[f - 1]!.text) &&
    !(INDEFINITE_ARTICLES.has(ctx.tokens[f - 1]!.text) && f < head)
  )
    f--;
  return { text: ctx.text.slice(ctx.tokens[f]!.start, ctx.tokens[last]!.end), first: f };
}

const VERB_GROUP = new Set([
  // "will be dissolved tonight" (a "will" that blocks no dissolution, see todayModal).
  'will',
  'had',
  'has',
  'have',
  'was',
  'were',
  'been',
  'is',
  'are',
  'be',
  'being',
  'formally',
  'officially',
  'effectively',
  'itself',
  'also',
  'then',
  'quickly',
  'finally',
  'soon',
  'thereby',
  'later',
  'to',
  'voted',
  'vote',
  'votes',
  'decided',
  'agreed',
  'on',
  'in',
  'at',
  'legally',
  'de',
  'facto',
  'jure',
  'thus',
  'eventually',
  'subsequently',
]);

/** Prepositions that put a name inside a phrase ("the union with Egypt", "the government of Iraq"). */
const PHRASE_PREPOSITIONS = new Set(['with', 'between', 'of', 'for', 'in', 'from', 'on', 'against']);

/** Prepositions inside a body's name before the place it serves ("Control Council for Germany"). */
const OBJECT_CONNECTORS = new Set(['for', 'on']);

/**
 * "The Allied Control Council for Germany": a place after a name's preposition ends the body's name; "the Western
 * European Union": a capitalized word before a known name makes another name.
 */
function partOfLongerName(ctx: ArticleContext, m: Mention): boolean {
  const before = ctx.tokens[m.first - 1];
  if (!before) return false;
  if (OBJECT_CONNECTORS.has(before.lower)) return !!ctx.tokens[m.first - 2]?.cap;
  return before.cap && before.kind === 'word' && before.text !== 'The' && !mentionAtToken(ctx, m.first - 1);
}

/**
 * Lower-case heads of a group's name after its capitalized part ("the Takuba task force", "the Mahdi militia", "the
 * Nasir faction", "the Military Police unit").
 */
const GROUP_NAME_HEADS = new Set(['militia', 'brigade', 'battalion', 'regiment', 'group', 'faction', 'unit', 'wing']);
/** How many capitalized words such a name may take before its head. */
const GROUP_NAME_WORDS = 4;

/**
 * "The Takuba task force", "the Mahdi militia", "the PKK terror group": a capitalized name and its lower-case head
 * ending at `end`, with at most one describing word between them; the name alone where a word describes it.
 */
function namedWithLowerHead(ctx: ArticleContext, s: Sentence, end: number): string | undefined {
  const task = lowerAt(ctx, end) === 'force' && lowerAt(ctx, end - 1) === 'task';
  if (!task && !GROUP_NAME_HEADS.has(lowerAt(ctx, end))) return undefined;
  const word = ctx.tokens[end - 1];
  const described = !task && !!word && word.kind === 'word' && !word.cap && DESCRIBING_POS.has(posOf(word.lower) ?? '');
  const last = task || described ? end - 2 : end - 1;
  let first = last;
  while (
    first > s.first &&
    first > last - GROUP_NAME_WORDS &&
    ctx.tokens[first - 1]!.cap &&
    !DETERMINERS.has(lowerAt(ctx, first - 1))
  )
    first--;
  if (last < s.first || !ctx.tokens[last]!.cap || DETERMINERS.has(lowerAt(ctx, first))) return undefined;
  // "the Iraqi militia": a demonym says whose the group is; it does not name it.
  const m = mentionAtToken(ctx, first);
  // "the PKK terror group": a known body described is that body.
  const known = described && !!m && m.first === first && m.last === last + 1 && m.entry.kind === 'org';
  if (m && m.last > last && !known) return undefined;
  return ctx.text.slice(ctx.tokens[first]!.start, ctx.tokens[described ? last : end]!.end);
}

/** Parts of speech of a word that describes a group between its name and its head ("terror", "rebel"). */
const DESCRIBING_POS = new Set(['adjective', 'noun']);

/** The possessive token after an owner ("Sudan's transitional government"). */
const POSSESSIVE_MARKS = new Set(["'s", '’s']);

/** Participles that open a phrase describing a body after its name ("elected under the old regime"). */
const DESCRIBING_PARTICIPLES = new Set(['elected', 'formed', 'created', 'established', 'founded', 'installed']);
/** How many words such a phrase may take after its participle ("elected under the Assad regime"). */
const PARTICIPLE_PHRASE_WORDS = 6;

/**
 * Where the subject ends before a participle phrase that ends at `end` ("the People's Assembly | elected in 2016"),
 * else `end`. The word before the participle must close a name (capitalized) or be an institution noun.
 */
function beforeParticiplePhrase(ctx: ArticleContext, s: Sentence, end: number): number {
  for (let j = end; j > s.first && j >= end - PARTICIPLE_PHRASE_WORDS; j--) {
    const w = lowerAt(ctx, j);
    if (w === ',' || w === ';' || VERB_GROUP.has(w)) return end;
    if (!DESCRIBING_PARTICIPLES.has(w) || j === end) continue;
    const before = ctx.tokens[j - 1]!;
    const closes = (before.cap && before.kind === 'word') || INSTITUTION_NOUNS.has(before.lower);
    return closes ? j - 1 : end;
  }
  return end;
}

/** The subject of a passive or reflexive dissolution: "Israel's Knesset voted to dissolve itself", "the USSR had ceased to exist". */
function subjectBefore(ctx: ArticleContext, s: Sentence, t: number, adjacent = false): string | undefined {
  let end = t - 1;
  if (!adjacent) {
    while (end >= s.first && (VERB_GROUP.has(lowerAt(ctx, end)) || ctx.inDate[end])) end--;
    // An appositive between subject and verb: "The office of President ..., held by Vojislav Kostunica, ceased to exist".
    if (lowerAt(ctx, end) === ',') {
      let k = end - 1;
      while (k > s.first && lowerAt(ctx, k) !== ',') k--;
      if (k <= s.first) return undefined;
      // "Its predecessor, Future Forward, was dissolved": a name set off after a common noun is the subject's name.
      const named = ctx.tokens[k + 1]?.cap && ctx.tokens[k - 1]?.kind === 'word' && !ctx.tokens[k - 1]!.cap;
      // "The military structures of the alliance, including its Joint Command, were abolished": the body named as
      // a member of the unnamed subject.
      const member = lowerAt(ctx, k + 1) === 'including' && !!ctx.tokens[end - 1]?.cap;
      end = named || member ? end - 1 : k - 1;
    }
    // "The People's Assembly elected under the old regime was dissolved": a participle phrase after the subject
    // says which sitting of it, not what it is.
    end = beforeParticiplePhrase(ctx, s, end);
  }
  // "The Kurdistan Workers' Party (PKK) announced": the name stands before its acronym.
  if (lowerAt(ctx, end) === ')') {
    let k = end - 1;
    while (k > s.first && k > end - ACRONYM_REACH && lowerAt(ctx, k) !== '(') k--;
    if (lowerAt(ctx, k) === '(') end = k - 1;
  }
  if (end < s.first) return undefined;
  const m = mentionAtToken(ctx, end);
  if (m && partOfLongerName(ctx, m)) {
    const whole = entityEndingAt(ctx, s, end);
    if (whole && whole.first < m.first) return whole.name;
    // "The post of Special Envoy for Sudan was abolished": the post is what ends, never the state it serves.
    const post = postTitleEndingAt(ctx, s, end);
    if (post) return post;
  }
  if (m) {
    const command = unitNamedForPlace(ctx, s, m.first, m.last);
    if (command) return command;
    if ((!isDissolvableKind(m.entry.kind) && !namedArmedForce(ctx, m)) || namesParty(ctx, s, m.first)) return undefined;
    // "The union with Egypt was dissolved": a name in a phrase after a common noun is not the subject.
    const head = ctx.tokens[m.first - 2];
    if (
      PHRASE_PREPOSITIONS.has(lowerAt(ctx, m.first - 1)) &&
      head?.kind === 'word' &&
      !head.cap &&
      !DETERMINERS.has(head.lower) &&
      !namedByStateHead(ctx, m.first)
    )
      return undefined;
    if (m.entry.kind === 'state' && bodyOfState(ctx, m.first)) return undefined;
    const poss = m.first >= 2 && ["'s", '’s'].includes(lowerAt(ctx, m.first - 1)) ? m.first - 2 : m.first;
    return ctx.text.slice(ctx.tokens[poss]!.start, ctx.tokens[m.last - 1]!.end);
  }
  const x = ctx.tokens[end]!;
  const headed = namedWithLowerHead(ctx, s, end);
  if (headed) return headed;
  if (!x.cap && !INSTITUTION_NOUNS.has(x.lower)) {
    // "the organisation had ceased to exist": a reference back to a named entity.
    if (ENTITY_ANAPHORS.has(x.lower) && ['the', 'this', 'that'].includes(lowerAt(ctx, end - 1)))
      return antecedent(ctx, s, end - 1, x.lower);
    return undefined;
  }
  let first = end;
  // Lower-case modifiers of an institution word belong to the name ("the interim government", "the lower house").
  if (!x.cap) {
    while (
      first - 1 >= s.first &&
      first > end - 3 &&
      ctx.tokens[first - 1]!.kind === 'word' &&
      !ctx.tokens[first - 1]!.cap &&
      !DETERMINERS.has(lowerAt(ctx, first - 1)) &&
      !VERB_GROUP.has(lowerAt(ctx, first - 1)) &&
      !POSSESSIVE_MARKS.has(lowerAt(ctx, first - 1))
    )
      first--;
    if (!DETERMINERS.has(lowerAt(ctx, first - 1)) && !POSSESSIVE_MARKS.has(lowerAt(ctx, first - 1))) first = end;
  }
  while (first - 1 >= s.first) {
    const p = ctx.tokens[first - 1]!;
    const pp = ctx.tokens[first - 2];
    if (p.cap || POSSESSIVE_MARKS.has(p.lower)) first--;
    else if (["'", '’'].includes(p.text) && pp?.cap && /s$/i.test(pp.text))
      first--; // "Workers' Party"
    else if ((p.lower === 'of' || p.lower === 'and') && pp?.cap) first--;
    else if (p.lower === 'the' && pp?.lower === 'of') first--;
    else break;
  }
  while (first < end && ['The', 'A', 'This'].includes(ctx.tokens[first]!.text)) first++;
  const words = ctx.tokens.slice(first, end + 1);
  // "This Office was disbanded": a reference back to the office named before.
  if (words.length === 1 && NAME_HEADS.has(x.lower) && ['the', 'this', 'that'].includes(lowerAt(ctx, first - 1))) {
    return antecedent(ctx, s, first - 1, x.lower) ?? ctx.text.slice(x.start, x.end);
  }
  // A person is not an entity that can be dissolved: the name needs an institution word or must be one,
  // unless a decision names it outright ("ordered Memorial International's liquidation").
  const institutional = words.some((w) => NAME_HEADS.has(w.lower) || INSTITUTION_NOUNS.has(w.lower));
  // "The position of Under Secretary for Economic Affairs was abolished": a post named after "the position of".
  const post = postTitleEndingAt(ctx, s, end);
  if (!institutional && !adjacent) return post;
  return ctx.text.slice(ctx.tokens[first]!.start, x.end);
}
