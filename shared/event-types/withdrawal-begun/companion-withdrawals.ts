import type { Candidate } from '../../extract/candidate.ts';
import { candidatesBySentence, type CandidatesBySentence } from '../../extract/candidates-by-sentence.ts';
import { actorsAt } from '../../extract/clauses/actors.ts';
import { clauseBlocked } from '../../extract/clauses/blockers.ts';
import { civilObject } from '../../extract/clauses/civil.ts';
import { dateNear } from '../../extract/clauses/dating.ts';
import { statesFact, verbGroup } from '../../extract/clauses/verb-group.ts';
import type { ArticleContext } from '../../extract/context.ts';
import { BASE_NOUNS, FORCE_NOUNS, wordClassOf } from '../../extract/lexicon.ts';
import { locatePlace } from '../../extract/gazetteer/locate.ts';
import { actorOf, joinedClauseEnd, lowerAt, mentionAtToken, type NamedRef } from '../../extract/slots.ts';
import type { Sentence } from '../../extract/text/tokens.ts';
import { wordSet as set } from '../../extract/word-set.ts';
import { placementCandidates } from '../placement.ts';

/** Verbs by which an actor takes its own forces out ("withdrew its contingent", "pulled out its 100 soldiers"). */
const TAKE_OUT_VERBS = set('withdrew withdrawn withdrawing pulled pulling');
/** Verbs that state an actor's own withdrawal done or begun ("completed its evacuation", "began its pullout"). */
const OWN_WITHDRAWAL_CUES = set('completed began started');
/** Nouns of an actor's whole withdrawal after those cues. */
const OWN_WITHDRAWAL_NOUNS = set('withdrawal evacuation pullout drawdown');
/** Those verbs as a word class: sentences without one are skipped whole. */
const TAKE_OUT_CLASS = wordClassOf(new Set([...TAKE_OUT_VERBS, ...OWN_WITHDRAWAL_CUES]));
/** Words that would name where the forces left ("from", the "of" of "out of"), which this reading leaves to the clause reader. */
const ORIGIN_WORDS = set('from of');
/** Possessives that make the forces the actor's own ("its troops", "their forces"). */
const OWN = set('its their his');
/** How far after the verb the actor's own forces may stand ("pulled out its roughly 100 soldiers"). */
const OWN_FORCES_REACH = 6;
/** How many sentences back the withdrawal whose place a companion shares may stand. */
const COMPANION_REACH = 3;
/** A place taken from another actor's withdrawal is less sure than one the clause states. */
const COMPANION_CONFIDENCE = 0.6;

/**
 * Withdrawals stated with no place, beside another actor's: "The last U.S. Marines left Beirut on Sunday. … Japan
 * withdrew its contingent in January, and Croatia pulled out its roughly 100 soldiers in March." Each actor that took
 * its own forces out left the place the text's last withdrawal left.
 */
export function findCompanionWithdrawals(ctx: ArticleContext, read: readonly Candidate[]): Candidate[] {
  // Built on the first clause that needs it: most articles have none.
  let index: KnownWithdrawals | undefined;
  const known = (): KnownWithdrawals => (index ??= knownWithdrawals(read));
  const out: Candidate[] = [];
  for (const s of ctx.sentences) {
    if (!(ctx.sentenceClass[s.index]! & TAKE_OUT_CLASS)) continue;
    for (let t = s.first; t < s.last; t++) {
      if (!(ctx.wordClass[t]! & TAKE_OUT_CLASS)) continue;
      const found = companionAt(ctx, s, t, known);
      if (found) out.push(...found);
    }
  }
  return out;
}

/**
 * The withdrawals already read, indexed once per article for the lookups each hit makes (a pass over all of them per
 * hit made long articles quadratic).
 */
interface KnownWithdrawals {
  bySentence: CandidatesBySentence;
  /** Those read in the article's lead, in the order read. */
  inLead: readonly Candidate[];
  /** Per actor name, those whose place is a whole state, in the order read. */
  fromStates: ReadonlyMap<string | undefined, readonly Candidate[]>;
}

function knownWithdrawals(read: readonly Candidate[]): KnownWithdrawals {
  const fromStates = new Map<string | undefined, Candidate[]>();
  for (const c of read) {
    if (!c.location || locatePlace(c.location, []).precision !== 'country') continue;
    const list = fromStates.get(c.actor?.name) ?? [];
    list.push(c);
    fromStates.set(c.actor?.name, list);
  }
  return {
    bySentence: candidatesBySentence(read),
    inLead: read.filter((c) => c.sentence < LEAD_SENTENCES),
    fromStates,
  };
}

function companionAt(
  ctx: ArticleContext,
  s: Sentence,
  t: number,
  knownNow: () => KnownWithdrawals,
): Candidate[] | undefined {
  const group = verbGroup(ctx, s, t);
  if (!statesFact(group) || clauseBlocked(ctx, s, group.first) || civilObject(ctx, s, t)) return undefined;
  const end = joinedClauseEnd(ctx, t, s);
  // "The Soviet Union … completed its evacuation on Sept. 19": the actor's own withdrawal, stated done.
  // "completed its own pullout": "own" may stand between the possessive and the noun.
  const noun = lowerAt(ctx, t + 2) === 'own' ? t + 3 : t + 2;
  const ownWithdrawal =
    OWN_WITHDRAWAL_CUES.has(lowerAt(ctx, t)) &&
    OWN.has(lowerAt(ctx, t + 1)) &&
    OWN_WITHDRAWAL_NOUNS.has(lowerAt(ctx, noun));
  if (OWN_WITHDRAWAL_CUES.has(lowerAt(ctx, t)) && !ownWithdrawal) return undefined;
  if (!ownWithdrawal && !ownForcesAfter(ctx, t, end) && !forcesPulledOut(ctx, s, t)) return undefined;
  for (let j = t + 1; j < end; j++) if (originWord(ctx, j) && !unnamedOwnOrigin(ctx, j)) return undefined;
  const slot = actorsAt(ctx, s, t, () => false);
  if (!slot || slot.referred) return undefined;
  const known = knownNow();
  const left = lastWithdrawalBefore(known, s, t, slot.actors) ?? leadWithdrawal(known, s, slot.actors);
  // "Austrian soldiers have served with UNDOF since 1974. … Japan withdrew its unit of about 50 in January": with no
  // withdrawal read before, forces taken out leave the area of the one mission the text named before.
  const place = left?.location ? (stateLeftBy(known, left) ?? left.location) : soleMissionAreaBefore(ctx, s);
  if (!place) return undefined;
  const actors = [...slot.actors, ...followedBy(ctx, s, t)];
  return placementCandidates(
    'WithdrawalBegun',
    s,
    { actors },
    [place],
    dateNear(ctx, s, t),
    undefined,
    COMPANION_CONFIDENCE,
  );
}

/** The area every mission the text names serves in, and the sentence that first names one; computed once per article. */
const MISSION_AREAS = new WeakMap<ArticleContext, { area: NamedRef; sentence: number } | null>();

/** The area of the text's missions when they all serve in one, if one was named before sentence s. */
function soleMissionAreaBefore(ctx: ArticleContext, s: Sentence): NamedRef | undefined {
  let known = MISSION_AREAS.get(ctx);
  if (known === undefined) {
    known = null;
    for (const m of ctx.mentions) {
      const area = m.entry.kind === 'org' ? m.entry.area : undefined;
      if (!area) continue;
      if (known && known.area.name !== area.name) {
        known = null;
        break;
      }
      known ??= { area, sentence: ctx.tokens[m.first]!.sentence };
    }
    MISSION_AREAS.set(ctx, known);
  }
  return known && known.sentence < s.index ? known.area : undefined;
}

/** "Spanish soldiers pulled out first, followed by British and Canadian units": the actors that went after them. */
function followedBy(ctx: ArticleContext, s: Sentence, t: number): NamedRef[] {
  for (let j = t + 1; j < s.last - 1; j++) {
    if (lowerAt(ctx, j) !== 'followed' || lowerAt(ctx, j + 1) !== 'by' || lowerAt(ctx, j - 1) !== ',') continue;
    const out: NamedRef[] = [];
    for (let k = j + 2; k < s.last; k++) {
      const w = lowerAt(ctx, k);
      if (FORCE_NOUNS.has(w)) return out;
      if (ctx.tokens[k]!.kind === 'punct' && w !== ',') return [];
      const m = mentionAtToken(ctx, k);
      const actor = m && m.first === k ? actorOf(m.entry) : undefined;
      if (actor) out.push(actor);
      else if (w !== 'and' && w !== ',' && w !== 'the') return [];
    }
    return [];
  }
  return [];
}

/** "withdrew its contingent", "pulled out its roughly 100 soldiers", "pulled their forces out". */
function ownForcesAfter(ctx: ArticleContext, t: number, end: number): boolean {
  let own = false;
  for (let j = t + 1; j < end && j <= t + OWN_FORCES_REACH; j++) {
    const w = lowerAt(ctx, j);
    if (OWN.has(w)) own = true;
    else if (own && FORCE_NOUNS.has(w)) return true;
  }
  return false;
}

/**
 * Whether j opens an origin: "from", or the "of" of "out of". Any other "of" is part of a noun phrase ("its contingent
 * of about 100 soldiers", "at the end of June").
 */
function originWord(ctx: ArticleContext, j: number): boolean {
  const w = lowerAt(ctx, j);
  // "pulled most of their contingents out, while …": a part of the forces keeps the reading to the clause reader.
  return ORIGIN_WORDS.has(w) && (w !== 'of' || lowerAt(ctx, j - 1) === 'out' || PARTS.has(lowerAt(ctx, j - 1)));
}

/** Words naming a part of the forces before "of" ("most of their contingents"). */
const PARTS = set('most some all part bulk rest half many');

/** Particles that make the take-out verb intransitive ("pulled out"). */
const OUT_PARTICLES = set('out');

/** "pulled out of their zone": an origin that is the actor's own unnamed area, which names no place. */
function unnamedOwnOrigin(ctx: ArticleContext, j: number): boolean {
  // "most of their contingents" is a part of the forces, not where they were.
  const origin = lowerAt(ctx, j) === 'from' || lowerAt(ctx, j - 1) === 'out';
  const noun = ctx.tokens[j + 2];
  return origin && OWN.has(lowerAt(ctx, j + 1)) && noun?.kind === 'word' && !noun.cap && !FORCE_NOUNS.has(noun.lower);
}

/**
 * "Spanish soldiers pulled out first", "the Italian contingent withdrew", "The Americans pulled out": forces, or a
 * people named for them, as the subject, leaving alone.
 */
function forcesPulledOut(ctx: ArticleContext, s: Sentence, t: number): boolean {
  const people = mentionAtToken(ctx, t - 1);
  const subject = FORCE_NOUNS.has(lowerAt(ctx, t - 1)) || (people?.entry.kind === 'demonym' && people.last === t);
  if (t <= s.first || !subject) return false;
  const w = lowerAt(ctx, t);
  return w.startsWith('pull') ? OUT_PARTICLES.has(lowerAt(ctx, t + 1)) : true;
}

/** Words of a facility's name ("Bagram Air Field", "Camp Geille"): a place one actor's forces held alone. */
const FACILITY_WORDS = new Set([...BASE_NOUNS, 'field', 'airport']);

/**
 * "The United States completed its withdrawal from Afghanistan. … U.S. forces handed Bagram Air Field to Afghan forces.
 * Germany and Italy pulled their last troops out": other actors' forces leave the state the same actor's withdrawal
 * left, not a facility it held alone.
 */
function stateLeftBy(known: KnownWithdrawals, left: Candidate): NamedRef | undefined {
  const words = left.location!.name.toLowerCase().split(/\s+/);
  if (!words.some((w) => FACILITY_WORDS.has(w))) return undefined;
  return known.fromStates.get(left.actor?.name)?.find((c) => c.sentence <= left.sentence)?.location;
}

/** How many sentences open an article (a headline, then its lead). */
const LEAD_SENTENCES = 2;

/**
 * "The last U.S. Marines left Beirut today. … Britain withdrew its contingent on Feb. 8": further back than the
 * companion reach, the withdrawal the article opens with, by another actor, still sets the place.
 */
function leadWithdrawal(
  known: KnownWithdrawals,
  s: Sentence,
  actors: readonly { name: string }[],
): Candidate | undefined {
  return known.inLead.find((c) => c.sentence < s.index && !actors.some((a) => a.name === c.actor?.name));
}

/** The last withdrawal by another actor read before t, no further back than the companion reach. */
function lastWithdrawalBefore(
  known: KnownWithdrawals,
  s: Sentence,
  t: number,
  actors: readonly { name: string }[],
): Candidate | undefined {
  let last: Candidate | undefined;
  for (const c of known.bySentence.between(s.index - COMPANION_REACH, s.index)) {
    if (c.sentence === s.index && c.evidenceStart > t) continue;
    if (actors.some((a) => a.name === c.actor?.name)) continue;
    if (!last || c.sentence >= last.sentence) last = c;
  }
  return last;
}
