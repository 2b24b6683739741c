import type { Candidate } from '../../extract/candidate.ts';
import { entityEndingAt } from '../../extract/clauses/entities.ts';
import type { ArticleContext } from '../../extract/context.ts';
import { lowerAt } from '../../extract/slots.ts';
import { canonicalEntity } from './canonical.ts';
import { singularOf } from './lexicon.ts';

/** Counts that describe bodies the text names later ("its two election commissions"). */
export const COUNTS: Readonly<Record<string, number>> = { two: 2, both: 2, three: 3, four: 4, five: 5 };
/** How many sentences after the description its names may stand. */
const NAMING_SENTENCES = 2;

/**
 * "The Taliban have dissolved Afghanistan's two election commissions … the Independent Election Commission and the
 * Electoral Complaints Commission were no longer needed": a counted description of bodies is the bodies the next
 * sentences name with its head, where as many names as the count are found; else it stays as read.
 */
export function namedCountedBodies(ctx: ArticleContext, found: readonly Candidate[]): Candidate[] {
  return found.flatMap((c) => {
    const counted = countedHead(c.entity?.surface ?? c.entity?.name ?? '');
    if (!counted) return [c];
    const names = namesWithHead(ctx, c.sentence, counted.head);
    if (names.length !== counted.count) return [c];
    return names.map((name) => ({ ...c, entity: { name: canonicalEntity(name), surface: name } }));
  });
}

/**
 * The names the sentences after `sentence` give a counted description ("the country's two election commissions"),
 * where as many as the count are found; else none.
 */
export function namesOfCounted(ctx: ArticleContext, sentence: number, description: string): string[] {
  const counted = countedHead(description);
  if (!counted) return [];
  const names = namesWithHead(ctx, sentence, counted.head);
  return names.length === counted.count ? names : [];
}

/** "Afghanistan's two election commissions" → 2 and "commission". */
function countedHead(description: string): { count: number; head: string } | undefined {
  const words = description.toLowerCase().split(/\s+/);
  const last = words[words.length - 1] ?? '';
  const count = words.map((w) => COUNTS[w]).find((n) => n !== undefined);
  if (!count || !last.endsWith('s') || last.length < 4) return undefined;
  return { count, head: singularOf(last) };
}

/** The distinct capitalized names ending in `head` in the sentences after `sentence`. */
function namesWithHead(ctx: ArticleContext, sentence: number, head: string): string[] {
  const names: string[] = [];
  const last = Math.min(ctx.sentences.length - 1, sentence + NAMING_SENTENCES);
  for (let k = sentence + 1; k <= last; k++) {
    const s = ctx.sentences[k]!;
    for (let j = s.first; j < s.last; j++) {
      if (lowerAt(ctx, j) !== head || !ctx.tokens[j]!.cap) continue;
      const name = entityEndingAt(ctx, s, j)?.name;
      if (name && !names.includes(name)) names.push(name);
    }
  }
  return names;
}
