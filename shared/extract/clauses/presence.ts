import { askedToAct } from './called-to-act.ts';
import type { ArticleContext } from '../context.ts';
import { gazetteer } from '../gazetteer/index.ts';
import { locatePlace } from '../gazetteer/locate.ts';
import { FORCE_NOUNS } from '../lexicon.ts';
import {
  actorOf,
  findActor,
  lowerAt,
  mentionAtToken,
  mentionsIn,
  nearestForce,
  placeOf,
  type NamedRef,
} from '../slots.ts';
import type { Mention } from '../text/mentions.ts';
import type { Sentence } from '../text/tokens.ts';
import { wordSet as set } from '../word-set.ts';
import { placesAfter, placesAt, type PlaceSlot } from './phrases.ts';
import { stateOf } from './discourse.ts';
import { lineageName } from '../historical-actors.ts';

/** Verbs whose object is the place the forces came to hold ("occupied Haiti"). */
const HOLDING_VERBS = set('occupied invaded entered garrisoned overran overrun held');
/** Verbs and nouns that put forces in the place a preposition after them names ("landed at", "the occupation of"). */
const PLACING_WORDS = set(`landed stationed deployed sent dispatched arrived based occupation presence deployment
  garrison invasion intervention flown airlifted rushed moved parachuted airdropped ferried shipped poured marched
  committed redeployed served intervened were remained disembarked send sending landing arriving deploying crossed`);
const PLACING_PREPOSITIONS = set('in to into at of near');
/** The prepositions after which a placing verb names where its forces are (the nouns are read above, with "of"). */
const VERB_PLACING_PREPOSITIONS = new Set([...PLACING_PREPOSITIONS].filter((w) => w !== 'of'));
/** Placing verbs of a landing, and the prepositions after which they name its place ("landed on Grenada"). */
const LANDING_WORDS = set('landed landing disembarked');
const LANDING_PREPOSITIONS = new Set([...VERB_PLACING_PREPOSITIONS, 'on']);
/** The nouns among those, whose preposition stands right after them. */
const PLACING_NOUNS = set('occupation presence deployment garrison invasion intervention');
/** Prepositions that say where forces named just before them are ("the troops in Iraq"). */
const FORCES_AT = set('in at');
/** Placing verbs whose forces follow them ("sent 2,000 troops to", "deployed a battalion to"). */
const SENDING_WORDS = set('send sent sending dispatched deployed');
/** Verbs that put forces where "into"/"to" after them says ("ordered U.S. Marines into Lebanon"). */
const DIRECTING_WORDS = set('ordered');
const DIRECTING_PREPOSITIONS = set('to into');
/** An actor's family, one for a state and the state it was before ("Moscow … its forces" for the Soviet Union's). */
const lineage = (actor: NamedRef): string => gazetteer().actorFamily(lineageName(actor));

/** How many sentences back a presence is looked for, and how far after its word the place may stand. */
const PRESENCE_SENTENCES = 3;
const PRESENCE_REACH = 6;

/**
 * Where the actor's forces were, as the text told before token t: "Cuban troops were sent to Angola in 1975. The last
 * Cuban soldiers left in May 1991." — for forces stated as having left with no origin of their own. An earlier sentence counts only where it names the
 * actor; the withdrawal's own sentence ("the occupation of the Rhineland ended when the last French troops
 * departed") connects the two itself.
 */
export function presenceBefore(ctx: ArticleContext, s: Sentence, t: number, actor: NamedRef): NamedRef[] {
  const family = gazetteer().actorFamily(actor.name);
  for (let k = s.index; k >= 0 && k >= s.index - PRESENCE_SENTENCES; k--) {
    const sentence = ctx.sentences[k]!;
    if (k !== s.index && !namesActor(ctx, sentence, family)) continue;
    const end = k === s.index ? t : sentence.last;
    for (let j = end - 1; j >= sentence.first; j--) {
      // "…a Greek regiment landed at Limassol; the Danish battalions were shipped home": in the withdrawal's own
      // sentence, a placement before a semicolon is another clause's when the clause after names the forces' owner
      // ("sent Marines to Honduras; they remained until 1925" names none, and is one story).
      // Where the clause before the semicolon names the owner's forces too, it is the same story ("Kenyan forces
      // remained in Somalia; the last Kenyan units did not leave until 1994").
      if (
        k === s.index &&
        lowerAt(ctx, j) === ';' &&
        namesActor(ctx, { ...sentence, first: j + 1, last: t }, family) &&
        !namesActorForces(ctx, { ...sentence, last: j }, family)
      )
        break;
      // "General X, head of French forces in Africa": forces another actor owns are not the leavers' presence.
      if (FORCE_NOUNS.has(lowerAt(ctx, j)) && ownedByOther(ctx, j, family)) continue;
      const slots = placingSlots(ctx, sentence, j);
      const away = slots.map((p) => p.place).filter((p) => p.name !== actor.name && (!p.code || p.code !== actor.code));
      if (away.length)
        return stateAlsoPlaced(ctx, sentence, j, away) ?? locatedBefore(ctx, sentence, j, away, actor) ?? away;
    }
  }
  return occupiedState(ctx, s, t, actor);
}

/**
 * "some 3,500 French troops were in Chad, the largest French intervention in Africa": where the placement read at j
 * names only places nobody locates (a continent, a vague region), and the same sentence before it places the forces
 * in a located place, that place is where they were.
 */
function locatedBefore(
  ctx: ArticleContext,
  sentence: Sentence,
  j: number,
  places: NamedRef[],
  actor: NamedRef,
): NamedRef[] | undefined {
  if (places.some((p) => p.code)) return undefined;
  for (let k = j - 1; k >= sentence.first; k--) {
    const located = placingSlots(ctx, sentence, k)
      .map((p) => p.place)
      .filter((p) => p.code && p.code !== actor.code);
    if (located.length) return located;
  }
  return undefined;
}

/**
 * "British forces invaded Iceland …, landing 746 Royal Marines at Reykjavik": where the same sentence, before the
 * placement read at j, also places the forces in the state those places lie in, the forces were in that state.
 */
function stateAlsoPlaced(
  ctx: ArticleContext,
  sentence: Sentence,
  j: number,
  places: NamedRef[],
): NamedRef[] | undefined {
  const codes = new Set(places.map((p) => p.code ?? locatePlace(p, []).code));
  if (codes.size !== 1) return undefined;
  const code = [...codes][0];
  for (let k = j - 1; k >= sentence.first; k--)
    for (const slot of placingSlots(ctx, sentence, k)) {
      const state = code && slot.place.code === code ? stateOf(code) : undefined;
      if (state && state.name === slot.place.name) return [state];
    }
  return undefined;
}

/** Words that say the text is about forces holding a state ("the four occupying powers", "the occupation"). */
const OCCUPATION_WORDS = set('occupation occupying occupied garrison garrisons');

/**
 * "… restored Austria's independence and obliged the four occupying powers to remove their forces … the Soviet,
 * American, British and French contingents left": where the text speaks of an occupation and names one state other
 * than the forces' own, that state is the one they were in.
 */
function occupiedState(ctx: ArticleContext, s: Sentence, t: number, actor: NamedRef): NamedRef[] {
  let occupation = false;
  const codes = new Set<string>();
  // The states named in sentences that speak of the occupation themselves.
  const occupiedCodes = new Set<string>();
  for (let k = s.index; k >= 0 && k >= s.index - PRESENCE_SENTENCES; k--) {
    const sentence = ctx.sentences[k]!;
    if (sentence.paragraph !== s.paragraph) break;
    const end = k === s.index ? t : sentence.last;
    let here = false;
    for (let j = sentence.first; j < end; j++) if (OCCUPATION_WORDS.has(lowerAt(ctx, j))) here = true;
    occupation ||= here;
    for (const m of mentionsIn(ctx, sentence.first, end)) {
      if ((m.entry.kind !== 'state' && m.entry.kind !== 'capital') || !m.entry.code) continue;
      if (m.entry.code === actor.code) continue;
      codes.add(m.entry.code);
      if (here) occupiedCodes.add(m.entry.code);
    }
  }
  // "American, Soviet, British and French occupation troops withdrew": every state whose forces leave is no host.
  for (const m of mentionsIn(ctx, s.first, t))
    if (m.entry.code && actorOf(m.entry)) {
      codes.delete(m.entry.code);
      occupiedCodes.delete(m.entry.code);
    }
  if (!occupation) return [];
  // "… the four occupying powers and of Austria … Austria undertook never to unite with Germany": where several
  // states are named, the one named with the occupation is the one held.
  const held = codes.size === 1 ? codes : occupiedCodes;
  if (held.size !== 1) return [];
  const state = stateOf([...held][0]!);
  return state ? [state] : [];
}

/** The same, with several places of one state read as that state ("Bagram and Kabul" → Afghanistan). */
export function presenceStateBefore(ctx: ArticleContext, s: Sentence, t: number, actor: NamedRef): NamedRef[] {
  const places = presenceBefore(ctx, s, t, actor);
  return places.length ? stateOfPlaces(ctx, places) : places;
}

/** The places that the placing word at j puts forces in ("occupied Haiti", "landed at Beirut", "ordered … into Lebanon"). */
function placingSlots(ctx: ArticleContext, sentence: Sentence, j: number): PlaceSlot[] {
  const w = lowerAt(ctx, j);
  if (HOLDING_VERBS.has(w)) return placesAt(ctx, sentence, lowerAt(ctx, j + 1) === 'the' ? j + 2 : j + 1);
  // A noun's place follows it at once ("the occupation of Haiti"); "occupation, the ministers of X" names none.
  if (PLACING_NOUNS.has(w))
    return PLACING_PREPOSITIONS.has(lowerAt(ctx, j + 1))
      ? placesAfter(ctx, sentence, j + 1, j + 2, PLACING_PREPOSITIONS)
      : [];
  // After a verb, "of" names what the forces went for, not where ("crossed the border in pursuit of the raiders").
  // "landed on Grenada": a landing's place may follow "on".
  if (PLACING_WORDS.has(w))
    return placesAfter(
      ctx,
      sentence,
      j + 1,
      j + 1 + PRESENCE_REACH,
      LANDING_WORDS.has(w) ? LANDING_PREPOSITIONS : VERB_PLACING_PREPOSITIONS,
    );
  // "The last Indian soldiers in Sri Lanka sailed home": forces named with where they are.
  if (FORCE_NOUNS.has(w) && FORCES_AT.has(lowerAt(ctx, j + 1))) return placesAt(ctx, sentence, j + 2);
  // Only forces ordered somewhere are placed there ("ordered the ambassador to Moscow" places no forces).
  if (DIRECTING_WORDS.has(w) && nearestForce(ctx, sentence, j, 0, PRESENCE_REACH) > j)
    return placesAfter(ctx, sentence, j + 1, j + 1 + PRESENCE_REACH, DIRECTING_PREPOSITIONS);
  return [];
}

/**
 * The forces the text last placed somewhere, with their actor: "Soviet troops were sent to Afghanistan in 1979. The
 * withdrawal began on 15 May 1988." — for a withdrawal named with no actor or place of its own. Only a sentence
 * before `s` that names the forces' owner before the placing word counts.
 */
export function lastPresence(
  ctx: ArticleContext,
  s: Sentence,
): { actor: NamedRef; mention: Mention; places: NamedRef[] } | undefined {
  // "Cuba agreed to pull its forces out. The withdrawal was completed in May 1991.": once a sentence names an actor's
  // forces without placing them, only a placement of that actor's forces stands for them.
  let family: string | undefined;
  for (let k = s.index - 1; k >= 0 && k >= s.index - PRESENCE_SENTENCES; k--) {
    const sentence = ctx.sentences[k]!;
    for (let j = sentence.last - 1; j >= sentence.first; j--) {
      const w = lowerAt(ctx, j);
      // "at its peak the Soviet contingent in the country exceeded 100,000 men": forces named with where they are.
      const forcesAt = FORCE_NOUNS.has(w) && FORCES_AT.has(lowerAt(ctx, j + 1));
      if (!HOLDING_VERBS.has(w) && !PLACING_WORDS.has(w) && !DIRECTING_WORDS.has(w) && !forcesAt) continue;
      // "agreed to send a peacekeeping contingent to Kazakhstan": forces sent are named after the verb.
      const after = DIRECTING_WORDS.has(w) || SENDING_WORDS.has(w) ? PRESENCE_REACH : 0;
      const force = forcesAt ? j : nearestForce(ctx, sentence, j, PRESENCE_REACH, after);
      if (force < 0) continue;
      const slots = placingSlots(ctx, sentence, j);
      const hit =
        findActor(ctx, force, j, sentence.first, (m) => slots.some((p) => p.first === m.first)) ??
        namedForceOwner(ctx, force);
      if (!hit || (family && lineage(hit.actor) !== family)) continue;
      const away = slots.map((p) => p.place).filter((p) => p.name !== hit.actor.name && p.code !== hit.actor.code);
      if (away.length) return { actor: hit.actor, mention: hit.mention, places: stateOfPlaces(ctx, away) };
    }
    // "KFOR entered Kosovo. Yugoslav forces agreed to pull out. The withdrawal was completed on 20 June.": the forces
    // named last, not placed anywhere, are the ones withdrawing; another actor's placement does not stand for them.
    const owner = family ? undefined : ownerOfForces(ctx, sentence);
    if (owner) family = lineage(owner);
  }
  return undefined;
}

/**
 * "Soviet troops were deployed to Kabul, Herat and Kandahar. The withdrawal began …": forces placed in several
 * places of one state that the text names leave that state.
 */
function stateOfPlaces(ctx: ArticleContext, places: NamedRef[]): NamedRef[] {
  if (places.length < 2) return places;
  // Towns read in a place slot get their state when located; locate them here to compare.
  const codes = places.map((p) => p.code ?? locatePlace(p, []).code);
  const code = codes[0];
  if (!code || codes.some((c) => c !== code)) return places;
  const state = ctx.mentions.find((m) => m.entry.kind === 'state' && m.entry.code === code);
  if (state) return [placeOf(state.entry)!];
  // "landing at Bagram and Kabul airport … the withdrawal began": the state the places lie in, named or not.
  const named = stateOf(code);
  return named ? [named] : places;
}

/** How far before a named force's last word its owner's name may stand ("Chinese People's Volunteers"). */
const NAMED_FORCE_OWNER_REACH = 3;

/**
 * "the Chinese People's Volunteers … several Volunteer armies were stationed": forces called by the last word of a
 * force named earlier with its owner, within the sentences a presence is read from, belong to that owner.
 */
function namedForceOwner(ctx: ArticleContext, force: number): { actor: NamedRef; mention: Mention } | undefined {
  const head = ctx.tokens[force - 1];
  if (!head || head.kind !== 'word' || !head.cap || mentionAtToken(ctx, force - 1)) return undefined;
  const names = new Set([head.lower, `${head.lower}s`]);
  const from = ctx.sentences[Math.max(0, head.sentence - PRESENCE_SENTENCES)]!.first;
  for (let k = force - 2; k > 0 && k >= from; k--) {
    const t = ctx.tokens[k]!;
    if (!t.cap || !names.has(t.lower)) continue;
    for (let j = k; j >= 0 && j >= k - NAMED_FORCE_OWNER_REACH; j--) {
      const m = mentionAtToken(ctx, j);
      const actor = m ? actorOf(m.entry) : undefined;
      if (m && actor) return { actor, mention: m };
      const w = ctx.tokens[j]!;
      if (w.kind === 'punct' ? !["'s", '’s'].includes(w.lower) : !w.cap) break;
    }
  }
  return undefined;
}

/** The actor whose forces a sentence names ("Yugoslav forces", "troops from Kenya"), if any. */
function ownerOfForces(ctx: ArticleContext, sentence: Sentence): NamedRef | undefined {
  for (let j = sentence.first; j < sentence.last; j++) {
    if (!FORCE_NOUNS.has(lowerAt(ctx, j)) || askedToMove(ctx, sentence, j)) continue;
    const hit = findActor(ctx, j, j, sentence.first, () => false);
    if (hit) return hit.actor;
  }
  return undefined;
}

/** How far before the force noun its verb may stand ("to withdraw all of their forces"). */
const ASKED_VERB_REACH = 4;

/**
 * Whether the force noun at j is the object of what another was called on to do ("Beijing called on the United
 * States to withdraw its forces"): an appeal names forces that stay where they are, not the ones withdrawing.
 */
function askedToMove(ctx: ArticleContext, sentence: Sentence, j: number): boolean {
  for (let k = j - 1; k > sentence.first && k >= j - ASKED_VERB_REACH; k--)
    if (lowerAt(ctx, k - 1) === 'to') return askedToAct(ctx, sentence, k);
  return false;
}

/** How far before its force noun an owner's name may stand ("French military forces"). */
const FORCE_OWNER_REACH = 2;

/** Whether an actor of another family than `family` is named right before the force noun at j ("French forces"). */
function ownedByOther(ctx: ArticleContext, j: number, family: string): boolean {
  for (let k = j - 1; k >= 0 && k >= j - FORCE_OWNER_REACH; k--) {
    const m = mentionAtToken(ctx, k);
    const owner = m ? actorOf(m.entry) : undefined;
    if (owner) return gazetteer().actorFamily(owner.name) !== family;
  }
  return false;
}

/** Whether the sentence names the family's forces by their owner ("Kenyan forces", "the Kenyan army units"). */
function namesActorForces(ctx: ArticleContext, s: Sentence, family: string): boolean {
  return mentionsIn(ctx, s.first, s.last).some((m) => {
    const named = actorOf(m.entry);
    const forces = FORCE_NOUNS.has(lowerAt(ctx, m.last)) || FORCE_NOUNS.has(lowerAt(ctx, m.last + 1));
    return forces && !!named && gazetteer().actorFamily(named.name) === family;
  });
}

function namesActor(ctx: ArticleContext, s: Sentence, family: string): boolean {
  return mentionsIn(ctx, s.first, s.last).some((m) => {
    const named = actorOf(m.entry);
    return !!named && gazetteer().actorFamily(named.name) === family;
  });
}
