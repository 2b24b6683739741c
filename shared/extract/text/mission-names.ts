import type { Mention } from './mentions.ts';
import type { Token } from './tokens.ts';
import { wordSet as set } from '../word-set.ts';
import { nameOf } from './group-names.ts';

/**
 * Missions named for where they serve that no gazetteer lists: "the UN Assistance Mission for Rwanda", "the African
 * Union Mission in Somalia", "the United Nations Transitional Authority in Cambodia". Such a name is an organization's
 * name, capitalized words ending in a mission head, then "in", "for" or "to" and a state or place. It becomes one
 * mention of a mission run by that organization and serving in that place, so the readers take the organization as
 * the actor and the place as the mission's area, as they do for missions the gazetteer knows (UNAMIR, MINUSMA).
 */

/** Last words of a mission's own name before its place. */
const MISSION_HEADS = set(`mission force operation authority administration office group observers command
  presence corps`);
/** Words that join a mission's name to its place. */
const PLACE_LINKS = set('in for to');
/** Kinds of mention that name where a mission serves. */
const AREA_KINDS = set('state place capital');
/** How many words a mission's own name may take between its organization and its place. */
const MAX_MISSION_WORDS = 6;
/** Lower-case words a mission's own name may hold ("Mission for Stabilization and Support"). */
const NAME_CONNECTORS = set('and of');

/** Mentions with the missions named for their place found among them; each covers its organization and place. */
export function withMissionNames(tokens: readonly Token[], mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const org = mentions[k]!;
    const found =
      org.entry.kind === 'org' && !org.entry.parentOrg && !org.entry.area
        ? missionAfter(tokens, mentions, k)
        : undefined;
    if (!found) {
      out.push(org);
      continue;
    }
    out.push(found.mention);
    k = found.next - 1;
  }
  return out;
}

function missionAfter(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  k: number,
): { mention: Mention; next: number } | undefined {
  const org = mentions[k]!;
  const sentence = tokens[org.first]!.sentence;
  let j = org.last;
  let head = -1;
  for (let words = 0; j < tokens.length && words < MAX_MISSION_WORDS; j++) {
    const t = tokens[j]!;
    if (t.sentence !== sentence || t.kind !== 'word') break;
    if (!t.cap && !NAME_CONNECTORS.has(t.lower)) break;
    if (t.cap) words++;
    if (t.cap && MISSION_HEADS.has(t.lower)) head = j;
  }
  if (head < 0 || !PLACE_LINKS.has(tokens[head + 1]?.lower ?? '')) return undefined;
  // A mention standing inside the name ("United Nations Angola Verification Mission") ends it there.
  // Mentions are sorted and never overlap: the next one is the only candidate for the place.
  const next = k + 1;
  const place = mentions[next];
  if (place && place.first <= head) return undefined;
  const placeAt = tokens[head + 2]?.lower === 'the' ? head + 3 : head + 2;
  if (!place || place.first !== placeAt || !AREA_KINDS.has(place.entry.kind)) return undefined;
  // "the U.N. Mission in Ethiopia and Eritrea": a second place joined by "and" is part of the name.
  const second = mentions[next + 1];
  const joined =
    !!second &&
    tokens[place.last]?.lower === 'and' &&
    second.first === place.last + 1 &&
    AREA_KINDS.has(second.entry.kind);
  const last = joined ? second.last : place.last;
  const name = nameOf(tokens, org.first, last);
  const follower = tokens[last];
  return {
    mention: {
      first: org.first,
      last,
      entry: {
        kind: 'org',
        name,
        area: { name: place.entry.name, ...(place.entry.code ? { code: place.entry.code } : {}) },
        parentOrg: org.entry.name,
      },
      possessive: !!follower && (follower.lower === "'s" || follower.lower === '’s'),
    },
    next: next + (joined ? 2 : 1),
  };
}
