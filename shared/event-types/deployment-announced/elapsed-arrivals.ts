import type { Candidate } from '../../extract/candidate.ts';
import { BORDER_WORDS, placesAfter } from '../../extract/clauses/phrases.ts';
import { verbGroup } from '../../extract/clauses/verb-group.ts';
import type { ArticleContext } from '../../extract/context.ts';
import { gazetteer } from '../../extract/gazetteer/index.ts';
import { FORCE_NOUNS } from '../../extract/lexicon.ts';
import { actorOf, findPersonnel, lowerAt, mentionAtToken, mentionsIn, type NamedRef } from '../../extract/slots.ts';
import { shiftedBy } from '../../extract/text/dates.ts';
import type { Sentence } from '../../extract/text/tokens.ts';
import { wordSet as set } from '../../extract/word-set.ts';
import { placementCandidates } from '../placement.ts';

/** Units of a span of time elapsed before "after" ("a week after", "17 days after", "nine years after"). */
const ELAPSED_UNITS = set('day days week weeks month months year years');
/** Words before a span's count that make it rough ("nearly nine years"): no date is reckoned back from it. */
const ROUGH_COUNTS = set('nearly almost about some around over roughly half');
/** Words that end the clause after "after" ("…, seven weeks after they stormed ashore here, and the …"). */
const CLAUSE_ENDS = set(', ; : — – ( )');
/** Relative words that open a clause on the place just named ("…, where they had seized", "…, which Iraq invaded"). */
const RELATIVES = set('which where');
/** Verbs of taking a place, read as arriving in a relative clause on the place the forces leave. */
const TAKING_VERBS = set('occupied seized captured stormed');
/**
 * Verbs of arriving that take their forces as subject ("after they arrived", "after French troops returned to"). The
 * TOLD_ lists hold the past forms that tell an arrival inside a withdrawal's sentence: narrower than the lexicon's
 * ARRIVE_VERBS, PARTICLE_ARRIVALS and ASHORE_VERBS, which read arrivals in their own clause.
 */
const TOLD_ARRIVAL_VERBS = set('arrived landed entered invaded deployed');
/** Verbs of arriving only with a following word ("crossed into", "moved into", "returned to", "came in"). */
const TOLD_PARTICLE_ARRIVALS = new Map<string, ReadonlySet<string>>([
  ['crossed', set('into the')],
  ['moved', set('in into')],
  ['marched', set('in into')],
  ['poured', set('in into')],
  ['swept', set('in into')],
  ['rolled', set('in into')],
  ['came', set('in into')],
  ['went', set('in into')],
  ['returned', set('to into')],
]);
/** Verbs before "ashore" that put forces on land ("stormed ashore", "came ashore"). */
const TOLD_ASHORE_VERBS = set('came stormed went waded were was');
/** Verbs of sending whose passive has the forces as subject ("were sent in", "had been flown into"). */
const SENT_VERBS = set('sent dispatched flown airlifted deployed');
/** Infinitives of sending whose object "them" is the forces ("agreed to send them"). */
const SEND_INFINITIVES = set('send dispatch deploy');
/** Decisions that make the sending a fact ("agreed to send them", "decided to send them"). */
const SEND_DECISIONS = set('agreed decided voted');
/** Pronouns that stand for the forces just told leaving. */
const FORCE_PRONOUNS = set('they them');

/**
 * "The last Danish troops left Mali on Friday, four years after they arrived", "began withdrawing from X, a week after
 * 900 troops were sent in": a withdrawal's sentence that counts the time since the same forces arrived tells their
 * deployment too, and so does a relative clause on the place they leave ("left Rostov, where they had seized the
 * headquarters"). Its place is the one the arrival clause names, else the one they leave; its date the one the clause
 * states, else the withdrawal's date less the span when the span is exact.
 */
export function findElapsedArrivals(
  ctx: ArticleContext,
  withdrawals: readonly Candidate[],
  deployments: readonly Candidate[],
): Candidate[] {
  const bySentence = new Map<number, Candidate[]>();
  for (const w of withdrawals) bySentence.set(w.sentence, [...(bySentence.get(w.sentence) ?? []), w]);
  const out: Candidate[] = [];
  for (const [index, leaving] of bySentence) {
    const s = ctx.sentences[index]!;
    for (let t = s.first + 2; t < s.last; t++)
      if (lowerAt(ctx, t) === 'after' && ELAPSED_UNITS.has(lowerAt(ctx, t - 1)))
        out.push(...elapsedArrivalAt(ctx, s, t, leaving, false));
      else if (RELATIVES.has(lowerAt(ctx, t)) && lowerAt(ctx, t - 1) === ',')
        out.push(...elapsedArrivalAt(ctx, s, t, leaving, true));
      else if (ENDING_WORDS.has(lowerAt(ctx, t)) && ENDING_LINKS.has(lowerAt(ctx, t - 1)))
        out.push(...endedTenureAt(ctx, s, t, leaving));
  }
  // "three months after they crossed the border … Indian forces crossed into East Pakistan on Dec. 4": where the text
  // tells the actor's arrival in a clause of its own, that reading stands for it, under whatever name of the place.
  return out.filter((c) => !deployments.some((d) => family(d.actor!) === family(c.actor!)));
}

/**
 * Reads the clause after the span's "after", or after the relative word when `relative` ("left Rostov, where they had
 * seized the headquarters", "withdrew from the emirate, which Iraq had invaded on August 2").
 */
function elapsedArrivalAt(
  ctx: ArticleContext,
  s: Sentence,
  after: number,
  leaving: readonly Candidate[],
  relative: boolean,
): Candidate[] {
  let end = after + 1;
  while (end < s.last && (!CLAUSE_ENDS.has(lowerAt(ctx, end)) || insideNameList(ctx, end))) end++;
  for (let j = after + 1; j < end; j++) {
    const kind = arrivalKind(ctx, j) ?? (relative && TAKING_VERBS.has(lowerAt(ctx, j)) ? 'arrive' : undefined);
    if (!kind) continue;
    const group = verbGroup(ctx, s, kind === 'ashore' ? j - 1 : j);
    if (group.negated || group.modal || group.first <= after) return [];
    const subjectEnd = kind === 'decided' ? j - 2 : group.first;
    const actors = relative
      ? relativeSubjectActors(ctx, after + 1, subjectEnd, leaving)
      : subjectActors(ctx, after + 1, subjectEnd, kind === 'decided', leaving);
    if (!actors.length) return [];
    // The place phrase right after the verb ("crossed into Iraq"); "arrived to help … in the Central Asian nation"
    // names none.
    const places = placesAfter(ctx, s, j + 1, Math.min(end, j + 2), ARRIVAL_PREPOSITIONS)
      .filter((p) => !p.referred)
      .map((p) => p.place);
    const date =
      clauseDate(ctx, s, after, end) ?? (relative ? undefined : reckonedBack(ctx, after, leaving[0]!.occurredOn));
    const personnel = findPersonnel(ctx, after + 1, subjectEnd);
    return arrivalsOfLeavers(s, actors, places, leaving, date ?? { value: null, source: 'none' }, personnel);
  }
  return [];
}

/**
 * Participles by which a clause after a withdrawal tells the stay it ends ("left Kabul, ending an 18-month mission"). A
 * stay the sentence's own verb ends ("formally ended its four-year mission") is the withdrawal itself, told as a whole.
 */
const ENDING_WORDS = set('ending');
/** Words right before the participle that set its clause after the withdrawal's ("…, ending", "… and ending"). */
const ENDING_LINKS = set(', and');
/** Nouns of the forces' stay in a place that a withdrawal ends. */
const TENURE_NOUNS = set('mission deployment presence occupation stay');
/**
 * Nouns of a sending whose length alone tells it ("an 18-month mission"); a length of "presence" or "occupation"
 * ("ending 38 years of military presence") tells a stay as a whole, no arrival, unless the sentence tells it began.
 */
const SENDING_NOUNS = set('mission deployment');
/** How far after the ending word the noun of the stay may come ("ending nearly two decades of deployment"). */
const TENURE_REACH = 7;
/** Units of a stay's length as a compound before its noun ("an 18-month mission") or a count before "of". */
const TENURE_UNITS = set('day days week weeks month months year years decade decades');
/**
 * Units in which a stay's length is rounded: an exact count of them ("ending a nine-year mission") sums the stay up as
 * an era and tells no arrival; a rough one ("nearly two decades of deployment") is read, with no date reckoned.
 */
const ROUNDED_UNITS = set('year years decade decades');
/** The preposition of a place named right after the stay's noun ("a mission in Helmand"). */
const TENURE_PREPOSITIONS = set('in');
/** Words that open a clause telling when the stay began ("a presence that began when … in 1978"). */
const BEGINNING_WORDS = set('began started');

/**
 * "The last troops left Kabul on Monday, ending an 18-month mission", "…, ending a presence that began when they moved
 * in in 1978": a withdrawal that ends a stay whose length or beginning the sentence tells tells the forces' deployment
 * too. Its place is one named right after the stay's noun ("mission in Helmand"), else the one they leave; its date one
 * the sentence states after the noun, else the withdrawal's date less the length when that is exact. A stay told with
 * neither ("ending its mission") names no arrival.
 */
function endedTenureAt(ctx: ArticleContext, s: Sentence, at: number, leaving: readonly Candidate[]): Candidate[] {
  let noun = -1;
  for (let j = at + 1; j < s.last && j <= at + TENURE_REACH; j++) {
    if (CLAUSE_ENDS.has(lowerAt(ctx, j))) break;
    if (TENURE_NOUNS.has(lowerAt(ctx, j))) {
      noun = j;
      break;
    }
  }
  if (noun < 0) return [];
  const span = tenureSpan(ctx, at, noun);
  let end = noun + 1;
  while (end < s.last && !CLAUSE_ENDS.has(lowerAt(ctx, end))) end++;
  const began =
    ['that', 'which'].includes(lowerAt(ctx, noun + 1)) && BEGINNING_WORDS.has(lowerAt(ctx, noun + 2))
      ? clauseDate(ctx, s, noun, end)
      : undefined;
  const told =
    !!span && SENDING_NOUNS.has(lowerAt(ctx, noun)) && (span.rough || !ROUNDED_UNITS.has(lowerAt(ctx, span.unit)));
  if (!began && !told) return [];
  const from = leaving[0]!.occurredOn;
  const reckoned =
    span && from && !span.rough && !ROUNDED_UNITS.has(lowerAt(ctx, span.unit))
      ? shiftedBy(from, lowerAt(ctx, span.count), lowerAt(ctx, span.unit), -1)
      : undefined;
  const date =
    began ?? (reckoned ? { value: reckoned, source: 'stated' as const } : { value: null, source: 'none' as const });
  const places = placesAfter(ctx, s, noun + 1, Math.min(end, noun + 2), TENURE_PREPOSITIONS)
    .filter((p) => !p.referred)
    .map((p) => p.place);
  return arrivalsOfLeavers(s, dedupeActors(leaving.map((w) => w.actor!)), places, leaving, date, undefined);
}

/** Each actor's arrival at the places its clause names, else where that actor's withdrawal in `leaving` leaves. */
function arrivalsOfLeavers(
  s: Sentence,
  actors: readonly NamedRef[],
  places: readonly NamedRef[],
  leaving: readonly Candidate[],
  date: Parameters<typeof placementCandidates>[4],
  personnel: number | null | undefined,
): Candidate[] {
  return actors.flatMap((actor) =>
    placementCandidates(
      'DeploymentAnnounced',
      s,
      { actors: [actor] },
      dedupe(
        places.length ? places : leaving.filter((w) => family(w.actor!) === family(actor)).map((w) => w.location!),
      ),
      date,
      personnel,
      ELAPSED_CONFIDENCE,
    ),
  );
}

/**
 * The count and unit of a stay's length between the ending word and the stay's noun: "an 18-month mission" (a compound
 * right before the noun) or "nearly two decades of deployment" (a count and unit before "of"); rough where a word such
 * as "nearly" comes before the count.
 */
function tenureSpan(
  ctx: ArticleContext,
  at: number,
  noun: number,
): { count: number; unit: number; rough: boolean } | undefined {
  for (let u = at + 2; u < noun; u++) {
    if (!TENURE_UNITS.has(lowerAt(ctx, u))) continue;
    const compound = lowerAt(ctx, u - 1) === '-';
    const count = compound ? u - 2 : u - 1;
    if (count <= at) return undefined;
    if (!compound && lowerAt(ctx, u + 1) !== 'of') return undefined;
    return { count, unit: u, rough: ROUGH_COUNTS.has(lowerAt(ctx, count - 1)) };
  }
  return undefined;
}

/** A deployment told as the start of a span is read less directly than an arrival clause of its own. */
const ELAPSED_CONFIDENCE = 0.6;
const ARRIVAL_PREPOSITIONS = set('in into to at on');

type ArrivalKind = 'arrive' | 'ashore' | 'sent' | 'decided';

/** How the word at j tells forces arriving or being sent, if it does. */
function arrivalKind(ctx: ArticleContext, j: number): ArrivalKind | undefined {
  const w = lowerAt(ctx, j);
  const next = lowerAt(ctx, j + 1);
  if (w === 'ashore') return TOLD_ASHORE_VERBS.has(lowerAt(ctx, j - 1)) ? 'ashore' : undefined;
  if (SEND_INFINITIVES.has(w))
    return lowerAt(ctx, j - 1) === 'to' && SEND_DECISIONS.has(lowerAt(ctx, j - 2)) && next === 'them'
      ? 'decided'
      : undefined;
  if (SENT_VERBS.has(w) && ['were', 'was', 'been'].includes(lowerAt(ctx, j - 1))) return 'sent';
  if (TOLD_ARRIVAL_VERBS.has(w)) return 'arrive';
  const particles = TOLD_PARTICLE_ARRIVALS.get(w);
  if (!particles?.has(next)) return undefined;
  if (w === 'crossed' && next === 'the' && !BORDER_WORDS.has(lowerAt(ctx, j + 2))) return undefined;
  return 'arrive';
}

/**
 * Whose forces arrive: the withdrawing actors that the subject names, or all of them where the subject is "they" or
 * forces named by no other actor ("2,030 troops from Russia and Belarus" are the force's contributors). A decision
 * "to send them" sends the withdrawing forces, whoever decided.
 */
/**
 * Whose forces a relative clause on the place left tells arriving: "they", or a withdrawing actor the subject names
 * ("which Iraq invaded", "which Wagner forces had seized"); forces of no named actor ("which rebels had captured") are
 * others.
 */
function relativeSubjectActors(
  ctx: ArticleContext,
  from: number,
  to: number,
  leaving: readonly Candidate[],
): NamedRef[] {
  const all = dedupeActors(leaving.map((w) => w.actor!));
  if (to === from + 1 && lowerAt(ctx, from) === 'they') return all;
  const named: NamedRef[] = [];
  for (const m of mentionsIn(ctx, from, to)) {
    const actor = actorOf(m.entry);
    const own = actor && all.find((a) => family(a) === family(actor));
    if (!own) return [];
    named.push(own);
  }
  return dedupeActors(named);
}

function subjectActors(
  ctx: ArticleContext,
  from: number,
  to: number,
  decided: boolean,
  leaving: readonly Candidate[],
): NamedRef[] {
  const all = dedupeActors(leaving.map((w) => w.actor!));
  if (decided) return all;
  let forces = false;
  for (let j = from; j < to; j++)
    if (FORCE_NOUNS.has(lowerAt(ctx, j)) || FORCE_PRONOUNS.has(lowerAt(ctx, j))) forces = true;
  if (!forces) return [];
  const named: NamedRef[] = [];
  for (const m of mentionsIn(ctx, from, to)) {
    const actor = actorOf(m.entry);
    if (!actor) continue;
    const own = all.find((a) => family(a) === family(actor));
    if (own) named.push(own);
    // "troops from Russia, Belarus and Armenia": contributors of the force that leaves.
    else if (!fromListBefore(ctx, from, m.first)) return [];
  }
  return named.length ? dedupeActors(named) : all;
}

/** Whether the comma at i stands between two names of a list ("troops from Russia, Belarus and Armenia"). */
function insideNameList(ctx: ArticleContext, i: number): boolean {
  return lowerAt(ctx, i) === ',' && !!mentionAtToken(ctx, i - 1) && !!mentionAtToken(ctx, i + 1);
}

/** Whether a "from" opens the list that holds the token at i ("troops from Russia, Belarus and Armenia"). */
function fromListBefore(ctx: ArticleContext, from: number, i: number): boolean {
  for (let j = i - 1; j >= from; j--) {
    const w = lowerAt(ctx, j);
    if (w === 'from') return true;
    if (w !== ',' && w !== 'and' && !mentionsIn(ctx, j, j + 1).length && ctx.tokens[j]!.cap !== true) return false;
  }
  return false;
}

/** A date stated inside the arrival clause ("after they crossed into Iraq in March 2003"). */
function clauseDate(
  ctx: ArticleContext,
  s: Sentence,
  after: number,
  end: number,
): { value: string; source: 'stated' } | undefined {
  const d = (ctx.dates[s.index] ?? []).find((d) => d.first > after && d.last <= end);
  return d ? { value: d.value, source: 'stated' } : undefined;
}

/** The withdrawal's date less an exact span ("a week after", "17 days after"); none for a rough one. */
function reckonedBack(
  ctx: ArticleContext,
  after: number,
  from: string | null,
): { value: string; source: 'stated' } | undefined {
  const count = lowerAt(ctx, after - 2);
  if (!from || ROUGH_COUNTS.has(count) || ROUGH_COUNTS.has(lowerAt(ctx, after - 3))) return undefined;
  const value = shiftedBy(from, count, lowerAt(ctx, after - 1), -1);
  return value ? { value, source: 'stated' } : undefined;
}

const family = (a: NamedRef) => gazetteer().actorFamily(a.name);

function dedupeActors(actors: readonly NamedRef[]): NamedRef[] {
  const seen = new Set<string>();
  return actors.filter((a) => !seen.has(family(a)) && !!seen.add(family(a)));
}

function dedupe(places: readonly NamedRef[]): NamedRef[] {
  const seen = new Set<string>();
  return places.filter((p) => !seen.has(p.name) && !!seen.add(p.name));
}
