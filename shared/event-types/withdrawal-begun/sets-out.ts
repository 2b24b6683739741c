import type { Candidate } from '../../extract/candidate.ts';
import type { ArticleContext } from '../../extract/context.ts';
import { resolvePlace } from '../../extract/gazetteer/geo.ts';
import { gazetteer, lookupKey } from '../../extract/gazetteer/index.ts';
import { WORD_CLASS } from '../../extract/lexicon.ts';
import { DETERMINERS, lowerAt, mentionAtToken, mentionsIn, placeOf } from '../../extract/slots.ts';
import type { Sentence } from '../../extract/text/tokens.ts';
import { wordSet as set } from '../../extract/word-set.ts';

/** Words before where forces that leave are going ("left Accra for southern Lebanon", "bound for Mali"). */
const DESTINATION_WORDS = set('for to');
/** How far after the verb the destination may stand ("left Accra on Tuesday for southern Lebanon"). */
const DESTINATION_REACH = 8;
/** How far after "for"/"to" the destination's name may stand ("for southern Lebanon"). */
const DESTINATION_NAME_REACH = 3;

/** Words naming warships, whose leaving a home port is a voyage out. */
const SHIP_WORDS = set(
  'ship ships warship warships vessel vessels carrier destroyer destroyers frigate frigates fleet',
);
/** How far before the verb the ships may be named ("the amphibious assault ship USS Bataan …, which departed"). */
const SHIPS_REACH = 24;

/**
 * "About 870 Ghanaian soldiers left Accra on Tuesday for southern Lebanon": forces leaving a place of their own state
 * for a place abroad set out on a deployment; they withdraw from nothing.
 */
export function setsOutFromHome(ctx: ArticleContext, s: Sentence, t: number, c: Candidate): boolean {
  // "departed Joint Base Langley-Eustis, Va., en route to the Eastern Mediterranean": forces leaving a post the
  // gazetteer cannot place, on their way to somewhere, set out from it.
  if (c.location && !c.location.code && enRouteAfter(ctx, s, t)) return true;
  const code = c.actor?.code;
  if (!code || !c.location || placeCode(c.location.name, c.location.code) !== code) return false;
  // "USS Bataan …, which departed Norfolk, Va., July 10": warships leaving a port of their own state sail out.
  for (let j = Math.max(s.first, t - SHIPS_REACH); j < t; j++) if (SHIP_WORDS.has(lowerAt(ctx, j))) return true;
  for (let j = t + 1; j < s.last && j <= t + DESTINATION_REACH; j++) {
    const w = lowerAt(ctx, j);
    if (w === ';' || w === ',') break;
    if (!DESTINATION_WORDS.has(w)) continue;
    for (const m of mentionsIn(ctx, j + 1, Math.min(s.last, j + 1 + DESTINATION_NAME_REACH))) {
      const place = placeOf(m.entry);
      if (place?.code && place.code !== code) return true;
    }
  }
  // "… the first contingent had already left Kigali": a place of the forces' own state, other than the state itself,
  // left by forces the text sends abroad.
  return purposeAbroad(ctx, s, t, code) || (c.location.name !== c.actor!.name && deployedAbroad(ctx).has(code));
}

/** How far after the verb "en route" may stand, past the post's name and its division ("…, Va., en route to"). */
const EN_ROUTE_REACH = 12;

/** Whether "en route" follows the verb at t within its clause. */
function enRouteAfter(ctx: ArticleContext, s: Sentence, t: number): boolean {
  for (let j = t + 1; j < s.last - 1 && j <= t + EN_ROUTE_REACH; j++) {
    const w = lowerAt(ctx, j);
    if (w === ';') return false;
    if (w === 'en' && lowerAt(ctx, j + 1) === 'route') return true;
  }
  return false;
}

/** Last words of a facility named by the town it serves ("Aomori Airport", "Misawa Air Base"). */
const FACILITY_HEADS = set('airport airfield airbase base barracks');
/** Words between a town and its facility word that are part of the facility's name ("Misawa Air Base"). */
const FACILITY_MODIFIERS = set('air naval military international army');

/**
 * The state code of a place left: its own, or, for a facility the gazetteer does not know that is named by its town
 * ("Aomori Airport", "Misawa Air Base"), the code of that town.
 */
function placeCode(name: string, code: string | undefined): string | undefined {
  if (code) return code;
  const words = name.split(' ');
  let end = words.length - 1;
  if (end < 1 || !FACILITY_HEADS.has(words[end]!.toLowerCase())) return undefined;
  while (end > 1 && FACILITY_MODIFIERS.has(words[end - 1]!.toLowerCase())) end--;
  const town = words.slice(0, end).join(' ');
  return gazetteer().get(lookupKey(town))?.code ?? resolvePlace(town)?.code;
}

/** How far after its "to" a purpose clause may name the place abroad ("to relieve the battalion that has spent the
 * past six months with the United Nations peacekeeping force in south Lebanon"). */
const PURPOSE_REACH = 24;

/** Words before a place abroad that a purpose clause or a deployment names ("to relieve the battalion … in Lebanon"). */
const ABROAD_WORDS = set('to into in for');

/** Whether a place of another state than `code` stands after "to"/"into"/"in"/"for" in [from, to). */
function abroadIn(ctx: ArticleContext, from: number, to: number, code: string): boolean {
  for (const m of mentionsIn(ctx, from, to)) {
    const place = placeOf(m.entry);
    if (place?.code && place.code !== code && ABROAD_WORDS.has(lowerAt(ctx, m.first - 1))) return true;
  }
  return false;
}

/**
 * "flew out of Dublin airport this week to relieve the battalion … in south Lebanon": a purpose clause ("to" and a
 * verb) after the leaving, naming a place abroad before the clause ends, says where the forces set out to.
 */
function purposeAbroad(ctx: ArticleContext, s: Sentence, t: number, code: string): boolean {
  for (let j = t + 1; j < s.last - 1 && j <= t + DESTINATION_REACH; j++) {
    const w = lowerAt(ctx, j);
    if (w === ';') return false;
    const next = ctx.tokens[j + 1]!;
    if (w !== 'to' || next.kind !== 'word' || next.cap || DETERMINERS.has(next.lower) || mentionAtToken(ctx, j + 1))
      continue;
    let end = j + 2;
    while (end < s.last && end < j + PURPOSE_REACH && lowerAt(ctx, end) !== ';') end++;
    return abroadIn(ctx, j + 2, end, code);
  }
  return false;
}

/** The states, by code, that a deployment in the text sends abroad, computed once per article. */
const DEPLOYED_ABROAD = new WeakMap<ArticleContext, Set<string>>();

/**
 * "Rwanda has started deploying 1,000 soldiers to Mozambique": the states a deployment verb's nearest state or people
 * before it in the sentence sends to a place of another state after it. Two passes over each sentence: senders
 * forwards, then places abroad backwards (two distinct codes after a verb always hold one not the sender's).
 */
function deployedAbroad(ctx: ArticleContext): Set<string> {
  const known = DEPLOYED_ABROAD.get(ctx);
  if (known) return known;
  const codes = new Set<string>();
  DEPLOYED_ABROAD.set(ctx, codes);
  for (const s of ctx.sentences) {
    if (!(ctx.sentenceClass[s.index]! & WORD_CLASS.deploy)) continue;
    const sends: { at: number; sender: string }[] = [];
    const abroad: { at: number; code: string }[] = [];
    let sender: string | undefined;
    for (const m of mentionsIn(ctx, s.first, s.last)) {
      const place = placeOf(m.entry);
      if (place?.code && ABROAD_WORDS.has(lowerAt(ctx, m.first - 1))) abroad.push({ at: m.first, code: place.code });
    }
    for (let t = s.first; t < s.last; t++) {
      const m = mentionAtToken(ctx, t);
      if (m?.first === t && (m.entry.kind === 'state' || m.entry.kind === 'demonym')) sender = m.entry.code;
      if (ctx.wordClass[t]! & WORD_CLASS.deploy && sender) sends.push({ at: t, sender });
    }
    const after = new Set<string>();
    let k = abroad.length - 1;
    for (let i = sends.length - 1; i >= 0; i--) {
      const send = sends[i]!;
      for (; k >= 0 && abroad[k]!.at > send.at; k--) if (after.size < 2) after.add(abroad[k]!.code);
      if ([...after].some((code) => code !== send.sender)) codes.add(send.sender);
    }
  }
  return codes;
}
