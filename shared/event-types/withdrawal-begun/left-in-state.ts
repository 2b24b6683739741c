import type { ArticleContext } from '../../extract/context.ts';
import { DETERMINERS, lowerAt, mentionsIn, placeOf } from '../../extract/slots.ts';
import { posOf } from '../../extract/text/pos.ts';
import type { Sentence } from '../../extract/text/tokens.ts';
import { wordSet as set } from '../../extract/word-set.ts';

/** Verbs of leaving that also tell what a happening left behind ("leaving much of Dili burned"). */
const LEAVE_FORMS = set('leave leaves leaving left');
/** Quantities of a place that a happening leaves in some state ("much of Dili", "parts of the city"). */
const PART_WORDS = set('much most parts part large');
/** States a place is left in ("in ruins", "in flames"). */
const LEFT_IN = set('ruins flames darkness rubble');
/** What a place is left in the hands of others in ("leaving Chile in control of the sea"): a power, not a place left. */
const LEFT_IN_HOLD = set('control charge command possession');
/** Words that may qualify that hold ("in full control of", "in sole charge of"). */
const HOLD_QUALIFIERS = set('full sole effective complete total firm');
/** Adjectives a place is left in ("left the coast defenceless"), which say what it became, not that forces left it. */
const LEFT_AS = set('vulnerable defenceless defenseless undefended open isolated alone');
/** How far after the verb the place left may stand ("left the northern city of X"). */
const LEFT_OBJECT_REACH = 5;

/**
 * "leaving much of Dili burned", "left Vukovar in ruins", "leaving the port in control of the rebels", "left the coast
 * defenceless": a place, or a part of it, left in some state or hands told after it is what a happening did to the
 * place, not a place forces left.
 */
export function leftInState(ctx: ArticleContext, s: Sentence, t: number): boolean {
  if (!LEAVE_FORMS.has(lowerAt(ctx, t)) || lowerAt(ctx, t - 1) === 'to') return false;
  if (PART_WORDS.has(lowerAt(ctx, t + 1)) && lowerAt(ctx, t + 2) === 'of') return true;
  const place = mentionsIn(ctx, t + 1, Math.min(s.last, t + 1 + LEFT_OBJECT_REACH)).find((m) => placeOf(m.entry));
  if (!place) return false;
  const next = ctx.tokens[place.last];
  if (!next || next.kind !== 'word' || next.cap) return false;
  if (next.lower === 'in') return LEFT_IN.has(lowerAt(ctx, place.last + 1)) || inHoldOf(ctx, place.last + 1);
  if (LEFT_AS.has(next.lower)) return true;
  // "left Vukovar destroyed", not "… to leave Angola boarded a plane": a participle with no object of its own.
  return next.lower.endsWith('ed') && posOf(next.lower) !== 'noun' && !DETERMINERS.has(lowerAt(ctx, place.last + 1));
}

/** "in control of", "in full charge of" at i: the object left is put in some power's hands. */
function inHoldOf(ctx: ArticleContext, i: number): boolean {
  const at = HOLD_QUALIFIERS.has(lowerAt(ctx, i)) ? i + 1 : i;
  return LEFT_IN_HOLD.has(lowerAt(ctx, at)) && lowerAt(ctx, at + 1) === 'of';
}
