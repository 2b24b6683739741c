import type { ArticleContext } from '../context.ts';
import { lowerAt } from '../slots.ts';
import type { Sentence } from '../text/tokens.ts';
import { wordSet as set } from '../word-set.ts';

/** Verbs of asking whose object is then told "to" act ("urged Britain to", "asked the allies to"). */
const ASKING_VERBS = set('urged urges urging asked asks asking pressed presses pressing appealed appeals');
/** Verbs of calling that take their object after "on"/"upon" ("called on the United States to"). */
const CALLING_VERBS = set('called calls calling');
const CALLED_ON = set('on upon');
/** Words that end the clause an infinitive hangs on. */
const CLAUSE_ENDS = set('. ; : ( ) but while whereas although though because which who');
/**
 * How far back the asking verb may stand: its object may be a long list of names ("called on the United States and
 * the other members of the United Nations Command to withdraw").
 */
const ASKED_OBJECT_REACH = 24;

/**
 * Whether the infinitive at t ("to withdraw", the verb after "to") is what someone was asked or called on to do:
 * "Beijing called on the United States and its allies to withdraw their forces" states a call, not a withdrawal,
 * however long the list of those called on.
 */
export function askedToAct(ctx: ArticleContext, s: Sentence, t: number): boolean {
  if (lowerAt(ctx, t - 1) !== 'to') return false;
  for (let j = t - 2; j >= s.first && j >= t - ASKED_OBJECT_REACH; j--) {
    const w = lowerAt(ctx, j);
    if (CLAUSE_ENDS.has(w)) return false;
    if (ASKING_VERBS.has(w) && j < t - 2) return true;
    if (CALLING_VERBS.has(w) && CALLED_ON.has(lowerAt(ctx, j + 1))) return true;
  }
  return false;
}
