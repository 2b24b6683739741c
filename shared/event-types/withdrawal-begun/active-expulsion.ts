import type { Candidate } from '../../extract/candidate.ts';
import { namesArmedBody } from '../../extract/clauses/actors.ts';
import { clauseBlocked } from '../../extract/clauses/blockers.ts';
import { dateNear } from '../../extract/clauses/dating.ts';
import { placesAfter, placesAt } from '../../extract/clauses/phrases.ts';
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
/** Kinds of name that name a state's forces ("Libyan forces", "the Ugandan army", "Iraq"). */
const STATE_KINDS = wordSet('state demonym');

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
  // "drove the Khmer Rouge from the capital": an armed body of no state driven from a place is defeated there; a
  // state's forces driven out ("drove Libyan forces out of Faya-Largeau") leave the place they held.
  if (!owner || !STATE_KINDS.has(owner.mention.entry.kind)) return [];
  const end = Math.min(joinedClauseEnd(ctx, t, s), k + EXPELLED_ORIGIN_WINDOW);
  // "militias drove the Lebanese army out of west Beirut": an army driven from part of its own state is fighting
  // at home, not withdrawing from abroad.
  const places = placesAfter(ctx, s, k, end, OUT_OR_FROM)
    .map((p) => p.place)
    .filter((p) => p.name !== owner.actor.name && (!p.code || p.code !== owner.actor.code));
  if (!places.length) return [];
  return placementCandidates('WithdrawalBegun', s, { actors: [owner.actor] }, places, dateNear(ctx, s, t));
}

/** The expelled forces' owner: a name modifying their force noun, or an armed body or people named as the object. */
function expelledOwner(ctx: ArticleContext, mentions: Mention[], force: number) {
  for (const m of mentions) {
    const actor = actorOf(m.entry);
    if (!actor || m.entry.kind === 'place' || m.entry.kind === 'capital') continue;
    // "drove the Union of Islamic Courts out of Mogadishu": a word that runs on into "of" and a name heads that
    // longer name; it is not a people.
    if (m.entry.kind === 'demonym' && lowerAt(ctx, m.last) === 'of' && ctx.tokens[m.last + 1]?.cap) continue;
    const modifiesForce = force > m.first;
    const armed = namesArmedBody(ctx, m) || (m.entry.kind === 'demonym' && lowerAt(ctx, m.first - 1) === 'the');
    if (modifiesForce || armed) return { actor, mention: m };
  }
  return undefined;
}

/** Verbs of taking a place back from forces that held it ("recaptured Wad Madani from the Rapid Support Forces"). */
export const RETAKING_VERBS = wordSet('recaptured recapture recaptures retook retake retakes liberated liberate');
/** How far after the verb "from" may stand (past the place: "recaptured the city of Wad Madani from"). */
const RETAKEN_PLACE_REACH = 8;

/** Verbs that say the forces a place was retaken from withdrew ("…, which withdrew to the east"). */
const WITHDREW = wordSet('withdraw withdraws withdrew withdrawn withdrawing retreat retreats retreated retreating');

/**
 * "The army recaptured Wad Madani from the Rapid Support Forces, which withdrew to the east": the forces the place
 * was taken from left it, named after "from" as an armed body or by their state's demonym or name — where the
 * sentence says they withdrew (a place lost in battle alone is no withdrawal stated).
 */
export function retakenFrom(ctx: ArticleContext, s: Sentence, t: number): Candidate[] {
  const group = verbGroup(ctx, s, t);
  if (group.passive || !statesFact(group) || clauseBlocked(ctx, s, group.first)) return [];
  let from = -1;
  for (let k = t + 1; k < s.last && k <= t + RETAKEN_PLACE_REACH; k++) {
    const w = lowerAt(ctx, k);
    if (w === 'from') {
      from = k;
      break;
    }
    if (ctx.tokens[k]!.kind === 'punct' && w !== '-') return [];
  }
  if (from < 0) return [];
  const places = placesAt(ctx, s, t + 1).filter((p) => p.last <= from);
  if (!places.length) return [];
  const owner = mentionsIn(ctx, from + 1, Math.min(s.last, from + EXPELLED_OBJECT_REACH)).find((m) => {
    const actor = actorOf(m.entry);
    return !!actor && m.entry.kind !== 'place' && m.entry.kind !== 'capital';
  });
  const actor = owner ? actorOf(owner.entry) : undefined;
  if (
    !owner ||
    !actor ||
    (owner.entry.kind !== 'state' && !namesArmedBody(ctx, owner) && owner.entry.kind !== 'demonym')
  )
    return [];
  let withdrew = false;
  for (let k = owner.last; k < s.last && !withdrew; k++) withdrew = WITHDREW.has(lowerAt(ctx, k));
  if (!withdrew) return [];
  return placementCandidates(
    'WithdrawalBegun',
    s,
    { actors: [actor] },
    places.map((p) => p.place).filter((p) => p.name !== actor.name),
    dateNear(ctx, s, t),
  );
}
