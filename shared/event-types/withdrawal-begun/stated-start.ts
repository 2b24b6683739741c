import type { Candidate } from '../../extract/candidate.ts';
import { placesAfter } from '../../extract/clauses/phrases.ts';
import type { ArticleContext } from '../../extract/context.ts';
import { actorOf, DETERMINERS, lowerAt, mentionsIn, placeOf, type NamedRef } from '../../extract/slots.ts';
import { gazetteer } from '../../extract/gazetteer/index.ts';
import { FORCE_NOUNS } from '../../extract/lexicon.ts';
import { wordSet as set } from '../../extract/word-set.ts';

/** Nouns of a withdrawal whose start a predicate after them may state ("a pullout that began in 1991"). */
const WITHDRAWAL_NOUNS = set(
  'withdrawal withdrawals pullout pullouts pull-out pullback pullbacks drawdown evacuation retreat departure departures',
);
const RELATIVES = set('that which');
const BEGAN = set('began started begun commenced');
/** Words that may stand between "began" and its date ("began in 1991", "had begun on 1 May", "in early 1990"). */
const DATE_MARKERS = set('in on');
const DATE_PARTS = set('early late mid');
/** How far after the noun its verb may stand ("the withdrawal of the Southern Group of Forces from Hungary began"). */
const VERB_REACH = 12;
const FROM = set('from');
/** Words that end the noun's phrase before its verb is found. */
const PHRASE_ENDS = set('; . : ( )');

/** A withdrawal's start stated in a relative clause, with the place the noun names if it names one. */
interface StatedStart {
  sentence: number;
  place?: NamedRef;
  /** The actor the noun's phrase names ("the evacuation of PLO fighters"), whose withdrawal alone it dates. */
  actor?: NamedRef;
  value: string;
}

/**
 * "The departure of the last units completed a pullout that began in 1991": the date the withdrawal started, stated
 * after its noun, is the date of that withdrawal (LABELING: the day it started when stated). A start that names its
 * place dates withdrawals from that place; one that does not, those read in its own sentence or the one before.
 */
export function withStatedStarts(ctx: ArticleContext, candidates: Candidate[]): Candidate[] {
  // Most articles report no withdrawal: their tokens are not scanned for starts.
  if (!candidates.length) return candidates;
  const starts = statedStarts(ctx);
  const beginning = new Set([...beginningSentences(ctx), ...firstForcesSentences(ctx)]);
  if (!starts.length && !beginning.size) return candidates;
  return candidates.map((c) => {
    // "flew out of the airfield on July 8, beginning a phased withdrawal", "The first contingent left Saigon on 8 July":
    // the leaving's own date is the start.
    if (beginning.has(c.sentence) && c.occurredOn && c.dateSource === 'stated') return { ...c, dateSource: 'start' };
    const start = starts.find(
      (x) =>
        (!x.actor || !c.actor || gazetteer().actorFamily(x.actor.name) === gazetteer().actorFamily(c.actor.name)) &&
        (x.place ? x.place.name === c.location?.name : x.sentence === c.sentence || x.sentence === c.sentence + 1),
    );
    if (!start || (c.occurredOn && start.value >= c.occurredOn)) return c;
    const { dateApprox: _, ...rest } = c;
    return { ...rest, occurredOn: start.value, dateSource: 'start' };
  });
}

/** Participles that make the clause before them the start of the withdrawal named after them. */
const BEGINNING = set('beginning starting');
/** How many modifiers may stand between the determiner and the noun ("a phased withdrawal", "the long, slow pullout"). */
const MODIFIER_REACH = 3;

/** Sentences whose leaving is told as the start of a withdrawal by ", beginning a … withdrawal". */
function beginningSentences(ctx: ArticleContext): Set<number> {
  const out = new Set<number>();
  for (const s of ctx.sentences)
    for (let t = s.first + 1; t < s.last; t++) {
      if (!BEGINNING.has(lowerAt(ctx, t)) || lowerAt(ctx, t - 1) !== ',' || !DETERMINERS.has(lowerAt(ctx, t + 1)))
        continue;
      for (let j = t + 2; j < s.last && j <= t + 2 + MODIFIER_REACH; j++)
        if (WITHDRAWAL_NOUNS.has(lowerAt(ctx, j))) {
          out.add(s.index);
          break;
        }
    }
  return out;
}

/** Words before "first" that make it the first of the forces ("The first contingent", "a first convoy"). */
const FIRST_OPENERS = set('the a');
/** How far after "first" the forces' noun may stand ("the first two battalions", "the first U.S. combat units"). */
const FIRST_FORCE_REACH = 3;

/** Sentences whose leaving forces are the first to leave ("The first contingent … left Saigon on 8 July"). */
function firstForcesSentences(ctx: ArticleContext): number[] {
  const out: number[] = [];
  for (const s of ctx.sentences)
    for (let t = s.first + 1; t < s.last; t++) {
      if (lowerAt(ctx, t) !== 'first' || !FIRST_OPENERS.has(lowerAt(ctx, t - 1))) continue;
      let found = false;
      for (let j = t + 1; j < s.last && j <= t + FIRST_FORCE_REACH && !found; j++)
        found = FORCE_NOUNS.has(lowerAt(ctx, j));
      if (found) {
        out.push(s.index);
        break;
      }
    }
  return out;
}

function statedStarts(ctx: ArticleContext): StatedStart[] {
  const out: StatedStart[] = [];
  for (const s of ctx.sentences) {
    for (let t = s.first; t < s.last; t++) {
      if (!WITHDRAWAL_NOUNS.has(lowerAt(ctx, t))) continue;
      // "the pullout that began in 1991", "ending pullouts that began in early 1990", "The withdrawal of … from
      // Hungary began on 12 March 1990": the noun's own verb of beginning.
      let verb = -1;
      for (let j = t + 1; j < s.last && j <= t + VERB_REACH; j++) {
        const w = lowerAt(ctx, j);
        if (PHRASE_ENDS.has(w) || (w === ',' && !RELATIVES.has(lowerAt(ctx, j + 1)))) break;
        if (BEGAN.has(w)) {
          verb = j;
          break;
        }
      }
      if (verb < 0) continue;
      let at = DATE_MARKERS.has(lowerAt(ctx, verb + 1)) ? verb + 2 : verb + 1;
      if (DATE_PARTS.has(lowerAt(ctx, at))) at++;
      const date = (ctx.dates[s.index] ?? []).find((d) => d.first <= at && d.last > at);
      if (!date || date.value.length < 4) continue;
      const place = placesAfter(ctx, s, t + 1, verb, FROM)[0]?.place;
      const named = mentionsIn(ctx, t + 1, verb).find((m) => !placeOf(m.entry) || m.entry.kind === 'demonym');
      const actor = named ? actorOf(named.entry) : undefined;
      out.push({ sentence: s.index, value: date.value, ...(place ? { place } : {}), ...(actor ? { actor } : {}) });
    }
  }
  return out;
}
