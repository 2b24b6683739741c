import type { Candidate } from '../../extract/candidate.ts';
import { clauseBlocked } from '../../extract/clauses/blockers.ts';
import { ARRIVAL_DATING, dateNear } from '../../extract/clauses/dating.ts';
import { looseActors } from '../../extract/clauses/loose-slots.ts';
import { placesAfter } from '../../extract/clauses/phrases.ts';
import { statesFact, verbGroup } from '../../extract/clauses/verb-group.ts';
import type { ArticleContext } from '../../extract/context.ts';
import { findPersonnel, isVenue, lowerAt, mentionAtToken, missionAreasIn } from '../../extract/slots.ts';
import type { Sentence } from '../../extract/text/tokens.ts';
import { wordClassOf } from '../../extract/lexicon.ts';
import { wordSet as set } from '../../extract/word-set.ts';
import { placementCandidates } from '../placement.ts';

/** Verbs that bring a force or mission into being ("formally launched a 3,700-strong military force"). */
const LAUNCH_VERBS = set('launched launches established establishes created creates approved approves');
/** LAUNCH_VERBS as a word class: sentences and tokens without one are passed over without a lookup. */
const LAUNCH_CLASS = wordClassOf(LAUNCH_VERBS);
/** Heads of what is launched: forces sent somewhere. */
const FORCE_HEADS = set('force mission operation');
/** Determiners that open the launched force's phrase. */
const OPENERS = set('a an its their the');
/** How many words may describe the force before its head ("a 3,700-strong military force"). */
const DESCRIPTION_TOKENS = 6;
/** How far after the head the places it serves may stand ("to protect refugees in eastern Chad and …"). */
const PLACE_REACH = 12;
/** Prepositions before the places a launched force serves ("in eastern Chad", "off the Somali coast"). */
const SERVED_PLACE_PREPOSITIONS = set('in to into off');
/** Heads of roles a force may be launched for that send nobody abroad ("a task force to study …"). */
const NON_FORCE_WORDS = set('task study review working investigative inquiry fact-finding diplomatic civilian');

/**
 * "EU foreign ministers formally launched a 3,700-strong military force to protect refugees in eastern Chad and the
 * northeast of the Central African Republic": a force or mission launched, with the places it serves, is a
 * deployment decided by whoever launches it.
 */
export function findLaunchedForces(ctx: ArticleContext): Candidate[] {
  const out: Candidate[] = [];
  for (const s of ctx.sentences) {
    if (!(ctx.sentenceClass[s.index]! & LAUNCH_CLASS)) continue;
    for (let t = s.first; t < s.last; t++) {
      if (!(ctx.wordClass[t]! & LAUNCH_CLASS)) continue;
      const found = launchedAt(ctx, s, t);
      if (found) out.push(...found);
    }
  }
  return out;
}

function launchedAt(ctx: ArticleContext, s: Sentence, t: number): Candidate[] | undefined {
  if (!OPENERS.has(lowerAt(ctx, t + 1))) return undefined;
  let head = -1;
  for (let j = t + 2; j < s.last && j <= t + 1 + DESCRIPTION_TOKENS; j++) {
    const w = lowerAt(ctx, j);
    if (NON_FORCE_WORDS.has(w)) return undefined;
    if (FORCE_HEADS.has(w) && !ctx.tokens[j]!.cap) {
      head = j;
      break;
    }
    if (ctx.tokens[j]!.kind === 'punct' && ctx.tokens[j]!.text !== '-' && ctx.tokens[j]!.text !== ',') return undefined;
  }
  if (head < 0) return undefined;
  const group = verbGroup(ctx, s, t);
  if (!statesFact(group) || group.passive || clauseBlocked(ctx, s, group.first)) return undefined;
  // "approved the mission … at a summit in Windhoek": where a decision was taken is no place served.
  const places = placesAfter(ctx, s, head + 1, Math.min(s.last, head + PLACE_REACH), SERVED_PLACE_PREPOSITIONS).filter(
    (p) => {
      const m = mentionAtToken(ctx, p.first);
      return !m || !isVenue(ctx, m);
    },
  );
  // "established the mission, known as UNMIL,": a mission named after it serves its own area.
  const area = places.length ? undefined : missionAreasIn(ctx, head + 1, Math.min(s.last, head + PLACE_REACH))[0];
  if (!places.length && !area) return undefined;
  const actors = looseActors(ctx, s, t, (m) => places.some((p) => p.first === m.first));
  if (!actors.length) return undefined;
  return placementCandidates(
    'DeploymentAnnounced',
    s,
    { actors },
    (area ? [area] : places.map((p) => p.place)).filter((p) => !actors.some((a) => a.name === p.name)),
    dateNear(ctx, s, t, ARRIVAL_DATING),
    findPersonnel(ctx, s.first, s.last),
  );
}
