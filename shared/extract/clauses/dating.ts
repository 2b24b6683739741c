import type { ArticleContext } from '../context.ts';
import type { DateSource } from '../candidate.ts';
import type { Sentence } from '../text/tokens.ts';
import { isYear, shiftedBy, SPAN_UNITS } from '../text/dates.ts';
import { posOf } from '../text/pos.ts';
import { REPORTING } from '../lexicon.ts';
import { commaBetween, lowerAt, opensJoinedClause, participleClauseBetween, verbIn } from '../slots.ts';
import { ARTICLES, verbGroup, type VerbGroup } from './verb-group.ts';

/** Dating for a placement: a presence "since" a date began then. */
export const ARRIVAL_DATING = { sinceIsStart: true, futureStartIsPlan: true } as const;

/**
 * The date nearest to token i in its sentence (after it preferred), else the article's reference date. With
 * `byIsEffect`, a "by" date after i is when the happening takes effect ("will dissolve itself by 1 January 2024"),
 * not a deadline to skip.
 */
export function dateNear(
  ctx: ArticleContext,
  s: Sentence,
  i: number,
  opts: {
    after?: number;
    skip?: (value: string) => boolean;
    sinceIsStart?: boolean;
    byIsEffect?: boolean;
    /** "will send jets to Bulgaria from April": the start of what is announced is not the announcement's date. */
    futureStartIsPlan?: boolean;
    /** "dissolved Congress shortly after seizing power in September 1973": the month of what it closely followed. */
    shortlyAfterIsOwn?: boolean;
  } = {},
): { value: string | null; source: DateSource; approx?: boolean } {
  const dates = ctx.dates[s.index] ?? [];
  // The trigger's verb group, read once for the three questions below.
  const group = verbGroup(ctx, s, i);
  const spanAfter = spanAfterDate(ctx, s, group);
  if (spanAfter) return { value: spanAfter, source: 'stated' };
  // "has been pulling troops out of Aceh since September": what has been going on since a date began then.
  const sinceIsStart = opts.sinceIsStart ?? (group.progressive && group.perfect);
  const plannedStart = !!opts.futureStartIsPlan && FUTURE_MODALS.includes(group.modal ?? '');
  let best: { value: string; dist: number; approx?: boolean } | undefined;
  const accepted: Array<{ value: string; first: number }> = [];
  let background: string | undefined;
  for (const d of dates) {
    if (opts.skip?.(d.value)) continue;
    // A deadline ("by Sept. 15", "until", "no later than") is not when something happened.
    const before = ctx.tokens[d.first - 1]?.lower;
    if (
      // "up to May", "delays the referendum to early 2017", "from 1916 to 1924": a date after "to" is an end or a
      // target, not when something happened.
      before === 'to' ||
      (APPROXIMATORS.has(before ?? '') && ctx.tokens[d.first - 2]?.lower === 'to') ||
      (before === 'by' &&
        !(opts.byIsEffect && d.first > i) &&
        !pastPerfectAfter(ctx, s, d.last) &&
        !frontedBy(ctx, s, d, i) &&
        !doneBy(ctx, s, d.first - 1)) ||
      (before === 'until' && !whenClauseAfter(ctx, d.last, i)) ||
      before === 'through' ||
      (plannedStart && before === 'from' && d.first > i) ||
      before === 'till' ||
      before === 'before' ||
      before === 'than' ||
      (before === 'the' && ctx.tokens[d.first - 2]?.lower === 'by')
    )
      continue;
    // When something was founded is not when it was dissolved or deployed; an election's date is the election's.
    if (foundingDate(ctx, d.first, sinceIsStart) || electionDate(ctx, d.first, d.last)) continue;
    // A date across a semicolon belongs to another clause ("...; election set for Nov. 1"), and so does one inside a
    // relative clause or a joined clause after the trigger ("… the CIS, that eleven republics joined on December 21").
    if (semicolonBetween(ctx, i, d.first) || relativeBetween(ctx, i, d.first) || otherClauseBetween(ctx, s, i, d.first))
      continue;
    // "Finland, which joined NATO in 2023, has said it will …": a relative clause before the trigger has its own date.
    if (d.last <= i && insideRelativeBefore(ctx, s, d.first, i)) continue;
    // "last week's coup": a possessive date belongs to another happening.
    const next = ctx.tokens[d.last]?.lower;
    if (next === "'s" || next === '’s') continue;
    // "in the first handover under the November 27 ceasefire": a date that names another happening.
    // "landed at Basra under the Treaty of 1930": a year in a document's name dates the document.
    if (attributiveDate(ctx, d.first, d.last) || d.named) continue;
    // "after Iran's attacks of April 13", "After the attack on Oct. 7, ...": the date of an earlier happening.
    if (inBackgroundClause(ctx, s, i, d.first, sinceIsStart) || participleClauseBetween(ctx, i, d.first)) {
      // "dissolved Congress shortly after seizing power in September 1973": what closely followed a dated happening
      // took place in its month.
      const closely = opts.shortlyAfterIsOwn && d.first > i ? closelyAfter(ctx, i, d.first) : false;
      if (!closely) {
        background ??= d.value;
        continue;
      }
      const month = d.value.slice(0, MONTH_LENGTH);
      if (!best || d.first - i < best.dist) best = { value: month, dist: d.first - i, approx: d.approx };
      accepted.push({ value: month, first: d.first });
      continue;
    }
    // "entered Basra in 2003 and withdrew in 2007": a date before an "and" that joins another predicate is that
    // predicate's, taken only where the trigger's own has none.
    const dist =
      d.first >= i
        ? d.first - i
        : (i - d.last) * 1.5 + 1 + (coordinatedBetween(ctx, d.last, i) ? OTHER_PREDICATE_DISTANCE : 0);
    if (opts.after !== undefined && d.first < i) continue;
    // "effective October 1" in a decision: the date ahead of the decision, not the one before it.
    const value =
      ctx.tokens[d.first - 1]?.lower === 'effective' && !d.explicitYear ? nextYearIfBefore(d.value, ctx) : d.value;
    if (!best || dist < best.dist) best = { value, dist, approx: d.approx };
    accepted.push({ value, first: d.first });
  }
  // "in 2020 when the court dissolved it, in February of that year": a date that narrows the year chosen says it
  // more precisely (a month is not narrowed to a day, which may be another clause's).
  if (best) {
    const chosen = best.value;
    // "left Kidal at the end of 2021 and handed over Gossi in April": a later date past another verb is that verb's.
    const narrower =
      chosen.length === YEAR_LENGTH
        ? accepted.find(
            // A reporting verb's date is the report's ("…, officials said on Monday").
            (v) =>
              v.value.length > chosen.length && v.value.startsWith(chosen) && !verbIn(ctx, i + 1, v.first, REPORTING),
          )
        : undefined;
    if (narrower) best = { ...best, value: narrower.value };
  }
  if (best)
    return best.approx
      ? { value: best.value, source: 'stated', approx: true }
      : { value: best.value, source: 'stated' };
  if (opts.after !== undefined) return { value: null, source: 'none' };
  // Without a dateline, a narrative's own time is a better date than the page's: the time of the happening
  // the sentence starts from ("Following the assassination … in July 1915, Wilson sent"), else the last date
  // stated before.
  // "… approves a request to redeploy troops, reversing a decision to pull them out in late 2020": a sentence told
  // in the present reports the day of the report, not a date of the background it mentions.
  const present = presentReport(ctx, s, i);
  // An undated dateline ("MANAMA, Bahrain –") gives the report no day of its own: the narrative's time stands.
  const wireDay = !!ctx.dateline?.date;
  if (!wireDay && background && !present) return { value: background, source: 'stated' };
  // "abolished in a 1947 reorganization", "After the 1979 revolution, the army was disbanded": the year of the
  // happening the sentence names.
  const own = wireDay || present ? undefined : yearNamingHappening(ctx, s);
  if (own && (!ctx.referenceDate || own < ctx.referenceDate)) return { value: own, source: 'stated' };
  const narrative = wireDay ? undefined : narrativeDate(ctx, s);
  if (narrative && (!ctx.referenceDate || narrative < ctx.referenceDate)) return { value: narrative, source: 'stated' };
  return ctx.referenceDate ? { value: ctx.referenceDate, source: 'reference' } : { value: null, source: 'none' };
}

/**
 * Whether the clause before token i is told in the present of a report ("The council approves …", "Israeli forces
 * withdraw …", "has begun"): a third-person present verb, or a plural subject's bare verb right after a force noun.
 */
function presentReport(ctx: ArticleContext, s: Sentence, i: number): boolean {
  for (let j = Math.min(i, s.last - 1); j > s.first; j--) {
    const w = ctx.tokens[j]!.lower;
    if (w === ',' || w === ';') return false;
    if (PRESENT_AUXILIARIES.has(w)) return true;
    if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && posOf(w) === 'verb') return true;
  }
  return false;
}
/** Present auxiliaries of a report ("has begun", "is withdrawing"). */
const PRESENT_AUXILIARIES = new Set(['has', 'have', 'is', 'are']);

/** Added distance for a date that belongs to an earlier coordinated predicate. */
const OTHER_PREDICATE_DISTANCE = 100;

/** Whether an "and"/"but" right before the trigger's verb group joins it to an earlier predicate. */
function coordinatedBetween(ctx: ArticleContext, from: number, trigger: number): boolean {
  for (let j = trigger - 1; j >= from && j >= trigger - COORDINATION_REACH; j--) {
    const w = ctx.tokens[j]!.lower;
    if (w === 'and' || w === 'but' || w === 'then') return true;
    if (ctx.tokens[j]!.kind !== 'word') return false;
  }
  return false;
}
/** Auxiliaries and adverbs between such an "and" and the trigger ("and had then withdrawn"). */
const COORDINATION_REACH = 4;

/** "remained until 1934, when Roosevelt withdrew them": the "when" clause after a date happens at that date. */
function whenClauseAfter(ctx: ArticleContext, dateEnd: number, trigger: number): boolean {
  return trigger > dateEnd && ctx.tokens[dateEnd]?.lower === ',' && ctx.tokens[dateEnd + 1]?.lower === 'when';
}

/**
 * "By 1917(,) some 9,000 troops were stationed …": a sentence opening with "By DATE" states how things stood then,
 * unless its clause looks ahead ("By June 2030 Estonia will send …" sets a deadline).
 */
function frontedBy(ctx: ArticleContext, s: Sentence, d: { first: number; last: number }, trigger: number): boolean {
  if (d.first - 1 !== s.first) return false;
  for (let j = d.last; j < trigger; j++) if (LOOKING_AHEAD.has(ctx.tokens[j]!.lower)) return false;
  return true;
}

/** Modals that put what follows ahead of the time told. */
const FUTURE_MODALS = ['will', 'would', 'shall', 'should', 'must'];
/** Words that make a clause a plan or expectation rather than a state of affairs. */
const LOOKING_AHEAD = new Set([...FUTURE_MODALS, 'plans', 'planned', 'aims', 'expects', 'is', 'are']);

const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who', 'whom', 'whose', 'where']);

/** Whether the date at `date` stands in a ", which …," clause closed before the trigger. */
function insideRelativeBefore(ctx: ArticleContext, s: Sentence, date: number, trigger: number): boolean {
  let opened = false;
  for (let j = date - 1; j > s.first; j--) {
    const w = ctx.tokens[j]!.lower;
    if (w === ',') break;
    if ((w === 'which' || w === 'who' || w === 'whose') && ctx.tokens[j - 1]?.lower === ',') opened = true;
  }
  if (!opened) return false;
  return commaBetween(ctx, date, trigger);
}

/**
 * Whether a relative clause after the trigger holds the date; one set off by commas ends at its second comma ("gave
 * up the base at Gossi, which had housed 300 soldiers, in April": April is the main clause's).
 */
function relativeBetween(ctx: ArticleContext, trigger: number, date: number): boolean {
  let open = false;
  let commaOpened = false;
  for (let j = trigger + 1; j < date; j++) {
    const w = ctx.tokens[j]!.lower;
    if (RELATIVE_PRONOUNS.has(w)) {
      open = true;
      commaOpened = ctx.tokens[j - 1]?.lower === ',';
    } else if (w === ',' && open && commaOpened) open = false;
  }
  return open;
}

/** How many sentences back a narrative's last stated date still dates the sentence at hand. */
const NARRATIVE_SENTENCES = 2;

/**
 * The time a narrative has reached: the last date stated in the sentences just before, in the same paragraph
 * ("The first test came in 1958 in Lebanon. … Eisenhower responded by sending troops"). Not for news with a dateline,
 * whose undated sentences speak of the day of the report.
 */
function narrativeDate(ctx: ArticleContext, s: Sentence): string | undefined {
  // With no date of its own, the text's dates are all there is to go by: the whole paragraph counts.
  const reach = ctx.referenceDate ? NARRATIVE_SENTENCES : s.index;
  for (let k = s.index - 1; k >= 0 && k >= s.index - reach; k--) {
    if (ctx.sentences[k]!.paragraph !== s.paragraph) return undefined;
    // A year-less date counts where the page has a date to resolve it against.
    const dates = (ctx.dates[k] ?? []).filter(
      (d) => (d.explicitYear || ctx.referenceDate) && !d.approx && !d.background && !foundingDate(ctx, d.first),
    );
    if (dates.length) return dates[dates.length - 1]!.value;
    const named = yearNamingHappening(ctx, ctx.sentences[k]!);
    if (named) return named;
  }
  return undefined;
}

const APPROXIMATORS = new Set(['early', 'mid', 'late', 'around', 'about']);

/** "participated in the 2003 invasion of Iraq": a year that names a happening sets the narrative's time. */
/** Words that set a span against a happening ("nine years after the 2003 invasion", "a decade since the …"). */
const SPAN_LINKS = new Set(['after', 'since', 'before']);

function yearNamingHappening(ctx: ArticleContext, s: Sentence): string | undefined {
  let found: string | undefined;
  for (let j = s.first + 1; j < s.last - 1; j++) {
    const t = ctx.tokens[j]!;
    if (!isYear(t) || !ARTICLES.has(ctx.tokens[j - 1]!.lower)) continue;
    // "nine years after the 2003 invasion": a happening set a span before this one does not date it.
    if (SPAN_LINKS.has(ctx.tokens[j - 2]?.lower ?? '') && SPAN_UNITS.has(ctx.tokens[j - 3]?.lower ?? '')) continue;
    // "the repeal of the 2012 constitution": a year naming a document dates no happening.
    if (ctx.tokens[j + 1]!.kind === 'word' && !DOCUMENT_NOUNS.has(ctx.tokens[j + 1]!.lower)) found = t.text;
  }
  return found;
}

/** Nouns a year names as a text rather than a happening ("the 2012 constitution", "the 1993 law"). */
const DOCUMENT_NOUNS = new Set(['constitution', 'charter', 'law', 'act', 'budget', 'census', 'report', 'edition']);

const FOUNDING = new Set([
  'founded',
  'created',
  'established',
  'formed',
  'born',
  'since',
  'built',
  'signed',
  'renamed',
  // "The Legislative Council elected in 1995 was dissolved": when a body was chosen is not when it ended.
  'elected',
  'appointed',
]);
/** How many words the subject of a clause after "N years after" may take ("after it", "after the force"). */
const SPAN_SUBJECT_TOKENS = 3;
/** Characters of a date told to the year only ("2020"). */
const YEAR_LENGTH = 4;
/** Words before a span's count that make it rough ("less than", "nearly", "some"). */
const ROUGH_SPAN_WORDS = new Set(['than', 'about', 'around', 'nearly', 'almost', 'some', 'roughly', 'over', 'barely']);

/** Units of a span before "after" that date the clause after it; days and weeks only against a dated day. */
const AFTER_SPAN_UNITS = new Set([...SPAN_UNITS, 'day', 'days', 'week', 'weeks']);

/**
 * "The mission ended on Friday, 14 years after it arrived", "arrived today, nine days after Israel sent its army
 * across the border": the clause after "N years after" happened that long before the date of the clause it is set
 * against (the last date before it, else the report's).
 */
function spanAfterDate(ctx: ArticleContext, s: Sentence, group: VerbGroup): string | undefined {
  let j = group.first - 1;
  for (let k = 0; k < SPAN_SUBJECT_TOKENS && j > s.first && (ctx.tokens[j]?.lower ?? '') !== 'after'; k++) j--;
  if ((ctx.tokens[j]?.lower ?? '') !== 'after' || !AFTER_SPAN_UNITS.has(ctx.tokens[j - 1]?.lower ?? ''))
    return undefined;
  // "less than three months after", "about a year after": a span told roughly dates nothing.
  if (ROUGH_SPAN_WORDS.has(ctx.tokens[j - 3]?.lower ?? '')) return undefined;
  let base = ctx.referenceDate;
  for (const d of ctx.dates[s.index] ?? []) if (d.last <= j - 2) base = d.value;
  return base ? shiftedBy(base, ctx.tokens[j - 2]?.lower ?? '', ctx.tokens[j - 1]?.lower ?? '', -1) : undefined;
}

/**
 * Whether the date at `first` says when something began to exist. "stationed in Somalia since 2007" dates a presence
 * by its start, which is when forces arrived (`sinceIsStart`).
 */
function foundingDate(ctx: ArticleContext, first: number, sinceIsStart = false): boolean {
  for (let j = first - 1; j >= first - 3 && j >= 0; j--) {
    const w = ctx.tokens[j]!.lower;
    if (FOUNDING.has(w) && w !== 'signed' && !(sinceIsStart && w === 'since')) return true;
  }
  return false;
}

/** Nouns whose date follows them ("elections on November 1", "a referendum in May"). */
const DATED_NOUNS = new Set(['election', 'elections', 'polls', 'vote', 'referendum', 'ballot']);
const DATE_PREPOSITIONS = new Set(['on', 'in', 'for', 'scheduled', 'set']);

/** "elections on November 1", "the scheduled January 2016 referendum": the date of a vote, not of the event. */
function electionDate(ctx: ArticleContext, first: number, last: number): boolean {
  const before = ctx.tokens[first - 1]?.lower ?? '';
  // "elections on November 1", "elections were called for June": the vote named a few words before its date.
  if (DATE_PREPOSITIONS.has(before))
    for (let k = first - 2; k >= 0 && k >= first - 1 - ELECTION_DATE_REACH; k--) {
      const t = ctx.tokens[k]!;
      if (DATED_NOUNS.has(t.lower) && (k === first - 2 || !t.cap)) return true;
      // "Chad's National Election Commission on Monday": a name between them owns the date.
      if (t.kind === 'punct' || t.cap) break;
    }
  return DATED_NOUNS.has(ctx.tokens[last]?.lower ?? '');
}
/** How far before its date's preposition a vote may be named ("elections were called for June"). */
const ELECTION_DATE_REACH = 3;

/** Words after which a date is no noun's modifier ("the May 2 attack" is; "the 5th of May" is not). */
const NOT_MODIFIED = new Set(['of', 'to', 'and', 'or', 'in', 'on', 'at', 'by', 'for', 'when', 'after', 'before', 'as']);

/** "the November 27 ceasefire", "the President's Dec. 19 decision": a date that modifies another noun. */
function attributiveDate(ctx: ArticleContext, first: number, last: number): boolean {
  const before = ctx.tokens[first - 1]?.lower;
  if (before !== 'the' && before !== "'s" && before !== '’s') return false;
  const next = ctx.tokens[last];
  return !!next && next.kind === 'word' && !next.cap && !NOT_MODIFIED.has(next.lower) && !ctx.inDate[last];
}

const BACKGROUND = new Set(['after', 'following', 'since', 'amid']);
/** Adverbs before "after" that put a happening right after another ("shortly after", "soon after"). */
const CLOSELY = new Set(['shortly', 'soon', 'immediately', 'just']);
/** How many tokens a clause opened by "shortly after" may run before its date ("seizing power in"). */
const CLOSELY_AFTER_REACH = 6;
/** The length of an ISO year-month ("1973-09"). */
const MONTH_LENGTH = 7;

/** Whether "shortly after" stands between the trigger and the date, within reach of the date. */
function closelyAfter(ctx: ArticleContext, trigger: number, date: number): boolean {
  for (let j = date - 1; j > trigger && j >= date - CLOSELY_AFTER_REACH; j--) {
    const w = ctx.tokens[j]!.lower;
    if (w === ',' || w === ';') return false;
    if (w === 'after') return CLOSELY.has(ctx.tokens[j - 1]?.lower ?? '');
  }
  return false;
}
function inBackgroundClause(
  ctx: ArticleContext,
  s: Sentence,
  trigger: number,
  date: number,
  sinceIsStart = false,
): boolean {
  for (let j = date - 1; j >= Math.max(s.first, date - 10); j--) {
    const w = ctx.tokens[j]!.lower;
    if (j === trigger) return false;
    // "have been pulling back since the truce took effect on Aug. 14": what is under way began then.
    if (w === 'since' && sinceIsStart && j > trigger) return false;
    if (BACKGROUND.has(w)) return j !== date - 1 || w !== 'since';
    if (w === ',' && date < trigger) continue;
  }
  return false;
}

/**
 * Whether another clause opens between the trigger and a date after it: ", but" ("went home in the autumn, but a
 * Soviet force remained under a treaty signed on 16 October") or ", and" with a verb of its own ("arrived at Cavite,
 * and American forces occupied Manila on August 13").
 */
function otherClauseBetween(ctx: ArticleContext, s: Sentence, trigger: number, date: number): boolean {
  for (let j = trigger + 1; j < date; j++) {
    if (ctx.tokens[j]!.lower !== ',') continue;
    if (ctx.tokens[j + 1]?.lower === 'but' || opensJoinedClause(ctx, j, s.last)) return true;
    // "…, and on 4 November, after …, it resolved": a date set off at the head of the clause ", and" joins is that
    // clause's.
    const at = DATE_PREPOSITIONS.has(lowerAt(ctx, j + 2)) ? j + 3 : j + 2;
    if (ctx.tokens[j + 1]?.lower === 'and' && at === date && ctx.inDate[at]) {
      let end = at;
      while (ctx.inDate[end]) end++;
      if (lowerAt(ctx, end) === ',') return true;
    }
  }
  return false;
}

function semicolonBetween(ctx: ArticleContext, a: number, b: number): boolean {
  for (let j = Math.min(a, b); j < Math.max(a, b); j++) if (ctx.tokens[j]!.lower === ';') return true;
  return false;
}

/** The date stated with a start cue: "began on Feb. 26, 1990", "started in April", "began last month". */
export function startDate(
  ctx: ArticleContext,
  s: Sentence,
  cue: number,
): { value: string; approx?: boolean } | undefined {
  for (const d of ctx.dates[s.index] ?? []) {
    if (d.first <= cue || d.first > cue + 5) continue;
    const before = ctx.tokens[d.first - 1]?.lower ?? '';
    if (
      ['on', 'in', 'at', 'since', 'last', 'this', 'earlier', 'late', 'early', 'mid', '-', 'of', 'end'].includes(
        before,
      ) ||
      d.first === cue + 1
    ) {
      return d.approx ? { value: d.value, approx: true } : { value: d.value };
    }
  }
  return undefined;
}

/** Evidence is the whole sentence (or run of sentences) that states the event. */
export function evidenceSpan(s: Sentence, until?: Sentence): { evidenceStart: number; evidenceEnd: number } {
  return { evidenceStart: s.start, evidenceEnd: (until ?? s).end };
}

/** A year-less date resolved into the past moves a year ahead when it must follow the reference day. */
/** A year-less date ahead of the report ("effective October 1"): the next such day, not the last. */
export function nextYearIfBefore(value: string, ctx: ArticleContext): string {
  if (!ctx.referenceDate || value >= ctx.referenceDate) return value;
  return `${Number(value.slice(0, 4)) + 1}${value.slice(4)}`;
}

/** Words before a "by" date that make it a deadline still to come. */
const FUTURE_WORDS = new Set([...FUTURE_MODALS, 'to', 'due', 'expected', 'planned', 'be']);
const PAST_FORMS = new Set(['was', 'were', 'left', 'fled', 'sent', 'took', 'began', 'went', 'came', 'had']);
/** How far before "by" the past verb may stand ("were withdrawn by December", "had largely left by May"). */
const DONE_BY_REACH = 3;

/** "Most U.S. forces were withdrawn by December 1983": a "by" date after a past verb is when it was done. */
function doneBy(ctx: ArticleContext, s: Sentence, by: number): boolean {
  let past = false;
  for (let j = by - 1; j >= s.first && j >= by - DONE_BY_REACH; j--) {
    const w = ctx.tokens[j]!.lower;
    if (FUTURE_WORDS.has(w)) return false;
    if (PAST_FORMS.has(w) || (/^[a-z]+(?:ed|wn)$/.test(w) && ctx.tokens[j]!.kind === 'word')) past = true;
  }
  if (!past) return false;
  for (let j = by - DONE_BY_REACH - 1; j >= s.first && j >= by - DONE_BY_REACH - 3; j--)
    if (FUTURE_WORDS.has(ctx.tokens[j]!.lower)) return false;
  return true;
}

/** "By March 1973 all troops had left": a "by" date before a past perfect is when the thing was done, no deadline. */
function pastPerfectAfter(ctx: ArticleContext, s: Sentence, from: number): boolean {
  for (let j = from; j < s.last; j++) {
    const w = ctx.tokens[j]!.lower;
    if (w === ';') return false;
    if (w === 'had') return true;
  }
  return false;
}

/**
 * The date right after a marker word ("until August 1934", "to 1924") where the marker stands within `reach` tokens
 * after token i, with where the marker stands; else undefined.
 */
export function dateAfterMarker(
  ctx: ArticleContext,
  s: Sentence,
  i: number,
  markers: ReadonlySet<string>,
  reach: number,
): { value: string; at: number } | undefined {
  for (const d of ctx.dates[s.index] ?? []) {
    const at = d.first - 1;
    if (at > i && at <= i + reach && markers.has(ctx.tokens[at]!.lower)) return { value: d.value, at };
  }
  return undefined;
}
