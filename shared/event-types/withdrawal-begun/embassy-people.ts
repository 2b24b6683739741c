import type { ArticleContext } from '../../extract/context.ts';
import { lowerAt } from '../../extract/slots.ts';
import type { Sentence } from '../../extract/text/tokens.ts';
import { wordSet as set } from '../../extract/word-set.ts';

/** Nouns of a diplomatic mission whose people are staff, not forces. */
const DIPLOMATIC_MISSIONS = set('embassy embassies legation legations consulate consulates');
/** Words that open the clause describing a subject ("the 30 Libyans who had been …"). */
const RELATIVES = set('who whom that');
/** How far after the subject's name its describing clause may run before the verb. */
const SUBJECT_CLAUSE_REACH = 32;

/**
 * Whether the words from the subject's name (ending before `from`) to its verb group (at `verb`) describe its people
 * as being in a diplomatic mission: "The 30 Libyans who had been holed up in their country's embassy … were flown
 * out". A subject with no describing clause ("the surviving Libyans were flown out") is left to the forces' reading.
 */
export function embassyPeople(ctx: ArticleContext, s: Sentence, from: number, verb: number): boolean {
  if (verb - from > SUBJECT_CLAUSE_REACH || !RELATIVES.has(lowerAt(ctx, from))) return false;
  for (let j = from + 1; j < verb && j < s.last; j++) if (DIPLOMATIC_MISSIONS.has(lowerAt(ctx, j))) return true;
  return false;
}
