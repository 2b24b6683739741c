import type { ArticleContext } from '../../extract/context.ts';
import { placesAt, type PlaceSlot } from '../../extract/clauses/phrases.ts';
import { lowerAt } from '../../extract/slots.ts';
import type { Sentence } from '../../extract/text/tokens.ts';

/** How many words an appositive between a place and its date may take (", south of Mosul,"). */
const APPOSITIVE_REACH = 6;

/**
 * "and Qayyarah Airfield West, south of Mosul, on March 26": where an appositive set off by commas follows a place
 * ending before `end`, the token after its closing comma; else `end`. An appositive holds no date and no joining "and".
 */
export function afterAppositive(ctx: ArticleContext, s: Sentence, end: number): number {
  if (lowerAt(ctx, end) !== ',') return end;
  for (let j = end + 1; j < s.last && j <= end + APPOSITIVE_REACH; j++) {
    if (ctx.inDate[j] || lowerAt(ctx, j) === 'and') return end;
    if (lowerAt(ctx, j) === ',') return j + 1;
  }
  return end;
}

/** The date that opens at i, or after "in"/"on" at i ("on March 17"), with the token after it. */
export function dateAt(ctx: ArticleContext, s: Sentence, i: number): { value: string; last: number } | undefined {
  const at = lowerAt(ctx, i) === 'in' || lowerAt(ctx, i) === 'on' ? i + 1 : i;
  const d = (ctx.dates[s.index] ?? []).find((x) => x.first === at);
  return d?.value ? { value: d.value, last: d.last } : undefined;
}

/**
 * "departed al-Qaim, on the Syrian border, on March 17 and Qayyarah Airfield West, south of Mosul, on March 26": a
 * place object ending before `end` with its own date, then "and" and a further named place with its own date — one
 * leaving of each place on its day. Returns the dates of both and the further place, or undefined.
 */
export function datedSecondObject(
  ctx: ArticleContext,
  s: Sentence,
  end: number,
): { firstDate: string; place: PlaceSlot; date: string } | undefined {
  const first = dateAt(ctx, s, afterAppositive(ctx, s, end));
  if (!first || lowerAt(ctx, first.last) !== 'and' || !ctx.tokens[first.last + 1]?.cap) return undefined;
  const place = placesAt(ctx, s, first.last + 1)[0];
  if (!place || place.first !== first.last + 1) return undefined;
  const second = dateAt(ctx, s, afterAppositive(ctx, s, place.last));
  return second ? { firstDate: first.value, place, date: second.value } : undefined;
}
