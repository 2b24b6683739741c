import type { Candidate } from '../../extract/candidate.ts';
import { candidatesBySentence } from '../../extract/candidates-by-sentence.ts';
import { ARRIVAL_DATING, dateNear } from '../../extract/clauses/dating.ts';
import { MAX_REFERENCE_SENTENCES, referredActor } from '../../extract/clauses/discourse.ts';
import { placesAfter } from '../../extract/clauses/phrases.ts';
import type { ArticleContext } from '../../extract/context.ts';
import { gazetteer } from '../../extract/gazetteer/index.ts';
import { lowerAt, type NamedRef } from '../../extract/slots.ts';
import type { Sentence } from '../../extract/text/tokens.ts';
import { wordSet as set } from '../../extract/word-set.ts';
import { placementCandidates } from '../placement.ts';

/**
 * Nouns of one organized body by which a sentence's subject refers back to forces told leaving ("The force was sent
 * …"). A plural ("The Marines", "The troops") may mean any of several forces a story tells leaving.
 */
const REFERRING_FORCES = set('force contingent');
/** Words between the subject and its verb that leave the verb's tense as it is ("was first sent", "had initially"). */
const VERB_FILLERS = set('was were had been first initially originally');
/** Passive participles that send the subject's forces ("The force was sent to the island in July 1987"). */
const SENT_PARTICIPLES = set('sent deployed dispatched flown airlifted');
/** Words after a verb of sending that send forces back, not out ("flown home", "sent back"). */
const HOMEWARD = set('home back out away');
/** How far a set-off description after the subject may run ("The force, drawn mainly from A, B and C, was …"). */
const APPOSITIVE_REACH = 14;
/** Prepositions of the place right after the verb ("sent to the island", "deployed in North Kivu"). */
const ARRIVAL_PREPOSITIONS = set('in into to at on');
/** A deployment read through a reference back to the forces that leave is less direct than a named one. */
const REFERRED_CONFIDENCE = 0.6;

/**
 * "Danish troops began leaving Mali on Tuesday. … The force was sent to the country in June 2016": in a withdrawal
 * story, a sentence whose subject refers back to the leaving forces ("The force", "The contingent") and that tells them
 * sent at a stated date before the withdrawal tells their deployment, to the place the clause names in the state they
 * leave. The forces are those of the actor the reference names, where that actor leaves just before, else of the one
 * actor whose withdrawal is told just before.
 */
export function findReferredArrivals(
  ctx: ArticleContext,
  withdrawals: readonly Candidate[],
  deployments: readonly Candidate[],
): Candidate[] {
  if (!withdrawals.length) return [];
  const out: Candidate[] = [];
  const bySentence = candidatesBySentence(withdrawals);
  for (const s of ctx.sentences) {
    // Only withdrawals within reference reach can be the ones the subject refers to (see whoseForces).
    const earlier = bySentence.between(s.index - MAX_REFERENCE_SENTENCES, s.index - 1);
    if (!earlier.length) continue;
    const found = referredArrivalIn(ctx, s, earlier);
    if (found) out.push(...found);
  }
  // A reading of the actor's arrival in a clause that names it stands for that arrival; one of any actor's arrival in
  // that state in the same year may be the same forces under another name.
  return out.filter(
    (c) =>
      !deployments.some(
        (d) =>
          family(d.actor!) === family(c.actor!) ||
          (!!d.location!.code &&
            d.location!.code === c.location!.code &&
            d.occurredOn?.slice(0, 4) === c.occurredOn?.slice(0, 4)),
      ),
  );
}

function referredArrivalIn(ctx: ArticleContext, s: Sentence, earlier: readonly Candidate[]): Candidate[] | undefined {
  const first = s.first;
  if (lowerAt(ctx, first) !== 'the' || !REFERRING_FORCES.has(lowerAt(ctx, first + 1))) return undefined;
  let v = first + 2;
  // "The force, drawn mainly from South Africa and Malawi, was deployed …": past a description set off by commas.
  if (lowerAt(ctx, v) === ',') {
    let k = v + 1;
    while (k < s.last && k <= v + APPOSITIVE_REACH && lowerAt(ctx, k) !== ',') k++;
    if (lowerAt(ctx, k) !== ',') return undefined;
    v = k + 1;
  }
  let passive = false;
  while (v < s.last && VERB_FILLERS.has(lowerAt(ctx, v))) {
    if (['was', 'were', 'been'].includes(lowerAt(ctx, v))) passive = true;
    v++;
  }
  if (!passive || !SENT_PARTICIPLES.has(lowerAt(ctx, v))) return undefined;
  // "The contingent was flown home on Friday": forces sent back are the withdrawal itself.
  if (HOMEWARD.has(lowerAt(ctx, v + 1))) return undefined;
  // Only a deployment the sentence dates is told as background ("The troops were deployed to guard the port" may
  // describe them at any time).
  const date = dateNear(ctx, s, v, ARRIVAL_DATING);
  if (date.source !== 'stated' || !date.value) return undefined;
  const leaving = whoseForces(ctx, first, s.index, earlier);
  if (!leaving) return undefined;
  // The deployment is told as background: dated before the withdrawal.
  if (date.value >= (leaving.occurredOn ?? '9999')) return undefined;
  // The place is the clause's own ("sent to the island", "deployed in North Kivu province"): one left unnamed may be
  // any of the places the story tells.
  const places = placesAfter(ctx, s, v + 1, Math.min(s.last, v + 2), ARRIVAL_PREPOSITIONS).map((p) => p.place);
  if (!places.length) return undefined;
  // "The force was sent to Chad": a place outside the state the forces leave is another force's.
  if (places.some((p) => !p.code || p.code !== leaving.location!.code)) return undefined;
  return placementCandidates(
    'DeploymentAnnounced',
    s,
    { actors: [leaving.actor!] },
    places,
    date,
    undefined,
    REFERRED_CONFIDENCE,
  );
}

/**
 * The withdrawal whose forces the subject at `at` refers to: that of the actor the reference names, where it leaves in
 * the text, else the last one told, where it is near and of one actor.
 */
function whoseForces(
  ctx: ArticleContext,
  at: number,
  sentence: number,
  earlier: readonly Candidate[],
): Candidate | undefined {
  const named = referredActor(ctx, at, lowerAt(ctx, at + 1));
  const own =
    named &&
    [...earlier]
      .reverse()
      .find((w) => family(w.actor!) === family(named) && sentence - w.sentence <= MAX_REFERENCE_SENTENCES);
  if (own || named) return own;
  const last = earlier[earlier.length - 1]!;
  if (sentence - last.sentence > MAX_REFERENCE_SENTENCES) return undefined;
  const near = earlier.filter((w) => sentence - w.sentence <= MAX_REFERENCE_SENTENCES);
  return near.every((w) => family(w.actor!) === family(last.actor!)) ? last : undefined;
}

const family = (a: NamedRef) => gazetteer().actorFamily(a.name);
