import type { Candidate } from '../../extract/candidate.ts';
import { clauseBlocked } from '../../extract/clauses/blockers.ts';
import { ARRIVAL_DATING, dateNear } from '../../extract/clauses/dating.ts';
import { placesAt } from '../../extract/clauses/phrases.ts';
import { byAgents } from '../../extract/clauses/loose-slots.ts';
import { DATE_PREPOSITIONS, statesFact, verbGroup } from '../../extract/clauses/verb-group.ts';
import type { ArticleContext } from '../../extract/context.ts';
import { FORCE_NOUNS, WORD_CLASS, wordClassOf } from '../../extract/lexicon.ts';
import { actorsAt } from '../../extract/clauses/actors.ts';
import { actorOf, afterDateline, lowerAt, mentionAtToken, placeOf, type NamedRef } from '../../extract/slots.ts';
import type { Sentence } from '../../extract/text/tokens.ts';
import { wordSet as set } from '../../extract/word-set.ts';
import { placementCandidates } from '../placement.ts';
import { entryAbroad } from './clause-finder.ts';
import { FOLLOW_VERBS } from './lexicon.ts';
import { gazetteer } from '../../extract/gazetteer/index.ts';

/**
 * DeploymentAnnounced from clauses that take up a deployment the text has just read (in `read`): passives of taking
 * a place ("Latvia and Estonia were occupied on 17 June"), by the agent after "by" or else by that deployment's
 * actor; and forces that followed ("British and French contingents followed in January"), to that deployment's place.
 */
export function findTakenUpDeployments(
  ctx: ArticleContext,
  read: readonly Candidate[],
  withdrawals: readonly Candidate[] = [],
): Candidate[] {
  const out: Candidate[] = [];
  const latest = latestBySentence(ctx, read);
  for (const s of ctx.sentences) {
    if (!(ctx.sentenceClass[s.index]! & (WORD_CLASS.placement | LAUNCHED_CLASS))) continue;
    for (let t = s.first; t < s.last; t++) {
      const w = lowerAt(ctx, t);
      const found = PASSIVE_TAKING.has(w)
        ? passiveOccupation(ctx, s, t, lastDeploymentBefore(latest, s, PASSIVE_ACTOR_SENTENCES)?.actor)
        : FOLLOW_VERBS.has(w)
          ? followedAt(ctx, s, t, lastDeploymentBefore(latest, s, FOLLOWED_SENTENCES))
          : FIRST_ARRIVALS.has(w) && withdrawals.length
            ? arrivedWhereLeft(ctx, s, t, withdrawals)
            : SENT_IN.has(w) && withdrawals.length
              ? sentBeforeLeaving(ctx, s, t, withdrawals)
              : LAUNCHED.has(w)
                ? launchedBy(ctx, s, t, lastDeploymentBefore(latest, s, LAUNCHED_SENTENCES))
                : undefined;
      if (found) out.push(...found);
    }
  }
  return out;
}

/** Passives by which an operation read before is said to be someone's ("The operation was launched by ECOWAS"). */
const LAUNCHED = set('launched mounted ordered authorized authorised');
const LAUNCHED_CLASS = wordClassOf(LAUNCHED);
/** References to an operation that open the sentence ("The operation", "The intervention"). */
const OPERATION_REFERENCES = set('operation intervention mission deployment');
/** How many sentences back the deployment such a reference takes up may stand. */
const LAUNCHED_SENTENCES = 2;

/**
 * "Senegalese troops crossed into Gambia … The operation was launched by ECOWAS": the agent of an operation the text
 * refers back to deployed to where that operation went.
 */
function launchedBy(ctx: ArticleContext, s: Sentence, t: number, last: Candidate | undefined): Candidate[] | undefined {
  if (!last?.location || last.sentence >= s.index) return undefined;
  const start = afterDateline(ctx, s);
  if (lowerAt(ctx, start) !== 'the' || !OPERATION_REFERENCES.has(lowerAt(ctx, start + 1))) return undefined;
  const group = verbGroup(ctx, s, t);
  if (!group.passive || group.first !== start + 2 || !statesFact(group) || lowerAt(ctx, t + 1) !== 'by')
    return undefined;
  const at = lowerAt(ctx, t + 2) === 'the' ? t + 3 : t + 2;
  const agent = mentionAtToken(ctx, at);
  const actor = agent && agent.first === at ? actorOf(agent.entry) : undefined;
  if (!actor || actor.name === last.actor?.name) return undefined;
  return placementCandidates('DeploymentAnnounced', s, { actors: [actor] }, [last.location], {
    value: last.occurredOn ?? null,
    source: last.dateSource,
  });
}

/** Passive participles of forces sent in ("a week after they were deployed", "after they were flown in"). */
const SENT_IN = set('deployed flown sent dispatched airlifted');
/** The referring subjects of such a passive: the forces whose withdrawal the sentence reads. */
const LEAVING_REFERENCES = set('they it');
const PASSIVE_BE = set('were was');

/**
 * "CSTO units began withdrawing from Kazakhstan, a week after they were deployed at the request of …": forces that
 * withdraw from a place had been sent there; "they" in the withdrawal's own sentence are those forces.
 */
function sentBeforeLeaving(
  ctx: ArticleContext,
  s: Sentence,
  t: number,
  withdrawals: readonly Candidate[],
): Candidate[] | undefined {
  if (!PASSIVE_BE.has(lowerAt(ctx, t - 1)) || !LEAVING_REFERENCES.has(lowerAt(ctx, t - 2))) return undefined;
  const left = withdrawals.find((w) => w.sentence === s.index && w.evidenceStart <= t);
  if (!left?.location || !left.actor) return undefined;
  // "after they were deployed to Aleppo": a place of their own is another reader's.
  for (const j of [t + 1, t + 2])
    if (['to', 'into'].includes(lowerAt(ctx, j)) && (ctx.tokens[j + 1]?.cap || lowerAt(ctx, j + 1) === 'the'))
      return undefined;
  return placementCandidates('DeploymentAnnounced', s, { actors: [left.actor] }, [left.location], {
    value: null,
    source: 'none',
  });
}

/** Verbs of forces arriving that name no place of their own ("Cuban troops first arrived in November 1975"). */
const FIRST_ARRIVALS = set('arrived landed');

/**
 * "The last Cuban soldiers left Angola … Cuban troops first arrived in November 1975": forces of an actor the text
 * reads leaving a place, arriving with nothing after the verb but a date, arrived in that place.
 */
function arrivedWhereLeft(
  ctx: ArticleContext,
  s: Sentence,
  t: number,
  withdrawals: readonly Candidate[],
): Candidate[] | undefined {
  const after = DATE_PREPOSITIONS.has(lowerAt(ctx, t + 1)) ? t + 2 : t + 1;
  if (!ctx.inDate[after]) return undefined;
  const group = verbGroup(ctx, s, t);
  if (!statesFact(group) || group.passive || clauseBlocked(ctx, s, group.first)) return undefined;
  const slot = actorsAt(ctx, s, t, () => false);
  if (!slot || slot.force < 0 || slot.force > t) return undefined;
  const family = (name: string) => gazetteer().actorFamily(name);
  const actors = slot.actors.filter((a) => withdrawals.some((w) => family(w.actor!.name) === family(a.name)));
  const left = withdrawals.find((w) => actors.some((a) => family(w.actor!.name) === family(a.name)));
  if (!left?.location || !actors.length) return undefined;
  return placementCandidates(
    'DeploymentAnnounced',
    s,
    { actors },
    [left.location],
    dateNear(ctx, s, t, ARRIVAL_DATING),
  );
}

/** Per sentence, the last deployment read in it (in reading order), so each lookup is constant time. */
function latestBySentence(ctx: ArticleContext, read: readonly Candidate[]): Array<Candidate | undefined> {
  const latest = new Array<Candidate | undefined>(ctx.sentences.length);
  for (const c of read) if (c.actor) latest[c.sentence] = c;
  return latest;
}

/** Words after "followed" that make it no arrival of its own ("followed by", "followed suit", "followed the talks"). */
const FOLLOW_OBJECTS = set('by suit the a an his her its their this that these those up on through');
/** How many sentences back the deployment that forces followed may stand. */
const FOLLOWED_SENTENCES = 2;

/**
 * "The first Spanish troops arrived off Veracruz … British and French contingents followed in early January 1862":
 * forces named right before an intransitive "followed" went where the deployment read last put other forces — in a
 * sentence before, or earlier in the same sentence where ", and" opens the clause of "followed".
 */
function followedAt(ctx: ArticleContext, s: Sentence, t: number, last: Candidate | undefined): Candidate[] | undefined {
  if (!last?.location || last.sentence > s.index) return undefined;
  // "…crossed into X on Monday, and some 500 police from Y followed": a clause of its own after ", and" takes up the
  // deployment its sentence read before it.
  if (last.sentence === s.index && !coordinatedClauseBefore(ctx, s, t)) return undefined;
  if (!followingForceEndsAt(ctx, t) || FOLLOW_OBJECTS.has(lowerAt(ctx, t + 1))) return undefined;
  const group = verbGroup(ctx, s, t);
  if (!statesFact(group) || clauseBlocked(ctx, s, group.first)) return undefined;
  const slot = actorsAt(ctx, s, t, () => false);
  if (!slot || slot.referred || slot.force < 0) return undefined;
  const actors = slot.actors.filter((a) => a.name !== last.actor?.name);
  if (!actors.length || !entryAbroad(actors, last.location)) return undefined;
  return placementCandidates(
    'DeploymentAnnounced',
    s,
    { actors },
    [last.location],
    dateNear(ctx, s, t, ARRIVAL_DATING),
  );
}

/** How many tokens the subject of a clause coordinated after ", and" may take before its "followed". */
const COORDINATED_SUBJECT_TOKENS = 10;

/** Whether ", and" opens the clause whose verb is t within a subject's reach ("…, and some 500 police from Y followed"). */
function coordinatedClauseBefore(ctx: ArticleContext, s: Sentence, t: number): boolean {
  for (let j = t - 1; j > s.first && j >= t - COORDINATED_SUBJECT_TOKENS; j--) {
    if (lowerAt(ctx, j) === 'and' && lowerAt(ctx, j - 1) === ',') return true;
    if (ctx.tokens[j]!.kind === 'punct') return false;
  }
  return false;
}

/**
 * Whether the subject before "followed" at t ends in forces: a force noun ("British and French contingents"), or a
 * force noun with the state it comes from ("some 500 police from the United Arab Emirates").
 */
function followingForceEndsAt(ctx: ArticleContext, t: number): boolean {
  if (FORCE_NOUNS.has(lowerAt(ctx, t - 1))) return true;
  const m = mentionAtToken(ctx, t - 1);
  if (!m || m.last !== t || m.entry.kind !== 'state') return false;
  const from = lowerAt(ctx, m.first - 1) === 'the' ? m.first - 2 : m.first - 1;
  return lowerAt(ctx, from) === 'from' && FORCE_NOUNS.has(lowerAt(ctx, from - 1));
}

/** How many sentences back the actor of a deployment read may be taken up by an agentless passive. */
const PASSIVE_ACTOR_SENTENCES = 1;

/** The last deployment read in this sentence or the `reach` before it. */
function lastDeploymentBefore(
  latest: ReadonlyArray<Candidate | undefined>,
  s: Sentence,
  reach: number,
): Candidate | undefined {
  for (let k = s.index; k >= 0 && k >= s.index - reach; k--) if (latest[k]) return latest[k];
  return undefined;
}

/** Passive verbs of taking a place, whose subject is the place taken ("Latvia and Estonia were occupied"). */
const PASSIVE_TAKING = set('occupied invaded');
/** How many tokens an insertion set off by commas may take between a passive subject and its verb. */
const INSERTION_TOKENS = 8;

/**
 * "the Soviet Union sent the Red Army into Lithuania; Latvia and Estonia, faced with similar demands, were occupied on
 * 17 June": places as the subject of a passive of taking, by the agent after "by", else by the actor the text has
 * just read deploying.
 */
function passiveOccupation(
  ctx: ArticleContext,
  s: Sentence,
  t: number,
  lastActor: NamedRef | undefined,
): Candidate[] | undefined {
  if (!PASSIVE_TAKING.has(lowerAt(ctx, t))) return undefined;
  const group = verbGroup(ctx, s, t);
  if (!group.passive || !statesFact(group)) return undefined;
  const start = passiveSubjectStart(ctx, s, group.first);
  // Blockers before the subject count ("had planned that Latvia would be occupied"), not in an insertion after it
  // ("faced with similar demands").
  if (start < 0 || clauseBlocked(ctx, s, start)) return undefined;
  // "was occupied by American, Soviet, British and French troops": every listed agent.
  const agents = lowerAt(ctx, t + 1) === 'by' ? byAgents(ctx, s, t) : [];
  const actors = agents.length ? agents : lastActor ? [lastActor] : [];
  if (!actors.length) return undefined;
  const places = placesAt(ctx, s, start)
    .filter((p) => p.last <= group.first)
    .map((p) => p.place)
    .filter((p) => actors.every((a) => p.name !== a.name && entryAbroad([a], p)));
  if (!places.length) return undefined;
  return placementCandidates(
    'DeploymentAnnounced',
    s,
    { actors, referred: !agents.length },
    places,
    dateNear(ctx, s, t, ARRIVAL_DATING),
  );
}

/**
 * Where the place list that is the subject of the verb group at `verb` starts, past an insertion set off by commas
 * ("Latvia and Estonia, faced with similar demands, were occupied"); -1 where the subject is no list of places that
 * opens its clause.
 */
function passiveSubjectStart(ctx: ArticleContext, s: Sentence, verb: number): number {
  let end = verb;
  if (lowerAt(ctx, end - 1) === ',') {
    let k = end - 2;
    while (k > s.first && k > end - 1 - INSERTION_TOKENS && lowerAt(ctx, k) !== ',') k--;
    if (lowerAt(ctx, k) === ',') end = k;
  }
  let start = -1;
  let j = end - 1;
  while (j >= s.first) {
    const m = mentionAtToken(ctx, j);
    if (!m || m.last !== j + 1 || !placeOf(m.entry)) break;
    start = m.first;
    j = m.first - 1;
    if (lowerAt(ctx, j) === 'the') j--;
    if (lowerAt(ctx, j) !== 'and' && lowerAt(ctx, j) !== ',') break;
    j--;
  }
  // The list opens its clause: the sentence's start, or after ";" or ",".
  const before = start - 1;
  const opens =
    start >= 0 &&
    (before < s.first || [';', ',', ':'].includes(lowerAt(ctx, before)) || lowerAt(ctx, before) === 'the');
  return opens ? start : -1;
}
