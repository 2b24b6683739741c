import type { Candidate } from '../../extract/candidate.ts';
import { clauseBlocked } from '../../extract/clauses/blockers.ts';
import { dateNear } from '../../extract/clauses/dating.ts';
import { statesFact, verbGroup } from '../../extract/clauses/verb-group.ts';
import type { ArticleContext } from '../../extract/context.ts';
import { wordClassOf } from '../../extract/lexicon.ts';
import { actorOf, lowerAt, mentionAtToken, placeOf, type NamedRef } from '../../extract/slots.ts';
import type { Mention } from '../../extract/text/mentions.ts';
import type { Sentence } from '../../extract/text/tokens.ts';
import { wordSet as set } from '../../extract/word-set.ts';
import { placementCandidates } from '../placement.ts';

/** Verbs that bring a mission into being ("was established by Resolution 186", "the Council created MINUJUSTH"). */
const CREATE_VERBS = set('established created authorized authorised mandated');
/** The creating verbs as a word class: sentences without one are skipped whole. */
const CREATE_CLASS = wordClassOf(CREATE_VERBS);
/** Heads of a mission's own name ("United Nations Peacekeeping Force in Cyprus"). */
const MISSION_HEADS = set('mission force operation');
/** Lower-case words inside a mission's name ("Mission for Justice Support in Haiti"). */
const NAME_LINKS = set('for in of and the to');
/** How many tokens a mission's own name may take. */
const MISSION_NAME_TOKENS = 12;
/** How far from its verb the mission created may stand ("established, in Resolution 1590, UNMIS"). */
const MISSION_REACH = 4;

/**
 * "The United Nations Peacekeeping Force in Cyprus was established by Resolution 186 of 4 March 1964", "The
 * Security Council created UNMISS on 8 July 2011": a mission created for a place is its organization's deployment
 * there, dated by the decision.
 */
export function findMissionCreations(ctx: ArticleContext): Candidate[] {
  const out: Candidate[] = [];
  for (const s of ctx.sentences) {
    if (!(ctx.sentenceClass[s.index]! & CREATE_CLASS)) continue;
    for (let t = s.first; t < s.last; t++) {
      if (!(ctx.wordClass[t]! & CREATE_CLASS)) continue;
      const found = creationAt(ctx, s, t);
      if (found) out.push(...found);
    }
  }
  return out;
}

interface CreatedMission {
  actor: NamedRef;
  area: NamedRef;
}

function creationAt(ctx: ArticleContext, s: Sentence, t: number): Candidate[] | undefined {
  const group = verbGroup(ctx, s, t);
  if (!statesFact(group) || clauseBlocked(ctx, s, group.first)) return undefined;
  // "… was established by …": the mission is the subject; "… created UNMISS": it is the object.
  const mission = group.passive ? missionEndingBefore(ctx, s, group.first) : missionAfter(ctx, s, t);
  if (!mission) return undefined;
  return placementCandidates(
    'DeploymentAnnounced',
    s,
    { actors: [mission.actor] },
    [mission.area],
    creationDate(ctx, s, t),
  );
}

/**
 * The date of the creation: the stated date nearest the verb ("established UNMISS on 8 July 2011"), which the general
 * dating sets aside as a founding date, else the sentence's date as dating reads it.
 */
function creationDate(ctx: ArticleContext, s: Sentence, t: number): ReturnType<typeof dateNear> {
  let best: { value: string; dist: number } | undefined;
  for (const d of ctx.dates[s.index] ?? []) {
    const dist = d.first >= t ? d.first - t : t - d.last;
    if (!best || dist < best.dist) best = { value: d.value, dist };
  }
  return best ? { value: best.value, source: 'stated' } : dateNear(ctx, s, t);
}

function missionAfter(ctx: ArticleContext, s: Sentence, t: number): CreatedMission | undefined {
  for (let j = t + 1; j < s.last && j <= t + MISSION_REACH; j++) {
    const mission = missionAt(ctx, s, j);
    if (mission) return mission.created;
  }
  return undefined;
}

function missionEndingBefore(ctx: ArticleContext, s: Sentence, groupFirst: number): CreatedMission | undefined {
  for (let j = Math.max(s.first, groupFirst - MISSION_NAME_TOKENS); j < groupFirst; j++) {
    const mission = missionAt(ctx, s, j);
    if (mission && mission.end === groupFirst) return mission.created;
  }
  return undefined;
}

/** A mission starting at i: a known one with its area ("UNMISS"), or a name that holds its place. */
function missionAt(ctx: ArticleContext, s: Sentence, i: number): { created: CreatedMission; end: number } | undefined {
  const m = mentionAtToken(ctx, i);
  if (!m || m.first !== i) return undefined;
  if (m.entry.kind === 'org' && m.entry.area && m.entry.parentOrg) {
    const actor = actorOf(m.entry);
    return actor ? { created: { actor, area: m.entry.area }, end: m.last } : undefined;
  }
  if (m.entry.kind !== 'org') return undefined;
  return namedMission(ctx, s, m);
}

/** "United Nations Peacekeeping Force in Cyprus": an organization's name, a mission head, then the state it serves. */
function namedMission(
  ctx: ArticleContext,
  s: Sentence,
  org: Mention,
): { created: CreatedMission; end: number } | undefined {
  const actor = actorOf(org.entry);
  if (!actor) return undefined;
  let head = false;
  for (let j = org.last; j < s.last && j < org.last + MISSION_NAME_TOKENS; j++) {
    const t = ctx.tokens[j]!;
    const m = mentionAtToken(ctx, j);
    if (head && lowerAt(ctx, j - 1) === 'in' && m && m.first === j) {
      const area = m.entry.kind === 'state' ? placeOf(m.entry) : undefined;
      return area ? { created: { actor, area }, end: m.last } : undefined;
    }
    if (MISSION_HEADS.has(t.lower) && t.cap) head = true;
    else if (!t.cap && !NAME_LINKS.has(t.lower)) return undefined;
    if (t.kind !== 'word' && t.text !== '.') return undefined;
  }
  return undefined;
}
