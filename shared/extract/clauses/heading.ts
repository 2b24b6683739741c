import type { ArticleContext } from '../context.ts';
import { mentionsIn, placeOf, type NamedRef } from '../slots.ts';

/** The most words a title line standing above the text may have ("U.S. Marines in Nicaragua, 1912–1933"). */
const HEADING_MAX_TOKENS = 12;
/** Punctuation that closes a sentence of running text rather than a title. */
const SENTENCE_ENDS = new Set(['.', '!', '?', ':']);
/** Prepositions that put the forces a title names in a state ("Marines in Nicaragua", "Intervention in Russia"). */
const THEATRE_PREPOSITIONS = new Set(['in', 'into', 'to']);

/**
 * The one state a history page's title line names as the theatre ("Marines in Nicaragua, 1912–1933"): a short first
 * line, standing alone above the text, with no closing stop, dated by its years, whose state follows "in", "into" or
 * "to". The text below tells of that theatre, so a landing it states with no place of its own is there. Undefined for
 * a news headline (no date in it: "Last troops leave Afghanistan"), a state of another role ("the Quasi-War with
 * France"), or a title naming several states.
 */
export function headingState(ctx: ArticleContext): NamedRef | undefined {
  const s = ctx.sentences[0];
  if (!s || ctx.sentences.length < 2 || s.last - s.first > HEADING_MAX_TOKENS) return undefined;
  if (SENTENCE_ENDS.has(ctx.tokens[s.last - 1]!.text)) return undefined;
  // A line of its own: a line break follows it.
  if (!/^[ \t]*\r?\n/.test(ctx.text.slice(ctx.tokens[s.last - 1]!.end))) return undefined;
  if (!ctx.dates[0]?.length) return undefined;
  const states = new Set<string>();
  let theatre: NamedRef | undefined;
  for (const m of mentionsIn(ctx, s.first, s.last)) {
    if (m.entry.kind !== 'state') continue;
    const place = placeOf(m.entry)!;
    states.add(place.name);
    if (THEATRE_PREPOSITIONS.has(ctx.tokens[m.first - 1]?.lower ?? '')) theatre = place;
  }
  return states.size === 1 ? theatre : undefined;
}
