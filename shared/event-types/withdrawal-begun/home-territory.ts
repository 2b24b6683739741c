import type { Candidate } from '../../extract/candidate.ts';
import { actorsAt } from '../../extract/clauses/actors.ts';
import { dateNear } from '../../extract/clauses/dating.ts';
import { stateOf } from '../../extract/clauses/discourse.ts';
import { statesFact, verbGroup } from '../../extract/clauses/verb-group.ts';
import { clauseBlocked } from '../../extract/clauses/blockers.ts';
import type { ArticleContext } from '../../extract/context.ts';
import { WORD_CLASS } from '../../extract/lexicon.ts';
import { lowerAt, mentionAtToken, type NamedRef } from '../../extract/slots.ts';
import { wordSet as set } from '../../extract/word-set.ts';
import { placementCandidates } from '../placement.ts';

/** Verbs by which forces go back to their own side ("withdrawing to Chinese territory"). */
const BACK_VERBS = set('withdraw withdraws withdrew withdrawn withdrawing');
/** Nouns of a state's land after its people's name ("Chinese territory", "Indian soil"). */
const LAND_NOUNS = set('territory soil');

/**
 * "The Chinese frontier troops are starting to withdraw to Chinese territory … fought their way into Vietnamese
 * territory": forces withdrawing to their own state's land leave the other state whose land ("<Demonym> territory")
 * the article names. Only where the article names exactly one such other state.
 */
export function findHomeTerritoryWithdrawals(ctx: ArticleContext): Candidate[] {
  const out: Candidate[] = [];
  let lands: Set<string> | undefined;
  for (const s of ctx.sentences) {
    if (!(ctx.sentenceClass[s.index]! & WORD_CLASS.withdraw)) continue;
    for (let t = s.first; t < s.last - 3; t++) {
      if (!BACK_VERBS.has(lowerAt(ctx, t)) || lowerAt(ctx, t + 1) !== 'to') continue;
      const own = landCode(ctx, t + 2);
      if (!own) continue;
      const group = verbGroup(ctx, s, t);
      if (!statesFact(group) || clauseBlocked(ctx, s, group.first)) continue;
      const slot = actorsAt(ctx, s, t, () => false);
      const actor = slot?.actors.find((a) => a.code === own);
      if (!slot || !actor) continue;
      lands ??= landCodes(ctx);
      const left = otherLand(lands, own);
      if (!left) continue;
      out.push(...placementCandidates('WithdrawalBegun', s, { ...slot, actors: [actor] }, [left], dateNear(ctx, s, t)));
    }
  }
  return out;
}

/** The state code of "<Demonym> territory" at i ("Chinese territory"), else undefined. */
function landCode(ctx: ArticleContext, i: number): string | undefined {
  const m = mentionAtToken(ctx, i);
  if (!m || m.first !== i || m.entry.kind !== 'demonym' || !LAND_NOUNS.has(lowerAt(ctx, m.last))) return undefined;
  return m.entry.code;
}

/** The states whose land the article names ("Vietnamese territory"). */
function landCodes(ctx: ArticleContext): Set<string> {
  const codes = new Set<string>();
  for (const m of ctx.mentions) {
    const code = landCode(ctx, m.first);
    if (code) codes.add(code);
  }
  return codes;
}

/** The one state other than `own` among the states whose land the article names, else undefined. */
function otherLand(lands: Set<string>, own: string): NamedRef | undefined {
  const others = [...lands].filter((code) => code !== own);
  return others.length === 1 ? stateOf(others[0]!) : undefined;
}
