import type { ArticleContext } from '../../extract/context.ts';
import { FORCE_NOUNS } from '../../extract/lexicon.ts';
import { gazetteer } from '../../extract/gazetteer/index.ts';
import { lowerAt, type NamedRef } from '../../extract/slots.ts';
import type { Sentence } from '../../extract/text/tokens.ts';
import { DEPLOY_VERBS } from './lexicon.ts';

/**
 * "… proposed that Britain and Norway each send 5,000 troops to Narvik. … Norway eventually sent 9,000": an earlier
 * sentence within reach names the actor, then a verb of sending, then the place, in that order, with no forces named
 * between the actor and the verb (the actor itself sends).
 */
export function sentThereBefore(
  ctx: ArticleContext,
  s: Sentence,
  actor: NamedRef,
  place: NamedRef,
  reach: number,
): boolean {
  const family = gazetteer().actorFamily(actor.name);
  const words = place.name.toLowerCase().split(' ');
  const placeAt = (k: number) => words.every((word, i) => lowerAt(ctx, k + i) === word);
  for (let i = s.index - 1; i >= 0 && i >= s.index - reach; i--) {
    const earlier = ctx.sentences[i]!;
    let named = -1;
    for (let k = earlier.first; k < earlier.last && named < 0; k++) {
      const m = ctx.mentions[ctx.mentionAt[k]!];
      if (m && gazetteer().actorFamily(m.entry.name) === family) named = m.last;
    }
    if (named < 0) continue;
    let sent = false;
    for (let k = named; k < earlier.last; k++) {
      if (sent && placeAt(k)) return true;
      // "Ugandan soldiers of an African Union force landed": an actor that owns the forces named is not their sender.
      if (!sent && FORCE_NOUNS.has(lowerAt(ctx, k))) break;
      if (DEPLOY_VERBS.has(lowerAt(ctx, k))) sent = true;
    }
  }
  return false;
}
