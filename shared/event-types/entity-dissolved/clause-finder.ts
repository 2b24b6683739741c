import type { Candidate } from '../../extract/candidate.ts';
import { clauseBlocked, pendingClause } from '../../extract/clauses/blockers.ts';
import {
  ENTITY_REFERENCE_NOUNS,
  EXERCISE_HEADS,
  entityAt,
  entityEndingAt,
  type EntitySlot,
  entityListEndingAt,
  nameBeforeLowerHead,
  namedByStateHead,
  nameWords,
  namesParty,
  referredEntity,
  sharedHeadList,
  sharedHeadListEndingAt,
  sharedPluralHead,
  unitNamedForPlace,
} from '../../extract/clauses/entities.ts';
import {
  DATE_PREPOSITIONS,
  adjectivalParticiple,
  statesFact,
  verbFollowsName,
  verbGroup,
  type VerbGroup,
} from '../../extract/clauses/verb-group.ts';
import type { ArticleContext } from '../../extract/context.ts';
import { joinedPredicateClauseStart } from '../../extract/clauses/joined-clause.ts';
import { gazetteer, lookupKey } from '../../extract/gazetteer/index.ts';
import { MISSION_NOUNS, WORD_CLASS, wordClassOf } from '../../extract/lexicon.ts';
import { OWNER_REFERENCES, pastOwnerEnd, singularOf, WHEN_WORDS } from './lexicon.ts';
import { afterDateline, lowerAt, mentionAtToken, wordBetween } from '../../extract/slots.ts';
import { spanText } from '../../extract/clauses/phrases.ts';
import { posOf } from '../../extract/text/pos.ts';
import type { Sentence } from '../../extract/text/tokens.ts';
import { dateNear, evidenceSpan } from '../../extract/clauses/dating.ts';
import { wordSet as set } from '../../extract/word-set.ts';
import { canonicalEntity } from './canonical.ts';
import { sisterServices } from './services.ts';
import { COUNTS, namesOfCounted } from './counted-bodies.ts';
import { paragraphTopic, TOPIC_REFERENCES } from './topic.ts';

const VERBS = set(`dissolved disbanded abolished terminated liquidated disestablished dissolve disband abolish
  dissolves disbands abolishes eliminated discontinued deactivated inactivated ended ends disperse disperses
  dispersed closed closes concluded concludes disbanding dissolving`);
/** Progressive forms, read only as a body's own declaration ("announced that it was disbanding"). */
const PROGRESSIVE_SELF = set('disbanding dissolving');
/** Verbs that end only a mission or operation ("the UN Mission in Sudan closed", "ISAF concluded"; not "closed the
 * airport"). */
const CLOSE_VERBS = set('closed closes concluded concludes');
/**
 * Verbs that end a body only used intransitively: "the Mandate ended in 1946" (not "ended its mission"), "the
 * Knesset voted to disperse" (not "police dispersed the crowd").
 */
const INTRANSITIVE_ONLY = set('ended ends concluded concludes disperse disperses dispersed');
const NOUNS = set('dissolution abolition disbandment liquidation disestablishment breakup break-up');
/** Words before a verbal noun that make it not (yet) a fact: modals, intentions, calls. */
const NOUN_BLOCKERS = set(`will would could might may should must shall against prevent avoid oppose opposed
  opposes referendum proposed proposal call calls called demand demanded demands urged urge sought seek
  threatened threat plan plans planned if unless possible possibility supported supports support backed favored
  favoured advocated advocating pressed pressing pushed pushing lobbied lobbying campaigned campaigning`);
/** Words after an intransitive dissolution verb ("disbanded in 1977", "dissolved itself", "formally disbanded"). */
const INTRANSITIVE_FOLLOWERS = set(`in on at by after following with as and itself themselves when without that upon
  during before shortly soon officially formally completely entirely altogether effective into`);
const OWN_END = set('its their');
const PARTICIPLE = /^[a-z]+(?:ed|en)$/;
const BE_FORMS = set('was were is are been');
/** Prepositions that join a body's "being dissolved" to its own earlier predicate ("served … before being disbanded"). */
const TIME_JOINERS = set('before after until');
/** What a body ends when it ends itself: its existence, or a mission's mandate. */
const SELF_END = set('existence mandate mission operations');
/** What a mandated body holds, whose end is the body's ("its mission", "SFOR's mandate"). */
const MANDATE_WORDS = set('mandate mission operations');
/** Bodies that hold a mandate: missions, operations and forces (not a state ending "its mandate" over a place). */
const MANDATED = /\b(?:mission|operation|force)\b/i;
/** A mission, operation or force: by its name's words or as the gazetteer knows it ("SFOR"). */
function isMandated(name: string): boolean {
  if (MANDATED.test(name)) return true;
  const known = gazetteer().get(lookupKey(name.replace(/^the\s+/i, '')));
  return known?.kind === 'operation' || !!known?.area;
}
/** Verbs that end a body only in the passive ("the division was deactivated"; not "deactivated the mines"). */
const PASSIVE_ONLY = set('eliminated discontinued deactivated inactivated');
/** Lower-case institutions a decision can dissolve without naming them ("dissolves the elite presidential guard"). */
const INSTITUTIONS = set(`parliament assembly legislature government cabinet army military senate congress council
  chamber junta commission guard`);
/** Heads of bodies named in lower case by what they do, with at least one word before ("security service"). */
const DESCRIBED_BODY_HEADS = set('service agency police ministry directorate militia');

/** Nouns after an institution word that make it a modifier of a part ("its military wing"). */
const INSTITUTION_PARTS = set('wing wings branch branches arm arms unit units members leadership structure structures');
/** Modifiers allowed between the determiner and such an institution. */
const INSTITUTION_MODIFIERS = 3;
const FUNCTION_WORDS = set('of the its their and or for to in on at by with a an this that all');

function institutionAt(ctx: ArticleContext, s: Sentence, i: number): { name: string; last: number } | undefined {
  let j = i;
  if (['the', 'its', 'their'].includes(lowerAt(ctx, j))) j++;
  // "the country's electoral commission": the owner refers back to the state in play and is not part of the name.
  if (OWNER_REFERENCES.has(lowerAt(ctx, j)) && ["'s", '’s'].includes(lowerAt(ctx, j + 1))) j += 2;
  // "the former regime's army": a past regime's body is named with its owner.
  const pastOwner = pastOwnerEnd((k) => lowerAt(ctx, k), j);
  const named = j;
  if (pastOwner >= 0) j = pastOwner;
  const first = j;
  while (
    j < s.last &&
    j < first + INSTITUTION_MODIFIERS &&
    ctx.tokens[j]!.kind === 'word' &&
    !INSTITUTIONS.has(lowerAt(ctx, j)) &&
    !DESCRIBED_BODY_HEADS.has(lowerAt(ctx, j)) &&
    !(lowerAt(ctx, j) === 'forces' && demonymBefore(ctx, first, j))
  )
    j++;
  // "the Iraqi armed forces": forces are an institution where a demonym says whose they are.
  const forces = lowerAt(ctx, j) === 'forces' && demonymBefore(ctx, first, j);
  // "the state security investigations service": a body's lower-case name, its head after what it does.
  const described = DESCRIBED_BODY_HEADS.has(lowerAt(ctx, j)) && j > first;
  if ((!INSTITUTIONS.has(lowerAt(ctx, j)) && !forces && !described) || ctx.tokens[j]!.cap) return undefined;
  // "its military wing": the institution word names a part of the body, which stays; "the cabinet's committee":
  // the institution owns what is dissolved.
  if (INSTITUTION_PARTS.has(lowerAt(ctx, j + 1)) || ["'s", '’s'].includes(lowerAt(ctx, j + 1))) return undefined;
  for (let k = first; k < j; k++) {
    // "the Iraqi army": a demonym says whose institution it is.
    const demonym = mentionAtToken(ctx, k);
    if (demonym?.entry.kind === 'demonym' && demonym.first === k && demonym.last <= j) {
      k = demonym.last - 1;
      continue;
    }
    if (ctx.tokens[k]!.cap || ctx.inDate[k] || FUNCTION_WORDS.has(lowerAt(ctx, k))) return undefined;
  }
  // "the previous cabinet", "the entire parliament": when it sat is not part of what the body is called.
  let start = pastOwner >= 0 ? named : first;
  while (pastOwner < 0 && start < j && WHEN_WORDS.has(lowerAt(ctx, start))) start++;
  const end = ownerPhraseEnd(ctx, s, j + 1);
  return { name: ctx.text.slice(ctx.tokens[start]!.start, ctx.tokens[end - 1]!.end), last: end };
}

/**
 * "the armed forces" at i: one institution whose owner the phrase leaves unsaid (no body of its own to name, nor
 * several forces left unnamed).
 */
function unownedArmedForcesAt(ctx: ArticleContext, i: number): boolean {
  return lowerAt(ctx, i) === 'the' && lowerAt(ctx, i + 1) === 'armed' && lowerAt(ctx, i + 2) === 'forces';
}

/** Whether a demonym stands in [first, j) ("the Iraqi armed forces"). */
function demonymBefore(ctx: ArticleContext, first: number, j: number): boolean {
  for (let k = first; k < j; k++) if (mentionAtToken(ctx, k)?.entry.kind === 'demonym') return true;
  return false;
}

/** How many words may describe the owner in "the army of the former regime". */
const OWNER_DESCRIPTION_WORDS = 2;

/**
 * After an institution at i: the end of an "of the <former> regime" phrase that says whose it is ("the army of the
 * former regime"), else i.
 */
function ownerPhraseEnd(ctx: ArticleContext, s: Sentence, i: number): number {
  if (lowerAt(ctx, i) !== 'of' || lowerAt(ctx, i + 1) !== 'the') return i;
  for (let j = i + 2; j < s.last && j <= i + 2 + OWNER_DESCRIPTION_WORDS; j++) {
    if (ctx.tokens[j]!.cap || ctx.tokens[j]!.kind !== 'word') return i;
    if (OWNER_REFERENCES.has(lowerAt(ctx, j))) return j + 1;
  }
  return i;
}

/** Heads of a description that a body's name follows ("the main opposition party, the …"). */
const DESCRIPTION_HEADS = set(`party movement group organization organisation body council militia alliance coalition
  union front force army assembly parliament commission agency`);
/** How many words a description before a body's name may take ("the main opposition party, the …"). */
const DESCRIPTION_WORDS = 5;

/**
 * "dissolved the main opposition party, the Cambodia National Rescue Party,": a lower-case description, then the
 * body's name set off by commas.
 */
function appositiveName(ctx: ArticleContext, s: Sentence, i: number): string | undefined {
  if (lowerAt(ctx, i) !== 'the') return undefined;
  for (let j = i + 1; j < s.last && j <= i + DESCRIPTION_WORDS; j++) {
    const t = ctx.tokens[j]!;
    if (t.text === ',') {
      if (j === i + 1 || !DESCRIPTION_HEADS.has(lowerAt(ctx, j - 1))) return undefined;
      const name = entityAt(ctx, s, j + 1);
      const closed = name && (lowerAt(ctx, name.last) === ',' || name.last === s.last - 1);
      return closed && isNamedEntity(name.name) ? name.name : undefined;
    }
    // "the main Kurdish party": a people's adjective may describe it.
    const m = t.cap ? mentionAtToken(ctx, j) : undefined;
    if (m && (m.entry.kind === 'demonym' || m.entry.kind === 'orgAdjective')) {
      j = m.last - 1;
      continue;
    }
    if (t.kind !== 'word' || t.cap) return undefined;
  }
  return undefined;
}

/**
 * "the country's two election commissions", "its three intelligence agencies": where a description of bodies left
 * unnamed (a determiner, lower-case words, a body's plural head) that starts at i ends, else 0.
 */
function unnamedBodiesEnd(ctx: ArticleContext, s: Sentence, i: number): number {
  if (!UNNAMED_DETERMINERS.has(lowerAt(ctx, i))) return 0;
  for (let j = i + 1; j < s.last && j <= i + DESCRIPTION_WORDS + 1; j++) {
    const t = ctx.tokens[j]!;
    const w = t.lower;
    if (w.endsWith('s') && DESCRIPTION_HEADS.has(singularOf(w))) return j + 1;
    if (t.cap || (t.kind !== 'word' && t.kind !== 'number' && w !== "'s" && w !== '’s')) return 0;
  }
  return 0;
}
const UNNAMED_DETERMINERS = set('the its their his her');

/** How many bodies one active dissolution may list as its objects (a decree may list a dozen). */
const MAX_OBJECTS = 12;

/** How many tokens a bracketed acronym may take ("(ADEMA-PASJ)"). */
const ACRONYM_TOKENS = 5;

/** After "(ADEMA-PASJ)" at i, an acronym in brackets after a name: the token past its ")"; else `i`. */
function acronymEnd(ctx: ArticleContext, s: Sentence, i: number): number {
  if (lowerAt(ctx, i) !== '(') return i;
  for (let k = i + 2; k < s.last && k <= i + ACRONYM_TOKENS; k++) if (lowerAt(ctx, k) === ')') return k + 1;
  return i;
}

/** How many tokens a relative clause inside a list may take ("…, which led the country through the 1990s, and"). */
const LIST_RELATIVE_TOKENS = 12;

/** Where ", which …, and" resumes a list after its relative clause: the comma before "and"; else `i`. */
function pastRelativeClause(ctx: ArticleContext, s: Sentence, i: number): number {
  if (lowerAt(ctx, i) !== ',' || !['which', 'who'].includes(lowerAt(ctx, i + 1))) return i;
  for (let k = i + 2; k < s.last && k <= i + LIST_RELATIVE_TOKENS; k++) {
    if (lowerAt(ctx, k) === ';') return i;
    if (lowerAt(ctx, k) === ',') return lowerAt(ctx, k + 1) === 'and' ? k : i;
  }
  return i;
}

/**
 * The objects of an active dissolution: "abolished the Office of X", "dissolved the Iraqi army and the Baath Party"
 * (each item a name or an institution, linked by commas and a last "and").
 */
function objectsAt(ctx: ArticleContext, s: Sentence, i: number): string[] {
  const named = appositiveName(ctx, s, i);
  if (named) return [named];
  const names: string[] = [];
  // Items after a bare comma count only once an "and" closes the list ("…, the agency said" is not an item).
  let listed = 1;
  let at = i;
  // After a companion link, an item stands on its own ("…, together with the Republican Guard.").
  let companions = false;
  // "dissolved the country's two election commissions as well as the Ministry of Peace": bodies left unnamed, then
  // the named ones with them.
  // "the armed forces, including the Republican Guard, …": no body named yet, the companions named after it.
  const armed = unownedArmedForcesAt(ctx, i) ? companionLink(ctx, i + 3) : 0;
  const unnamed = armed > 0 ? 0 : unnamedBodiesEnd(ctx, s, i);
  const afterUnnamed = unnamed > 0 ? companionLink(ctx, unnamed) : 0;
  // "the country's two election commissions": the bodies the next sentences name for it are objects too.
  const counted = unnamed > 0 ? namesOfCounted(ctx, s.index, spanText(ctx, i, unnamed)) : [];
  if (afterUnnamed > 0) {
    // Only a body's own name follows them ("… as well as the government ministries" names none), or one body per
    // field of a shared plural head ("… as well as the ministries of peace and of parliamentary affairs").
    if (!entityAt(ctx, s, pastDescribingWord(ctx, afterUnnamed)) && !sharedPluralHead(ctx, s, afterUnnamed))
      return counted;
    names.push(...counted);
    at = afterUnnamed;
    companions = true;
  } else if (counted.length) return counted;
  else if (armed > 0) {
    at = armed;
    companions = true;
  }
  while (names.length < MAX_OBJECTS) {
    // "…, as well as the Defence and Information ministries": one body per modifier of a shared plural head.
    const shared = names.length ? sharedPluralHead(ctx, s, at) : undefined;
    // "…, including the elite Republican Guard": a describing word before a later item's name is no part of it.
    const item = names.length || companions ? pastDescribingWord(ctx, at) : at;
    const object = shared
      ? { name: shared.names[0]!, last: shared.last }
      : (entityAt(ctx, s, item) ??
        institutionAt(ctx, s, item) ??
        (names.length ? listedName(ctx, s, item) : undefined) ??
        membersOfNamedAt(ctx, s, item));
    // "X together with its formations and affiliated organisations, among them the SS, …": the members named.
    const members = !object && companions ? membersAfterCollective(ctx, s, at) : 0;
    if (members > 0) {
      at = members;
      continue;
    }
    if (!object) break;
    names.push(...(shared ? shared.names : [object.name]));
    // "the Iraqi army, air force and navy": sister services share the people's name of the first.
    // Only sisters of a people's service here; a bare "the army, air force and navy" is read by findDissolutions.
    const sisters = shared || !object.name.includes(' ') ? undefined : sisterServices(ctx, object);
    if (sisters) {
      names.push(...sisters.names);
      object.last = sisters.last;
    }
    if (companions) listed = names.length;
    // "the Fedayeen Saddam paramilitary force and …": a lower-case head after the name is no part of the link.
    const headed = shared ? object.last : pastLowerHead(ctx, s, object.last);
    // "the Federal Migration Service (FMS) and …": an acronym in brackets after the name.
    const bracketed = acronymEnd(ctx, s, headed);
    // "the Union for Progress, which ruled in the 1990s, and the Party for Change": a relative clause set off after
    // an item does not close the list.
    const end = pastRelativeClause(ctx, s, bracketed);
    const link = lowerAt(ctx, end);
    if (link === 'and' || (link === ',' && lowerAt(ctx, end + 1) === 'and')) {
      at = end + (link === 'and' ? 1 : 2);
      // "… and the paramilitary Fedayeen Saddam": the describing word is no part of the last item either.
      const item = pastDescribingWord(ctx, at);
      const found = entityAt(ctx, s, item) ?? institutionAt(ctx, s, at) ?? listedName(ctx, s, item);
      // "…, and Law No. 34 of 20 August 1946 dissolved the army": a name with its own verb opens a new clause.
      const last = found && !verbFollowsName(ctx, s, found.last) ? found : undefined;
      if (last) names.push(last.name);
      listed = names.length;
      // "X, Y and Z, together with the Iraqi army, …": a companion list after the closed one.
      const companion = last ? companionLink(ctx, last.last) : 0;
      if (companion > 0) {
        at = companion;
        companions = true;
        continue;
      }
      // "X, Y and Z, the Iraqi Intelligence Service and the Special Security Organization, together with …": a
      // further list of bodies after the closed one, each closed by its own "and".
      if (last && lowerAt(ctx, last.last) === ',' && furtherListAt(ctx, s, last.last + 1)) {
        at = last.last + 1;
        continue;
      }
      break;
    }
    // "…, together with the Iraqi army, the Republican Guard and …": a companion list goes on the same way.
    const companion = companionLink(ctx, end);
    if (companion > 0) {
      at = companion;
      listed = names.length;
      companions = true;
      continue;
    }
    if (link !== ',') break;
    at = end + 1;
  }
  return names.slice(0, listed);
}

/** Lower-case heads a listed body's name may take after it ("the Fedayeen Saddam paramilitary force"). */
const LISTED_LOWER_HEADS = set('force militia group unit units service agency');
/** How many describing words may stand before such a head ("paramilitary", "secret"). */
const LISTED_HEAD_WORDS = 1;

/** After a listed name ending at i: past a lower-case head of it within reach, else i. */
function pastLowerHead(ctx: ArticleContext, s: Sentence, i: number): number {
  for (let j = i; j < s.last && j <= i + LISTED_HEAD_WORDS; j++) {
    const t = ctx.tokens[j]!;
    if (t.kind !== 'word' || t.cap) return i;
    if (LISTED_LOWER_HEADS.has(t.lower)) return j + 1;
  }
  return i;
}

/** Whether a list of bodies closed by its own "and" starts at i ("the Iraqi Intelligence Service and the …"). */
function furtherListAt(ctx: ArticleContext, s: Sentence, i: number): boolean {
  const first = entityAt(ctx, s, i) ?? institutionAt(ctx, s, i);
  if (!first || verbFollowsName(ctx, s, first.last)) return false;
  const w = lowerAt(ctx, first.last);
  return w === 'and' || (w === ',' && (lowerAt(ctx, first.last + 1) === 'and' || companionLink(ctx, first.last) > 0));
}

/** Parts of speech of a word describing a listed name before it ("the elite Republican Guard"). */
const DESCRIBING_POS = set('adjective noun');

/** "the elite Republican Guard" at i: where the name after "the" and one describing word starts, else i. */
function pastDescribingWord(ctx: ArticleContext, i: number): number {
  const word = ctx.tokens[i + 1];
  if (lowerAt(ctx, i) !== 'the' || !word || word.cap || word.kind !== 'word' || !ctx.tokens[i + 2]?.cap) return i;
  return DESCRIBING_POS.has(posOf(word.lower) ?? '') ? i + 2 : i;
}
/** How many capitalized words a body named without a head word may take in a list ("the Fedayeen Saddam"). */
const LISTED_NAME_TOKENS = 5;

/**
 * "…, the Republican Guard and the Fedayeen Saddam": in a list of bodies, a capitalized name of two or more words
 * after "the" is another body, though it carries no head word — never a place, state or person on its own.
 */
function listedName(ctx: ArticleContext, s: Sentence, i: number): { name: string; last: number } | undefined {
  // "the paramilitary Fedayeen Saddam": past its describing word (pastDescribingWord) the name starts at i.
  const described = i - 2 >= s.first && pastDescribingWord(ctx, i - 2) === i;
  if (lowerAt(ctx, i) !== 'the' && !described) return undefined;
  const start = described ? i : i + 1;
  let j = start;
  while (j < s.last && j < start + LISTED_NAME_TOKENS && ctx.tokens[j]!.cap && ctx.tokens[j]!.kind === 'word') j++;
  if (j - start < 2 || ctx.inDate[start]) return undefined;
  const whole = mentionAtToken(ctx, start);
  if (whole && whole.first === start && whole.last === j) return undefined;
  return { name: spanText(ctx, start, j), last: j };
}

/**
 * After an object at i: where the item after ", together with", ", along with", ", as well as" or ", including" (a
 * part dissolved with the whole: "the armed forces, including the Republican Guard") starts, else 0.
 */
function companionLink(ctx: ArticleContext, i: number): number {
  const j = lowerAt(ctx, i) === ',' ? i + 1 : i;
  const w = lowerAt(ctx, j);
  if (w === 'including' && j === i + 1) return j + 1;
  if ((w === 'together' || w === 'along') && lowerAt(ctx, j + 1) === 'with') return j + 2;
  if (w === 'as' && lowerAt(ctx, j + 1) === 'well' && lowerAt(ctx, j + 2) === 'as') return j + 3;
  return 0;
}

/** Adjectives between "its" and a body's own dissolution ("announced its final dissolution"). */
const SELF_END_ADJECTIVES = set('final formal official complete definitive');
/** Verbs by which a body declares its own dissolution. */
const DECLARING = set('announced declared confirmed approved completed voted announces declares confirms');
/** Verbs by which a body reports what it did ("said that it had dissolved itself"). */
const REPORTING_SELF = set(`announced declared confirmed approved completed voted said says stated announces declares
  confirms states`);
/** "ceased to exist" as history tells it and "ceases to exist" as a summary of the day does. */
const CEASED = set('ceased ceases cease');
/** What "ceased to exist as a …" may name for the end of an entity rather than a defeat. */
const STATUS_HEADS = set(`state states country nation republic kingdom entity organization organisation party
  department departments agency agencies office offices body bodies organizations organisations territory colony
  protectorate dominion`);
const STATUS_GAP = 6;

/** How far back in a clause a blocker of a verbal noun may stand. */
const NOUN_CLAUSE_TOKENS = 10;

/**
 * EntityDissolved from clause structure: a dissolution verb stated as fact with its subject (passive or intransitive)
 * or object (active), a verbal noun with its "of" phrase or possessor, a coordinated list with a shared head, and
 * references ("It", "the office") resolved to the entity named before.
 */
export function findDissolutionClauses(ctx: ArticleContext): Candidate[] {
  const out: Candidate[] = [];
  for (const s of ctx.sentences) {
    if (!(ctx.sentenceClass[s.index]! & (WORD_CLASS.dissolve | TRIGGER_CLASS))) continue;
    for (let t = s.first; t < s.last; t++) {
      // Only a trigger word or "ceased" (a dissolve word) reads anything.
      if (!(ctx.wordClass[t]! & (WORD_CLASS.dissolve | TRIGGER_CLASS))) continue;
      const w = lowerAt(ctx, t);
      const closedDown = SHUT.has(w) && lowerAt(ctx, t + 1) === 'down';
      const names = closedDown
        ? phrasalEnd(ctx, s, t)
        : VERBS.has(w)
          ? (verbal(ctx, s, t) ?? collectiveMembers(ctx, s, t))
          : NOUNS.has(w)
            ? nominal(ctx, s, t)
            : isCeasedToExist(ctx, t)
              ? verbal(ctx, s, t)
              : PHRASAL_END.has(w)
                ? phrasalEnd(ctx, s, t)
                : STATE_ENDS.has(w)
                  ? stateEnd(ctx, s, t)
                  : undefined;
      const mandated = CLOSE_VERBS.has(w) && !closedDown ? names?.filter(isMandated) : names;
      // "Operation Iraqi Freedom officially ended": a military operation that runs its course is no body dissolved;
      // only a decision ends one ("Macron ended Operation Barkhane").
      const ended = RUNS_OUT.has(w) ? mandated?.filter((name) => !OPERATION_NAME.test(name)) : mandated;
      if (!ended?.length) continue;
      for (const name of ended) out.push(clauseDissolution(ctx, s, t, name));
    }
  }
  return out;
}

/** Intransitive ends an operation's run comes to ("ended", "concluded", "came to an end"). */
const RUNS_OUT = set('ended ends concluded concludes came comes');
/** The name of a military operation ("Operation Essential Harvest"). */
const OPERATION_NAME = /^(?:the\s+)?Operation\s/;

/** The confidence of a dissolution read from a clause. */
const CLAUSE_CONFIDENCE = 0.7;

/** The candidate of `name` dissolved by the word at t of sentence s, dated as dissolutions are. */
export function clauseDissolution(ctx: ArticleContext, s: Sentence, t: number, name: string): Candidate {
  const date = dateNear(ctx, s, t, DISSOLUTION_DATING);
  return {
    type: 'EntityDissolved',
    entity: { name: canonicalEntity(name) },
    occurredOn: date.value,
    dateSource: date.source,
    ...(date.approx ? { dateApprox: true } : {}),
    sentence: s.index,
    ...evidenceSpan(s),
    confidence: CLAUSE_CONFIDENCE,
  };
}

/**
 * "together with the parties of the National Progressive Front": the member bodies of a named body, named with it
 * ("parties of the National Progressive Front"), else undefined.
 */
function membersOfNamedAt(ctx: ArticleContext, s: Sentence, i: number): { name: string; last: number } | undefined {
  let j = lowerAt(ctx, i) === 'the' ? i + 1 : i;
  if (lowerAt(ctx, j) === 'other') j++;
  if (!BODY_PLURALS.has(lowerAt(ctx, j)) || ctx.tokens[j]!.cap || lowerAt(ctx, j + 1) !== 'of') return undefined;
  const whole = entityAt(ctx, s, j + 2);
  return whole ? { name: spanText(ctx, j, whole.last), last: whole.last } : undefined;
}

/** Plural nouns for a set of bodies dissolved at once ("all state institutions"). */
const COLLECTIVE_BODIES = set('institutions bodies organs organisations organizations formations parties');
/** How far from the verb the collective noun may stand ("the institutions of the republic are dissolved"). */
const COLLECTIVE_REACH = 8;
/** Words that open the list of the members meant ("including", "naming", "namely"). */
const MEMBER_OPENERS = set('including naming namely');

/** How many words a companion's collective description may take ("its formations and affiliated organisations"). */
const COLLECTIVE_DESCRIPTION_WORDS = 6;
const COLLECTIVE_DETERMINERS = set('its their the all');

/** Where the names after ", including", ", namely", ", among them" or ", such as" at i start, else 0. */
function membersOpenedAt(ctx: ArticleContext, i: number): number {
  if (lowerAt(ctx, i) !== ',') return 0;
  const w = lowerAt(ctx, i + 1);
  if (MEMBER_OPENERS.has(w)) return i + 2;
  if (w === 'among' && lowerAt(ctx, i + 2) === 'them') return i + 3;
  return w === 'such' && lowerAt(ctx, i + 2) === 'as' ? i + 3 : 0;
}

/**
 * "…, together with its formations and affiliated organisations, among them the SS, the SA and …": after a companion
 * link, a collective description of bodies in lower case (a determiner, then words ending in a collective noun) whose
 * members are named next; where those names start, else 0.
 */
function membersAfterCollective(ctx: ArticleContext, s: Sentence, i: number): number {
  if (!COLLECTIVE_DETERMINERS.has(lowerAt(ctx, i))) return 0;
  let collective = -1;
  for (let j = i + 1; j < s.last && j <= i + COLLECTIVE_DESCRIPTION_WORDS; j++) {
    const t = ctx.tokens[j]!;
    if (t.kind !== 'word' || t.cap) break;
    if (COLLECTIVE_BODIES.has(t.lower)) collective = j;
  }
  return collective < 0 ? 0 : membersOpenedAt(ctx, collective + 1);
}

/**
 * "dissolved all state institutions, including the Senate and the National Assembly", "'All the institutions of the
 * republic are dissolved,' one said, naming the government, the Senate …", "The Senate and the Constitutional Court
 * were among the institutions dissolved": the bodies a collective dissolution names.
 */
function collectiveMembers(ctx: ArticleContext, s: Sentence, t: number): string[] | undefined {
  const group = verbGroup(ctx, s, t);
  if (!statesFact(group) || clauseBlocked(ctx, s, group.first) || pendingClause(ctx, s, group.first, t))
    return undefined;
  let collective = -1;
  for (let j = Math.max(s.first, t - COLLECTIVE_REACH); j < Math.min(s.last, t + COLLECTIVE_REACH); j++)
    if (COLLECTIVE_BODIES.has(lowerAt(ctx, j))) collective = j;
  if (collective < 0) return undefined;
  // "The government, the Senate … were among the institutions dissolved": the subject lists the members.
  if (lowerAt(ctx, collective - 1) === 'the' && lowerAt(ctx, collective - 2) === 'among') {
    const be = collective - 3;
    return BE_FORMS.has(lowerAt(ctx, be)) ? subject(ctx, s, be) : undefined;
  }
  for (let j = Math.max(t, collective) + 1; j < s.last; j++) {
    const w = lowerAt(ctx, j);
    const start = MEMBER_OPENERS.has(w)
      ? j + 1
      : w === 'among' && lowerAt(ctx, j + 1) === 'them'
        ? j + 2
        : w === 'such' && lowerAt(ctx, j + 1) === 'as'
          ? j + 2
          : -1;
    if (start < 0) continue;
    const names = objectsAt(ctx, s, start);
    // "three minor parties, among them Pattana Chart Thai and the Social Democratic party": where the opener follows
    // the collective noun itself, its members may be bare names or take its head in lower case.
    const members =
      lowerAt(ctx, collective + 1) === ',' && j === collective + 2 ? memberNamesAt(ctx, s, start, collective) : [];
    const read = members.length > names.length ? members : names;
    return read.length ? read : undefined;
  }
  // "dissolved all political parties and political organisations": any collective noun of the clause.
  const nouns = new Set<string>();
  for (let j = Math.max(s.first, t - COLLECTIVE_REACH); j < Math.min(s.last, t + COLLECTIVE_REACH); j++)
    if (COLLECTIVE_BODIES.has(lowerAt(ctx, j))) nouns.add(lowerAt(ctx, j)).add(singularOf(lowerAt(ctx, j)));
  return membersNamedNext(ctx, s, nouns);
}

/** How many capitalized words a member named without a head may take ("Pattana Chart Thai"). */
const MEMBER_NAME_TOKENS = 5;
/** How many capitalized words a bare member name needs: one word alone may be a person's or a place's name. */
const MEMBER_NAME_MIN_TOKENS = 2;

/**
 * A member of a collective (the plural noun at `collective`) at i: a body's name ("the National Democratic Union"),
 * capitalized words before the collective's own head in lower case ("the Social Democratic party", named with its
 * head), or a bare capitalized name of two or more words that is no known person's or place's ("Pattana Chart Thai").
 */
function memberAt(
  ctx: ArticleContext,
  s: Sentence,
  i: number,
  collective: number,
): { name: string; last: number } | undefined {
  const start = lowerAt(ctx, i) === 'the' ? i + 1 : i;
  let j = start;
  while (
    j < s.last &&
    j < start + MEMBER_NAME_TOKENS &&
    ctx.tokens[j]!.cap &&
    ctx.tokens[j]!.kind === 'word' &&
    !ctx.inDate[j]
  )
    j++;
  const head = singularOf(lowerAt(ctx, collective));
  if (j > start && lowerAt(ctx, j) === head && !ctx.tokens[j]!.cap)
    return { name: `${spanText(ctx, start, j)} ${head[0]!.toUpperCase()}${head.slice(1)}`, last: j + 1 };
  const named = entityAt(ctx, s, i);
  if (named) return { name: named.name, last: named.last };
  if (j - start < MEMBER_NAME_MIN_TOKENS) return undefined;
  const whole = mentionAtToken(ctx, start);
  if (whole && whole.first === start && whole.last === j) return undefined;
  return { name: spanText(ctx, start, j), last: j };
}

/**
 * The members a collective's opener names from i: items linked by commas and a last "and" (items after a bare comma
 * count only once an "and" closes the list).
 */
function memberNamesAt(ctx: ArticleContext, s: Sentence, i: number, collective: number): string[] {
  const names: string[] = [];
  let at = i;
  while (names.length < MAX_OBJECTS) {
    const item = memberAt(ctx, s, at, collective);
    if (!item) break;
    names.push(item.name);
    const link = lowerAt(ctx, item.last);
    const and =
      link === 'and' ? item.last + 1 : link === ',' && lowerAt(ctx, item.last + 1) === 'and' ? item.last + 2 : -1;
    if (and > 0) {
      const last = memberAt(ctx, s, and, collective);
      if (last && !verbFollowsName(ctx, s, last.last)) return [...names, last.name];
      return names;
    }
    if (link !== ',') break;
    at = item.last + 1;
  }
  return names.slice(0, 1);
}

/** How far into the next sentence its "<noun>, including" may stand ("The decree, signed …, applies to every party"). */
const MEMBERS_NEXT_REACH = 30;

/**
 * "The junta dissolved all political parties. The decree covers every registered party, including the Union for
 * Progress and …": the members the next sentence names for one of the clause's collective nouns (`nouns`, singular
 * and plural).
 */
function membersNamedNext(ctx: ArticleContext, s: Sentence, nouns: ReadonlySet<string>): string[] | undefined {
  const next = ctx.sentences[s.index + 1];
  if (!next) return undefined;
  for (let j = next.first; j + 2 < next.last && j < next.first + MEMBERS_NEXT_REACH; j++) {
    if (!nouns.has(lowerAt(ctx, j)) || lowerAt(ctx, j + 1) !== ',' || lowerAt(ctx, j + 2) !== 'including') continue;
    const names = objectsAt(ctx, next, j + 3);
    return names.length ? names : undefined;
  }
  return undefined;
}

/** Words by which a state or empire comes apart: "the collapse of the Soviet Union", "Austria-Hungary disintegrated". */
const STATE_ENDS = set('collapse disintegration collapsed disintegrated');
/** How far after "the collapse" its date must stand ("the collapse of the Soviet Union in 1991"). */
const DATED_NOUN_REACH = 10;
/** Heads of the names of states and unions that can come apart. */
const STATE_NAME = /\b(?:Empire|Union|Federation|Confederation|Republic|Kingdom|Caliphate|Sultanate|Monarchy)$/;

/** Whether a name is a state's: one the gazetteer knows as a state, or a name with a state's head. */
function isStateName(name: string): boolean {
  return gazetteer().get(lookupKey(name.replace(/^the\s+/i, '')))?.kind === 'state' || STATE_NAME.test(name);
}

/**
 * "the collapse of the Soviet Union in 1991", "Austria-Hungary disintegrated in October 1918": a state that comes
 * apart ends; a government, ceasefire or front that collapses does not.
 */
function stateEnd(ctx: ArticleContext, s: Sentence, t: number): string[] | undefined {
  const w = lowerAt(ctx, t);
  const noun = w === 'collapse' || w === 'disintegration';
  // "since the collapse of the USSR": an undated noun in passing recalls the end, it does not report it.
  if (noun && !(ctx.dates[s.index] ?? []).some((d) => d.first > t && d.first - t <= DATED_NOUN_REACH)) return undefined;
  const names = noun ? nominal(ctx, s, t) : intransitiveEnd(ctx, s, t);
  // A state ends only where the sentence names it: "It … ended" after "an operation in Mali" is not Mali's end.
  const sentence = ctx.text.slice(ctx.tokens[s.first]!.start, ctx.tokens[s.last - 1]!.end);
  const states = names?.filter((name) => isStateName(name) && sentence.includes(name));
  return states?.length ? states : undefined;
}

/** The subject of an intransitive verb stated as fact ("The Soviet Union collapsed in December 1991"). */
function intransitiveEnd(ctx: ArticleContext, s: Sentence, t: number): string[] | undefined {
  const group = verbGroup(ctx, s, t);
  if (group.passive || !statesFact(group) || clauseBlocked(ctx, s, group.first)) return undefined;
  // "Somalia collapsed into civil war": a state falling into chaos goes on existing.
  if (lowerAt(ctx, t + 1) === 'into') return undefined;
  // "Negotiations on a federal Ruritania collapsed": talks, a truce or a deal that collapses ends no body.
  const opening = afterFrontedDate(ctx, afterDateline(ctx, s));
  const head = lowerAt(ctx, opening) === 'the' ? opening + 1 : opening;
  if (PROCESS_SUBJECTS.has(lowerAt(ctx, head)) && head < group.first) return undefined;
  // "Efforts at reuniting Ruritania collapsed": a name a gerund takes as its object sits inside the subject's modifier.
  const named = mentionAtToken(ctx, group.first - 1);
  if (named && gerundObject(ctx, named.first)) return undefined;
  // "As the Confederacy collapsed, U.S. leaders …": an undated end in a fronted clause is the background of another.
  if (BACKGROUND_OPENERS.has(lowerAt(ctx, afterDateline(ctx, s))) && !(ctx.dates[s.index] ?? []).length)
    return undefined;
  return subject(ctx, s, group.first);
}
/** Subordinators that open a clause setting the scene for the main one. */
const BACKGROUND_OPENERS = set('as while when after since');
/** Heads of subjects that are processes or instruments, not bodies: their collapse ends no entity. */
const PROCESS_SUBJECTS = set(`talks negotiations negotiation process dialogue deal agreement accord ceasefire truce
  efforts effort bid plan`);
/** Gerunds that introduce members of a list, not an object ("bodies, including the Union, collapsed"). */
const LIST_GERUNDS = set('including excluding');
/** Whether the token before `first` is a gerund whose object the name starting at `first` is ("reunifying Cyprus"). */
function gerundObject(ctx: ArticleContext, first: number): boolean {
  const w = lowerAt(ctx, first - 1);
  return w.endsWith('ing') && !ctx.tokens[first - 1]!.cap && !LIST_GERUNDS.has(w) && posOf(w) === 'verb';
}

/** First words of phrasal ends: "came to an end", "shut down", "split into". */
const PHRASAL_END = set(
  'came come comes shut shuts closed split splits went go goes gone passed phased voted votes legislated cased furled',
);
/** The words findDissolutionClauses reads besides the dissolve class, as a word class of their own. */
const TRIGGER_CLASS = wordClassOf(new Set([...NOUNS, ...VERBS, ...PHRASAL_END, ...STATE_ENDS]));
/** Particle words after each, by verb, and how many tokens the phrase takes. */
const CAME = set('came come comes');
const SHUT = set('shut shuts closed');
/** "went out of existence", "passed out of existence". */
const WENT = set('went go goes gone passed');
/** What a body goes out of when it ends ("went out of existence", "went out of business"). */
const OUT_OF_ENDS = set('existence business');
/** Verbs that put their object out of existence ("voted the Soviet Union out of existence"). */
const VOTED_OUT = set('voted votes legislated');
/** Verbs of a unit's flag put away for good, the military rite of its inactivation ("cased the colors of …"). */
const CASED = set('cased furled');
/** A unit's flag, as the rite names it. */
const COLORS = set('colors colours');
/** Possessives before a flag cased by its own unit ("furled its colors"). */
const OWN_COLORS = set('its their');
/**
 * Words by which the sentence says a cased flag ends its unit ("formally ending the mission", "marking the end of the
 * command"): a unit also cases its colors to move ("cased its colors before deploying").
 */
const END_WORDS = set('end ending ended inactivation inactivated deactivation deactivated disestablishment');

/**
 * "The West Indies Federation came to an end on 31 May 1962", "went out of existence" (a named body, intransitive);
 * "Congress shut down the Freedmen's Bureau", "the court closed down the Welfare Party", "the Bureau was shut down" (a
 * named body only: not "shut down the airport"); "Czechoslovakia
 * split into two states" (a state only: a party or group splitting is not dissolved).
 */
function phrasalEnd(ctx: ArticleContext, s: Sentence, t: number): string[] | undefined {
  const w = lowerAt(ctx, t);
  const group = verbGroup(ctx, s, t);
  if (!statesFact(group) || clauseBlocked(ctx, s, group.first) || pendingClause(ctx, s, group.first, t))
    return undefined;
  if (CAME.has(w)) {
    if (lowerAt(ctx, t + 1) !== 'to' || !['an', 'its', 'their'].includes(lowerAt(ctx, t + 2))) return undefined;
    if (lowerAt(ctx, t + 3) !== 'end') return undefined;
    return subject(ctx, s, group.first)?.filter((name) => isNamedEntity(name));
  }
  if (WENT.has(w)) {
    // "went out of business", "passed into history": idioms of the same end.
    const outOf = lowerAt(ctx, t + 1) === 'out' && lowerAt(ctx, t + 2) === 'of' && OUT_OF_ENDS.has(lowerAt(ctx, t + 3));
    const intoHistory = w === 'passed' && lowerAt(ctx, t + 1) === 'into' && lowerAt(ctx, t + 2) === 'history';
    if (!outOf && !intoHistory) return undefined;
    return subject(ctx, s, group.first)?.filter((name) => isNamedEntity(name));
  }
  // "formally voted the Soviet Union out of existence": the object voted out ends.
  if (VOTED_OUT.has(w)) {
    const object = entityAt(ctx, s, t + 1);
    const out = object ? object.last : -1;
    if (
      !object ||
      lowerAt(ctx, out) !== 'out' ||
      lowerAt(ctx, out + 1) !== 'of' ||
      lowerAt(ctx, out + 2) !== 'existence'
    )
      return undefined;
    return [object.name];
  }
  // "cased the colors of United States Forces-Iraq": the unit whose flag is put away is inactivated; "Joint Forces
  // Command furled its colors": the subject's own. A named unit only.
  if (CASED.has(w)) {
    if (group.passive || !wordBetween(ctx, s.first, s.last, END_WORDS)) return undefined;
    if (OWN_COLORS.has(lowerAt(ctx, t + 1)) && COLORS.has(lowerAt(ctx, t + 2)))
      return subject(ctx, s, group.first)?.filter((name) => isNamedEntity(name));
    if (lowerAt(ctx, t + 1) !== 'the' || !COLORS.has(lowerAt(ctx, t + 2)) || lowerAt(ctx, t + 3) !== 'of')
      return undefined;
    const unit = entityAt(ctx, s, t + 4);
    return unit && isNamedEntity(unit.name) ? [unit.name] : undefined;
  }
  // "The Division of Foreign Intelligence was phased out in 1927": a named body only, like "shut down".
  if (SHUT.has(w) || w === 'phased') {
    if (lowerAt(ctx, t + 1) !== (w === 'phased' ? 'out' : 'down')) return undefined;
    if (!group.passive) {
      const object = entityAt(ctx, s, t + 2);
      return object ? [object.name] : undefined;
    }
    return subject(ctx, s, group.first)?.filter((name) => isNamedEntity(name));
  }
  if (lowerAt(ctx, t + 1) !== 'into' || group.passive) return undefined;
  return subject(ctx, s, group.first)?.filter((name) => gazetteer().get(lookupKey(name))?.kind === 'state');
}

/**
 * A name with a capital (not "the government"), and not a leader's term ("the Trump Administration"): what a phrasal
 * end may dissolve.
 */
function isNamedEntity(name: string): boolean {
  if (!/^(?:the\s+)?[A-Z0-9]/.test(name)) return false;
  return !name.split(/\s+/).some((word) => gazetteer().get(lookupKey(word))?.kind === 'leader');
}

function isCeasedToExist(ctx: ArticleContext, t: number): boolean {
  if (!CEASED.has(lowerAt(ctx, t)) || lowerAt(ctx, t + 1) !== 'to' || lowerAt(ctx, t + 2) !== 'exist') return false;
  if (lowerAt(ctx, t + 3) !== 'as') return true;
  // "ceased to exist as an independent state" ends a state; "as a fighting force" describes a defeat.
  for (let j = t + 4; j < t + 4 + STATUS_GAP && j < ctx.tokens.length; j++) {
    // "ceased to exist as a separate unit": existing apart is what ends, whatever the noun.
    if (STATUS_HEADS.has(lowerAt(ctx, j)) || APART.has(lowerAt(ctx, j))) return true;
  }
  return false;
}

/** Adjectives of existing apart ("as a separate unit", "as an independent body"). */
const APART = set('separate independent distinct autonomous');

/** Days a report may fix an end for as certain as done. */
const SAME_DAY = set('tonight today');
/** How far after "cease to exist" or a passive participle that day may stand ("cease to exist at midnight tonight"). */
const SAME_DAY_REACH = 4;

/** Whether "cease to exist" or a passive participle at t is set for the report's own day ("at midnight tonight"). */
function endsToday(ctx: ArticleContext, s: Sentence, t: number): boolean {
  const after = isCeasedToExist(ctx, t) ? t + 3 : t + 1;
  for (let j = after; j < s.last && j < after + SAME_DAY_REACH; j++) if (SAME_DAY.has(lowerAt(ctx, j))) return true;
  return false;
}

/** Verbs whose passive takes a dissolution as the subject's state ("was declared dissolved"). */
const DECLARED_STATE = set('declared pronounced');

function verbal(ctx: ArticleContext, s: Sentence, t: number): string[] | undefined {
  // "… boycotted the vote and was declared dissolved": the group is the declaring verb's, whose passive the
  // participle completes.
  const declared = DECLARED_STATE.has(lowerAt(ctx, t - 1)) && PASSIVE_NAME_ENDINGS.has(lowerAt(ctx, t));
  const group = declared ? verbGroup(ctx, s, t - 1) : verbGroup(ctx, s, t);
  if (declared && !group.passive) return undefined;
  // "eliminated" ends a body only in the passive ("the Bureau … were eliminated").
  if (PASSIVE_ONLY.has(lowerAt(ctx, t)) && !group.passive) return undefined;
  // "announced that it was disbanding": a body's own declaration; any other progressive is a process, not a decision.
  if (PROGRESSIVE_SELF.has(lowerAt(ctx, t)) && !progressiveSelf(ctx, s, group)) return undefined;
  const ownDeclaration = selfDeclared(ctx, s, group) || votedTo(group);
  // "The Federation will cease to exist at midnight tonight": a "will" whose day is the report's own fixes the end as
  // fact; "will cease to exist next year" stays a plan.
  const tonight = group.modal === 'will' && !group.negated && endsToday(ctx, s, t);
  if ((!statesFact(group) && !ownDeclaration && !tonight) || clauseBlocked(ctx, s, group.first)) return undefined;
  if (pendingClause(ctx, s, group.first, t)) return undefined;
  const w = lowerAt(ctx, t);
  // "the dissolved parliament", "the now-disbanded KLA": an adjective.
  if (adjectivalParticiple(ctx, t)) return undefined;
  const after = CEASED.has(w) ? t + 3 : t + 1;
  if (INTRANSITIVE_ONLY.has(w) && group.passive) return undefined;
  if (!group.passive && !CEASED.has(w)) {
    // "MINUSMA ended its mandate", "the League ended its existence": a body ending itself.
    if (INTRANSITIVE_ONLY.has(w) && OWN_END.has(lowerAt(ctx, after)) && SELF_END.has(lowerAt(ctx, after + 1))) {
      const names = subject(ctx, s, group.first);
      const mandated = MANDATE_WORDS.has(lowerAt(ctx, after + 1)) ? names?.filter(isMandated) : names;
      // "The United Nations' only peacekeeping force ended its mission …. The U.N. Border Force, known as …": a
      // description that opens the lede, named by the next sentence.
      return mandated?.length ? mandated : describedThenNamed(ctx, s, group.first);
    }
    if (!INTRANSITIVE_ONLY.has(w)) {
      // Active with an object: "abolished the Office of X", "dissolved the Russian, German and Ottoman Empires".
      const list = sharedHeadList(ctx, s, after);
      if (list) return list.map((e) => e.name);
      const objects = objectsAt(ctx, s, after);
      if (objects.length) return objects;
      // "The UN closed its peacekeeping mission in Ruritania …. UNMIR, as the mission is known, …": an owner's own
      // mission, named by the next sentence.
      const ownNamed = ownMissionNamedNext(ctx, s, after);
      if (ownNamed) return [ownNamed];
      // "The OSS was established in June 1942. Truman abolished it in 1945.": "it" for the body just founded.
      // "The FOA proved short-lived: Eisenhower abolished it": "it" for the body the clause before the colon is about.
      if (lowerAt(ctx, after) === 'it') {
        const founded = subjectBeforeColon(ctx, s, group.first) ?? foundedBefore(ctx, s);
        return founded ? [founded] : undefined;
      }
      // "Future Forward, which the same court dissolved in February 2020": the object is the relative's antecedent.
      const antecedent = relativeObject(ctx, s, group.first, after);
      if (antecedent) return [antecedent];
      // "UNASOG, whose mandate the Security Council terminated": the object is what "whose" owns, never the subject.
      const owned = possessedObject(ctx, s, group.first, after);
      if (owned) return owned.name ? [owned.name] : undefined;
    }
    // Any other object ("dissolved all municipal councils") is not read; only an intransitive use names the subject.
    const next = ctx.tokens[after];
    // "… that ended 44 days of fighting": a number opens an object too.
    if (
      next &&
      (next.kind === 'word' || next.kind === 'number') &&
      !ctx.inDate[after] &&
      !INTRANSITIVE_FOLLOWERS.has(next.lower)
    )
      return undefined;
  }
  // "The Knesset voted to disperse": the subject stands before the governing verb.
  // "Comecon agreed at a meeting in Budapest to disband": a phrase may stand between the governor and "to".
  const governorAt = group.infinitive ? governorBefore(ctx, s, group.first, group.governor) : -1;
  const first = governorAt >= 0 ? verbGroup(ctx, s, governorAt).first : group.first;
  // "SFOR's mission ended", "the mandate of UNAMIR ended": a mandated body whose mission ends.
  const holder = !group.passive ? mandateHolderBefore(ctx, s, first) : undefined;
  if (holder) return [holder];
  const named =
    subject(ctx, s, first) ??
    (group.passive ? undefined : describedThenNamed(ctx, s, first)) ??
    countedThenListed(ctx, s, first);
  // "The Tamil Makkal Viduthalai Pulikal formally disbands": only a body disbands or dissolves itself, so a name of
  // several capitalized words before it names one, head word or not.
  // "Thai Raksa Chart was disbanded on March 7": a passive of dissolving says as much of the name before it.
  if (!named && (group.passive ? PASSIVE_NAME_ENDINGS.has(w) : SELF_ENDING.has(w))) {
    const name = capitalizedNameBefore(ctx, s, first);
    // A passive's bare name opens its clause ("…: Thai Raksa Chart was disbanded"), never a name's own tail
    // ("Under Secretary for Economic Affairs was abolished") or a list's last item.
    const start = name ? first - name.split(/\s+/).length : -1;
    const opensClause = start <= afterDateline(ctx, s) || CLAUSE_OPENERS.has(lowerAt(ctx, start - 1));
    if (name && (!group.passive || opensClause)) return [name];
    // "Its predecessor, Future Forward, was dissolved": a bare name set off after a description is the subject.
    const setOff = group.passive && lowerAt(ctx, first - 1) === ',' ? setOffNameBefore(ctx, s, first - 1) : undefined;
    if (setOff) return [setOff];
  }
  // "The Baath Party was dissolved together with the National Progressive Front": companions share the end.
  const companion = named?.length && group.passive ? companionLink(ctx, pastDate(ctx, t + 1)) : 0;
  return companion ? [...named!, ...objectsAt(ctx, s, companion)] : named;
}

/**
 * "Move Forward's predecessor, Future Forward," with its closing comma at `comma`: a bare capitalized name set off by
 * commas after a lower-case noun that describes it; undefined where no such appositive ends there.
 */
function setOffNameBefore(ctx: ArticleContext, s: Sentence, comma: number): string | undefined {
  const name = capitalizedNameBefore(ctx, s, comma);
  if (!name) return undefined;
  const start = comma - name.split(/\s+/).length;
  const noun = ctx.tokens[start - 2];
  if (lowerAt(ctx, start - 1) !== ',' || !noun || noun.kind !== 'word' || noun.cap) return undefined;
  return posOf(noun.lower) === 'noun' ? name : undefined;
}

/** The token after a date at i ("on 2 May"), else i. */
function pastDate(ctx: ArticleContext, i: number): number {
  let j = DATE_PREPOSITIONS.has(lowerAt(ctx, i)) && ctx.inDate[i + 1] ? i + 1 : i;
  while (ctx.inDate[j]) j++;
  return j;
}

/** How many tokens the subject of an object relative may take ("which the same court"). */
const RELATIVE_SUBJECT_TOKENS = 6;

/**
 * "Future Forward, which the same court dissolved in February 2020": a verb with no object after it, in a relative
 * clause opened by "which" after a comma, has the name before the comma as its object.
 */
function relativeObject(ctx: ArticleContext, s: Sentence, groupFirst: number, after: number): string | undefined {
  const next = ctx.tokens[after];
  if (next && next.kind === 'word' && !ctx.inDate[after] && !INTRANSITIVE_FOLLOWERS.has(next.lower)) return undefined;
  for (let j = groupFirst - 1; j > s.first && j >= groupFirst - RELATIVE_SUBJECT_TOKENS; j--) {
    const w = lowerAt(ctx, j);
    if (w === 'which' || w === 'that') {
      if (lowerAt(ctx, j - 1) !== ',' || j + 1 === groupFirst) return undefined;
      return entityEndingAt(ctx, s, j - 2)?.name ?? capitalizedNameBefore(ctx, s, j - 1);
    }
    if (ctx.tokens[j]!.kind === 'punct') return undefined;
  }
  return undefined;
}

/** Heads of the names of observer bodies that serve under a mandate ("Observer Group", "Monitoring Team"). */
const OBSERVER_HEADS = /\b(?:group|team|presence)$/i;

/**
 * "the UN Observer Group (UNOG), whose mandate the Security Council terminated on 13 June": a verb with no object after
 * it, in a relative clause opened by ", whose <noun>", has that noun as its object; where the noun is a mandate or
 * mission, the mandated antecedent before the comma ends with it (`name`), else nothing is dissolved. Undefined where
 * no such clause opens before the verb.
 */
function possessedObject(
  ctx: ArticleContext,
  s: Sentence,
  groupFirst: number,
  after: number,
): { name?: string } | undefined {
  const next = ctx.tokens[after];
  if (next && next.kind === 'word' && !ctx.inDate[after] && !INTRANSITIVE_FOLLOWERS.has(next.lower)) return undefined;
  for (let j = groupFirst - 1; j > s.first && j >= groupFirst - RELATIVE_SUBJECT_TOKENS; j--) {
    if (lowerAt(ctx, j) !== 'whose') continue;
    if (lowerAt(ctx, j - 1) !== ',' || !MANDATE_WORDS.has(lowerAt(ctx, j + 1))) return {};
    const name = entityEndingAt(ctx, s, j - 2)?.name;
    return name && (isMandated(name) || OBSERVER_HEADS.test(name)) ? { name } : {};
  }
  return undefined;
}

/** How far before an infinitive's "to" its governing verb may stand ("agreed at a meeting in Budapest to"). */
const GOVERNOR_REACH = 6;

/** Where the governing word of the infinitive opening at `to` stands, or -1. */
function governorBefore(ctx: ArticleContext, s: Sentence, to: number, governor: string | undefined): number {
  if (!governor) return -1;
  for (let j = to - 1; j >= s.first && j >= to - GOVERNOR_REACH; j--) if (lowerAt(ctx, j) === governor) return j;
  return -1;
}

/** How many words may describe a counted subject between its count and its plural noun ("nominally independent"). */
const COUNTED_DESCRIPTION_WORDS = 4;

/**
 * "The country's four nominally independent homelands ceased to exist at midnight. Transkei, Bophuthatswana, Venda
 * and Ciskei, granted …": a counted plural subject is the bodies the next sentence opens by listing, where as many
 * names as the count stand there (a list closed by "and").
 */
function countedThenListed(ctx: ArticleContext, s: Sentence, verb: number): string[] | undefined {
  const noun = ctx.tokens[verb - 1];
  if (!noun || noun.kind !== 'word' || noun.cap || !noun.lower.endsWith('s')) return undefined;
  let k = verb - 2;
  while (k > s.first && k >= verb - 2 - COUNTED_DESCRIPTION_WORDS && !COUNTS[lowerAt(ctx, k)]) {
    if (ctx.tokens[k]!.kind !== 'word' || ctx.tokens[k]!.cap) return undefined;
    k--;
  }
  const count = COUNTS[lowerAt(ctx, k)];
  const next = ctx.sentences[s.index + 1];
  if (!count || !next || next.paragraph - s.paragraph > 1) return undefined;
  const names: string[] = [];
  let j = next.first;
  while (names.length < count) {
    const start = j;
    while (j < next.last && ctx.tokens[j]!.cap && ctx.tokens[j]!.kind === 'word') j++;
    if (j === start) return undefined;
    names.push(spanText(ctx, start, j));
    if (lowerAt(ctx, j) === 'and') return names.length === count - 1 ? listedLast(ctx, next, j + 1, names) : undefined;
    if (lowerAt(ctx, j) !== ',') return undefined;
    j += lowerAt(ctx, j + 1) === 'and' ? 2 : 1;
    if (lowerAt(ctx, j - 1) === 'and') return names.length === count - 1 ? listedLast(ctx, next, j, names) : undefined;
  }
  return undefined;
}

/** The list `names` with its last capitalized item from i, where one stands there. */
function listedLast(ctx: ArticleContext, s: Sentence, i: number, names: string[]): string[] | undefined {
  let j = i;
  while (j < s.last && ctx.tokens[j]!.cap && ctx.tokens[j]!.kind === 'word') j++;
  return j > i ? [...names, spanText(ctx, i, j)] : undefined;
}

/** How many words such a description may take before its head ("An Australian-led regional mission"). */
const LEDE_DESCRIPTION_WORDS = 5;

/**
 * "An Australian-led regional mission that restored order … formally ended on Friday. The Regional Assistance
 * Mission to Solomon Islands (RAMSI) lowered its flag …": a lede's indefinite description of a mission, ending, is the
 * mission the next sentence opens with by name.
 */
function describedThenNamed(ctx: ArticleContext, s: Sentence, verb: number): string[] | undefined {
  const start = describedLedeStart(ctx, s);
  if (start < 0) return undefined;
  let head = -1;
  for (let j = start + 1; j < verb && j <= start + LEDE_DESCRIPTION_WORDS; j++)
    if (MISSION_NOUNS.has(lowerAt(ctx, j)) && !ctx.tokens[j]!.cap) {
      head = j;
      break;
    }
  const next = ctx.sentences[s.index + 1];
  if (head < 0 || !next || next.paragraph - s.paragraph > 1) return undefined;
  const opening = entityAt(ctx, next, afterDateline(ctx, next));
  const word = lowerAt(ctx, head);
  const carries = opening && nameWords(opening.name).includes(word);
  return opening && carries ? [opening.name] : undefined;
}

/**
 * "The United Nations closed its peacekeeping mission in Ruritania on Sunday. UNMIR, as the stabilisation mission is
 * known, was deployed in 2004": the object "its/their … mission" at `after`, whose name the next sentence opens with,
 * carrying the head or set off by ", as the … mission is known".
 */
function ownMissionNamedNext(ctx: ArticleContext, s: Sentence, after: number): string | undefined {
  if (!OWN_END.has(lowerAt(ctx, after))) return undefined;
  let head = -1;
  for (let j = after + 1; j < s.last && j <= after + LEDE_DESCRIPTION_WORDS; j++) {
    if (ctx.tokens[j]!.kind !== 'word' || ctx.tokens[j]!.cap) return undefined;
    if (MISSION_NOUNS.has(lowerAt(ctx, j))) {
      head = j;
      break;
    }
  }
  const next = ctx.sentences[s.index + 1];
  if (head < 0 || !next || next.paragraph - s.paragraph > 1) return undefined;
  const opening = entityAt(ctx, next, afterDateline(ctx, next));
  if (!opening) return undefined;
  const word = lowerAt(ctx, head);
  if (nameWords(opening.name).includes(word)) return opening.name;
  return knownAsMission(ctx, next, opening.last) ? opening.name : undefined;
}

/** Whether ", as the … mission is known" stands at `comma` after a name. */
function knownAsMission(ctx: ArticleContext, s: Sentence, comma: number): boolean {
  if (lowerAt(ctx, comma) !== ',' || lowerAt(ctx, comma + 1) !== 'as' || lowerAt(ctx, comma + 2) !== 'the')
    return false;
  for (let j = comma + 3; j < s.last - 2 && j <= comma + 2 + LEDE_DESCRIPTION_WORDS; j++)
    if (MISSION_NOUNS.has(lowerAt(ctx, j)))
      return ['is', 'was'].includes(lowerAt(ctx, j + 1)) && lowerAt(ctx, j + 2) === 'known';
  return false;
}

/** Possessive marks after an owner's name ("the United Nations' force", "NATO's mission"). */
const OWNER_MARKS = set("' ’ 's ’s");

/**
 * Where a lede's description opens, the token before its first descriptive word: an indefinite article ("An
 * Australian-led mission") or the possessive after "the" and its owner ("The United Nations' only force"); else -1.
 */
function describedLedeStart(ctx: ArticleContext, s: Sentence): number {
  const start = afterDateline(ctx, s);
  if (lowerAt(ctx, start) === 'a' || lowerAt(ctx, start) === 'an') return start;
  if (lowerAt(ctx, start) !== 'the') return -1;
  const owner = mentionAtToken(ctx, start + 1);
  return owner && owner.first === start + 1 && OWNER_MARKS.has(lowerAt(ctx, owner.last)) ? owner.last : -1;
}

/** After a date set off at the start of the clause ("In 1944, the Division …"), else i. */
function afterFrontedDate(ctx: ArticleContext, i: number): number {
  let j = DATE_PREPOSITIONS.has(lowerAt(ctx, i)) && ctx.inDate[i + 1] ? i + 1 : i;
  if (!ctx.inDate[j]) return i;
  while (j < ctx.tokens.length && ctx.inDate[j]) j++;
  if (lowerAt(ctx, j) === ',') return j + 1;
  // "In 1944 the division was merged …": a fronted date without its comma, then the subject.
  return lowerAt(ctx, j) === 'the' ? j : i;
}

/** The mandated body whose mission or mandate is the subject ending at `end` ("SFOR's mission", "the mandate of UNAMIR"). */
function mandateHolderBefore(ctx: ArticleContext, s: Sentence, first: number): string | undefined {
  const end = first - 1;
  if (MANDATE_WORDS.has(lowerAt(ctx, end)) && ["'s", '’s'].includes(lowerAt(ctx, end - 1))) {
    const owner = entityEndingAt(ctx, s, end - 2);
    return owner && isMandated(owner.name) ? owner.name : undefined;
  }
  const owner = entityEndingAt(ctx, s, end);
  if (!owner || lowerAt(ctx, owner.first - 1) !== 'of' || !MANDATE_WORDS.has(lowerAt(ctx, owner.first - 2)))
    return undefined;
  return isMandated(owner.name) ? owner.name : undefined;
}

/** Words that tell of a body's founding ("was established in June 1942"). */
const FOUNDING = set('established created founded formed organized organised set');

/** The body that opens the sentence before `s` when that sentence tells of its founding, if any. */
function foundedBefore(ctx: ArticleContext, s: Sentence): string | undefined {
  const before = ctx.sentences[s.index - 1];
  if (!before || before.paragraph !== s.paragraph) return undefined;
  const opening = entityAt(ctx, before, afterFrontedDate(ctx, afterDateline(ctx, before)));
  if (!opening) return undefined;
  for (let j = opening.last; j < before.last; j++) if (FOUNDING.has(lowerAt(ctx, j))) return opening.name;
  return undefined;
}

/**
 * The name opening a sentence whose first clause ends in a colon or semicolon before `verb` ("The FOA proved
 * short-lived: …"), where that clause is a predicate of the name.
 */
function subjectBeforeColon(ctx: ArticleContext, s: Sentence, verb: number): string | undefined {
  let colon = -1;
  for (let j = s.first; j < verb; j++) if (COLON_MARKS.has(lowerAt(ctx, j))) colon = j;
  if (colon < 0) return undefined;
  const opening = entityAt(ctx, s, afterDateline(ctx, s));
  const next = opening ? ctx.tokens[opening.last] : undefined;
  if (!opening || !next || next.kind !== 'word' || next.cap || posOf(next.lower) !== 'verb') return undefined;
  return opening.last < colon ? opening.name : undefined;
}
/** Marks that close a clause whose subject a pronoun after them may refer to. */
const COLON_MARKS = set(': ;');

/** A dissolution "by" a date takes effect then; one "shortly after" a dated happening took place in its month. */
const DISSOLUTION_DATING = { byIsEffect: true, shortlyAfterIsOwn: true } as const;

/** Verbs whose active, intransitive use is a body ending itself. */
const SELF_ENDING = set('disband disbands disbanded');
/** Tokens after which a clause, and so its subject, opens. */
const CLAUSE_OPENERS = set(': ; , that');
/** Passives that end whatever capitalized name they follow ("Thai Raksa Chart was dissolved"). */
const PASSIVE_NAME_ENDINGS = set('disbanded dissolved abolished');
/** How many capitalized words such a name may have, and how few. */
const MAX_NAME_WORDS = 8;
const MIN_NAME_WORDS = 2;

/** The run of capitalized words right before `end` (not a state, people or place the gazetteer knows), if long enough. */
function capitalizedNameBefore(ctx: ArticleContext, s: Sentence, end: number): string | undefined {
  let first = end;
  while (first - 1 >= s.first && end - first < MAX_NAME_WORDS) {
    const t = ctx.tokens[first - 1]!;
    if (t.kind !== 'word' || !t.cap || ctx.inDate[first - 1] || t.lower === 'the') break;
    first--;
  }
  if (end - first < MIN_NAME_WORDS) return undefined;
  for (let j = first; j < end; j++) {
    const m = mentionAtToken(ctx, j);
    // "Thai Raksa Chart": a people's name opening a longer name is part of it.
    const opening =
      m &&
      j === first &&
      m.last === first + 1 &&
      (m.entry.kind === 'demonym' || m.entry.kind === 'state') &&
      end - first > MIN_NAME_WORDS;
    if (m && !opening) return undefined;
  }
  return spanText(ctx, first, end);
}

/** Whether the name starting at `first` opens a clause joined by ", and" ("…, and the Hong Kong Alliance"). */
function opensJoinedClause(ctx: ArticleContext, first: number): boolean {
  const before = lowerAt(ctx, first - 1) === 'the' ? first - 2 : first - 1;
  return lowerAt(ctx, before) === 'and' && lowerAt(ctx, before - 1) === ',';
}

/** The subject before a verb group: a name, a reference ("It", "the office"), or a shared-head list. */
/** Lower-case heads of a description that a place may end ("the peacekeeping mission in Mali, MINUSMA,"). */
const DESCRIBED_HEADS = set('mission force operation');

/** Participles that introduce the name a description is known by ("known as MINUSTAH"). */
const KNOWN_AS = set('known referred');

/** How far before its comma a description's head may stand ("mission in Haiti", "peacekeeping mission"). */
const DESCRIPTION_HEAD_REACH = 4;

/** Whether the description ending before the comma at k has a mission, force or operation as its head. */
function describesBody(ctx: ArticleContext, s: Sentence, k: number): boolean {
  for (let j = k - 1; j >= s.first && j >= k - DESCRIPTION_HEAD_REACH; j--)
    if (DESCRIBED_HEADS.has(lowerAt(ctx, j)) && !ctx.tokens[j]!.cap) return true;
  return false;
}

function subject(ctx: ArticleContext, s: Sentence, groupFirst: number): string[] | undefined {
  let end = beforeCapacityPhrase(ctx, s, reducedRelativeStart(ctx, s, groupFirst - 1));
  // "The Arab Union between Iraq and Jordan was dissolved": the union's name stands before the states it joins.
  const joined = statesJoinedEndingAt(ctx, s, end);
  if (joined >= 0) end = joined - 1;
  // "…(SCAP), which had overseen the occupation since 1945, disbanded": skip the relative clause.
  if (lowerAt(ctx, end) === ',') {
    // "The Federation of X, created in 1953 to bind A, B and C into one state, comes to an end": a participle phrase
    // set off after the name opening the sentence is the name's, however many commas it holds.
    const opening = entityAt(ctx, s, afterDateline(ctx, s));
    // "The Arab Union between Iraq and Jordan, proclaimed in February, was dissolved": past the states it joins.
    const openingEnd = opening ? pastStatesJoined(ctx, opening.last) : -1;
    if (opening && openingEnd < end && lowerAt(ctx, openingEnd) === ',' && participleAt(ctx, openingEnd + 1))
      return [opening.name];
    // "The Ruritanian Security Office, the feared agency blamed for the arrests of A, B and C, was abolished": a
    // description of a body set off after the name opening the sentence is the name's, however many commas it holds.
    const described = describedOpeningName(ctx, s, end);
    if (described) return [described];
    let k = end - 1;
    while (k > s.first && k > end - 25 && lowerAt(ctx, k) !== ',') k--;
    // "The previous UN mission, MINUSTAH, ended in 2017": a name set off by commas after its description.
    // "The last UN mission in Haiti, known as MINUSTAH, ended": the name the description is known by.
    const knownAs = KNOWN_AS.has(lowerAt(ctx, k + 1)) && lowerAt(ctx, k + 2) === 'as' ? k + 3 : k + 1;
    // "Two opposition parties, the Popular Front and the Liberal Union, were dissolved": the bodies a plural names.
    const listed = pluralAppositive(ctx, s, end);
    if (listed.names.length > (listed.members ? 0 : 1)) return listed.names;
    const appositive = lowerAt(ctx, k) === ',' ? entityAt(ctx, s, knownAs) : undefined;
    if (appositive && knownAs > k + 1)
      return appositive.last === end && describesBody(ctx, s, k) ? [appositive.name] : undefined;
    // "The UN peacekeeping mission in Mali, MINUSMA, formally ended": the description may end in its place.
    const describedPlace = lowerAt(ctx, k - 2) === 'in' && DESCRIBED_HEADS.has(lowerAt(ctx, k - 3));
    if (appositive && appositive.last === end && (!ctx.tokens[k - 1]?.cap || describedPlace)) return [appositive.name];
    // "The Unity Front, in power since 1990, was dissolved": a phrase set off after the name opening the sentence.
    if (lowerAt(ctx, k) === ',' && !['which', 'who', 'that'].includes(lowerAt(ctx, k + 1))) {
      const opening = entityAt(ctx, s, afterDateline(ctx, s));
      if (opening && opening.last === k) return [opening.name];
      // "… after Comecon, the Soviet-led trading bloc, agreed to disband": a described name anywhere before.
      const described = ['the', 'a', 'an'].includes(lowerAt(ctx, k + 1)) ? entityEndingAt(ctx, s, k - 1) : undefined;
      if (described) return [described.name];
      // "…, and the Hong Kong Alliance, organiser of the vigil, voted to dissolve": a name opening a joined clause.
      const joined = entityEndingAt(ctx, s, k - 1);
      return joined && opensJoinedClause(ctx, joined.first) ? [joined.name] : undefined;
    }
    if (lowerAt(ctx, k) !== ',') return undefined;
    end = k - 1;
  }
  // "202nd Motor Rifle Regiment (disbanded September 2022)": a list entry's parenthesis.
  if (lowerAt(ctx, end) === '(') end -= 1;
  // "…, the Office of Humanitarian Affairs, which was abolished": the name before the relative pronoun.
  const relative = (lowerAt(ctx, end) === 'which' || lowerAt(ctx, end) === 'that') && lowerAt(ctx, end - 1) === ',';
  if (relative) {
    end -= 2;
    // "… the Office of the Solicitor in 1931, which was abolished": the date of the clause before is not the name.
    if (ctx.inDate[end]) {
      while (end > s.first && ctx.inDate[end]) end--;
      if (DATE_PREPOSITIONS.has(lowerAt(ctx, end))) end--;
    }
  }
  // "The Administration itself went out of existence".
  if (lowerAt(ctx, end) === 'itself') end--;
  if (end < s.first) return undefined;
  // "The League held its last assembly in April and formally dissolved itself": a second predicate of the body
  // that opens the sentence.
  // "the Party was banned and dissolved": a participle coordinated with another shares its subject.
  // "the armed wing has been demobilised and disbanded": the subject stands before the whole first verb group.
  if (lowerAt(ctx, end) === 'and' && PARTICIPLE.test(lowerAt(ctx, end - 1)) && BE_FORMS.has(lowerAt(ctx, end - 2)))
    return subject(ctx, s, verbGroup(ctx, s, end - 1).first);
  // "The Kettle Party won seats but was dissolved", "The brigade served in Burma before being disbanded": a second
  // predicate of the clause's subject, joined by "but" or by a time preposition before "being".
  const joinedPredicate =
    lowerAt(ctx, end) === 'and' ||
    lowerAt(ctx, end) === 'but' ||
    (TIME_JOINERS.has(lowerAt(ctx, end)) && lowerAt(ctx, end + 1) === 'being');
  if (joinedPredicate) {
    // "The Northern Light Infantry will hold a last parade before being disbanded": the main clause's modal rules the
    // participle clause too.
    if (lowerAt(ctx, end + 1) === 'being' && wordBetween(ctx, afterDateline(ctx, s), end, MAIN_CLAUSE_MODALS))
      return undefined;
    // "the Baghdad Pact, which was renamed CENTO in 1959 and dissolved in 1979", "when it was partitioned and ceased
    // to exist": the subject of the first predicate.
    const pronoun = predicateSubjectBefore(ctx, s, end);
    if (pronoun >= 0) return subject(ctx, s, pronoun + 1);
    // "…, and on 1 March the Commission handed the territory over and was dissolved": the name opening the joined
    // clause, else the sentence.
    const joined = joinedPredicateClauseStart(ctx, s, end);
    const start = afterFrontedDate(ctx, joined >= 0 ? joined : afterDateline(ctx, s));
    const opening = entityAt(ctx, s, start) ?? nameAfterFrontedClause(ctx, s, start, end);
    if (opening) return opening.last < end && !ctx.tokens[opening.last]?.cap ? [opening.name] : undefined;
    // "The bureau was merged with … and ceased to exist": a reference opening the sentence.
    const noun = lowerAt(ctx, start + 1);
    if (lowerAt(ctx, start) !== 'the' || !ENTITY_REFERENCE_NOUNS.has(noun)) return undefined;
    const named = referredEntity(ctx, s, start, noun === 'organisation' ? 'organization' : noun);
    return named ? [named] : undefined;
  }
  const w = lowerAt(ctx, end);
  // "The Party announced (that) it had dissolved itself": the body that declares it.
  // "said that it had dissolved itself" reports a dissolution done; "said it would" stays an intention (selfDeclared).
  const declarer = declaringVerbBefore(ctx, s, end, REPORTING_SELF);
  if (w === 'it' && declarer >= 0) return subject(ctx, s, verbGroup(ctx, s, declarer).first);
  // "… agreed to phase out the organization, and it formally ended": "it" after a joined clause that ends on a
  // reference to an organization is that organization, the one the paragraph is about.
  if (w === 'it' && lowerAt(ctx, end - 1) === 'and' && lowerAt(ctx, end - 2) === ',') {
    // "agreed to phase the organization out, and it …": a verb's particle may follow its object.
    const reference = PARTICLES.has(lowerAt(ctx, end - 3)) ? end - 5 : end - 4;
    const topic =
      lowerAt(ctx, reference) === 'the' && TOPIC_REFERENCES.has(lowerAt(ctx, reference + 1))
        ? paragraphTopic(ctx, s, reference)
        : undefined;
    if (topic) return [topic];
    // "…, the regiment trooped its colours for the last time on 17 October, and it was formally disbanded": "it" is
    // the subject of the clause the ", and" joins, here a reference to the body named before.
    const clause = joinedClauseSubject(ctx, s, end - 2);
    if (clause) return [clause];
  }
  // "It was abolished", "…, it was abolished", "… before it was disbanded": the body named before.
  if (w === 'it' && (end === s.first || IT_OPENERS.has(lowerAt(ctx, end - 1)))) {
    // "Because the exercise involved only staff, no NATO troops moved, and it ended on schedule": "it" after an
    // exercise named earlier in its sentence is the exercise, which runs its course and is not dissolved.
    const verb = RUN_AUXILIARIES.has(lowerAt(ctx, end + 1)) ? end + 2 : end + 1;
    if (RUNS_OUT.has(lowerAt(ctx, verb)) && exerciseBefore(ctx, s, end)) return undefined;
    const named = referredEntity(ctx, s, end);
    return named ? [named] : undefined;
  }
  // "The Ennahda party was dissolved": a name before its lower-case head, opening the clause.
  const lowerHeaded = nameBeforeLowerHead(ctx, end);
  if (lowerHeaded) {
    const start = lowerAt(ctx, lowerHeaded.opening - 1) === 'the' ? lowerHeaded.opening - 1 : lowerHeaded.opening;
    // "The Republican Guard and the Fedayeen Saddam militia were disbanded": the last of a list of bodies.
    if (lowerAt(ctx, start - 1) === 'and') {
      const link = lowerAt(ctx, start - 2) === ',' ? start - 2 : start - 1;
      const before = entityListEndingAt(ctx, s, link - 1, 1);
      const first = before[before.length - 1]?.first ?? start;
      const opening = lowerAt(ctx, first - 1) === 'the' ? first - 1 : first;
      if (before.length && !namesParty(ctx, s, first) && !SUBJECT_PREPOSITIONS.has(lowerAt(ctx, opening - 1)))
        return [...before.map((n) => n.name).reverse(), lowerHeaded.name];
    }
    return SUBJECT_PREPOSITIONS.has(lowerAt(ctx, start - 1)) ? undefined : [lowerHeaded.name];
  }
  const determiner = ENTITY_REFERENCE_NOUNS.has(w) ? describedReferenceStart(ctx, s, end) : -1;
  if (determiner >= 0) {
    // "The Federation of Rhodesia and Nyasaland … the Federation was formally dissolved": a capitalized reference is
    // the short name of the body named with it before, however far back.
    const named = referenceAt(ctx, s, determiner, end);
    return named ? [named] : undefined;
  }
  const shared = sharedHeadListEndingAt(ctx, s, end);
  if (shared) return shared.map((n) => n.name);
  const list = entityListEndingAt(ctx, s, end);
  if (list.length && namesParty(ctx, s, list[list.length - 1]!.first)) return undefined;
  // "the military presence in Iraq ended": a name inside a prepositional phrase is not the subject.
  const start = list[list.length - 1]?.first ?? -1;
  // "the occupation of the Rhineland ended": the article does not hide the preposition.
  const before = lowerAt(ctx, start - 1) === 'the' ? start - 1 : start;
  // "the puppet state of Manchukuo" names the state itself.
  // "The withdrawal of the Central Group of Forces from Czechoslovakia … ended": only "of"/"for"/"on" may join a
  // capitalized name to the one before ("the Republic of Texas").
  const insideName = !!ctx.tokens[before - 2]?.cap && NAME_PREPOSITIONS.has(lowerAt(ctx, before - 1));
  // "the National League for Democracy of detained former State Counsellor Aung San Suu Kyi is dissolved": the body
  // the "of" phrase describes.
  const owned =
    list.length <= 1 ? bodyOfDescribedName(ctx, s, list.length ? before : capitalizedRunStart(ctx, end)) : undefined;
  if (owned) return [owned.name];
  // "The United Nations peacekeeping mission in Liberia formally ended": the mission described by its place.
  const mission = list.length === 1 ? describedMission(ctx, s, before - 1, list[0]!.first) : undefined;
  if (mission) return [mission];
  // "the termination of the Anglo-Irish Alliance, which came to an end in 1923": what ends is the body whose end the
  // relative's antecedent names.
  const endOf = relative && lowerAt(ctx, before - 1) === 'of' && ENDING_NOUNS.has(lowerAt(ctx, before - 2));
  if (
    list.length &&
    SUBJECT_PREPOSITIONS.has(lowerAt(ctx, before - 1)) &&
    !insideName &&
    !endOf &&
    !namedByStateHead(ctx, start)
  )
    return undefined;
  // "the Military Assistance Command, Vietnam": a command named for the place after its comma.
  const command = list.length === 1 ? unitNamedForPlace(ctx, s, list[0]!.first, list[0]!.last) : undefined;
  if (command) return [command];
  if (list.length) return list.map((n) => n.name).reverse();
  const name = coordinatedSubject(ctx, s, end);
  return name && !namesParty(ctx, s, name.first) ? [name.name] : undefined;
}

/** How many words of a description may stand before its body head ("the once-powerful intelligence agency"). */
const DESCRIBED_BODY_WORDS = 4;
/** How many tokens a description set off after a name may take, up to its closing comma. */
const DESCRIBED_BODY_TOKENS = 30;
/** Articles that open a description set off after a name. */
const DESCRIPTION_ARTICLES = set('the a an');

/**
 * Whether the comma at `comma` after a name opens a description of a body ("the feared intelligence agency") that runs
 * to the comma at `end` before the verb: an article, a lower-case body head within a few words, no clause of its own.
 */
function describedBodyAfter(ctx: ArticleContext, s: Sentence, comma: number, end: number): boolean {
  if (lowerAt(ctx, comma) !== ',' || !DESCRIPTION_ARTICLES.has(lowerAt(ctx, comma + 1))) return false;
  if (end - comma > DESCRIBED_BODY_TOKENS) return false;
  let head = -1;
  for (let j = comma + 2, words = 0; j < end && words < DESCRIBED_BODY_WORDS; j++) {
    const t = ctx.tokens[j]!;
    // "the once-powerful agency": a hyphen joins two words of one modifier.
    if (HYPHENS.has(t.text)) continue;
    words++;
    if (t.kind !== 'word' || t.cap) return false;
    if (ENTITY_REFERENCE_NOUNS.has(t.lower)) {
      head = j;
      break;
    }
  }
  if (head < 0) return false;
  // "…, the agency which the junta ran, …": a relative clause or a second clause is not a plain description.
  for (let j = head + 1; j < end; j++) if (CLAUSE_WORDS.has(lowerAt(ctx, j))) return false;
  return true;
}
/**
 * The name opening the sentence ("The Ruritanian Security Office", "Ruritania's Security Office") when a description
 * of a body set off after it runs to the comma at `end` before the verb.
 */
function describedOpeningName(ctx: ArticleContext, s: Sentence, end: number): string | undefined {
  const start = afterDateline(ctx, s);
  // The name's comma stands within the few tokens a name and what opens it take, never sought further.
  const reach = Math.min(end, start + OPENING_TOKENS + DESCRIBED_NAME_TOKENS);
  let comma = start;
  while (comma < reach && lowerAt(ctx, comma) !== ',') comma++;
  if (comma >= reach || !describedBodyAfter(ctx, s, comma, end)) return undefined;
  const name = entityEndingAt(ctx, s, comma - 1);
  if (!name) return undefined;
  // Only an article, a possessor ("Ruritania's") or a dateline left in the sentence ("CITY —") may stand before it.
  if (name.first - start > OPENING_TOKENS) return undefined;
  for (let j = start; j < name.first; j++) {
    const t = ctx.tokens[j]!;
    if (!(t.kind === 'word' && t.cap) && !OPENING_MARKS.has(t.lower)) return undefined;
  }
  return name.name;
}
/** How many tokens a described name opening the sentence may take. */
const DESCRIBED_NAME_TOKENS = 12;
/** How many tokens may stand before a described name opening the sentence ("BOGOTÁ — Ruritania's"). */
const OPENING_TOKENS = 4;
/** Tokens besides capitalized words that may stand before such a name. */
const OPENING_MARKS = set("the 's ’s — –");
/** Hyphens inside a compound modifier, tokens of their own. */
const HYPHENS = set('- ‐');
/** Words that open a clause of their own inside a description. */
const CLAUSE_WORDS = set('which who whom whose that ; : was were is are has have had');

/** Where "between A and B" naming two states starts at i ends (the token after B), else -1. */
function statesJoinedAt(ctx: ArticleContext, i: number): number {
  if (lowerAt(ctx, i) !== 'between') return -1;
  const a = mentionAtToken(ctx, i + 1);
  if (!a || a.first !== i + 1 || a.entry.kind !== 'state' || lowerAt(ctx, a.last) !== 'and') return -1;
  const b = mentionAtToken(ctx, a.last + 1);
  return b && b.first === a.last + 1 && b.entry.kind === 'state' ? b.last : -1;
}

/** After a name ending at i: past "between A and B" naming the states a union joins, else i. */
function pastStatesJoined(ctx: ArticleContext, i: number): number {
  const after = statesJoinedAt(ctx, i);
  return after < 0 ? i : after;
}

/** How many tokens "between A and B" may take before the verb ("between the Republic of Iraq and Jordan"). */
const STATES_JOINED_TOKENS = 10;

/** Where a "between A and B" naming two states that ends at `end` starts, else -1. */
function statesJoinedEndingAt(ctx: ArticleContext, s: Sentence, end: number): number {
  for (let k = end - 2; k > s.first && k >= end - STATES_JOINED_TOKENS; k--)
    if (lowerAt(ctx, k) === 'between') return statesJoinedAt(ctx, k) === end + 1 ? k : -1;
  return -1;
}

/** Particles of a phrasal verb that may follow its object ("phase the organization out"). */
const PARTICLES = set('out off down up');

/** Nouns of a body's end, whose "of" names the body that ends ("the termination of the alliance"). */
const ENDING_NOUNS = set('termination end dissolution abolition');

/** A past participle at i ("created", "formed", "set"). */
function participleAt(ctx: ArticleContext, i: number): boolean {
  const w = lowerAt(ctx, i);
  return !ctx.tokens[i]?.cap && (PARTICIPLE.test(w) || IRREGULAR_PARTICIPLES.has(w));
}

/** How many tokens a capacity phrase may take ("as a subject of international law and a geopolitical reality"). */
const CAPACITY_TOKENS = 14;
/** Marks that may set a capacity phrase off from its subject. */
const SETTING_OFF = set(', “ ” " \'');

/**
 * "the USSR as a state and a subject of international law ceases to exist", "the Soviet Union, “as a subject of
 * international law,” had ceased to exist": the last token of the subject before a phrase saying in which capacity it
 * ends, whose last token is `end`; else `end`.
 */
function beforeCapacityPhrase(ctx: ArticleContext, s: Sentence, end: number): number {
  let last = end;
  while (last > s.first && SETTING_OFF.has(lowerAt(ctx, last))) last--;
  // Set off on both sides or on neither: "X, created in 1954 as a bulwark, went" is a participle phrase's "as".
  const closed = last < end;
  for (let k = last; k > s.first && k >= last - CAPACITY_TOKENS; k--) {
    const w = lowerAt(ctx, k);
    if (w === 'as' && ['a', 'an'].includes(lowerAt(ctx, k + 1))) {
      let j = k - 1;
      while (j > s.first && SETTING_OFF.has(lowerAt(ctx, j))) j--;
      return ctx.tokens[j]!.kind === 'word' && j < k - 1 === closed ? j : end;
    }
    if (SETTING_OFF.has(w) || w === '.' || w === ';' || posOf(w) === 'verb') return end;
  }
  return end;
}

/** How many sentences back a body's short name ("the Federation") looks for its full name. */
const SHORT_NAME_SENTENCES = 6;
/** How many lower-case words may describe a name after "of" ("of detained former State Counsellor …"). */
const OF_DESCRIBERS = 3;

/** The first of the capitalized words ending at `end`, else `end + 1`. */
function capitalizedRunStart(ctx: ArticleContext, end: number): number {
  let k = end;
  while (k >= 0 && ctx.tokens[k]!.cap && ctx.tokens[k]!.kind === 'word') k--;
  return k + 1;
}

/** "… of detained former <name>" before `start`: the body named before that "of", else undefined. */
function bodyOfDescribedName(ctx: ArticleContext, s: Sentence, start: number) {
  let j = start - 1;
  while (
    j > start - 1 - OF_DESCRIBERS &&
    lowerAt(ctx, j) !== 'of' &&
    ctx.tokens[j]?.kind === 'word' &&
    !ctx.tokens[j]!.cap
  ) {
    const pos = posOf(lowerAt(ctx, j));
    if (pos !== 'adjective' && pos !== 'verb') return undefined;
    j--;
  }
  if (j === start - 1 || lowerAt(ctx, j) !== 'of') return undefined;
  return entityEndingAt(ctx, s, j - 1);
}

/** How many words a participle phrase after a name may take ("elected in 1995", "set up by the 1991 accord"). */
const REDUCED_RELATIVE_TOKENS = 6;
/** Past participles that end in neither "-ed" nor "-en" and may open such a phrase. */
const IRREGULAR_PARTICIPLES = set('set made held built won formed');

/**
 * "The Legislative Council elected in 1995 was dissolved": a past-participle phrase between a capitalized name and
 * its verb describes the name; where it ends before the verb at end + 1, the subject ends before the participle.
 */
function reducedRelativeStart(ctx: ArticleContext, s: Sentence, end: number): number {
  for (let k = end; k > s.first && k >= end - REDUCED_RELATIVE_TOKENS; k--) {
    const t = ctx.tokens[k]!;
    // "formed under British rule": a demonym may stand in the phrase, no other name.
    const name = t.cap && !ctx.inDate[k] && mentionAtToken(ctx, k)?.entry.kind !== 'demonym';
    if (t.kind === 'punct' || name || CLAUSE_LINKS.has(t.lower)) return end;
    const pos = posOf(t.lower);
    const participle =
      (t.lower.endsWith('ed') || t.lower.endsWith('en') || IRREGULAR_PARTICIPLES.has(t.lower)) && pos === 'verb';
    if (participle && k < end && ctx.tokens[k - 1]!.cap && ctx.tokens[k - 1]!.kind === 'word') {
      // "the administration that India backed in the northeast has collapsed": a name after a relative pronoun is
      // the relative clause's own subject, the verb's past tense; what the main verb says is of the noun before it.
      let name = k - 1;
      while (name > s.first && ctx.tokens[name - 1]!.cap && ctx.tokens[name - 1]!.kind === 'word') name--;
      return OBJECT_RELATIVES.has(lowerAt(ctx, name - 1)) ? name - 2 : k - 1;
    }
    // Only a phrase of prepositions, articles, nouns and dates follows the participle ("elected in 1995").
    if (!ctx.inDate[k] && pos === 'verb') return end;
  }
  return end;
}
/** Relative pronouns whose clause may have a subject of its own ("the council that Moscow installed"). */
const OBJECT_RELATIVES = set('that which whom');
/**
 * The body "the <noun>" ending at `end` refers to. A capitalized reference ("the Federation") is the short name of
 * the body named with it before, however far back; a lower-case one ("the legion") the body named in the sentences
 * just before, else further back one whose name ends in that noun or that an appositive calls one ("The King's
 * German Legion … [three sentences on] … the legion was disbanded").
 */
function referenceAt(ctx: ArticleContext, s: Sentence, determiner: number, end: number): string | undefined {
  const w = lowerAt(ctx, end);
  const noun = w === 'organisation' ? 'organization' : w;
  if (ctx.tokens[end]!.cap) return referredEntity(ctx, s, determiner, noun, SHORT_NAME_SENTENCES);
  const near = referredEntity(ctx, s, determiner, noun);
  if (near) return near;
  // "the Hybrid Operation in Darfur (UNAMID) began …, a day after the peacekeeping mission ended its operations": a
  // mission, an operation and a force are names of one another.
  for (const sibling of MISSION_NOUNS.has(noun) ? MISSION_NOUNS : []) {
    const named = sibling === noun ? undefined : referredEntity(ctx, s, determiner, sibling);
    if (named) return named;
  }
  return referredEntity(ctx, s, determiner, noun, SHORT_NAME_SENTENCES, true);
}

/**
 * "After the two states signed the act, MOMEP wound down its operations and …", "In 1998 MOMEP wound down …": the
 * name after a fronted clause or date that opens [start, end), where a verb follows it — the first predicate's
 * subject.
 */
function nameAfterFrontedClause(ctx: ArticleContext, s: Sentence, start: number, end: number): EntitySlot | undefined {
  let at = start;
  for (let j = start; j < end; j++) if (lowerAt(ctx, j) === ',' && !ctx.inDate[j]) at = j + 1;
  // "In 1998 MOMEP …": a fronted date without its comma.
  if (at === start && DATE_PREPOSITIONS.has(lowerAt(ctx, at)) && ctx.inDate[at + 1]) {
    at++;
    while (at < end && ctx.inDate[at]) at++;
  }
  if (at === start || !ctx.tokens[at]?.cap) return undefined;
  const name = entityAt(ctx, s, at);
  const verb = name ? ctx.tokens[name.last] : undefined;
  return verb && verb.kind === 'word' && !verb.cap && posOf(verb.lower) === 'verb' ? name : undefined;
}

/**
 * The body the clause ending at the ", and" at `comma` is about, where a reference to it opens that clause ("…, the
 * regiment trooped its colours …, and"): "the <noun>" and its verb. Commas inside dates do not end the clause.
 */
function joinedClauseSubject(ctx: ArticleContext, s: Sentence, comma: number): string | undefined {
  let start = comma - 1;
  while (start > s.first && (lowerAt(ctx, start - 1) !== ',' || ctx.inDate[start - 1])) start--;
  start = afterFrontedDate(ctx, Math.max(start, afterDateline(ctx, s)));
  const noun = lowerAt(ctx, start + 1);
  const verb = start + 2 < comma ? ctx.tokens[start + 2] : undefined;
  if (lowerAt(ctx, start) !== 'the' || !ENTITY_REFERENCE_NOUNS.has(noun) || ctx.tokens[start + 1]!.cap)
    return undefined;
  if (!verb || verb.kind !== 'word' || verb.cap || posOf(verb.lower) !== 'verb') return undefined;
  return referenceAt(ctx, s, start, start + 1);
}

/** Modals of a main clause that make what a participle clause after it says a plan ("will … before being disbanded"). */
const MAIN_CLAUSE_MODALS = set('will would shall could might must should can');

/** Words that open a clause of their own, which a participle phrase never holds. */
const CLAUSE_LINKS = set('that which who whom whose when where while because and or but');

/** How many adjectives a reference may carry between its determiner and its noun ("the militant group"). */
const REFERENCE_ADJECTIVES = 2;
const REFERENCE_DETERMINERS = set('the this that');

/**
 * "the group", "the militant group", "the Islamist movement": where the determiner of a reference ending in its
 * noun at `end` stands, else -1. Only adjectives (or a people's name) may come between.
 */
function describedReferenceStart(ctx: ArticleContext, s: Sentence, end: number): number {
  // "the Central African Federation" is a name, not a described reference; "The Federation" alone still refers.
  const named = ctx.tokens[end]!.cap;
  for (let j = end - 1; j >= s.first && j >= end - 1 - REFERENCE_ADJECTIVES; j--) {
    const w = lowerAt(ctx, j);
    if (REFERENCE_DETERMINERS.has(w)) return j;
    if (named) return -1;
    const m = ctx.tokens[j]!.cap ? mentionAtToken(ctx, j) : undefined;
    const describing = m ? m.entry.kind === 'demonym' : !ctx.tokens[j]!.cap && posOf(w) === 'adjective';
    if (!describing) return -1;
  }
  return -1;
}

/** How many words may describe a mission before its head ("United Nations peacekeeping mission"). */
const MISSION_DESCRIPTION_WORDS = 5;

/**
 * "The United Nations peacekeeping mission in Liberia" with "in" at `inAt`: the mission the organization runs there
 * that the article names elsewhere ("known as UNMIL"), else the description itself; undefined where the phrase is no
 * such description.
 */
function describedMission(ctx: ArticleContext, s: Sentence, inAt: number, placeFirst: number): string | undefined {
  const head = inAt - 1;
  if (lowerAt(ctx, inAt) !== 'in' || !DESCRIBED_HEADS.has(lowerAt(ctx, head)) || ctx.tokens[head]!.cap)
    return undefined;
  let runner: string | undefined;
  let first = head;
  while (first - 1 >= s.first && first > head - MISSION_DESCRIPTION_WORDS && lowerAt(ctx, first - 1) !== 'the') {
    const m = mentionAtToken(ctx, first - 1);
    if (m && m.entry.kind === 'org') {
      runner = m.entry.name;
      first = m.first;
    } else if (!m && !ctx.tokens[first - 1]!.cap && ctx.tokens[first - 1]!.kind === 'word') first--;
    else return undefined;
  }
  if (lowerAt(ctx, first - 1) !== 'the' || !runner) return undefined;
  const place = mentionAtToken(ctx, placeFirst);
  const code = place?.entry.code;
  const named = code
    ? gazetteer()
        .missionsIn(runner, code)
        .find((name) => ctx.mentions.some((m) => m.entry.kind === 'org' && m.entry.name === name))
    : undefined;
  return named ?? (place ? spanText(ctx, first, place.last) : undefined);
}

/** How far back from "and" the relative pronoun or "it" of a first predicate may stand. */
const FIRST_PREDICATE_TOKENS = 16;

/** The "which" (after a comma) or clause-opening "it" whose predicate the "and" at `and` continues, or -1. */
function predicateSubjectBefore(ctx: ArticleContext, s: Sentence, and: number): number {
  for (let j = and - 1; j >= s.first && j >= and - FIRST_PREDICATE_TOKENS; j--) {
    const w = lowerAt(ctx, j);
    // "It was renamed … in 1945, and was abolished": the comma of ", and" closes the first predicate.
    if (w === ',' && j === and - 1) continue;
    if (w === ',' || w === ';' || w === 'and') return -1;
    if (w === 'which' && lowerAt(ctx, j - 1) === ',') return j;
    if (w === 'it' && (j === s.first || (IT_OPENERS.has(lowerAt(ctx, j - 1)) && lowerAt(ctx, j - 1) !== 'and')))
      return j;
  }
  return -1;
}

/** Words after which a subject "it" opens a clause of its own. */
const IT_OPENERS = set(', ; before after when until once and because so');

/** The declaring verb right before a subject "it" ("announced it", "declared that it"), or -1. */
function declaringVerbBefore(ctx: ArticleContext, s: Sentence, it: number, verbs = DECLARING): number {
  let j = lowerAt(ctx, it - 1) === 'that' ? it - 2 : it - 1;
  // "announced in September that it would dissolve itself": a date between the verb and its clause.
  for (
    let k = 0;
    k < DECLARED_DATE_TOKENS && j > s.first && (ctx.inDate[j] || DATE_PREPOSITIONS.has(lowerAt(ctx, j)));
    k++
  )
    j--;
  return j >= s.first && verbs.has(lowerAt(ctx, j)) ? j : -1;
}
/** How many tokens a date between a declaring verb and its "that" clause may take ("on 28 September 2023"). */
const DECLARED_DATE_TOKENS = 6;

/**
 * "The republic announced it will cease to exist on 1 January": a body's own declaration that it will dissolve is the
 * decision itself (LABELING: "the entity's own declaration"); a condition or negation still blocks it.
 */
function selfDeclared(ctx: ArticleContext, s: Sentence, group: VerbGroup): boolean {
  if (group.negated || (group.modal !== 'will' && group.modal !== 'would')) return false;
  if (lowerAt(ctx, group.first - 1) !== 'it' || declaringVerbBefore(ctx, s, group.first - 1) < 0) return false;
  for (let j = s.first; j < s.last; j++) if (CONDITIONS.has(lowerAt(ctx, j))) return false;
  return true;
}
const CONDITIONS = set('if unless whether');

/**
 * "The group announced that it was disbanding (itself)", "The front said on Sunday it was disbanding": "it", after a
 * declaring or reporting verb, in the progressive.
 */
function progressiveSelf(ctx: ArticleContext, s: Sentence, group: VerbGroup): boolean {
  if (!group.progressive || group.negated || group.modal || group.passive) return false;
  if (lowerAt(ctx, group.first - 1) !== 'it' || declaringVerbBefore(ctx, s, group.first - 1, REPORTING_SELF) < 0)
    return false;
  const next = ctx.tokens[group.head + 1];
  return !next || next.kind !== 'word' || next.lower === 'itself' || INTRANSITIVE_FOLLOWERS.has(next.lower);
}

/**
 * "The Knesset voted to disperse", "lawmakers vote to dissolve …", "it had decided to dissolve itself": the vote or
 * decision is the decision taken.
 */
const VOTE_GOVERNORS = set('voted votes vote decided decides resolved resolves agreed agrees');
function votedTo(group: VerbGroup): boolean {
  return group.infinitive && !group.modal && !group.negated && !!group.governor && VOTE_GOVERNORS.has(group.governor);
}

const SUBJECT_PREPOSITIONS = set('in of for from at on with by to into within across between among against over under');
/** Prepositions that may stand inside one capitalized name ("Ministry of Defence", "Council for Germany"). */
const NAME_PREPOSITIONS = set('of for on');

/** Plural heads that a list of named bodies set off by commas may stand for ("two parties, A and B,"). */
const BODY_PLURALS = set(`parties groups organisations organizations bodies movements militias assemblies councils
  alliances unions fronts agencies offices commands missions republics states`);

/** How far before the comma closing it a plural's list of names may open. */
const PLURAL_LIST_REACH = 25;

/**
 * "Three groups, A, B and C, were": the names listed between a plural body noun's comma and the comma at `end`;
 * `members` where ", including" opens them (a single member is then enough).
 */
function pluralAppositive(ctx: ArticleContext, s: Sentence, end: number): { names: string[]; members: boolean } {
  for (let k = end - 1; k > s.first && k > end - PLURAL_LIST_REACH; k--)
    if (lowerAt(ctx, k) === ',' && BODY_PLURALS.has(lowerAt(ctx, k - 1))) {
      // "40 parties, including the National League, were dissolved": the members named, however few.
      if (MEMBER_OPENERS.has(lowerAt(ctx, k + 1))) return { names: namedList(ctx, s, k + 2, end), members: true };
      return { names: namedList(ctx, s, k + 1, end), members: false };
    }
  return { names: [], members: false };
}

/** The names of a list "A, B and C" from `from` that ends right at `end`; empty unless the list fills the span. */
function namedList(ctx: ArticleContext, s: Sentence, from: number, end: number): string[] {
  const names: string[] = [];
  for (let i = from; i < end;) {
    const e = entityAt(ctx, s, i);
    if (!e || e.last > end) return [];
    names.push(e.name);
    i = e.last;
    if (lowerAt(ctx, i) === ',') i++;
    if (lowerAt(ctx, i) === 'and') i++;
    else if (i < end && lowerAt(ctx, i - 1) !== ',') return [];
  }
  return names;
}

/** How far back a coordinated subject's first part may end ("The Bureau of X and its Assistant Secretary"). */
const COORDINATED_SUBJECT_REACH = 4;

/** "The Bureau of Administration and its Assistant Secretary were eliminated": the entity before "and". */
function coordinatedSubject(ctx: ArticleContext, s: Sentence, end: number) {
  for (let j = end - 1; j > s.first && j >= end - COORDINATED_SUBJECT_REACH; j--)
    if (lowerAt(ctx, j) === 'and') return entityEndingAt(ctx, s, j - 1);
  return undefined;
}

function nominal(ctx: ArticleContext, s: Sentence, t: number): string[] | undefined {
  for (let j = t - 1; j >= s.first && j >= t - NOUN_CLAUSE_TOKENS; j--) {
    const w = lowerAt(ctx, j);
    if (w === ';' || w === '.') break;
    if (NOUN_BLOCKERS.has(w)) return undefined;
  }
  if (clauseBlocked(ctx, s, t)) return undefined;
  // "an agreement … as well as a dissolution of X": an indefinite verbal noun names terms, not a reported end.
  if (lowerAt(ctx, t - 1) === 'a' || lowerAt(ctx, t - 1) === 'an') return undefined;
  // "the dissolution of the Russian, German and Ottoman Empires", "the breakup of Yugoslavia".
  if (lowerAt(ctx, t + 1) === 'of') {
    const list = sharedHeadList(ctx, s, t + 2);
    if (list) return list.map((e) => e.name);
    const named = entityAt(ctx, s, t + 2);
    return named ? [named.name] : undefined;
  }
  // "X announced its dissolution", "ETA announced its final dissolution": the body that declares it.
  const owner = SELF_END_ADJECTIVES.has(lowerAt(ctx, t - 1)) ? t - 2 : t - 1;
  if ((lowerAt(ctx, owner) === 'its' || lowerAt(ctx, owner) === 'their') && DECLARING.has(lowerAt(ctx, owner - 1)))
    return subject(ctx, s, verbGroup(ctx, s, owner - 1).first);
  // "until its dissolution on 28 June 2004": the body named before.
  if (lowerAt(ctx, t - 1) === 'its') {
    const named = referredEntity(ctx, s, t - 1);
    return named ? [named] : undefined;
  }
  // "the Union's dissolution", "SEATO's dissolution".
  const poss = lowerAt(ctx, t - 1);
  if (poss === "'s" || poss === '’s') {
    const named = entityEndingAt(ctx, s, t - 2);
    return named ? [named.name] : undefined;
  }
  return undefined;
}

/** What may come after an intransitive "followed" that repeats an end just stated ("followed on October 1"). */
const FOLLOWED_NEXT = set('on in suit within later shortly soon , ; .');

/**
 * "The Office of A was abolished on April 1. The Bureau of B followed on October 1": "followed" used alone, in the
 * sentence after one that dissolves a body, ends the body it names the same way. A state that "followed" (joined,
 * left, seceded) is not read. `s` is the sentence after one with a dissolution; its words are read once.
 */
export function followedDissolutions(ctx: ArticleContext, s: Sentence): Candidate[] {
  const out: Candidate[] = [];
  for (let t = s.first; t < s.last; t++) {
    if (lowerAt(ctx, t) !== 'followed') continue;
    if (!FOLLOWED_NEXT.has(lowerAt(ctx, t + 1)) && !ctx.inDate[t + 1]) continue;
    const group = verbGroup(ctx, s, t);
    if (group.passive || !statesFact(group) || clauseBlocked(ctx, s, group.first)) continue;
    for (const name of subject(ctx, s, group.first) ?? []) {
      if (gazetteer().get(lookupKey(name.replace(/^the\s+/i, '')))?.kind === 'state') continue;
      out.push(clauseDissolution(ctx, s, t, name));
    }
  }
  return out;
}

/** Auxiliaries between "it" and the verb of a run's end ("it had ended"). */
const RUN_AUXILIARIES = set('had has have');

/** Determiners of one exercise that "it" may stand for ("the exercise", "this drill"). */
const ONE_EXERCISE_DETERMINERS = set('the this that');

/**
 * Whether one exercise, lower-case and singular after its determiner ("the exercise", "this drill"), is named in
 * sentence `s` before token `end`; "years of patrols and exercises" names none that "it" could be.
 */
function exerciseBefore(ctx: ArticleContext, s: Sentence, end: number): boolean {
  for (let j = s.first + 1; j < end; j++) {
    const t = ctx.tokens[j]!;
    if (
      EXERCISE_HEADS.has(t.lower) &&
      !t.cap &&
      !t.lower.endsWith('s') &&
      ONE_EXERCISE_DETERMINERS.has(lowerAt(ctx, j - 1))
    )
      return true;
  }
  return false;
}
