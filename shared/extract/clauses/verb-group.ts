import type { ArticleContext } from '../context.ts';
import type { Sentence } from '../text/tokens.ts';
import { posOf } from '../text/pos.ts';
import { wordSet as set } from '../word-set.ts';

/** Forms of "be", and "stand" as a linking verb before a participle ("the assembly stood dissolved"). */
const BE = set('be is are was were been being am stood stands');
const HAVE = set('has have had having');
const DO = set('do does did');
export const MODALS = set('will would shall should could might may must can cannot wo ca');
const NEGATIONS = set("not n't never no");
/** Adverbs that may stand inside a verb group ("had already withdrawn", "was officially dissolved"). */
const GROUP_ADVERBS = set(`also then already later further reportedly eventually soon finally quickly subsequently
  again all fully largely partially completely officially formally effectively gradually initially immediately
  originally ultimately swiftly hastily briefly temporarily permanently partly mostly first secretly successfully
  allegedly apparently unilaterally abruptly quietly still just now both formerly respectively thereby thus
  therefore hence accordingly thereafter afterwards hereby herewith itself themselves`);
/**
 * Governors of an infinitive or gerund that state the action as begun or done ("began to withdraw"), among them the
 * causatives whose object was made to act ("attacks prompted Belgium to send troops": Belgium sent them).
 */
const FACTUAL_GOVERNORS = set(`began begin begins begun beginning start started starts starting continued continue
  continues continuing forced forcing compelled compelling managed completed complete completes finished resumed
  proceeded convinced persuaded prompted prompting`);
/** Words that set a deadline ("ordered to leave by the end of the year"): the order is not yet carried out. */
const DEADLINES = set('by within before until');
/** How far after an ordered action a deadline is looked for. */
const DEADLINE_REACH = 12;

function deadlineAfter(ctx: ArticleContext, s: Sentence, head: number): boolean {
  for (let j = head + 1; j < s.last && j <= head + DEADLINE_REACH; j++)
    if (DEADLINES.has(ctx.tokens[j]!.lower)) return true;
  return false;
}

/** Governors that, in the passive, tell what the forces were made to do ("were ordered to withdraw"). */
const ORDER_GOVERNORS = set('ordered instructed told');
/** Reporting governors of "to be …ing" / "to have …ed": "is reported to be withdrawing" states a fact. */
const REPORTING_GOVERNORS = set('reported said believed thought understood known claimed alleged seen');
/** Prepositions whose gerund states something that happened ("responded by sending troops"). */
const FACTUAL_GERUND_PREPOSITIONS = set('by after upon while since when on');

/** How a verb (or verbal noun) is stated: tense, voice, modality and negation of its group. */
export interface VerbGroup {
  /** First token of the group (auxiliaries and adverbs before the head). */
  first: number;
  head: number;
  modal?: string;
  negated: boolean;
  passive: boolean;
  progressive: boolean;
  perfect: boolean;
  /** The head is an infinitive ("to withdraw") or a bare form after a modal. */
  infinitive: boolean;
  /** The word governing an infinitive or gerund head ("decided" in "decided to withdraw"). */
  governor?: string;
  /** The governor states the action as begun or done. */
  factualGovernor: boolean;
}

/**
 * The verb group ending at `head`: auxiliaries, modals, negation and adverbs before it, within the sentence. Scans
 * at most `MAX_GROUP_TOKENS` tokens back, so it is constant time per trigger.
 */
export function verbGroup(ctx: ArticleContext, s: Sentence, head: number, depth = 0): VerbGroup {
  const g: VerbGroup = {
    first: head,
    head,
    negated: false,
    passive: false,
    progressive: false,
    perfect: false,
    infinitive: false,
    factualGovernor: false,
  };
  // A reading may ask for the verb group right after its last word, which at the end of a text is no token.
  if (head >= ctx.tokens.length) return g;
  const headWord = ctx.tokens[head]!.lower;
  let sawBe = false;
  let j = head - 1;
  for (; j >= s.first && j >= head - MAX_GROUP_TOKENS; j--) {
    const w = ctx.tokens[j]!.lower;
    if (BE.has(w)) {
      sawBe = true;
      if (w === 'been' || w === 'being') g.passive ||= !headWord.endsWith('ing');
    } else if (HAVE.has(w)) g.perfect = true;
    else if (MODALS.has(w)) {
      if (w === 'may' && ctx.tokens[j]!.cap) break;
      g.modal ??= w;
    } else if (NEGATIONS.has(w)) g.negated = true;
    else if (DO.has(w)) continue;
    // "was in turn abolished": the adverbial pair stands inside the group.
    else if (w === 'turn' && ctx.tokens[j - 1]?.lower === 'in') {
      j--;
    } else if (w === 'to') {
      g.infinitive = true;
      g.first = j;
      const governor = governorBefore(ctx, s, j);
      g.governor = governor === undefined ? undefined : ctx.tokens[governor]!.lower;
      g.factualGovernor =
        !!g.governor &&
        (FACTUAL_GOVERNORS.has(g.governor) ||
          (REPORTING_GOVERNORS.has(g.governor) && (g.perfect || (sawBe && headWord.endsWith('ing')))));
      // "would begin to withdraw": the governor's own modality and negation hold for the infinitive.
      if (governor !== undefined && governor < head && depth === 0) {
        const outer = verbGroup(ctx, s, governor, 1);
        g.modal ??= outer.modal;
        g.negated ||= outer.negated;
        // "Ukrainian forces were ordered to withdraw": an order the forces received, told as what they did.
        if (outer.passive && !outer.modal && ORDER_GOVERNORS.has(g.governor ?? '') && !deadlineAfter(ctx, s, head))
          g.factualGovernor = true;
      }
      return finish(g, sawBe, headWord);
    } else if (!GROUP_ADVERBS.has(w) && !(w.endsWith('ly') && w.length > 4 && !ctx.tokens[j]!.cap)) break;
    g.first = j;
  }
  if (g.modal && !sawBe && !HAVE.has(ctx.tokens[head - 1]?.lower ?? '')) g.infinitive = true;
  // "proposed that all occupation forces be withdrawn": a bare "be" is the mandative subjunctive, which, like a
  // modal, states no fact.
  if (!g.modal && ctx.tokens[g.first]!.lower === 'be' && g.first < head) g.modal = 'be';
  // "decided to end the mandate and begin a phased withdrawal": a bare verb after "and" shares the infinitive before.
  const shared = depth === 0 && g.first === head ? coordinatedInfinitive(ctx, s, head) : undefined;
  if (shared) {
    g.infinitive = true;
    g.governor = shared.governor;
    g.factualGovernor = shared.factualGovernor;
    g.modal ??= shared.modal;
    g.negated ||= shared.negated;
    return g;
  }
  if (headWord.endsWith('ing') && !sawBe) {
    // "approved on Wednesday sending troops": a date between the governor and its gerund is no governor.
    let k = g.first - 1;
    while (k > s.first && ctx.inDate[k]) k--;
    if (k < g.first - 1 && DATE_PREPOSITIONS.has(ctx.tokens[k]!.lower)) k--;
    const governorAt = k < g.first - 1 && k >= s.first ? k : g.first - 1;
    const before = ctx.tokens[governorAt]?.lower ?? '';
    g.governor = before;
    g.factualGovernor = FACTUAL_GOVERNORS.has(before) || FACTUAL_GERUND_PREPOSITIONS.has(before);
    // "would begin leaving Afghanistan": a governing verb's own modality and negation hold for its gerund.
    if (FACTUAL_GOVERNORS.has(before) && governorAt >= s.first && depth === 0) {
      const outer = verbGroup(ctx, s, governorAt, 1);
      g.modal ??= outer.modal;
      g.negated ||= outer.negated;
      // "is to begin pulling its troops out": a governor in the "be to" of a schedule states no start.
      if (outer.infinitive && beTo(ctx, outer.first)) g.factualGovernor = false;
    }
  }
  return finish(g, sawBe, headWord);
}

/** Prepositions that open a date ("on Wednesday", "in May"). */
export const DATE_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'in']);

/** Whether the "to" at `to` follows a form of "be" ("is to begin"): a schedule or plan, not a fact. */
function beTo(ctx: ArticleContext, to: number): boolean {
  return ctx.tokens[to]?.lower === 'to' && BE.has(ctx.tokens[to - 1]?.lower ?? '');
}

/** How far back from "and" the infinitive it coordinates with may stand ("to end the mandate of its force and"). */
const COORDINATED_INFINITIVE_REACH = 24;
/** Past forms with no "-ed" that a bare verb after "and" may be ("decided to stay and left"). */
const IRREGULAR_PAST = new Set(
  `began left sent withdrew took went came flew drove fled rode led brought fought met kept held put set won lost
  stood got gave made ran saw told`.split(/\s+/),
);

/** The group of the infinitive a bare verb after "and" at `head` coordinates with, else undefined. */
function coordinatedInfinitive(ctx: ArticleContext, s: Sentence, head: number): VerbGroup | undefined {
  const w = ctx.tokens[head]!.lower;
  if (ctx.tokens[head - 1]?.lower !== 'and' || /(?:ed|s|ing)$/.test(w) || IRREGULAR_PAST.has(w)) return undefined;
  for (let j = head - 2; j > s.first && j >= head - COORDINATED_INFINITIVE_REACH; j--) {
    const t = ctx.tokens[j]!;
    if (t.kind === 'punct' && t.text !== ',') return undefined;
    if (t.lower === 'to' && ctx.tokens[j + 1]?.kind === 'word') {
      const earlier = verbGroup(ctx, s, j + 1, 1);
      return earlier.infinitive ? earlier : undefined;
    }
    // "France will withdraw its ambassador and pull its troops out": the modal before holds for both verbs.
    if (MODALS.has(t.lower) && ctx.tokens[j + 1]?.kind === 'word') {
      const earlier = verbGroup(ctx, s, j + 1, 1);
      return earlier.modal ? earlier : undefined;
    }
  }
  return undefined;
}

function finish(g: VerbGroup, sawBe: boolean, headWord: string): VerbGroup {
  if (sawBe && headWord.endsWith('ing')) g.progressive = true;
  else if (sawBe) g.passive = true;
  return g;
}

/** The word before an infinitive's "to", skipping an object ("ordered the troops to withdraw"). */
function governorBefore(ctx: ArticleContext, s: Sentence, to: number): number | undefined {
  for (let j = to - 1; j >= s.first && j >= to - MAX_OBJECT_TOKENS; j--) {
    const t = ctx.tokens[j]!;
    if (t.kind === 'punct') return undefined;
    // "voted down a bill to dissolve parliament": a proposal's infinitive is what it proposes, whatever befell it.
    if (PROPOSAL_NOUNS.has(t.lower)) return j;
    if (FACTUAL_GOVERNORS.has(t.lower) || GOVERNING_VERB.test(t.lower)) return j;
  }
  return to - 1 >= s.first ? to - 1 : undefined;
}

/** Nouns of a proposal, whose infinitive is only proposed ("a bill to dissolve", "a motion to disband"). */
const PROPOSAL_NOUNS = set('bill bills motion motions proposal proposals draft petition referendum initiative');

/** Words that look like a finite verb governing an infinitive: past forms, third person, a few bare verbs. */
const GOVERNING_VERB =
  /^(?:[a-z]+ed|plan|plans|want|wants|agree|agrees|decide|decides|intend|intends|hope|hopes|seek|seeks|sought|set|due|going|able|ready|about|expected|likely|poised)$/;

/** How far back a verb group and an infinitive's object may reach. */
const MAX_GROUP_TOKENS = 6;
const MAX_OBJECT_TOKENS = 6;

/** The group states a fact that has happened or is under way (past, perfect, progressive, or a factual governor). */
/** Prepositions after which a participle can only describe the noun that follows ("across occupied Europe"). */
const PARTICIPLE_ADJECTIVE_PREPOSITIONS = set('in into from across throughout within through over of');

/** Whether the participle at t describes a noun after a preposition ("from across occupied Europe"): no act is told. */
export function adjectiveAfterPreposition(ctx: ArticleContext, t: number): boolean {
  return ctx.tokens[t]!.lower.endsWith('ed') && PARTICIPLE_ADJECTIVE_PREPOSITIONS.has(ctx.tokens[t - 1]?.lower ?? '');
}

/** The articles. */
export const ARTICLES = set('a an the');

/** "a move critics said …", "a navy ship": a verb's form right after an article is a noun (not an "-ing" gerund). */
export function nounAfterArticle(ctx: ArticleContext, t: number): boolean {
  return ARTICLES.has(ctx.tokens[t - 1]?.lower ?? '') && !ctx.tokens[t]!.lower.endsWith('ing');
}

/**
 * Words after which a participle describes the noun that follows ("the dissolved chamber", "its disbanded army",
 * "Saddam Hussein's disbanded army").
 */
const PARTICIPLE_DETERMINERS = set("the a an its their now 's ’s");
/** Adverbs joined to a participle by a hyphen that make it an adjective ("the now-disbanded KLA"). */
const HYPHENED_TIME_WORDS = set('now since long recently newly');

/** Whether the participle at t is an adjective: after a determiner, or hyphened to "now"/"since" ("now-disbanded"). */
export function adjectivalParticiple(ctx: ArticleContext, t: number): boolean {
  const prev = ctx.tokens[t - 1]?.lower ?? '';
  if (PARTICIPLE_DETERMINERS.has(prev)) return true;
  return prev === '-' && HYPHENED_TIME_WORDS.has(ctx.tokens[t - 2]?.lower ?? '');
}

export function statesFact(g: VerbGroup): boolean {
  if (g.negated) return false;
  if (g.infinitive) return g.factualGovernor && !g.modal;
  if (g.modal) return false;
  if (g.governor !== undefined && !g.progressive && !g.passive && !g.perfect) return g.factualGovernor;
  return true;
}

/** Words that may stand between a subject named in a list and its verb ("of 20 August 1946", "later"). */
const SUBJECT_TRAILERS = set('of on in');

/**
 * Whether a verb follows the name ending at `end`, past its dates and adverbs: "…, and Law No. 34 of 20 August 1946
 * formally dissolved the army" names a new clause's subject, not another item of the list before it.
 */
export function verbFollowsName(ctx: ArticleContext, s: Sentence, end: number): boolean {
  let j = end;
  while (
    j < s.last &&
    (ctx.inDate[j] ||
      (SUBJECT_TRAILERS.has(ctx.tokens[j]!.lower) && ctx.inDate[j + 1]) ||
      GROUP_ADVERBS.has(ctx.tokens[j]!.lower))
  )
    j++;
  const t = ctx.tokens[j];
  return !!t && t.kind === 'word' && !t.cap && posOf(t.lower) === 'verb';
}
