import type { Candidate } from '../../extract/candidate.ts';
import type { ArticleContext } from '../../extract/context.ts';
import { actorOf, isComplement, lowerAt, mentionAtToken, mentionsIn, type NamedRef } from '../../extract/slots.ts';
import type { Sentence } from '../../extract/text/tokens.ts';
import { FORCE_NOUNS } from '../../extract/lexicon.ts';
import { wordSet as set } from '../../extract/word-set.ts';

/** Words that open a commander's title after "under" ("under Major General X", "under Commodore Y"). */
const COMMANDER_TITLES = set('general admiral commodore colonel marshal brigadier major lieutenant captain rear vice');
/** Lower-case particles inside a commander's name ("under Major General Karl von der Heide"). */
const NAME_PARTICLES = set('von der de van da di du');
/** How many tokens a commander's title and name may take ("Major General Nelson A. Miles"). */
const COMMANDER_NAME_TOKENS = 8;
/** Heads of bodies a commander leads that are no state's forces ("rebels under Colonel X"). */
const IRREGULAR_FORCES = set('rebels fighters militia militias insurgents guerrillas militants mercenaries volunteers');
/** Head nouns of a named formation ("Fifth Army Corps", "Asiatic Squadron"). */
const FORMATION_HEADS = set('corps army division regiment brigade battalion squadron fleet detachment flotilla');
/** How many capitalized words a commander's formation may take after the possessive ("Fifth Army Corps"). */
const FORMATION_WORDS = 4;
/** How long an insertion set off by commas before the verb may be (", nearly 17,000 strong,"). */
const INSERTION_REACH = 6;
/** Verbs that govern an arrival right after its subject ("began landing"). */
const GOVERNING_VERBS = set('began begin begins started start starts');
/** How far before a commanded force its sentence's state may stand ("France undertook to send …, and a corps …"). */
const SENDER_REACH = 40;
/** How many sentences back a deployment read before may give a commanded force's state. */
const SENDER_SENTENCES = 3;

/**
 * The head of a subject that names its forces only by their commander, right before the verb group at `group`, or -1:
 * "an expedition under Major General X landed", "…, some 10,000 men under General Y, landed", "General Z's Fifth
 * Army Corps, nearly 17,000 strong, began landing".
 */
export function commandedForceBefore(ctx: ArticleContext, s: Sentence, group: number): number {
  // "… Fifth Army Corps began landing": the verb that governs the trigger stands before it.
  const verb = GOVERNING_VERBS.has(lowerAt(ctx, group - 1)) ? group - 1 : group;
  const end = lowerAt(ctx, verb - 1) === ',' ? verb - 2 : verb - 1;
  const under = underCommander(ctx, s, end);
  if (under >= 0) return under;
  if (end === verb - 1) return commandersFormation(ctx, s, end);
  // An insertion set off by commas between the formation and its verb (", nearly 17,000 strong,").
  for (let j = end; j > s.first && j >= end - INSERTION_REACH; j--)
    if (lowerAt(ctx, j) === ',') return commandersFormation(ctx, s, j - 1);
  return -1;
}

/** "… under Major General X" ending at `end`: the head of the phrase before "under", or -1. */
function underCommander(ctx: ArticleContext, s: Sentence, end: number): number {
  let j = end;
  while (j > s.first && j >= end - COMMANDER_NAME_TOKENS) {
    const tok = ctx.tokens[j]!;
    if (tok.cap || tok.text === '.' || tok.text === '-' || NAME_PARTICLES.has(tok.lower)) j--;
    else break;
  }
  if (j === end || lowerAt(ctx, j) !== 'under') return -1;
  if (!ctx.tokens[j + 1]!.cap || !COMMANDER_TITLES.has(lowerAt(ctx, j + 1))) return -1;
  const head = j - 1;
  const tok = ctx.tokens[head];
  return tok && tok.kind === 'word' && !tok.cap && !IRREGULAR_FORCES.has(tok.lower) ? head : -1;
}

/** "Shafter's Fifth Army Corps" ending at `end`: a formation owned by a name that is no actor; its head, or -1. */
function commandersFormation(ctx: ArticleContext, s: Sentence, end: number): number {
  if (!FORMATION_HEADS.has(lowerAt(ctx, end)) || !ctx.tokens[end]!.cap) return -1;
  for (let j = end - 1; j > s.first && j >= end - FORMATION_WORDS; j--) {
    const w = lowerAt(ctx, j);
    if (w === "'s" || w === '’s') {
      const name = ctx.tokens[j - 1]!;
      const m = mentionAtToken(ctx, j - 1);
      return name.cap && name.kind === 'word' && (!m || !actorOf(m.entry)) ? end : -1;
    }
    if (!ctx.tokens[j]!.cap) return -1;
  }
  return -1;
}

/**
 * The state a commanded force at `head` belongs to: a state named earlier in its sentence as a subject or with forces
 * ("France undertook to send a land force, and an expeditionary corps under General X landed"), else the actor of the
 * deployment read last before it within a few sentences; undefined where neither is found.
 */
export function commandersSender(
  ctx: ArticleContext,
  s: Sentence,
  head: number,
  earlier: readonly Candidate[],
): NamedRef | undefined {
  const named = mentionsIn(ctx, Math.max(s.first, head - SENDER_REACH), head).reverse();
  for (const m of named) {
    if (m.entry.kind !== 'state' && m.entry.kind !== 'demonym') continue;
    const forces = FORCE_NOUNS.has(lowerAt(ctx, m.last));
    if (isComplement(ctx, m) && !forces) continue;
    if (m.entry.kind === 'demonym' && !forces) continue;
    const actor = actorOf(m.entry);
    if (actor?.code) return actor;
  }
  for (let k = earlier.length - 1; k >= 0; k--) {
    const c = earlier[k]!;
    if (c.type !== 'DeploymentAnnounced' || s.index - c.sentence > SENDER_SENTENCES) break;
    if (c.actor?.code) return c.actor;
  }
  return undefined;
}
