import type { Candidate } from '../../extract/candidate.ts';
import { dateNear } from '../../extract/clauses/dating.ts';
import type { ArticleContext } from '../../extract/context.ts';
import { FORCE_NOUNS, WORD_CLASS } from '../../extract/lexicon.ts';
import { actorOf, lowerAt, mentionAtToken, placeOf, type NamedRef } from '../../extract/slots.ts';
import { wordSet as set } from '../../extract/word-set.ts';
import { placementCandidates } from '../placement.ts';

/** Verbs by which a place is said to witness what happens in it ("Lithuania saw the last Russian troops leave"). */
const PERCEPTION_VERBS = set('saw watched witnessed');
/** Bare infinitives of leaving after the forces seen ("saw … troops leave", "watched … soldiers depart"). */
const LEAVING_INFINITIVES = set('leave depart withdraw');
/** How far after the verb the forces' head noun may stand ("saw its last 2,000 Russian troops"). */
const FORCES_REACH = 6;

/** How many words an appositive between the place and its verb may hold ("Lithuania, the third Baltic republic,"). */
const APPOSITIVE_REACH = 8;
/** Words that open an appositive describing the subject. */
const APPOSITIVE_OPENERS = set('the a an');

/**
 * Where the subject before the verb at t ends: right before it, or before an appositive set off by commas
 * ("Lithuania, the third Baltic republic, saw").
 */
function subjectEnd(ctx: ArticleContext, first: number, t: number): number {
  if (lowerAt(ctx, t - 1) !== ',') return t;
  for (let j = t - 2; j > first && j >= t - 1 - APPOSITIVE_REACH; j--) {
    const w = lowerAt(ctx, j);
    if (w === ',') return APPOSITIVE_OPENERS.has(lowerAt(ctx, j + 1)) ? j : t;
    if (ctx.tokens[j]!.kind === 'punct') return t;
  }
  return t;
}

/**
 * "Lithuania saw the last Russian troops leave a year ago": a place that, as subject of a verb of seeing, sees
 * forces leave is the place those forces left; whose forces they are is named before their noun.
 */
export function findSeenLeaving(ctx: ArticleContext): Candidate[] {
  const out: Candidate[] = [];
  for (const s of ctx.sentences) {
    if (!(ctx.sentenceClass[s.index]! & WORD_CLASS.withdraw)) continue;
    for (let t = s.first + 1; t < s.last - 2; t++) {
      if (!PERCEPTION_VERBS.has(lowerAt(ctx, t))) continue;
      const end = subjectEnd(ctx, s.first, t);
      const subject = mentionAtToken(ctx, end - 1);
      const place = subject && subject.last === end && !subject.possessive ? placeOf(subject.entry) : undefined;
      if (!place) continue;
      let force = -1;
      for (let j = t + 1; j < s.last && j <= t + FORCES_REACH && force < 0; j++) {
        if (ctx.tokens[j]!.kind === 'punct') break;
        if (FORCE_NOUNS.has(lowerAt(ctx, j))) force = j;
      }
      if (force < 0 || !LEAVING_INFINITIVES.has(lowerAt(ctx, force + 1))) continue;
      let actor: NamedRef | undefined;
      for (let j = t + 1; j < force && !actor; j++) {
        const m = mentionAtToken(ctx, j);
        actor = m ? actorOf(m.entry) : undefined;
      }
      if (!actor || actor.name === place.name) continue;
      out.push(...placementCandidates('WithdrawalBegun', s, { actors: [actor] }, [place], dateNear(ctx, s, force + 1)));
    }
  }
  return out;
}
