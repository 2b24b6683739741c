import type { Candidate } from '../../extract/candidate.ts';
import type { ArticleContext } from '../../extract/context.ts';
import { properNameAt, spanText } from '../../extract/clauses/phrases.ts';
import { wordSet as set } from '../../extract/word-set.ts';

/** Heads of a legislature's own name ("the Supreme Soviet", "the National Assembly", "the Verkhovna Rada"). */
const LEGISLATURE_NAME_HEADS = set(`assembly parliament congress soviet duma majlis knesset rada sejm storting
  bundestag althing diet cortes senate`);
/** Heads that alone name no particular legislature. */
const GENERIC_HEADS = set('assembly parliament congress');
/** Heads of a description of a legislature without a name of its own ("Russia's hardline parliament"). */
const DESCRIBED_HEADS = new Set(['parliament', 'legislature']);

/**
 * "Yeltsin dissolved Russia's hardline parliament … The Supreme Soviet met in emergency session": a legislature the
 * dissolution only describes is the one the article names, where it names exactly one.
 */
export function nameDescribedLegislatures(ctx: ArticleContext, candidates: readonly Candidate[]): Candidate[] {
  if (!candidates.some((c) => described(c))) return [...candidates];
  const named = legislatureNames(ctx);
  if (named.size !== 1) return [...candidates];
  const [name] = named;
  return candidates.map((c) => (described(c) ? { ...c, entity: { ...c.entity!, name: name! } } : c));
}

/** "parliament", "the legislature", "Russia's hardline parliament": lower-case words after any owner's possessive. */
function described(c: Candidate): boolean {
  const words = (c.entity?.name ?? '').split(' ');
  if (c.type !== 'EntityDissolved' || !DESCRIBED_HEADS.has(words[words.length - 1]!)) return false;
  const owner = words.findIndex((w) => w.endsWith("'s") || w.endsWith('’s'));
  return words.slice(owner + 1).every((w) => w === w.toLowerCase());
}

/** The distinct capitalized legislature names of the article. */
function legislatureNames(ctx: ArticleContext): Set<string> {
  const names = new Set<string>();
  for (const s of ctx.sentences)
    for (let j = s.first; j < s.last; j++) {
      const t = ctx.tokens[j]!;
      const before = ctx.tokens[j - 1];
      if (!t.cap || t.kind !== 'word' || t.lower === 'the') continue;
      if (j > s.first && before!.cap && before!.kind === 'word' && before!.lower !== 'the') continue;
      const name = properNameAt(ctx, j, s.last);
      if (!name) continue;
      j = name.last - 1;
      const head = ctx.tokens[name.last - 1]!.lower;
      // "Parliament voted": a common head alone is no name; "the Knesset", "the Senate" are.
      if (name.last - name.first < 2 && GENERIC_HEADS.has(head)) continue;
      if (LEGISLATURE_NAME_HEADS.has(head)) names.add(spanText(ctx, name.first, name.last));
    }
  return names;
}
