import type { Candidate } from '../../extract/candidate.ts';
import { clauseBlocked } from '../../extract/clauses/blockers.ts';
import { actorsAt } from '../../extract/clauses/actors.ts';
import { ARRIVAL_DATING, dateNear } from '../../extract/clauses/dating.ts';
import { placesAfter } from '../../extract/clauses/phrases.ts';
import { insideOwnState } from '../../extract/clauses/territory.ts';
import { statesFact, verbGroup } from '../../extract/clauses/verb-group.ts';
import type { ArticleContext } from '../../extract/context.ts';
import { wordClassOf } from '../../extract/lexicon.ts';
import { actorOf, lowerAt, mentionsIn, type NamedRef } from '../../extract/slots.ts';
import type { Sentence } from '../../extract/text/tokens.ts';
import { wordSet as set } from '../../extract/word-set.ts';
import { placementCandidates } from '../placement.ts';

/** Verbs of passing a task on ("handed over peacekeeping in Bosnia to the EU") or taking it on ("took over"). */
const HAND_VERBS = set('handed hands handing');
const TAKE_VERBS = set('took takes taking assumed assumes assuming');
const TRIGGER_CLASS = wordClassOf(new Set([...HAND_VERBS, ...TAKE_VERBS]));
/** The tasks of forces in a place that one force hands to another. */
const MISSION_TASKS = set('peacekeeping security mission operations command responsibility');
/** How far after the verb the task and its place may stand ("handed over responsibility for security in Helmand"). */
const TASK_REACH = 6;
/** How far after the task the receiver may stand ("… in Bosnia to a 7,000-strong European Union force"). */
const RECEIVER_REACH = 10;
const IN = set('in');
/** A takeover by forces is a deployment the text states less directly than an arrival. */
const TAKEOVER_CONFIDENCE = 0.7;

/**
 * "NATO handed over peacekeeping in Bosnia to the European Union", "The European Union took over peacekeeping in Bosnia
 * from NATO": the force that takes over a mission in a place deploys there.
 */
export function findMissionTakeovers(ctx: ArticleContext): Candidate[] {
  const out: Candidate[] = [];
  for (const s of ctx.sentences) {
    if (!(ctx.sentenceClass[s.index]! & TRIGGER_CLASS)) continue;
    for (let t = s.first; t < s.last; t++) {
      if (!(ctx.wordClass[t]! & TRIGGER_CLASS)) continue;
      const found = takeoverAt(ctx, s, t);
      if (found) out.push(...found);
    }
  }
  return out;
}

function takeoverAt(ctx: ArticleContext, s: Sentence, t: number): Candidate[] | undefined {
  const w = lowerAt(ctx, t);
  const taking = TAKE_VERBS.has(w);
  // "took over", "handed over"; "assumed" takes its task at once.
  let k = t + 1;
  if (lowerAt(ctx, k) === 'over') k++;
  else if (!w.startsWith('assum')) return undefined;
  const group = verbGroup(ctx, s, t);
  if (!statesFact(group) || group.negated || clauseBlocked(ctx, s, group.first)) return undefined;
  // "ended its peacekeeping mission in Bosnia and handed over to a 7,000-strong EU force": the task told before.
  const handedOn = !taking && lowerAt(ctx, k) === 'to';
  const task = handedOn ? taskBefore(ctx, s, t) : taskAt(ctx, s, k);
  if (task < 0) return undefined;
  const places = placesAfter(ctx, s, task + 1, Math.min(s.last, task + TASK_REACH), IN);
  if (places.length !== 1) return undefined;
  const receivers = taking
    ? actorsAt(ctx, s, t, (m) => m.first === places[0]!.first)?.actors
    : receiverAfter(ctx, s, handedOn ? k : places[0]!.last);
  // "handed over security in Helmand to Afghanistan": a state taking over at home deploys nowhere.
  const abroad = receivers?.filter((a) => !insideOwnState(places[0]!.place, a));
  if (!abroad?.length) return undefined;
  return placementCandidates(
    'DeploymentAnnounced',
    s,
    { actors: abroad },
    [places[0]!.place],
    dateNear(ctx, s, t, ARRIVAL_DATING),
    undefined,
    TAKEOVER_CONFIDENCE,
  );
}

/** The task right after the verb ("peacekeeping", "the peacekeeping mission", "security"), or -1. */
function taskAt(ctx: ArticleContext, s: Sentence, k: number): number {
  for (let j = k; j < s.last && j < k + 3; j++) {
    if (MISSION_TASKS.has(lowerAt(ctx, j))) return j;
    if (!['the', 'its', 'their'].includes(lowerAt(ctx, j)) && !MISSION_TASKS.has(lowerAt(ctx, j + 1))) return -1;
  }
  return -1;
}

/** The task named earlier in the sentence, before the verb at t ("ended its peacekeeping mission in Bosnia and"). */
function taskBefore(ctx: ArticleContext, s: Sentence, t: number): number {
  for (let j = t - 1; j >= s.first; j--)
    if (MISSION_TASKS.has(lowerAt(ctx, j)) && lowerAt(ctx, j + 1) === 'in') return j;
  return -1;
}

/** The state or organization after "to" that receives the task ("to the European Union", "to a … EU force"). */
function receiverAfter(ctx: ArticleContext, s: Sentence, from: number): NamedRef[] | undefined {
  if (lowerAt(ctx, from) !== 'to') return undefined;
  for (const m of mentionsIn(ctx, from + 1, Math.min(s.last, from + RECEIVER_REACH))) {
    if (m.entry.kind !== 'org' && m.entry.kind !== 'state') continue;
    const actor = actorOf(m.entry);
    return actor ? [actor] : undefined;
  }
  return undefined;
}
