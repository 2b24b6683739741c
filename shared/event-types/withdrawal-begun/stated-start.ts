import type { Candidate } from '../../extract/candidate.ts';
import { placesAfter } from '../../extract/clauses/phrases.ts';
import type { ArticleContext } from '../../extract/context.ts';
import { lowerAt, type NamedRef } from '../../extract/slots.ts';
import { wordSet as set } from '../../extract/word-set.ts';

/** Nouns of a withdrawal whose start a relative clause after them may state ("a pullout that began in 1991"). */
const WITHDRAWAL_NOUNS = set('withdrawal pullout pull-out pullback drawdown evacuation retreat');
const RELATIVES = set('that which');
const BEGAN = set('began started begun commenced');
/** Words that may stand between "began" and its date ("began in 1991", "had begun on 1 May"). */
const DATE_MARKERS = set('in on');
/** How far after the noun its relative pronoun may stand ("the pullout from East Germany, which"). */
const RELATIVE_REACH = 6;
const FROM = set('from');

/** A withdrawal's start stated in a relative clause, with the place the noun names if it names one. */
interface StatedStart {
  sentence: number;
  place?: NamedRef;
  value: string;
}

/**
 * "The departure of the last units completed a pullout that began in 1991": the date the withdrawal started, stated
 * after its noun, is the date of that withdrawal (LABELING: the day it started when stated). A start that names its
 * place dates withdrawals from that place; one that does not, those read in its own sentence or the one before.
 */
export function withStatedStarts(ctx: ArticleContext, candidates: Candidate[]): Candidate[] {
  const starts = statedStarts(ctx);
  if (!starts.length) return candidates;
  return candidates.map((c) => {
    const start = starts.find((x) =>
      x.place ? x.place.name === c.location?.name : x.sentence === c.sentence || x.sentence === c.sentence + 1,
    );
    if (!start || (c.occurredOn && start.value >= c.occurredOn)) return c;
    const { dateApprox: _, ...rest } = c;
    return { ...rest, occurredOn: start.value, dateSource: 'start' };
  });
}

function statedStarts(ctx: ArticleContext): StatedStart[] {
  const out: StatedStart[] = [];
  for (const s of ctx.sentences) {
    for (let t = s.first; t < s.last; t++) {
      if (!WITHDRAWAL_NOUNS.has(lowerAt(ctx, t))) continue;
      let rel = -1;
      for (let j = t + 1; j < s.last && j <= t + RELATIVE_REACH; j++)
        if (RELATIVES.has(lowerAt(ctx, j))) {
          rel = j;
          break;
        }
      if (rel < 0) continue;
      const verb = lowerAt(ctx, rel + 1) === 'had' ? rel + 2 : rel + 1;
      if (!BEGAN.has(lowerAt(ctx, verb))) continue;
      const at = DATE_MARKERS.has(lowerAt(ctx, verb + 1)) ? verb + 2 : verb + 1;
      const date = (ctx.dates[s.index] ?? []).find((d) => d.first === at && !d.approx);
      if (!date) continue;
      const place = placesAfter(ctx, s, t + 1, rel, FROM)[0]?.place;
      out.push({ sentence: s.index, value: date.value, ...(place ? { place } : {}) });
    }
  }
  return out;
}
