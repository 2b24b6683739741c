import type { ArticleContext } from '../context.ts';
import { actorOf, inDateline, placeOf, type NamedRef } from '../slots.ts';
import type { Mention } from '../text/mentions.ts';

/** How many sentences back a reference ("the city", "they", "It") may reach for what it names. */
export const MAX_REFERENCE_SENTENCES = 3;

/** Index of the last mention starting before token i (mentions are in text order), or -1. */
function lastMentionBefore(ctx: ArticleContext, i: number): number {
  let lo = 0;
  let hi = ctx.mentions.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.mentions[mid]!.first < i) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Mentions before token i, nearest first, no further back than MAX_REFERENCE_SENTENCES sentences. */
function* mentionsBack(ctx: ArticleContext, i: number): Generator<Mention> {
  const sentence = ctx.tokens[Math.min(i, ctx.tokens.length - 1)]?.sentence ?? 0;
  for (let k = lastMentionBefore(ctx, i); k >= 0; k--) {
    const m = ctx.mentions[k]!;
    if (sentence - ctx.tokens[m.first]!.sentence > MAX_REFERENCE_SENTENCES) return;
    if (!inDateline(ctx, m.first)) yield m;
  }
}

/** What "the country", "the city", "the island" before token i names: the nearest earlier place of that sort. */
export function referredPlace(ctx: ArticleContext, i: number, noun: string): NamedRef | undefined {
  const wantState = noun === 'country';
  for (const m of mentionsBack(ctx, i)) {
    const place = placeOf(m.entry);
    if (!place) continue;
    if (wantState === (m.entry.kind === 'state')) return place;
  }
  return undefined;
}

/** The nearest actor named before token i (for "they", "the troops", "the rebels" as subject). */
export function referredActor(ctx: ArticleContext, i: number): NamedRef | undefined {
  for (const m of mentionsBack(ctx, i)) {
    const actor = actorOf(m.entry);
    if (actor) return actor;
  }
  return undefined;
}

/** The nearest place named before token i in the same sentence or the ones before it. */
export function nearestPlaceBefore(ctx: ArticleContext, i: number, exclude?: NamedRef): NamedRef | undefined {
  for (const m of mentionsBack(ctx, i)) {
    const place = placeOf(m.entry);
    if (place && place.name !== exclude?.name && m.entry.kind !== 'capital') return place;
  }
  return undefined;
}
