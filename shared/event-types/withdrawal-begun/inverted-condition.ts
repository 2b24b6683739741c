import type { ArticleContext } from '../../extract/context.ts';
import { mentionAtToken } from '../../extract/slots.ts';
import type { Sentence } from '../../extract/text/tokens.ts';
import { wordSet as set } from '../../extract/word-set.ts';

/** Auxiliaries that open a condition when they stand before their subject ("should the United States withdraw"). */
const INVERTING_AUXILIARIES = set('should had were');
/** Words of a subject between such an auxiliary and its verb besides names ("the", "its", "U.S." abbreviations). */
const SUBJECT_WORDS = set("the its their his her a an 's ’s . -");
/** How many tokens the inverted subject may take ("should the United States and its allies"). */
const INVERTED_SUBJECT_REACH = 8;

/**
 * Whether the verb group starting at `first` is the verb of an inverted condition: "the islands could be defended
 * should the United States withdraw its forces from Europe" says what would follow a withdrawal, not that one took
 * place. The subject between the auxiliary and the verb is a name or a determined noun phrase of names.
 */
export function invertedCondition(ctx: ArticleContext, s: Sentence, first: number): boolean {
  let sawName = false;
  for (let j = first - 1; j >= s.first && j >= first - INVERTED_SUBJECT_REACH; j--) {
    const tok = ctx.tokens[j]!;
    if (INVERTING_AUXILIARIES.has(tok.lower)) return sawName;
    if (mentionAtToken(ctx, j) || tok.cap) sawName = true;
    else if (!SUBJECT_WORDS.has(tok.lower)) return false;
  }
  return false;
}
