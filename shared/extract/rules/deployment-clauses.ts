import type { Candidate } from '../candidate.ts';
import { actorsAt } from '../clauses/actors.ts';
import { clauseBlocked } from '../clauses/blockers.ts';
import { placesAfter, placesAt, type PlaceSlot } from '../clauses/phrases.ts';
import { statesFact, verbGroup, type VerbGroup } from '../clauses/verb-group.ts';
import type { ArticleContext } from '../context.ts';
import { EXERCISE_WORDS, REPORTING, WORD_CLASS } from '../lexicon.ts';
import { findPersonnel, isVenue, lowerAt } from '../slots.ts';
import type { Sentence } from '../text/tokens.ts';
import { dateNear, evidenceSpan } from './common.ts';

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** Verbs that send forces somewhere ("sent troops into", "deployed a brigade to", "dispatched … to"). */
const SEND_VERBS = set(`deploy deploys deployed deploying redeploy redeployed send sends sent sending dispatch
  dispatches dispatched dispatching airlift airlifted rush rushed transfer transferred move moved moving
  march marched marching fly flew flown ship shipped`);
/** Verbs of arrival or presence, whose place follows "in"/"at"/"to" ("arrived in", "landed at", "stationed in"). */
const ARRIVE_VERBS = set(`arrive arrives arrived arriving land lands landed landing stationed station based
  positioned garrisoned`);
/** Verbs whose destination is the direct object ("occupied Cuba", "entered the city"). */
const OBJECT_VERBS = set('occupied occupy occupies occupying');
const SEND_PREPOSITIONS = set('to into toward towards in at on across');
const ARRIVE_PREPOSITIONS = set('in at on to into near');
/** Announcement verbs that make "would send" a stated decision rather than a condition. */
const DECISION_GOVERNORS = set(`decided agreed voted approved ordered authorized authorised announced pledged
  committed confirmed resolved`);

/** Tokens after a trigger in which its destination may stand ("sent 200 Marines and engineers to X"). */
const DESTINATION_WINDOW = 14;

/**
 * DeploymentAnnounced from clause structure: forces of an actor sent, ordered, arrived or stationed somewhere, stated as
 * fact or as a decision; one event per actor and destination in a coordinated list.
 */
export function findDeploymentClauses(ctx: ArticleContext): Candidate[] {
  const out: Candidate[] = [];
  for (const s of ctx.sentences) {
    if (!(ctx.sentenceClass[s.index]! & WORD_CLASS.deploy) && !hasObjectVerb(ctx, s)) continue;
    if (ctx.sentenceClass[s.index]! & WORD_CLASS.exercise && mentionsExercise(ctx, s)) continue;
    for (let t = s.first; t < s.last; t++) {
      const found = deploymentAt(ctx, s, t);
      if (found) out.push(...found);
    }
  }
  return out;
}

function hasObjectVerb(ctx: ArticleContext, s: Sentence): boolean {
  for (let t = s.first; t < s.last; t++) if (OBJECT_VERBS.has(ctx.tokens[t]!.lower)) return true;
  return false;
}

function mentionsExercise(ctx: ArticleContext, s: Sentence): boolean {
  for (let t = s.first; t < s.last; t++) if (EXERCISE_WORDS.has(ctx.tokens[t]!.lower)) return true;
  return false;
}

/** A decision stated in reported speech ("said the United States would send troops"), not a condition. */
function statedDecision(ctx: ArticleContext, s: Sentence, g: VerbGroup): boolean {
  if (g.negated) return false;
  if (g.infinitive && !g.modal) return !!g.governor && DECISION_GOVERNORS.has(g.governor);
  if (g.modal !== 'will' && g.modal !== 'would' && g.modal !== 'wo') return false;
  for (let j = s.first; j < s.last; j++) {
    const w = lowerAt(ctx, j);
    if (w === 'if' || w === 'unless' || w === 'whether') return false;
  }
  for (let j = g.first - 1; j >= s.first; j--) {
    const w = lowerAt(ctx, j);
    if (REPORTING.has(w) || DECISION_GOVERNORS.has(w)) return true;
  }
  return false;
}

function deploymentAt(ctx: ArticleContext, s: Sentence, t: number): Candidate[] | undefined {
  const w = lowerAt(ctx, t);
  const kind = SEND_VERBS.has(w) ? 'send' : ARRIVE_VERBS.has(w) ? 'arrive' : OBJECT_VERBS.has(w) ? 'object' : undefined;
  if (!kind) return undefined;
  const group = verbGroup(ctx, s, t);
  // A bare present or base form is neither a report nor a decision ("they deploy").
  if (!/(?:ed|wn|ew|ent|ing|es|ied)$/.test(w) && !group.infinitive && !group.modal) return undefined;
  if (!statesFact(group) && !statedDecision(ctx, s, group)) return undefined;
  if (clauseBlocked(ctx, s, group.first)) return undefined;
  // "the deployed units", "a stationed brigade": an adjective, not a report.
  if (['the', 'a', 'an', 'its', 'their'].includes(lowerAt(ctx, t - 1))) return undefined;

  const from = t + 1;
  const to = Math.min(s.last, from + DESTINATION_WINDOW);
  let places: PlaceSlot[];
  if (kind === 'object') places = placesAt(ctx, s, from);
  else places = placesAfter(ctx, s, from, to, kind === 'send' ? SEND_PREPOSITIONS : ARRIVE_PREPOSITIONS);
  if (!places.length) return undefined;

  const slot = actorsAt(ctx, s, t, (m) => places.some((p) => p.first === m.first) || isVenue(ctx, m));
  if (!slot) return undefined;
  // Forces must be what moves: a force noun near the trigger, or an armed body as the subject.
  if (slot.force < 0 && slot.mention?.entry.kind !== 'org' && slot.mention?.entry.kind !== 'metonym') return undefined;
  const destinations = places.map((p) => p.place).filter((p) => !slot.actors.some((a) => a.name === p.name));
  if (!destinations.length) return undefined;

  const date = dateNear(ctx, s, t);
  const personnel = findPersonnel(ctx, Math.max(s.first, t - DESTINATION_WINDOW), to);
  const span = evidenceSpan(s);
  const out: Candidate[] = [];
  for (const actor of slot.actors)
    for (const location of destinations)
      out.push({
        type: 'DeploymentAnnounced',
        actor,
        location,
        personnel,
        occurredOn: date.value,
        dateSource: date.source,
        ...(date.approx ? { dateApprox: true } : {}),
        sentence: s.index,
        ...span,
        confidence: slot.referred ? 0.6 : 0.7,
      });
  return out;
}
