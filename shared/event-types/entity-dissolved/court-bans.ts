import type { Candidate } from '../../extract/candidate.ts';
import { clauseBlocked } from '../../extract/clauses/blockers.ts';
import { entityAt } from '../../extract/clauses/entities.ts';
import { properNameAt, spanText } from '../../extract/clauses/phrases.ts';
import { statesFact, verbGroup } from '../../extract/clauses/verb-group.ts';
import type { ArticleContext } from '../../extract/context.ts';
import { wordClassOf } from '../../extract/lexicon.ts';
import { lowerAt } from '../../extract/slots.ts';
import type { Sentence } from '../../extract/text/tokens.ts';
import { wordSet as set } from '../../extract/word-set.ts';
import { clauseDissolution } from './clause-finder.ts';

/** Verbs of a ban. */
const BAN_VERBS = set('banned outlawed proscribed bans outlaws proscribes');
/** The ban verbs as a word class (a per-token flag, no set lookups in the scan). */
const BAN_CLASS = wordClassOf(BAN_VERBS);
/**
 * Bodies whose ban is a decision that ends a party or union: courts and legislatures. A government's ban under an
 * emergency law is left alone (labellers hold it optional at most).
 */
const BANNING_BODIES = set('court tribunal parliament legislature sejm duma rada knesset congress judges');
/** Heads of what a ban can end: parties, unions and movements (not people, books or imports). */
const BANNED_HEADS = set(`party parties union unions organization organisation movement front league association
  federation confederation`);
/** How far before the verb the deciding body may be named ("Turkey's Constitutional Court on Friday banned"). */
const BANNER_REACH = 12;
/** How many words an appositive may take before its head ("Solidarity, the first independent trade union"). */
const APPOSITIVE_WORDS = 6;
/** Words that end the stretch in which the deciding body is looked for. */
const CLAUSE_BREAKS = set('; : which who that and but');

/**
 * "Turkey's Constitutional Court on Friday banned the Welfare Party", "Poland's parliament outlawed Solidarity, the
 * first independent trade union": a court's or legislature's ban of a named party, union or movement dissolves it.
 * "banned the party's leaders from politics" names people, and "banned X from contesting" restricts X: neither is read.
 */
export function findCourtBans(ctx: ArticleContext): Candidate[] {
  const out: Candidate[] = [];
  for (const s of ctx.sentences) {
    // Only sentences that hold a ban word are read, token by token.
    if (!(ctx.sentenceClass[s.index]! & BAN_CLASS)) continue;
    for (let t = s.first; t < s.last; t++) {
      if (!(ctx.wordClass[t]! & BAN_CLASS)) continue;
      const group = verbGroup(ctx, s, t);
      if (group.passive || !statesFact(group) || clauseBlocked(ctx, s, group.first)) continue;
      if (!bannedByDecidingBody(ctx, s, group.first)) continue;
      const name = bannedBody(ctx, s, t + 1);
      if (!name) continue;
      out.push(clauseDissolution(ctx, s, t, name));
    }
  }
  return out;
}

function bannedByDecidingBody(ctx: ArticleContext, s: Sentence, verb: number): boolean {
  for (let j = verb - 1; j >= s.first && j >= verb - BANNER_REACH; j--) {
    const w = lowerAt(ctx, j);
    if (CLAUSE_BREAKS.has(w)) return false;
    if (BANNING_BODIES.has(w)) return true;
  }
  return false;
}

/** The named party, union or movement banned, its name's head or its appositive's head saying what it is. */
function bannedBody(ctx: ArticleContext, s: Sentence, at: number): string | undefined {
  const entity = entityAt(ctx, s, at);
  let name: string | undefined;
  let last: number;
  if (entity) {
    name = entity.name;
    last = entity.last;
  } else {
    const first = lowerAt(ctx, at) === 'the' ? at + 1 : at;
    const proper = ctx.tokens[first]?.cap ? properNameAt(ctx, first, s.last) : undefined;
    if (!proper) return undefined;
    name = spanText(ctx, proper.first, proper.last);
    last = proper.last;
  }
  // "the pro-Kremlin Opposition Platform – For Life party": a lower-case head after the name.
  const head = lowerAt(ctx, last);
  if (BANNED_HEADS.has(head)) return lowerAt(ctx, last + 1) === 'from' ? undefined : name;
  if (lowerAt(ctx, last) === 'from') return undefined;
  const words = name.toLowerCase().split(/\s+/);
  if (BANNED_HEADS.has(words[words.length - 1]!)) return name;
  // "Solidarity, the first independent trade union in the Soviet bloc": the appositive says what the name is.
  if (lowerAt(ctx, last) !== ',') return undefined;
  for (let j = last + 1; j < s.last && j <= last + APPOSITIVE_WORDS; j++) {
    if (BANNED_HEADS.has(lowerAt(ctx, j))) return name;
    if (ctx.tokens[j]!.kind === 'punct') break;
  }
  return undefined;
}
