import type { Candidate } from '../../extract/candidate.ts';
import { dateNear } from '../../extract/clauses/dating.ts';
import type { ArticleContext } from '../../extract/context.ts';
import { actorOf, blockedBetween, lowerAt, wordBetween } from '../../extract/slots.ts';
import type { Mention } from '../../extract/text/mentions.ts';
import { wordSet } from '../../extract/word-set.ts';
import { placementCandidates } from '../placement.ts';

/** Words that grow a mission ("an increase in the strength of UNIFIL", "to expand MONUSCO"). */
const GROWTH_WORDS = wordSet(`increase increased increases increasing expansion expand expanded expands expanding
  raise raised raises raising boost boosted boosts boosting enlarge enlarged enlargement reinforce reinforced
  reinforcement reinforcements strengthen strengthened strengthening`);
/** What of a mission grows: its forces, not its budget or its mandate's scope. */
const STRENGTH_WORDS = wordSet('strength size ceiling troops personnel level levels contingent peacekeepers');
/** Decisions taken that make the growth a deployment announced ("authorised an increase", "voted to expand"). */
const DECISIONS = wordSet(`authorised authorized authorises authorizes authorising authorizing approved approves
  approving voted votes decided decides agreed agrees ordered orders`);
/** How far before the mission its growth word may stand ("an increase in the strength of UNIFIL"). */
const GROWTH_REACH = 7;
/** How far before the growth word its decision may stand ("authorised, in Resolution 1701, an increase"). */
const DECISION_REACH = 8;
/** How far around the mission a word of its forces may stand ("… of UNIFIL to 15,000 troops"). */
const STRENGTH_REACH = 8;

/**
 * "The Security Council authorised an increase in the strength of UNIFIL to 15,000 troops": a decision to grow a
 * mission sends more forces of the organization that runs it to the mission's area.
 */
export function findMissionReinforcements(ctx: ArticleContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of ctx.mentions) {
    if (m.entry.kind !== 'org' || !m.entry.area) continue;
    const found = reinforcementAt(ctx, m);
    if (found.length) out.push(...found);
  }
  return out;
}

function reinforcementAt(ctx: ArticleContext, m: Mention): Candidate[] {
  const s = ctx.sentences[ctx.tokens[m.first]!.sentence]!;
  const growth = lastBefore(ctx, m.first, Math.max(s.first, m.first - GROWTH_REACH), GROWTH_WORDS);
  if (growth < 0) return [];
  const decision = lastBefore(ctx, growth, Math.max(s.first, growth - DECISION_REACH), DECISIONS);
  if (decision < 0 || blockedBefore(ctx, s, decision)) return [];
  if (!wordBetween(ctx, growth, Math.min(s.last, m.last + STRENGTH_REACH), STRENGTH_WORDS)) return [];
  const actor = actorOf(m.entry);
  if (!actor) return [];
  return placementCandidates(
    'DeploymentAnnounced',
    s,
    { actors: [actor] },
    [m.entry.area!],
    dateNear(ctx, s, decision),
  );
}

/** The last token in [stop, from) whose word is in `words`, else -1; never across a clause's end. */
function lastBefore(ctx: ArticleContext, from: number, stop: number, words: Set<string>): number {
  for (let j = from - 1; j >= stop; j--) {
    const w = lowerAt(ctx, j);
    if (words.has(w)) return j;
    if (w === ';' || w === '.') return -1;
  }
  return -1;
}

/** Words that end the clause a decision word belongs to ("calling for a ceasefire and authorising …"). */
const CLAUSE_JOINS = wordSet(', and ; :');

/** Whether a modal, call or denial stands before the decision in its own clause. */
function blockedBefore(ctx: ArticleContext, s: { first: number }, decision: number): boolean {
  let from = decision;
  while (from > s.first && !CLAUSE_JOINS.has(lowerAt(ctx, from - 1))) from--;
  return blockedBetween(ctx, from, decision) !== undefined;
}
