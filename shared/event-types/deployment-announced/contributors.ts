import type { Candidate } from '../../extract/candidate.ts';
import { clauseBlocked } from '../../extract/clauses/blockers.ts';
import { actorsAt, composedForceBefore } from '../../extract/clauses/actors.ts';
import { ARRIVAL_DATING, dateNear } from '../../extract/clauses/dating.ts';
import { insideOwnState } from '../../extract/clauses/territory.ts';
import { resultParticiple } from '../../extract/clauses/participles.ts';
import { mentionsExercise } from '../../extract/clauses/exercise.ts';
import { statesFact, verbGroup, type VerbGroup } from '../../extract/clauses/verb-group.ts';
import type { ArticleContext } from '../../extract/context.ts';
import { FORCE_NOUNS, wordClassOf } from '../../extract/lexicon.ts';
import { DEPLOY_VERBS } from './lexicon.ts';
import { sentThereBefore } from './sent-before.ts';
import {
  actorOf,
  findPersonnel,
  inDateline,
  lowerAt,
  mentionAtToken,
  placeOf,
  type NamedRef,
} from '../../extract/slots.ts';
import { datelineState } from '../../extract/clauses/phrases.ts';
import { placeNamedBefore, stateNamedBefore, stateOf } from '../../extract/clauses/discourse.ts';
import type { Sentence } from '../../extract/text/tokens.ts';
import { wordSet as set } from '../../extract/word-set.ts';
import { placementCandidates } from '../placement.ts';

/** Nouns of a national part of a multinational force ("contingents from Fiji and Tonga"). */
const CONTINGENT_NOUNS = set(`contingent contingents troops soldiers units battalions battalion detachments
  detachment personnel peacekeepers forces police`);
/** Participles after a main clause of moving forces whose object is the forces moved ("…, bringing soldiers from"). */
const CARRYING_PARTICIPLES = set('bringing carrying');
/** Words that make the contingents after them part of a force ("includes contingents from", "joined by troops from"). */
const INCLUSION_WORDS = set('include includes included including comprising comprises comprised joined');
/** Verbs of a contingent arriving where the text already is ("contingents from Canada … arrived in the following weeks"). */
const ARRIVAL_HEADS = set('arrived arriving arrive arrives landed');
/** Verbs of forces joining forces already deployed ("would join the Kenyans", "on their way to join them"). */
const JOIN_VERBS = set('join joins joined joining');
/** Verbs whose subjects send a contingent ("Greece, Spain and Denmark are also sending contingents"). */
const CONTRIBUTE_VERBS = set(`sending send sends sent contributing contribute contributes contributed providing
  provide provides provided committing commit commits committed dispatching dispatch dispatches dispatched`);
/** The words every reading here starts from, as a word class (a per-token flag, no set lookups in the scan). */
const TRIGGER_CLASS = wordClassOf(new Set([...CONTINGENT_NOUNS, ...CONTRIBUTE_VERBS, ...JOIN_VERBS, 'drawn']));
/** Prepositions that state where a contingent goes; a clause with one is read by the clause finder. */
const DESTINATION_PREPOSITIONS = set('to into in at on off near outside inside across around along throughout');
/** How many sentences back the deployment whose theatre a contributor joins may stand. */
const THEATRE_REACH = 3;
/** How many sentences back a place named (no deployment read) may be the theatre. */
const NAMED_PLACE_REACH = 2;
/** How many tokens an insertion between the contributors and their verb may take (", together with …,"). */
const INSERTION_TOKENS = 10;
/** How far before its contingent noun an inclusion word may stand ("includes two contingents from"). */
const INCLUSION_REACH = 3;
/** How far before its contingent noun "made up of" may stand ("made up of Comorian soldiers and AU contingents"). */
const COMPOSITION_REACH = 8;
/** Verbs of a force's composition before "of" ("composed of", "consisted of"); "made" takes "up of". */
const COMPOSED = set('composed consisted consisting consists comprised');
const MAKE_FORMS = set('made make makes');
/** Words of degree between a verb of composition and its "of" ("made up chiefly of"). */
const COMPOSITION_DEGREE = set('chiefly mainly mostly largely primarily principally entirely');
/** The verbs a composition is read from, as inclusionBefore returns them. */
const COMPOSITION_VERBS = new Set([...COMPOSED, ...MAKE_FORMS]);
/** How many words may stand between "joined" and "by" ("joined in the following months by"). */
const JOINED_BY_REACH = 5;
/** How far after its verb a contributed contingent may stand ("to send what it called peacekeeping forces"). */
const CONTINGENT_REACH = 5;
/** A theatre inferred from the text around is less sure than one the clause states. */
const CONTRIBUTOR_CONFIDENCE = 0.6;
/** How far after its verb a lone sender's figure may stand ("had sent about 500 police"). */
const PERSONNEL_REACH = 6;
/** How many states one list may name. */
const MAX_CONTRIBUTORS = 12;

/**
 * Contributors to a multinational force whose destination the clause leaves unsaid: "the force … includes
 * contingents from New Zealand, Fiji and Tonga", "contingents from Canada, Sweden and Ireland arrived over the following
 * weeks", "Greece, Turkey and Spain are also sending contingents". Each state is deployed to the theatre: the state of
 * the deployment read just before, or of the place the text has just named.
 */
export function findContributors(
  ctx: ArticleContext,
  found: readonly Candidate[],
  withdrawals: readonly Candidate[] = [],
): Candidate[] {
  const out: Candidate[] = [];
  // The story's state, looked up once, when a contribution first needs it.
  let story: { found: StoryState | undefined } | undefined;

  for (const s of ctx.sentences) {
    // Every reading starts from a force noun or a verb of sending: sentences with neither are skipped whole.
    if (!(ctx.sentenceClass[s.index]! & TRIGGER_CLASS)) continue;
    for (let t = s.first; t < s.last; t++) {
      if (!(ctx.wordClass[t]! & TRIGGER_CLASS)) continue;
      const w = lowerAt(ctx, t);
      const read =
        CONTINGENT_NOUNS.has(w) && lowerAt(ctx, t + 1) === 'from'
          ? includedAt(ctx, s, t)
          : CONTINGENT_NOUNS.has(w)
            ? gatheredAt(ctx, s, t)
            : undefined;
      const listed =
        !read && CONTINGENT_NOUNS.has(w) ? (peoplesIncludedAt(ctx, s, t) ?? followersAt(ctx, s, t)) : undefined;
      const named = !read && !listed && CONTINGENT_NOUNS.has(w) ? namedForcesArrivedAt(ctx, s, t) : undefined;
      const sent = !read && !listed && !named && CONTRIBUTE_VERBS.has(w) ? sendersAt(ctx, s, t) : undefined;
      const joining = JOIN_VERBS.has(w) ? joinersAt(ctx, s, t) : undefined;
      const drawn = w === 'drawn' ? drawnFromAt(ctx, s, t) : undefined;
      const hit = read ?? listed ?? named ?? sent ?? joining ?? drawn;
      if (!hit || (hit.theatreHere && !found.some((c) => c.sentence === s.index))) continue;
      // Where an actor's forces withdraw from, they had been sent to: its own theatre, as much as a deployment read.
      const left = withdrawals.filter((w) => hit.actors.some((a) => a.name === w.actor?.name));
      const theatre =
        theatreBefore(
          ctx,
          s,
          [...found, ...left],
          hit.actors,
          hit.earlierTheatreOnly,
          hit.composition || hit.following,
        ) ??
        (hit.drawnFrom
          ? stateNamedBefore(ctx, s.first, NAMED_PLACE_REACH, (p) => hit.actors.some((a) => a.code === p.code))
          : undefined) ??
        (hit.forcePart ? undefined : storyState((story ??= { found: findStoryState(ctx) }).found, s, hit.actors));
      if (!theatre) continue;
      const actors = hit.actors.filter((a) => a.name !== theatre.name && !insideOwnState(theatre, a));
      out.push(
        ...placementCandidates(
          'DeploymentAnnounced',
          s,
          { actors },
          [theatre],
          (hit.sentenceDate && dateOfDeploymentIn(found, s)) || dateNear(ctx, s, hit.verb, ARRIVAL_DATING),
          // "his country had sent about 500 police": one sender's own figure.
          actors.length === 1 ? findPersonnel(ctx, hit.verb, Math.min(s.last, hit.verb + PERSONNEL_REACH)) : undefined,
          CONTRIBUTOR_CONFIDENCE,
        ),
      );
    }
  }
  return out;
}

/** The date of the first deployment read in sentence `s` with a place, as a date slot. */
function dateOfDeploymentIn(found: readonly Candidate[], s: Sentence) {
  const c = found.find((f) => f.sentence === s.index && f.location && f.type === 'DeploymentAnnounced');
  return c ? { value: c.occurredOn, source: c.dateSource, approx: c.dateApprox } : undefined;
}

interface Contribution {
  actors: NamedRef[];
  verb: number;
  /** One sender alone takes its theatre only from sentences before ("Ghana has sent troops, and … arrived in X"). */
  earlierTheatreOnly?: boolean;
  /** The contingents make up the force just read ("The landing force was made up of …"): they went where it went. */
  composition?: boolean;
  /** The contingents are parts of a force ("It includes battalions from …"): only where that force went is theirs. */
  forcePart?: boolean;
  /** The contingents were carried by a move the same sentence reads ("landed …, bringing soldiers from …"). */
  theatreHere?: boolean;
  /** The contingents follow the forces just read ("…, followed by an Italian contingent"): they go where those went. */
  following?: boolean;
  /** The states a force set off by commas is drawn from: with no deployment read, they go to the state named before. */
  drawnFrom?: boolean;
  /** The contingents have no verb of their own: they take the date of the deployment the sentence reads. */
  sentenceDate?: boolean;
}

/** "includes contingents from A, B and C", "contingents from A and B arrived": the states after "from" at t + 1. */
function includedAt(ctx: ArticleContext, s: Sentence, t: number): Contribution | undefined {
  const list = statesFrom(ctx, s, t + 2);
  if (!list) return undefined;
  const inclusion = inclusionBefore(ctx, s, t);
  if (inclusion >= 0) return partsOfForce(ctx, s, inclusion, list.actors);
  // "…landed at the port yesterday, bringing soldiers from Ghana, Nigeria and Guinea into the capital": the forces a
  // landing told in the same sentence carried.
  if (resultParticiple(ctx, s, t - 1, CARRYING_PARTICIPLES))
    return { actors: list.actors, verb: t - 1, theatreHere: true, forcePart: true };
  const further = furtherContingents(ctx, s, list.end);
  const arrival = arrivalAfter(ctx, s, further?.end ?? list.end);
  if (!arrival || !stated(ctx, s, arrival.verb) || destinationAfter(ctx, s, arrivalEnd(arrival))) return undefined;
  const actors = [...list.actors, ...(further?.actors ?? []), ...companionsIn(ctx, arrival.insertion)];
  return { actors, verb: arrival.verb };
}

/** Forms of "bring" that with "together" tell what a force is made of ("brings together 2,000 soldiers from …"). */
const BRING_FORMS = set('brings bring brought bringing');
/** Words between "together" and the forces gathered ("more than 2,000", "about", "some"). */
const GATHERED_FILLERS = set('more than about some nearly almost over around roughly');
/** How far before the forces "brings together" may stand ("brings together more than 2,000 soldiers"). */
const GATHER_REACH = 5;
/** How many tokens a coordination of nouns may add before "from" ("soldiers, police and officials from"). */
const COORDINATED_NOUN_TOKENS = 4;

/**
 * "The Regional Assistance Mission … brings together more than 2,000 soldiers, police and officials from A, B and
 * C": the states a mission or force gathers its forces from are its parts, sent where it went. An exercise that
 * brings forces together sends no one.
 */
function gatheredAt(ctx: ArticleContext, s: Sentence, t: number): Contribution | undefined {
  let together = t - 1;
  while (together > s.first && together >= t - GATHER_REACH && lowerAt(ctx, together) !== 'together') {
    const w = ctx.tokens[together]!;
    if (w.kind !== 'number' && !GATHERED_FILLERS.has(w.lower)) return undefined;
    together--;
  }
  if (lowerAt(ctx, together) !== 'together' || !BRING_FORMS.has(lowerAt(ctx, together - 1))) return undefined;
  if (mentionsExercise(ctx, s)) return undefined;
  // "soldiers, police and officials from": the nouns coordinated with the first share its "from".
  let from = t + 1;
  while (from < s.last && from <= t + COORDINATED_NOUN_TOKENS && lowerAt(ctx, from) !== 'from') {
    const w = ctx.tokens[from]!;
    if (w.kind !== 'punct' && (w.kind !== 'word' || w.cap)) return undefined;
    from++;
  }
  if (lowerAt(ctx, from) !== 'from') return undefined;
  const list = statesFrom(ctx, s, from + 1);
  return list ? partsOfForce(ctx, s, together - 1, list.actors) : undefined;
}

/** How many describing words may stand before the contingents of a "with" phrase ("with smaller contingents from"). */
const WITH_CONTINGENT_WORDS = 2;

/**
 * "A Commonwealth Monitoring Force, drawn from Britain, Australia and Fiji, was deployed …", "…, drawn principally
 * from the British Army with smaller contingents from Australia and Kenya, deployed …": the states a force set off
 * by commas is drawn from are its parts, sent where it went, when the force's own verb after the insertion sends it.
 */
function drawnFromAt(ctx: ArticleContext, s: Sentence, t: number): Contribution | undefined {
  if (lowerAt(ctx, t - 1) !== ',') return undefined;
  let k = COMPOSITION_DEGREE.has(lowerAt(ctx, t + 1)) ? t + 2 : t + 1;
  if (lowerAt(ctx, k) !== 'from') return undefined;
  k++;
  const actors: NamedRef[] = [];
  // "from the British Army", "from the French forces": a state's own forces.
  const article = lowerAt(ctx, k) === 'the' ? k + 1 : k;
  const owner = mentionAtToken(ctx, article);
  const ownForce =
    owner?.first === article &&
    (owner.entry.kind === 'metonym' ||
      ((owner.entry.kind === 'state' || owner.entry.kind === 'demonym') && FORCE_NOUNS.has(lowerAt(ctx, owner.last))));
  const actor = ownForce ? actorOf(owner.entry) : undefined;
  if (actor) {
    actors.push(actor);
    k = owner!.entry.kind === 'metonym' ? owner!.last : owner!.last + 1;
  } else {
    const list = statesFrom(ctx, s, k);
    if (!list) return undefined;
    actors.push(...list.actors);
    k = list.end;
  }
  // "… with smaller contingents from Australia, New Zealand and Kenya".
  if (lowerAt(ctx, k) === 'with') {
    let noun = k + 1;
    while (noun <= k + WITH_CONTINGENT_WORDS && !CONTINGENT_NOUNS.has(lowerAt(ctx, noun))) noun++;
    const list =
      CONTINGENT_NOUNS.has(lowerAt(ctx, noun)) && lowerAt(ctx, noun + 1) === 'from'
        ? statesFrom(ctx, s, noun + 2)
        : undefined;
    if (!list) return undefined;
    actors.push(...list.actors);
    k = list.end;
  }
  if (lowerAt(ctx, k) !== ',') return undefined;
  let verb = k + 1;
  while (verb < s.last && verb <= k + FORCE_VERB_REACH && AUXILIARIES.has(lowerAt(ctx, verb))) verb++;
  if (!DEPLOY_VERBS.has(lowerAt(ctx, verb)) || !stated(ctx, s, verb)) return undefined;
  return { actors, verb, composition: true, forcePart: true, drawnFrom: true };
}

/** Articles that open a further contingent in a list of them ("and a police contingent from …"). */
const INDEFINITE = set('a an');
/** How many describing words a further contingent's noun may take ("a small naval police contingent"). */
const FURTHER_CONTINGENT_WORDS = 3;

/**
 * "Troops from A and B and a police contingent from C joined …": a further contingent after "and", with its own
 * states after "from", coordinated with the list that ends at `end`; the states it names, and where its list ends.
 */
function furtherContingents(
  ctx: ArticleContext,
  s: Sentence,
  end: number,
): { actors: NamedRef[]; end: number } | undefined {
  if (lowerAt(ctx, end) !== 'and' || !INDEFINITE.has(lowerAt(ctx, end + 1))) return undefined;
  for (let j = end + 2; j < s.last && j <= end + 2 + FURTHER_CONTINGENT_WORDS; j++) {
    // "a police contingent from": a force noun may describe the one that heads the phrase.
    if (CONTINGENT_NOUNS.has(lowerAt(ctx, j)) && lowerAt(ctx, j + 1) === 'from') return statesFrom(ctx, s, j + 2);
    if (ctx.tokens[j]!.kind !== 'word' || ctx.tokens[j]!.cap) return undefined;
  }
  return undefined;
}

/** The contributors a stated inclusion word at `inclusion` makes parts of a force ("includes contingents from …"). */
function partsOfForce(
  ctx: ArticleContext,
  s: Sentence,
  inclusion: number,
  actors: NamedRef[],
): Contribution | undefined {
  if (!stated(ctx, s, inclusion)) return undefined;
  // "…the U.N. Emergency Force. The force, made up of contingents from India and Canada,": the force named before
  // acts; its contributors are read as its parts, not as actors.
  if (lowerAt(ctx, inclusion - 1) === ',' && composedForceBefore(ctx, s, inclusion - 1)) return undefined;
  return { actors, verb: inclusion, composition: COMPOSITION_VERBS.has(lowerAt(ctx, inclusion)), forcePart: true };
}

/**
 * "were joined by British Gurkhas and New Zealand soldiers", "a force made up chiefly of Moroccan and Senegalese
 * contingents", "an expedition that included French, Spanish and Italian forces": the peoples or states whose forces
 * an inclusion word lists, the list ending at the contingent noun t. One name alone is read after "joined by" or a
 * composition ("made up of Moroccan contingents"); "including French soldiers" as often counts casualties.
 */
function peoplesIncludedAt(ctx: ArticleContext, s: Sentence, t: number): Contribution | undefined {
  const list = peoplesEndingAt(ctx, s, t);
  if (!list) return undefined;
  // "A Multinational Force of U.S., French and Italian troops was deployed …, and Marines landed at X": a force's
  // composition after "of", sent where the deployment the same sentence reads went.
  const of = ctx.tokens[list.start - 1]?.kind === 'number' ? list.start - 2 : list.start - 1;
  if (list.actors.length >= 2 && lowerAt(ctx, of) === 'of' && COMPOSED_BODIES.has(lowerAt(ctx, of - 1))) {
    // "supervised by a Multinational Force of U.S., French and Italian troops; some 800 U.S. Marines landed at X": a
    // force phrase that ends the clause, in a sentence that reads a deployment, went where that deployment went.
    if (PHRASE_ENDS.has(lowerAt(ctx, t + 1)))
      return {
        actors: list.actors,
        verb: t,
        composition: true,
        theatreHere: true,
        forcePart: true,
        sentenceDate: true,
      };
    // "… was deployed": the force's own verb sends it ("a coalition of … was formed" sends no one).
    let verb = t + 1;
    while (verb < s.last && verb <= t + FORCE_VERB_REACH && AUXILIARIES.has(lowerAt(ctx, verb))) verb++;
    if (!DEPLOY_VERBS.has(lowerAt(ctx, verb)) || !stated(ctx, s, verb)) return undefined;
    return { actors: list.actors, verb, composition: true, theatreHere: true, forcePart: true };
  }
  const inclusion = inclusionBefore(ctx, s, list.start);
  if (inclusion < 0) return undefined;
  const w = lowerAt(ctx, inclusion);
  if (w === 'joined' || COMPOSITION_VERBS.has(w)) return partsOfForce(ctx, s, inclusion, list.actors);
  // "The dead included French and Italian soldiers": only a force's inclusion names its parts.
  if (list.actors.length < 2) return undefined;
  if (w === 'among' || (w === 'including' && !stated(ctx, s, inclusion))) {
    const verb = movingVerbOf(ctx, s, inclusion, t + 1);
    return verb >= 0 ? { actors: list.actors, verb, forcePart: true } : undefined;
  }
  if (!forceIncluding(ctx, s, inclusion)) return undefined;
  return partsOfForce(ctx, s, inclusion, list.actors);
}

/** Verbs of forces moving or sent, whose subject a participial inclusion ("including", "among them") lists. */
const FORCE_MOVING_VERBS = new Set([...DEPLOY_VERBS, ...ARRIVAL_HEADS, 'flew', 'flown', 'sailed', 'marched', 'poured']);

/**
 * "Some 1,500 troops, including British Gurkhas and New Zealand soldiers, landed at …", "The first troops flew in at
 * dawn, among them British Gurkhas and New Zealand soldiers": the stated verb of moving whose subject is the forces
 * a participial inclusion at `inclusion` lists (the list ending before `end`): after the insertion, or before the
 * inclusion with a force noun before it. -1 where there is none.
 */
function movingVerbOf(ctx: ArticleContext, s: Sentence, inclusion: number, end: number): number {
  if (lowerAt(ctx, inclusion - 1) !== ',') return -1;
  if (lowerAt(ctx, inclusion) === 'including' && lowerAt(ctx, end) === ',' && forceIncluding(ctx, s, inclusion)) {
    let verb = end + 1;
    while (verb < s.last && verb <= end + FORCE_VERB_REACH && AUXILIARIES.has(lowerAt(ctx, verb))) verb++;
    return FORCE_MOVING_VERBS.has(lowerAt(ctx, verb)) && stated(ctx, s, verb) ? verb : -1;
  }
  if (lowerAt(ctx, inclusion) !== 'among') return -1;
  let verb = -1;
  for (let j = inclusion - 2; j >= s.first && j >= inclusion - MOVING_VERB_REACH && verb < 0; j--) {
    if (CLAUSE_ENDS.has(lowerAt(ctx, j))) return -1;
    if (FORCE_MOVING_VERBS.has(lowerAt(ctx, j))) verb = j;
  }
  if (verb < 0 || !stated(ctx, s, verb)) return -1;
  for (let j = verb - 1; j >= s.first && j >= verb - MOVING_SUBJECT_REACH; j--)
    if (FORCE_NOUNS.has(lowerAt(ctx, j))) return verb;
  return -1;
}

/** How far before "among them" the verb of the forces it lists may stand ("flew in aboard transports at dawn"). */
const MOVING_VERB_REACH = 12;
/** How far before that verb its force noun may stand ("The first troops flew"). */
const MOVING_SUBJECT_REACH = 6;
/** Punctuation that ends the clause a participial inclusion belongs to. */
const CLAUSE_ENDS = set('; : —');

/** Forces a joining verb's object may name ("join the peacekeepers", "joined the force"). */
const JOINED_FORCES = set('troops forces soldiers peacekeepers force mission contingent contingents');
/** Words of a move under way before "to join" ("were on their way to join them"). */
const UNDER_WAY = set('way route');

/**
 * "Uganda said 300 of its soldiers would join the Kenyans", "soldiers from Uganda were on their way to join them",
 * "Ugandan troops joined them on Tuesday": forces joining forces already deployed go where those went. The object is
 * the forces in play ("them", "the Kenyans", "the peacekeepers"), never a body one joins as a member ("join NATO").
 */
function joinersAt(ctx: ArticleContext, s: Sentence, t: number): Contribution | undefined {
  const object = lowerAt(ctx, t + 1);
  const people = mentionAtToken(ctx, t + 2);
  const forcesInPlay =
    object === 'them' ||
    (object === 'the' &&
      (JOINED_FORCES.has(lowerAt(ctx, t + 2)) ||
        (people?.first === t + 2 && people.entry.kind === 'demonym' && lowerAt(ctx, people.last - 1).endsWith('s'))));
  if (!forcesInPlay) return undefined;
  const group = verbGroup(ctx, s, t);
  const underWay = lowerAt(ctx, t - 1) === 'to' && UNDER_WAY.has(lowerAt(ctx, t - 2)) && !group.negated;
  if (!underWay && !stated(ctx, s, t, group) && !reportedWill(ctx, s, group)) return undefined;
  const slot = actorsAt(ctx, s, t, () => false);
  if (!slot || slot.referred || slot.force < 0) return undefined;
  return { actors: slot.actors, verb: t, earlierTheatreOnly: true };
}

/** "Uganda said … would join": a "would" after a reporting verb before it states a decision. */
function reportedWill(ctx: ArticleContext, s: Sentence, group: VerbGroup): boolean {
  if (group.negated || group.modal !== 'would') return false;
  for (let j = group.first - 1; j >= s.first; j--) if (REPORTED.has(lowerAt(ctx, j))) return true;
  return false;
}
/** Reporting verbs that make a following "would" a stated decision. */
const REPORTED = set('said says announced confirmed');

/** Articles that may open a followers' phrase ("followed by an Italian contingent"). */
const FOLLOWER_ARTICLES = set('a an the');

/**
 * "…landed at Durres on 3 May, followed by an Italian contingent", "…crossed into X, with French and Dutch troops to
 * follow": the forces that follow a deployment the same sentence reads, to its place.
 */
function followersAt(ctx: ArticleContext, s: Sentence, t: number): Contribution | undefined {
  const list = peoplesEndingAt(ctx, s, t);
  if (!list) return undefined;
  const before = FOLLOWER_ARTICLES.has(lowerAt(ctx, list.start - 1)) ? list.start - 2 : list.start - 1;
  const followedBy = lowerAt(ctx, before) === 'by' && lowerAt(ctx, before - 1) === 'followed';
  const toFollow =
    lowerAt(ctx, list.start - 1) === 'with' &&
    lowerAt(ctx, list.start - 2) === ',' &&
    lowerAt(ctx, t + 1) === 'to' &&
    lowerAt(ctx, t + 2) === 'follow';
  if (!followedBy && !toFollow) return undefined;
  return { actors: list.actors, verb: followedBy ? before - 1 : t + 2, theatreHere: true, following: true };
}

/** Auxiliaries between a force and its verb ("was deployed", "had been sent"). */
const AUXILIARIES = set('was were is are has have had been be also');
/** How many auxiliaries may stand between a force and its verb. */
const FORCE_VERB_REACH = 3;
/** Punctuation that ends a force phrase with no verb of its own ("…, supervised by a force of A and B troops;"). */
const PHRASE_ENDS = set('; ,');
/** Bodies of forces whose "of" names what they are made of ("a force of British and French troops"). */
const COMPOSED_BODIES = set('force forces coalition expedition');
/** Words between a force and its inclusion word ("an expedition that included", "3,000 troops, including"). */
const INCLUDER_LINKS = set('that which also , eventually');
/** Bodies of forces whose inclusion names their parts, beside the force nouns ("the coalition included"). */
const INCLUDING_BODIES = set('coalition operation');

/** Whether a force or a body of forces stands right before the inclusion word at `inclusion`. */
function forceIncluding(ctx: ArticleContext, s: Sentence, inclusion: number): boolean {
  let j = inclusion - 1;
  while (j > s.first && INCLUDER_LINKS.has(lowerAt(ctx, j))) j--;
  return FORCE_NOUNS.has(lowerAt(ctx, j)) || INCLUDING_BODIES.has(lowerAt(ctx, j));
}

/**
 * A list of peoples' or states' forces ending right before the contingent noun t ("British Gurkhas and New Zealand
 * soldiers", "French, Spanish and Italian"): each item may carry its own force noun; the link next to the last item
 * is "and", the ones before it commas.
 */
function peoplesEndingAt(
  ctx: ArticleContext,
  s: Sentence,
  t: number,
): { actors: NamedRef[]; start: number } | undefined {
  const actors: NamedRef[] = [];
  let start = t;
  let k = t - 1;
  while (k >= s.first && actors.length < MAX_CONTRIBUTORS) {
    const m = mentionAtToken(ctx, k);
    const kindOk = m && (m.entry.kind === 'state' || m.entry.kind === 'demonym');
    const actor = m && kindOk && m.last === k + 1 && !m.possessive ? actorOf(m.entry) : undefined;
    if (!m || !actor) break;
    actors.unshift(actor);
    start = m.first;
    const link = lowerAt(ctx, m.first - 1);
    if (actors.length === 1 ? link !== 'and' : link !== ',') break;
    k = actors.length === 1 && lowerAt(ctx, m.first - 2) === ',' ? m.first - 3 : m.first - 2;
    // "British Gurkhas and New Zealand soldiers": an earlier item with a force noun of its own, which one lower-case
    // word may describe ("Australian special forces").
    if (FORCE_NOUNS.has(lowerAt(ctx, k)) && mentionAtToken(ctx, k - 1)?.last === k) k--;
    else if (FORCE_NOUNS.has(lowerAt(ctx, k)) && describedForceOwner(ctx, k)) k -= 2;
  }
  return actors.length ? { actors, start } : undefined;
}

/** "Australian special forces": one lower-case word between a people's name and the force noun at k. */
function describedForceOwner(ctx: ArticleContext, k: number): boolean {
  const word = ctx.tokens[k - 1];
  return !!word && word.kind === 'word' && !word.cap && mentionAtToken(ctx, k - 2)?.last === k - 1;
}

/** Words that open an insertion naming forces that went with the list (", together with a Brazilian battalion,"). */
const COMPANION_OPENERS = set('together along alongside');

/** States whose forces an insertion [first, last) names as companions ("together with a large Brazilian battalion"). */
function companionsIn(ctx: ArticleContext, [first, last]: readonly [number, number]): NamedRef[] {
  if (!COMPANION_OPENERS.has(lowerAt(ctx, first))) return [];
  const out: NamedRef[] = [];
  for (let j = first; j < last; j++) {
    const m = mentionAtToken(ctx, j);
    if (!m || m.first !== j || !CONTINGENT_NOUNS.has(lowerAt(ctx, m.last))) continue;
    const actor = m.entry.kind === 'state' || m.entry.kind === 'demonym' ? actorOf(m.entry) : undefined;
    if (actor) out.push(actor);
  }
  return out;
}

/** "Greece, Turkey and Spain are also sending contingents": the states before the verb at t. */
function sendersAt(ctx: ArticleContext, s: Sentence, t: number): Contribution | undefined {
  let noun = -1;
  for (let j = t + 1; j < s.last && j <= t + CONTINGENT_REACH; j++)
    if (CONTINGENT_NOUNS.has(lowerAt(ctx, j))) {
      noun = j;
      break;
    }
  if (noun < 0 || destinationPastObject(ctx, s, noun)) return undefined;
  const group = verbGroup(ctx, s, t);
  const absolute = absoluteSenders(ctx, s, t, group);
  if (absolute) return { actors: absolute, verb: t, theatreHere: true };
  if (!stated(ctx, s, t, group)) return undefined;
  const actors = statesEndingAt(ctx, s, group.first);
  if (actors.length >= 2) return { actors, verb: t };
  // "The CSTO agreed on Jan. 6 to send peacekeeping forces": one sender of forces, decided or done.
  // A bare gerund ("no consensus on sending troops") names the act, it does not report it.
  const gerund = lowerAt(ctx, t).endsWith('ing') && !group.progressive;
  if (!SINGLE_SEND_VERBS.has(lowerAt(ctx, t)) || gerund || (group.infinitive && !DECISIONS.has(group.governor ?? '')))
    return undefined;
  const slot = actorsAt(ctx, s, t, () => false);
  return slot && !slot.referred ? { actors: slot.actors, verb: t, earlierTheatreOnly: true } : undefined;
}
/**
 * "…will provide 7,000 troops for the force in Lebanon, with Italy sending up to 3,000 soldiers": the senders of an
 * absolute phrase after a deployment the same sentence reads; the main clause states it, the participle shares that.
 */
function absoluteSenders(ctx: ArticleContext, s: Sentence, t: number, group: VerbGroup): NamedRef[] | undefined {
  if (group.first !== t || group.negated || !lowerAt(ctx, t).endsWith('ing')) return undefined;
  const list = statesListEndingAt(ctx, s, t);
  const opens = lowerAt(ctx, list.start - 1) === 'with' && lowerAt(ctx, list.start - 2) === ',';
  return list.actors.length && opens ? list.actors : undefined;
}

/** Verbs by which one actor sends forces with no destination said ("agreed to send peacekeeping forces"). */
const SINGLE_SEND_VERBS = set('send sends sent sending dispatch dispatched dispatches dispatching');
/** Governors that make an infinitive of sending a decision ("agreed to send"). */
const DECISIONS = set('agreed decided voted approved ordered authorized authorised announced');

/** "Botswana troops arrived later in the day", "British and French units landed": named forces with no destination. */
function namedForcesArrivedAt(ctx: ArticleContext, s: Sentence, t: number): Contribution | undefined {
  const actors = statesEndingAt(ctx, s, t, true);
  if (!actors.length) return undefined;
  const arrival = arrivalAfter(ctx, s, t + 1);
  if (!arrival || !stated(ctx, s, arrival.verb) || destinationAfter(ctx, s, arrivalEnd(arrival))) return undefined;
  return { actors, verb: arrival.verb };
}

/** A verb stated as done, under way or decided ("will send"), never denied, planned or conditional. */
function stated(ctx: ArticleContext, s: Sentence, verb: number, group: VerbGroup = verbGroup(ctx, s, verb)): boolean {
  if (group.negated || clauseBlocked(ctx, s, group.first)) return false;
  // "to be joined by contingents from …": forces on their way to join those arriving; "agreed to send": decided.
  if (group.infinitive) return group.passive || group.factualGovernor || DECISIONS.has(group.governor ?? '');
  // "will send" is announced; "on officially sending troops" is a gerund that states nothing.
  return group.modal ? group.modal === 'will' : statesFact(group);
}

function inclusionBefore(ctx: ArticleContext, s: Sentence, noun: number): number {
  // "they were joined in the following months by contingents from …": a time phrase between "joined" and "by".
  if (lowerAt(ctx, noun - 1) === 'by')
    for (let j = noun - 2; j >= s.first && j >= noun - 2 - JOINED_BY_REACH; j--) {
      if (lowerAt(ctx, j) === 'joined') return j;
      if (ctx.tokens[j]!.kind === 'punct') break;
    }
  for (let j = noun - 1; j >= s.first && j >= noun - INCLUSION_REACH; j--) {
    const w = lowerAt(ctx, j);
    if (INCLUSION_WORDS.has(w)) return w === 'joined' && lowerAt(ctx, j + 1) !== 'by' ? -1 : j;
    // "…, among them Australian special forces and British Gurkhas": "them" is the forces the clause moved.
    if (w === 'them' && lowerAt(ctx, j - 1) === 'among') return j - 1;
    if (ctx.tokens[j]!.kind === 'punct') break;
  }
  // "The landing force was made up of Comorian soldiers and AU contingents from …": a force's composition, which may
  // name other forces first.
  for (let j = noun - 1; j > s.first + 1 && j >= noun - COMPOSITION_REACH; j--) {
    // "made up chiefly of", "composed mainly of": a word of degree before "of".
    const verb = COMPOSITION_DEGREE.has(lowerAt(ctx, j - 1)) ? j - 1 : j;
    const w = lowerAt(ctx, verb - 1);
    if (lowerAt(ctx, j) === 'of' && w === 'up' && MAKE_FORMS.has(lowerAt(ctx, verb - 2))) return verb - 2;
    if (lowerAt(ctx, j) === 'of' && COMPOSED.has(w)) return verb - 1;
    if (ctx.tokens[j]!.kind === 'punct' && ctx.tokens[j]!.text !== ',') return -1;
  }
  return -1;
}

/** The arrival verb after the list ending at `end`, past an insertion set off by commas (its tokens given too). */
function arrivalAfter(
  ctx: ArticleContext,
  s: Sentence,
  end: number,
): { verb: number; insertion: [number, number]; particle?: boolean } | undefined {
  let j = end;
  let insertion: [number, number] = [end, end];
  if (lowerAt(ctx, j) === ',') {
    let k = j + 1;
    while (k < s.last && k <= j + INSERTION_TOKENS && lowerAt(ctx, k) !== ',') k++;
    if (lowerAt(ctx, k) !== ',') return undefined;
    insertion = [j + 1, k];
    j = k + 1;
  }
  // "began arriving", "had arrived": auxiliaries and a governor before the head.
  for (let k = j; k < s.last && k <= j + 2; k++) {
    if (ARRIVAL_HEADS.has(lowerAt(ctx, k)) || joinedForce(ctx, k) || partInForce(ctx, k)) return { verb: k, insertion };
    // "The first Australian soldiers flew in on Thursday": flying in is arriving where the text is; a destination
    // is looked for after the particle.
    if (FLY_FORMS.has(lowerAt(ctx, k)) && lowerAt(ctx, k + 1) === 'in' && particleEnds(ctx, k + 2))
      return { verb: k, insertion, particle: true };
  }
  return undefined;
}
/** Forms of "fly" that with "in" and no place after it state an arrival ("flew in", "were flown in"). */
const FLY_FORMS = set('flew flown');
/** Words after "flew in" that leave it intransitive ("flew in on Thursday", "flew in from Darwin", not "flew in aid"). */
const AFTER_PARTICLE = set('on from at aboard by overnight early late yesterday today tonight this last');

/** Whether "flew in" ends its verb phrase before token i: a date, a time or place phrase, or punctuation follows. */
function particleEnds(ctx: ArticleContext, i: number): boolean {
  return ctx.tokens[i]?.kind === 'punct' || !!ctx.inDate[i] || AFTER_PARTICLE.has(lowerAt(ctx, i));
}

/** The last token of an arrival's verb: its particle where it has one ("flew in"). */
const arrivalEnd = (arrival: { verb: number; particle?: boolean }) => arrival.verb + (arrival.particle ? 1 : 0);

/** Bodies of forces a contingent may join where they already are ("joined the force in February 1983"). */
const JOINED_BODIES = set('force mission coalition operation');

/** Forms of "take" that with "part in" state a share in what follows ("are taking part in the operation"). */
const TAKE_FORMS = set('take takes taking took taken');
/** Forms of "participate" that with "in" state the same share ("participated in the mission"). */
const PARTICIPATE_FORMS = set('participate participates participating participated');

/**
 * "troops and police from A, B and C are taking part in the operation", "… participated in the mission": a share in
 * a force or operation the text has named is being where it went. A share in anything else ("took part in the
 * talks", "in the exercise") is none.
 */
function partInForce(ctx: ArticleContext, k: number): boolean {
  const w = lowerAt(ctx, k);
  const prep = TAKE_FORMS.has(w) && lowerAt(ctx, k + 1) === 'part' ? k + 2 : PARTICIPATE_FORMS.has(w) ? k + 1 : -1;
  if (prep < 0 || lowerAt(ctx, prep) !== 'in' || lowerAt(ctx, prep + 1) !== 'the') return false;
  return JOINED_BODIES.has(lowerAt(ctx, prep + 2));
}

/**
 * "A small British contingent joined the force", "… joined the U.S. contingent", "… joined the French troops",
 * "… joined it": joining forces already deployed, a body of them, one state's or people's, or the force a pronoun takes
 * up, is arriving where they are.
 */
function joinedForce(ctx: ArticleContext, k: number): boolean {
  if (lowerAt(ctx, k) !== 'joined') return false;
  // "contingents from A and B joined it in May": the force just named, taken up by a pronoun.
  if (lowerAt(ctx, k + 1) === 'it') return true;
  if (lowerAt(ctx, k + 1) !== 'the') return false;
  if (JOINED_BODIES.has(lowerAt(ctx, k + 2))) return true;
  const owner = mentionAtToken(ctx, k + 2);
  return (
    owner?.first === k + 2 &&
    !owner.possessive &&
    (owner.entry.kind === 'state' || owner.entry.kind === 'demonym') &&
    CONTINGENT_NOUNS.has(lowerAt(ctx, owner.last))
  );
}

/** How many words a coordinated object may add after its force noun ("troops and heavy weapons into"). */
const OBJECT_TAIL_WORDS = 4;

/**
 * "has sent troops and heavy weapons into eastern Ukraine": whether the object the force noun at `noun` heads, with
 * the common nouns coordinated with it, is followed by where it went.
 */
function destinationPastObject(ctx: ArticleContext, s: Sentence, noun: number): boolean {
  if (destinationAfter(ctx, s, noun)) return true;
  if (lowerAt(ctx, noun + 1) !== 'and') return false;
  for (let j = noun + 2; j < s.last && j <= noun + 1 + OBJECT_TAIL_WORDS; j++) {
    // "…3,000 soldiers and France raising its share": a name after "and" opens a clause of its own.
    if (ctx.tokens[j]!.kind !== 'word' || ctx.tokens[j]!.cap) return false;
    if (destinationAfter(ctx, s, j)) return true;
  }
  return false;
}

/** Whether the clause states where its forces went right after `from` ("arrived in Cyprus", "arrived off Veracruz"). */
function destinationAfter(ctx: ArticleContext, s: Sentence, from: number): boolean {
  // "French contingents landed there": the place named before, which the clause finder reads.
  if (lowerAt(ctx, from + 1) === 'there') return true;
  if (!DESTINATION_PREPOSITIONS.has(lowerAt(ctx, from + 1))) return false;
  // "arrived in the following weeks", "in May": a time, not a place.
  const next = lowerAt(ctx, from + 2) === 'the' ? from + 3 : from + 2;
  return !ctx.inDate[next] && !TIME_WORDS.has(lowerAt(ctx, next));
}
const TIME_WORDS = set('following coming next weeks days months early late mid same');

/** A list of states starting at i ("New Zealand, Fiji, Papua New Guinea and Tonga"): one state, or commas then "and". */
function statesFrom(ctx: ArticleContext, s: Sentence, i: number): { actors: NamedRef[]; end: number } | undefined {
  const actors: NamedRef[] = [];
  let j = i;
  while (j < s.last && actors.length < MAX_CONTRIBUTORS) {
    const link = lowerAt(ctx, j - 1);
    // "Thailand and the Philippines": a state's name may take its article.
    if (lowerAt(ctx, j) === 'the' && mentionAtToken(ctx, j + 1)?.first === j + 1) j++;
    const m = mentionAtToken(ctx, j);
    const actor = m && m.first === j && m.entry.kind === 'state' ? actorOf(m.entry) : undefined;
    if (!m || !actor) return undefined;
    actors.push(actor);
    const afterAnd = actors.length > 1 && link === 'and';
    j = m.last;
    if (afterAnd) return { actors, end: j };
    const w = lowerAt(ctx, j);
    if (w === 'and') j++;
    else if (w === ',' && lowerAt(ctx, j + 1) === 'and') j += 2;
    else if (w === ',' && mentionAtToken(ctx, j + 1)?.entry.kind === 'state') j++;
    // A list that stops at a comma before reaching "and" is one state and an insertion after it.
    else return actors.length === 1 ? { actors, end: j } : undefined;
  }
  return undefined;
}

/**
 * A list of states ending right before `end` ("Greece, Turkey, Spain and Denmark are"), in text order; with
 * `demonyms`, peoples' names too ("British and French troops").
 */
function statesEndingAt(ctx: ArticleContext, s: Sentence, end: number, demonyms = false): NamedRef[] {
  return statesListEndingAt(ctx, s, end, demonyms).actors;
}

/** The list statesEndingAt reads, with the token its first name starts at (`end` where it reads none). */
function statesListEndingAt(
  ctx: ArticleContext,
  s: Sentence,
  end: number,
  demonyms = false,
): { actors: NamedRef[]; start: number } {
  const actors: NamedRef[] = [];
  let start = end;
  let j = end - 1;
  let needAnd = true;
  while (j >= s.first && actors.length < MAX_CONTRIBUTORS) {
    const m = mentionAtToken(ctx, j);
    const kindOk = m && (m.entry.kind === 'state' || (demonyms && m.entry.kind === 'demonym'));
    const actor = m && kindOk && m.last === j + 1 && !m.possessive ? actorOf(m.entry) : undefined;
    if (!m || !actor) break;
    actors.unshift(actor);
    start = m.first;
    const link = lowerAt(ctx, m.first - 1);
    if (actors.length === 1) {
      if (link !== 'and') break;
      j = lowerAt(ctx, m.first - 2) === ',' ? m.first - 3 : m.first - 2;
      needAnd = false;
      continue;
    }
    if (needAnd || link !== ',') break;
    j = m.first - 2;
  }
  return { actors, start };
}

/**
 * Where senders' forces go when neither a deployment read nor a place named just before says: the state the story is
 * reported from and about, the dateline's, where the text before `s` names it or a place in it ("DILI, East Timor — …
 * Dili's airport …"); a dateline whose state the text never names is only where the reporter sits ("BRUSSELS — NATO
 * ministers …").
 */
function storyState(story: StoryState | undefined, s: Sentence, actors: readonly NamedRef[]): NamedRef | undefined {
  if (!story || story.firstNamed >= s.first || actors.some((a) => a.name === story.state.name)) return undefined;
  return story.state;
}

interface StoryState {
  state: NamedRef;
  /** The first token of the body's first mention of the state or a place in it. */
  firstNamed: number;
}

/** The dateline's state and where the body first names it or a place in it; undefined where it never does. */
function findStoryState(ctx: ArticleContext): StoryState | undefined {
  const state = datelineState(ctx);
  if (!state) return undefined;
  for (const m of ctx.mentions)
    if (!inDateline(ctx, m.first) && placeOf(m.entry)?.code === state.code) return { state, firstNamed: m.first };
  return undefined;
}

/** The state where the text has just put forces: the last deployment read before, else the last place named. */
export function theatreBefore(
  ctx: ArticleContext,
  s: Sentence,
  found: readonly Candidate[],
  actors: readonly NamedRef[],
  earlierOnly = false,
  composition = false,
): NamedRef | undefined {
  let last: Candidate | undefined;
  const latest = earlierOnly ? s.index - 1 : s.index;
  for (const c of found)
    if (c.sentence <= latest && c.sentence >= s.index - THEATRE_REACH && (!last || c.sentence > last.sentence))
      last = c;
  const place = last?.location ?? placeNamedBefore(ctx, s.first, NAMED_PLACE_REACH);
  const state = place?.code ? stateOf(place.code) : undefined;
  if (!state || actors.some((a) => a.name === state.name)) return undefined;
  // "landed on the island of Anjouan … The landing force was made up of contingents from Tanzania and Sudan": the
  // parts of a force go where the force went.
  // "… Norway eventually sent 9,000 troops" after a sentence that sent Norway to Narvik: its forces go there.
  const again = actors.length === 1 && !!place && sentThereBefore(ctx, s, actors[0]!, place, THEATRE_REACH);
  if (again) return place;
  return composition && last?.type === 'DeploymentAnnounced' && last.location ? last.location : state;
}
