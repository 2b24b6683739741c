import type { Candidate } from '../../extract/candidate.ts';
import { clauseBlocked } from '../../extract/clauses/blockers.ts';
import { ARRIVAL_DATING, dateNear } from '../../extract/clauses/dating.ts';
import { statesFact, verbGroup } from '../../extract/clauses/verb-group.ts';
import type { ArticleContext } from '../../extract/context.ts';
import { wordClassOf } from '../../extract/lexicon.ts';
import { actorOf, lowerAt, mentionAtToken, placeOf } from '../../extract/slots.ts';
import type { Sentence } from '../../extract/text/tokens.ts';
import { wordSet as set } from '../../extract/word-set.ts';
import { placementCandidates } from '../placement.ts';

/** Verbs by which a host takes in forces that arrive ("Haiti welcomed the first Kenyan police officers"). */
const HOSTING_VERBS = set('welcomed welcomes received receives greeted greets');
const HOSTING_CLASS = wordClassOf(HOSTING_VERBS);
/** People who are forces ("troops", "police officers"); "men" or "members" may be anyone. */
const FORCE_PEOPLE = set(
  'troops soldiers peacekeepers paratroopers marines servicemen police policemen gendarmes officers personnel',
);
/** Nouns of a contingent of people, whose owner may be named after "of" ("the first contingent of Chadian troops"). */
const CONTINGENT_HEADS = set('contingent contingents battalion battalions detachment unit units group');
/** How far after the verb the forces' people noun may stand ("received the first contingent of Chadian troops"). */
const OBJECT_REACH = 8;
/** A host's report of arrivals tells a deployment less directly than an arrival clause. */
const HOSTED_CONFIDENCE = 0.7;

/**
 * "Haiti welcomed the first Kenyan police officers on Tuesday", "Mali received the first contingent of Chadian
 * troops": forces of one state that a host state takes in are deployed to it. Only people are forces here; a state
 * receiving jets or tanks receives equipment.
 */
export function findHostedArrivals(ctx: ArticleContext): Candidate[] {
  const out: Candidate[] = [];
  for (const s of ctx.sentences) {
    if (!(ctx.sentenceClass[s.index]! & HOSTING_CLASS)) continue;
    for (let t = s.first + 1; t < s.last; t++) {
      if (!(ctx.wordClass[t]! & HOSTING_CLASS)) continue;
      const found = hostedAt(ctx, s, t);
      if (found) out.push(...found);
    }
  }
  return out;
}

function hostedAt(ctx: ArticleContext, s: Sentence, t: number): Candidate[] | undefined {
  // The host is the state named right before the verb ("Haiti welcomed", "Mali on Tuesday received" is not read).
  const host = mentionAtToken(ctx, t - 1);
  if (!host || host.last !== t || host.entry.kind !== 'state') return undefined;
  const place = placeOf(host.entry);
  const group = verbGroup(ctx, s, t);
  if (!place || !statesFact(group) || group.negated || clauseBlocked(ctx, s, group.first)) return undefined;
  let owner: ReturnType<typeof actorOf>;
  for (let j = t + 1; j < s.last && j <= t + OBJECT_REACH; j++) {
    const m = mentionAtToken(ctx, j);
    if (m && m.first === j && (m.entry.kind === 'demonym' || m.entry.kind === 'state')) owner ??= actorOf(m.entry);
    const w = lowerAt(ctx, j);
    if (FORCE_PEOPLE.has(w) || (CONTINGENT_HEADS.has(w) && lowerAt(ctx, j + 1) !== 'of')) {
      if (!owner || owner.code === place.code) return undefined;
      return placementCandidates(
        'DeploymentAnnounced',
        s,
        { actors: [owner] },
        [place],
        dateNear(ctx, s, t, ARRIVAL_DATING),
        undefined,
        HOSTED_CONFIDENCE,
      );
    }
    if (ctx.tokens[j]!.kind === 'punct' && w !== '-') return undefined;
  }
  return undefined;
}
