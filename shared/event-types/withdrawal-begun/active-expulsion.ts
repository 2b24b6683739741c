import type { Candidate } from '../../extract/candidate.ts';
import { namesArmedBody } from '../../extract/clauses/actors.ts';
import { clauseBlocked } from '../../extract/clauses/blockers.ts';
import { dateNear } from '../../extract/clauses/dating.ts';
import { placesAfter } from '../../extract/clauses/phrases.ts';
import { statesFact, verbGroup } from '../../extract/clauses/verb-group.ts';
import type { ArticleContext } from '../../extract/context.ts';
import { FORCE_NOUNS } from '../../extract/lexicon.ts';
import { actorOf, joinedClauseEnd, lowerAt, mentionsIn } from '../../extract/slots.ts';
import type { Mention } from '../../extract/text/mentions.ts';
import type { Sentence } from '../../extract/text/tokens.ts';
import { wordSet } from '../../extract/word-set.ts';
import { placementCandidates } from '../placement.ts';

/** Verbs that, in the active voice, put their object's forces out of a place ("drove Iraqi forces out of Kuwait"). */
export const ACTIVE_EXPULSION_VERBS = wordSet('drove forced pushed chased threw expelled ousted evicted dislodged');
/** How many tokens the expelled forces may take between the verb and "out of"/"from" ("the last Ugandan troops"). */
const EXPELLED_OBJECT_REACH = 6;
/** How far past "out of"/"from" the place may stand. */
const EXPELLED_ORIGIN_WINDOW = 8;
const OUT_OR_FROM = wordSet('out from');

/**
 * "Tanzanian forces drove the Ugandan army out of Kagera": in the active voice the forces that leave are the
 * object's, named by their own modifier; the subject is who expels them.
 */
export function activeExpulsion(ctx: ArticleContext, s: Sentence, t: number): Candidate[] {
  const group = verbGroup(ctx, s, t);
  if (group.passive || !statesFact(group) || clauseBlocked(ctx, s, group.first)) return [];
  let k = t + 1;
  let force = -1;
  for (; k < s.last && k <= t + EXPELLED_OBJECT_REACH; k++) {
    const w = lowerAt(ctx, k);
    if (w === 'from' || (w === 'out' && lowerAt(ctx, k + 1) === 'of')) break;
    if (FORCE_NOUNS.has(w)) force = k;
    if (ctx.tokens[k]!.kind === 'punct' && w !== "'s" && w !== '’s' && w !== '-') return [];
  }
  if (!OUT_OR_FROM.has(lowerAt(ctx, k)) || k === t + 1) return [];
  const owner = expelledOwner(ctx, mentionsIn(ctx, t + 1, k), force);
  if (!owner) return [];
  const end = Math.min(joinedClauseEnd(ctx, t, s), k + EXPELLED_ORIGIN_WINDOW);
  const places = placesAfter(ctx, s, k, end, OUT_OR_FROM)
    .map((p) => p.place)
    .filter((p) => p.name !== owner.actor.name);
  if (!places.length) return [];
  return placementCandidates('WithdrawalBegun', s, { actors: [owner.actor] }, places, dateNear(ctx, s, t));
}

/** The expelled forces' owner: a name modifying their force noun, or an armed body or people named as the object. */
function expelledOwner(ctx: ArticleContext, mentions: Mention[], force: number) {
  for (const m of mentions) {
    const actor = actorOf(m.entry);
    if (!actor || m.entry.kind === 'place' || m.entry.kind === 'capital') continue;
    const modifiesForce = force > m.first;
    const armed = namesArmedBody(ctx, m) || (m.entry.kind === 'demonym' && lowerAt(ctx, m.first - 1) === 'the');
    if (modifiesForce || armed) return { actor, mention: m };
  }
  return undefined;
}
