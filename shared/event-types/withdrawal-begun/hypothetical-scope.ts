import type { ArticleContext } from '../../extract/context.ts';
import { lowerAt, opensCoordinateClause } from '../../extract/slots.ts';
import type { Sentence } from '../../extract/text/tokens.ts';
import { wordSet as set } from '../../extract/word-set.ts';

/** Punctuation that ends the scope of a supposed case before it. */
const SCOPE_ENDS = set('; :');
/** The words after "in the event"/"in case" that open a supposed case ("in the event of", "in case of"). */
const CASE_LINKS = set('of that');

/**
 * Whether token j stands inside a supposed case opened earlier in its clause: "how the islands could be defended in
 * the event of an advance following the withdrawal of American forces" supposes the withdrawal, it does not report
 * it; so does "in case of".
 */
export function inSupposedCase(ctx: ArticleContext, s: Sentence, j: number): boolean {
  for (let k = j - 1; k > s.first; k--) {
    const w = lowerAt(ctx, k);
    // "… in the event of unrest, and the town grew quiet following the withdrawal": a clause of its own is told.
    if (SCOPE_ENDS.has(w) || opensCoordinateClause(ctx, k)) return false;
    if (!CASE_LINKS.has(lowerAt(ctx, k + 1))) continue;
    if (w === 'event' && lowerAt(ctx, k - 1) === 'the' && lowerAt(ctx, k - 2) === 'in') return true;
    if (w === 'case' && lowerAt(ctx, k - 1) === 'in') return true;
  }
  return false;
}
