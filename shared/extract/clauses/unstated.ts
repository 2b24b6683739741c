import type { ArticleContext } from '../context.ts';
import { lowerAt } from '../slots.ts';
import type { Sentence } from '../text/tokens.ts';
import { wordSet as set } from '../word-set.ts';

// Sentences that state nothing as fact, whatever their verbs say: questions, counterfactuals, reports the sentence
// itself rejects, and plans it says were called off.

/** Inverted conditionals that open a sentence ("Had the Allies landed …", "Were Turkey to invade …"). */
const INVERTED_CONDITIONALS = set('had were should');
/** Nouns whose "that" clause is a report, not a statement of fact ("Reports that Chinese troops had entered …"). */
const REPORT_NOUNS = set('reports report claims claim rumours rumors rumour rumor allegations allegation suggestions');
/** Verbs and judgements by which a sentence rejects what it reports ("… were denied", "… was false"). */
const REJECTIONS = set(
  `denied dismissed rejected refuted disputed false untrue baseless unfounded groundless fabricated fabrication fake
  provocation propaganda disinformation hoax lies`,
);
/** Verbs by which a sentence says a plan did not go ahead. */
const CANCELLATIONS = set(
  'cancelled canceled scrapped rescinded abandoned shelved aborted failed defeated vetoed blocked dropped',
);
const REFERRING = set('the this that its');
/** Nouns of a plan that a cancellation names ("the operation was cancelled", "the order was rescinded"). */
const PLAN_NOUNS = set(
  'operation plan plans order orders deployment mission proposal decision idea motion vote bill resolution measure',
);

/** Whether the sentence states nothing as fact (see above). */
export function statesNothing(ctx: ArticleContext, s: Sentence | undefined): boolean {
  if (!s || s.last <= s.first) return false;
  return (
    isQuestion(ctx, s) ||
    invertedConditional(ctx, s) ||
    rejectedReport(ctx, s) ||
    calledOff(ctx, s) ||
    haltedMove(ctx, s)
  );
}

/** "Last Russian troops leave Transdniestria?" */
function isQuestion(ctx: ArticleContext, s: Sentence): boolean {
  return ctx.tokens[s.last - 1]!.text === '?';
}

/** "Had the Allies landed in the Balkans, the war might have ended sooner." */
function invertedConditional(ctx: ArticleContext, s: Sentence): boolean {
  const first = ctx.tokens[s.first]!;
  if (!first.cap || !INVERTED_CONDITIONALS.has(first.lower)) return false;
  const next = ctx.tokens[s.first + 1];
  // "Were deployed …" is not an inversion; a subject follows an inverted auxiliary.
  return !!next && (next.cap || next.lower === 'the' || next.lower === 'it' || next.lower === 'they');
}

/** "Reports that Chinese troops had entered Ladakh were denied by Beijing." */
function rejectedReport(ctx: ArticleContext, s: Sentence): boolean {
  let report = false;
  for (let j = s.first; j < s.last; j++) {
    const w = lowerAt(ctx, j);
    if (REPORT_NOUNS.has(w) && lowerAt(ctx, j + 1) === 'that') report = true;
    else if (report && REJECTIONS.has(w)) return true;
  }
  return false;
}

/** "…planned to send 20,000 troops to Somalia, but the operation was cancelled", "…, but the motion failed". */
function calledOff(ctx: ArticleContext, s: Sentence): boolean {
  let but = false;
  let plan = false;
  for (let j = s.first; j < s.last; j++) {
    const w = lowerAt(ctx, j);
    if (w === 'but') but = true;
    // "but the operation was cancelled" refers back; "but plans to leave Basra were shelved" is another plan.
    else if (but && PLAN_NOUNS.has(w) && REFERRING.has(lowerAt(ctx, j - 1))) plan = true;
    else if (but && plan && CANCELLATIONS.has(w)) return true;
    else if (but && w === 'called' && lowerAt(ctx, j + 1) === 'off') return true;
    // "voted to dissolve itself, but the motion fell short".
    else if (but && plan && w === 'fell' && lowerAt(ctx, j + 1) === 'short') return true;
  }
  return false;
}

/** Nouns of a move of forces, or of the vote on one, that a halt can stop before it happens. */
const MOVE_NOUNS = set('deployment deployments dispatch withdrawal pullout drawdown departure redeployment vote');
/** Nouns of a move out, which has begun by the time it can be suspended or halted ("suspended the withdrawal"). */
const LEAVING_NOUNS = set('withdrawal pullout drawdown departure');
/** Verbs that stop a move before it happens ("the deployment was postponed", "scrapped the dispatch"). */
const HALTS = set('postponed suspended halted froze frozen cancelled canceled scrapped shelved deferred');
/** Halts that stop a move already under way: a withdrawal suspended or halted had begun. */
const UNDER_WAY_HALTS = set('suspended halted froze frozen');
/** Whether `verb` halts the move its subject or object `move` names before it happens. */
const haltsBefore = (verb: string, move: string) =>
  HALTS.has(verb) && !(UNDER_WAY_HALTS.has(verb) && LEAVING_NOUNS.has(move));
/** Participles by which a move that is the subject is only talked about ("The withdrawal … was discussed"). */
const DELIBERATED = set('discussed debated considered proposed studied examined mooted floated');
/** Gerunds of a move that can open a sentence as its subject ("Sending troops to X is one option"). */
const MOVE_GERUNDS = set('sending deploying dispatching stationing withdrawing pulling');
/** Nouns of a choice, which a move the subject of "is" only may be ("is one option", "is not an option"). */
const OPTION_NOUNS = set('option options possibility choice alternative subject');
/** Words between "is" and a choice noun ("is not an option", "was the subject of debate"). */
const OPTION_LEAD = set('not an one a the only another still no longer');
/** How many words may stand between "is" and the choice noun. */
const OPTION_LEAD_TOKENS = 3;
/** Words between a halt and the move it stops ("suspended the planned dispatch of", "froze its withdrawal"). */
const MOVE_DETERMINERS = set('the its their his her a planned scheduled proposed announced promised');
/** How far into the sentence the move may open its subject ("The Senate vote on …"). */
const MOVE_SUBJECT_START = 3;
/** How far after the move's noun its verb may stand ("The deployment of 300 Swedish troops to Kosovo was postponed"). */
const MOVE_VERB_REACH = 20;
const BE_FORMS = set('is are was were been be');

/**
 * "Poland suspended the dispatch of its engineers to Ukraine", "The deployment of Swedish troops to Kosovo has been
 * postponed": a move stopped before it happens — object of a halt, or subject of a halt in the passive — is told only
 * as a plan. So is a move the subject of a verb of talk or of a choice: "The withdrawal … was discussed", "Sending
 * troops to X is one option", "… was the subject of heated debate".
 */
function haltedMove(ctx: ArticleContext, s: Sentence): boolean {
  for (let j = s.first; j < s.last; j++) {
    const w = lowerAt(ctx, j);
    if (HALTS.has(w)) {
      let k = j + 1;
      while (k < s.last && k <= j + 2 && MOVE_DETERMINERS.has(lowerAt(ctx, k))) k++;
      if (MOVE_NOUNS.has(lowerAt(ctx, k)) && haltsBefore(w, lowerAt(ctx, k))) return true;
    }
  }
  for (let j = s.first; j < s.last && j <= s.first + MOVE_SUBJECT_START; j++) {
    if (!MOVE_NOUNS.has(lowerAt(ctx, j)) && !(j === s.first && MOVE_GERUNDS.has(lowerAt(ctx, j)))) continue;
    for (let k = j + 1; k < s.last - 1 && k <= j + MOVE_VERB_REACH; k++) {
      const w = lowerAt(ctx, k);
      if (w === ';' || w === 'but') return false;
      if (!BE_FORMS.has(w)) continue;
      const next = lowerAt(ctx, k + 1);
      if (haltsBefore(next, lowerAt(ctx, j)) || DELIBERATED.has(next)) return true;
      // "Sending troops to X is one option", "The withdrawal … was the subject of heated debate".
      let o = k + 1;
      while (o < s.last && o <= k + OPTION_LEAD_TOKENS && OPTION_LEAD.has(lowerAt(ctx, o))) o++;
      if (OPTION_NOUNS.has(lowerAt(ctx, o))) return true;
      // The subject's own verb is the first "is"/"was" after it.
      break;
    }
  }
  return false;
}
