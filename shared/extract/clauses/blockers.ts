import type { ArticleContext } from '../context.ts';
import {
  grantedRequest,
  insideName,
  lowerAt,
  mainClauseStart,
  opensCoordinateClause,
  ruledOut,
  supportVoiced,
} from '../slots.ts';
import type { Sentence } from '../text/tokens.ts';
import { wordSet as set } from '../word-set.ts';
import { wordClassOf } from '../lexicon.ts';

/** Words earlier in the clause that make what follows not a fact: conditions, plans, calls, denials, threats. */
const CLAUSE_BLOCKERS = set(`if unless whether lest plan plans planned planning proposal proposed proposes propose
  call calls called calling urge urged urges demand demanded demands threaten threatened threatens refuse refused
  refuses deny denied denies rejected hope hoped expect expects expected predict predicts predicted anticipate
  anticipates anticipated forecast forecasts possible possibility option considering considered
  consider weighing mulling discuss discussed discusses discussing debated debating rumours rumors unlikely unclear uncertain ready willing prepared offered offer intention intends intended
  readiness willingness
  prepare prepares preparing alert
  instead rather proposing demanding calling urging threatening suggesting suggest suggested suggests
  recommending recommended advocating none neither nor not never no declined declines refrained refrain refrains
  accused accuses accuse accusing alleged alleges allegedly favoured favored favours favors supposed contemplated
  contemplates contemplating worried worry worries feared fear fears foreshadowed foreshadow foreshadows`);
/** Words that end the clause a trigger's modifiers come from. */
const CLAUSE_BOUNDARIES = set('; : ( ) " “ ” but while whereas although though because since after when which who');

const CLAUSE_BLOCKER_CLASS = wordClassOf(CLAUSE_BLOCKERS);
const CLAUSE_BOUNDARY_CLASS = wordClassOf(CLAUSE_BOUNDARIES);

/** How far back in a clause a blocker may stand. */
const MAX_CLAUSE_TOKENS = 14;

/** A blocker between the clause start and token `from` (the first token of the trigger's verb group). */
export function clauseBlocked(ctx: ArticleContext, s: Sentence, from: number): string | undefined {
  // "Citing … the possibility of a takeover, Johnson ordered": a fronted clause's words are not the main clause's.
  const floor = mainClauseStart(ctx, s.first, from);
  for (let j = from - 1; j >= floor && j >= from - MAX_CLAUSE_TOKENS; j--) {
    const w = lowerAt(ctx, j);
    if (ctx.wordClass[j]! & CLAUSE_BOUNDARY_CLASS || opensCoordinateClause(ctx, j)) return undefined;
    // "X, which won an election the junta never honored, boycotted the vote and was dissolved": a relative clause
    // set off by commas belongs to the subject, not to the main clause.
    if (w === ',' && closesRelative(ctx, s, j)) return undefined;
    if (ruledOut(ctx, j) || supportVoiced(ctx, j)) return w;
    // "stopped short of announcing the disbandment": what it fell short of did not happen.
    if (w === 'short' && lowerAt(ctx, j + 1) === 'of') return w;
    if (ctx.wordClass[j]! & CLAUSE_BLOCKER_CLASS && !insideName(ctx, j)) {
      // "called" as in "a group called X"; "no longer".
      if (w === 'called' && ctx.tokens[j + 1]?.cap) continue;
      if (w === 'no' && lowerAt(ctx, j + 1) === 'longer') continue;
      if (grantedRequest(ctx, j)) continue;
      if (w === 'feared' && attributiveAt(ctx, j)) continue;
      return w;
    }
  }
  return undefined;
}

/** Words before which "feared" modifies a noun ("the feared agency", "its much feared police"). */
const ATTRIBUTIVE_OPENERS = set('the a an its their his her our this these those');
/** Adverbs that may stand between such a word and the participle ("the much feared agency"). */
const DEGREE_ADVERBS = set('much most once widely long');

/**
 * "X, the feared agency blamed for …, was abolished": a participle after a determiner modifies the noun after it; no
 * one fears what the clause reports.
 */
function attributiveAt(ctx: ArticleContext, j: number): boolean {
  const before = DEGREE_ADVERBS.has(lowerAt(ctx, j - 1)) ? j - 2 : j - 1;
  return ATTRIBUTIVE_OPENERS.has(lowerAt(ctx, before));
}

/** Pronouns that open a relative clause set off after a name (", which …,"). */
const RELATIVE_OPENERS = set('which who');

/** Whether the comma at `comma` closes a relative clause opened by ", which" or ", who" with no other comma between. */
function closesRelative(ctx: ArticleContext, s: Sentence, comma: number): boolean {
  for (let k = comma - 1; k > s.first && k >= comma - MAX_CLAUSE_TOKENS; k--) {
    if (RELATIVE_OPENERS.has(lowerAt(ctx, k))) return lowerAt(ctx, k - 1) === ',';
    if (ctx.tokens[k]!.kind === 'punct' && lowerAt(ctx, k) !== "'s" && lowerAt(ctx, k) !== '’s') return false;
  }
  return false;
}

/**
 * Modals that make a verbal noun or gerund subject before them a hypothesis ("the deployment … could be carried out",
 * "sending troops cannot be ruled out"; "ca" is the first token of "can't").
 */
const HYPOTHETICAL_MODALS = set('could might may would should can cannot ca');
/** Words that end the clause a verbal noun's own verb stands in. */
const NOUN_CLAUSE_END = set('; : but while whereas although though because');

/** A verbal noun at t whose clause goes on with a hypothetical modal: "the deployment … could be carried out". */
export function hypotheticalAfter(ctx: ArticleContext, s: Sentence, t: number): boolean {
  for (let j = t + 1; j < s.last && j <= t + MAX_CLAUSE_TOKENS; j++) {
    const w = lowerAt(ctx, j);
    if (NOUN_CLAUSE_END.has(w)) return false;
    if (HYPOTHETICAL_MODALS.has(w)) return true;
  }
  return false;
}

/** Words after which a gerund opens its clause as the subject ("said that sending troops could …", "said sending …"). */
const GERUND_SUBJECT_OPENERS = set('that , ; : whether said says say told');

/** A gerund at t that is the subject of its clause, not the object of a verb before it ("began sending"). */
export function gerundSubject(ctx: ArticleContext, s: Sentence, t: number): boolean {
  if (!lowerAt(ctx, t).endsWith('ing')) return false;
  return t === s.first || GERUND_SUBJECT_OPENERS.has(lowerAt(ctx, t - 1));
}

/** Subordinators after which a present-tense verb is still to come ("before the Knesset is dissolved"). */
const PENDING_SUBORDINATORS = set('before until unless once');
const PRESENT_AUXILIARIES = set('is are be gets get');

/**
 * "… three further votes before the Knesset is formally dissolved": in a clause opened by "before"/"until", a verb
 * group in the present tense has not happened yet (in the past tense it has: "before it was dissolved in 1991").
 */
export function pendingClause(ctx: ArticleContext, s: Sentence, groupFirst: number, head: number): boolean {
  let present = false;
  for (let j = groupFirst; j < head; j++) if (PRESENT_AUXILIARIES.has(lowerAt(ctx, j))) present = true;
  if (!present) return false;
  for (let j = groupFirst - 1; j >= s.first && j >= groupFirst - MAX_CLAUSE_TOKENS; j--) {
    const w = lowerAt(ctx, j);
    if (CLAUSE_BOUNDARIES.has(w)) return false;
    if (PENDING_SUBORDINATORS.has(w)) return true;
  }
  return false;
}

/** How far after a trigger a turning "but" is looked for (a window, so long sentences stay linear). */
const CONTRAST_REACH = 40;

/** "entered Svatove but were stopped": a "but" after the trigger turns what it reports back. */
export function contrastAfter(ctx: ArticleContext, s: Sentence, t: number): boolean {
  for (let j = t + 1; j < s.last && j <= t + CONTRAST_REACH; j++) if (lowerAt(ctx, j) === 'but') return true;
  return false;
}

/** "voted against sending troops": a gerund trigger opposed, not decided. */
export function opposedGerund(ctx: ArticleContext, t: number): boolean {
  return lowerAt(ctx, t).endsWith('ing') && lowerAt(ctx, t - 1) === 'against';
}

/** Infinitives by which forces are told to leave where they stand ("to come home", "to withdraw"), or to shrink there. */
const LEAVE_INFINITIVES = set('return come withdraw leave pull depart evacuate cut reduce halve');
/** Infinitives of starting, before a gerund of leaving ("to begin withdrawing", "to start pulling out"). */
const START_INFINITIVES = set('begin start commence');
/** Gerunds by which forces are told to start leaving ("to begin withdrawing"). */
const LEAVE_GERUNDS = set('withdrawing leaving pulling departing evacuating returning');
/** Participles of a passive infinitive by which forces are told to leave ("to be brought home", "to be withdrawn"). */
const LEAVE_PARTICIPLES = set('brought withdrawn pulled recalled repatriated evacuated returned');
/** Nouns of leaving that an order may have as its object ("ordered the withdrawal of …"). */
const LEAVE_NOUNS = set('withdrawal pullout drawdown departure evacuation repatriation');
/** How far after an order its "to leave" may stand ("ordered the country's 1,300 soldiers in Iraq to come home"). */
const ORDERED_LEAVE_REACH = 10;

/**
 * "ordered the 1,300 soldiers in Iraq to come home", "ordered the withdrawal of the troops in Syria", "ordered the
 * Pentagon to cut the number of troops in Germany": an order at t whose forces are told to leave or shrink, not sent.
 */
export function orderedToLeave(ctx: ArticleContext, s: Sentence, t: number): boolean {
  for (let j = t + 1; j < s.last - 1 && j <= t + ORDERED_LEAVE_REACH; j++) {
    const w = lowerAt(ctx, j);
    if (w === ',' || w === ';') return false;
    if (w === 'to' && LEAVE_INFINITIVES.has(lowerAt(ctx, j + 1))) return true;
    // "ordered Russian troops to begin withdrawing to the left bank": told to start leaving.
    if (w === 'to' && START_INFINITIVES.has(lowerAt(ctx, j + 1)) && LEAVE_GERUNDS.has(lowerAt(ctx, j + 2))) return true;
    // "ordered Spanish troops in Iraq to be brought home".
    if (w === 'to' && lowerAt(ctx, j + 1) === 'be' && LEAVE_PARTICIPLES.has(lowerAt(ctx, j + 2))) return true;
    // "ordered a deliberate withdrawal of the 1,000 U.S. troops in northern Syria".
    if (LEAVE_NOUNS.has(w)) return true;
  }
  return false;
}
