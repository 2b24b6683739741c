import {
  betterDated,
  combine,
  dateDistance,
  daysApart,
  entityKey,
  LEGISLATURE,
  preferName,
  sameEntity,
  type DatePolicy,
} from '../../extract/merging.ts';
import type { Candidate } from '../../extract/candidate.ts';
import type { ArticleContext } from '../../extract/context.ts';
import { gazetteer, lookupKey } from '../../extract/gazetteer/index.ts';
import type { EventTypeExtraction } from '../extraction.ts';
import { findDissolutionClauses, followedDissolutions } from './clause-finder.ts';
import { findCourtBans } from './court-bans.ts';
import { findDissolutions } from './finder.ts';
import { namedCountedBodies } from './counted-bodies.ts';
import { nameDescribedLegislatures } from './named-legislature.ts';

/** Dashes that join the words of one name ("Dano–Norwegian Union"). */
const NAME_DASHES = /[-–—]/g;

/**
 * A pattern reading whose entity is only a word of the name a clause reading found in the same sentence ("Cambodia"
 * in "the United Nations Transitional Authority in Cambodia was disbanded", "Republic of Korea" in "the Provisional
 * Government of the Republic of Korea") read the name's tail, not the entity; the words the text used count too.
 * `longerNames` holds the clause readings' names by sentence (see `clauseNamesBySentence`).
 */
function partOfLongerName(c: Candidate, longerNames: ReadonlyMap<number, readonly string[]>): boolean {
  const names = [c.entity!.name, c.entity!.surface ?? c.entity!.name].map((n) => ` ${n.toLowerCase()} `);
  const longer = longerNames.get(c.sentence) ?? [];
  return longer.some((l) => names.some((name) => l.length > name.length && l.includes(name)));
}

/**
 * The clause readings' names by sentence, lower-cased and padded for whole-word search, collected once per article
 * (a pass over every clause reading per pattern reading was quadratic on long articles).
 */
function clauseNamesBySentence(clauses: readonly Candidate[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const k of clauses) {
    // "Norwegian Union" inside "Dano–Norwegian Union": a dash joins words of one name.
    const name = ` ${k.entity!.name.toLowerCase().replace(NAME_DASHES, ' ')} `;
    const list = out.get(k.sentence) ?? [];
    list.push(name);
    out.set(k.sentence, list);
  }
  return out;
}

/** The entity as the contract publishes it: the words the text used are for matching only. */
function publishedEntity({ surface: _surface, service: _service, ...entity }: NonNullable<Candidate['entity']>) {
  return entity;
}

/** Heads that after a place's name name a body of that place ("Canal Zone Government", "Canal Zone Company"). */
const PLACE_BODY_HEADS = new Set(['government', 'company', 'authority', 'administration', 'corporation']);

/**
 * "disbanded the Republican Guard and the Special Republican Guard": in one sentence, a name and the same name with
 * a word before or after it are two bodies, however one reference to a body may shorten its name across sentences. Both the
 * names and the words the sentence used must differ so: a short name completed from another sentence ("Baath Party"
 * merged with the "Arab Socialist Baath Party" named later) is still the short name its own sentence gave.
 */
function qualifiedApart(a: Candidate, b: Candidate): boolean {
  if (a.sentence !== b.sentence) return false;
  // "the Canal Zone … and the Canal Zone Government": a name with a body's head after it names the body of that place.
  const apart = (x: string, y: string) => {
    const [short, long] = x.length < y.length ? [x, y] : [y, x];
    const headed = long.startsWith(`${short} `) && PLACE_BODY_HEADS.has(long.slice(short.length + 1));
    return short !== long && short.includes(' ') && (long.endsWith(` ${short}`) || headed);
  };
  const surface = (c: Candidate) => entityKey(c.entity!.surface ?? c.entity!.name);
  return apart(entityKey(a.entity!.name), entityKey(b.entity!.name)) && apart(surface(a), surface(b));
}

/**
 * A legislature sits again after each dissolution: the same chamber dissolved in years far apart was dissolved twice
 * ("Vizcarra dissolved Congress on Monday … since Fujimori dissolved it in 1992").
 */
function dissolvedAgain(a: Candidate, b: Candidate): boolean {
  const x = a.occurredOn;
  const y = b.occurredOn;
  if (!x || !y || a.dateApprox || b.dateApprox) return false;
  if (Math.abs(Number(x.slice(0, YEAR_CHARS)) - Number(y.slice(0, YEAR_CHARS))) < SITTINGS_YEARS_APART) return false;
  return [a, b].every((c) => LEGISLATURE.test(entityKey(c.entity!.name)));
}
/** The year of an ISO date. */
const YEAR_CHARS = 4;
/**
 * Years apart two dissolutions of one chamber must be to be two: a year-less date ("dissolved on 30 May") resolved
 * against the report may fall a year off the one its repeat gives.
 */
const SITTINGS_YEARS_APART = 2;

/** A service's name, and a sister service's that lists the army with it ("the army, air force and navy"). */
const ARMY_NAME = /\barmy$/i;
const SISTER_SERVICE_NAME = /\b(?:air force|navy)$/i;
const ARMED_FORCES_NAME = /\barmed forces$/i;

/**
 * "dissolved Iraq's armed forces … together with the army, air force and navy": an army its sentence lists with its
 * sister services is the land service, one body beside the armed forces, not their other name.
 */
function withListedServices(cands: Candidate[]): Candidate[] {
  const withSisterService = new Set(
    cands.filter((o) => SISTER_SERVICE_NAME.test(o.entity!.surface ?? o.entity!.name)).map((o) => o.sentence),
  );
  return cands.map((c) => {
    const listed = ARMY_NAME.test(c.entity!.surface ?? c.entity!.name) && withSisterService.has(c.sentence);
    return listed ? { ...c, entity: { ...c.entity!, service: true } } : c;
  });
}

/** "Saddam Hussein's armed forces": an owner with its possessive, then the body it owns. */
const POSSESSIVE_OWNER = /^(.+?)['’]s (.+)$/;
/** Kinds of known names that say which state owns a body: the state, its people's adjective, its ruler. */
const OWNER_KINDS = new Set(['state', 'demonym', 'leader']);

/** The state code and owned body of "Saddam Hussein's armed forces" or "Iraqi armed forces", else undefined. */
function stateOwned(name: string): { code: string; body: string } | undefined {
  const possessive = POSSESSIVE_OWNER.exec(name);
  const [owner, body] = possessive
    ? [possessive[1]!, possessive[2]!]
    : [name.split(' ')[0]!, name.slice(name.indexOf(' ') + 1)];
  if (!body || body === name) return undefined;
  const known = gazetteer().get(lookupKey(owner));
  return known?.code && OWNER_KINDS.has(known.kind) ? { code: known.code, body: body.toLowerCase() } : undefined;
}

/** "Saddam Hussein's armed forces" and "the Iraqi armed forces": one state's body, named by its ruler or its people. */
function sameStateBody(a: string, b: string): boolean {
  const x = stateOwned(a);
  const y = stateOwned(b);
  return !!x && !!y && x.code === y.code && x.body === y.body;
}

/** A body described in lower case by adjectives before its head ("regular army", "army"). */
const DESCRIBED_BODY = /^(?:[a-z-]+ ){0,2}([a-z-]+)$/;

/**
 * "dissolved Saddam Hussein's army … abolishing …, along with the regular army": a body described in lower case by
 * its head alone or with adjectives, and a state's body of that head named by its owner, dissolved the same day, are
 * one body.
 */
function describedStateBody(a: Candidate, b: Candidate): boolean {
  if (!a.occurredOn || a.occurredOn !== b.occurredOn) return false;
  const head = (c: Candidate) => DESCRIBED_BODY.exec(c.entity!.surface ?? c.entity!.name)?.[1];
  const [described, owned] = head(a) ? [a, b] : [b, a];
  const describedHead = head(described);
  return !!describedHead && !head(owned) && stateOwned(owned.entity!.name)?.body === describedHead;
}

/** A listed service and the armed forces it belongs to are two bodies. */
function serviceApart(a: Candidate, b: Candidate): boolean {
  if (!!a.entity!.service === !!b.entity!.service) return false;
  const whole = a.entity!.service ? b : a;
  return ARMED_FORCES_NAME.test(whole.entity!.surface ?? whole.entity!.name);
}

/** Plural heads of a class of bodies ("parties", "organizations"). */
const CLASS_HEADS = new Set([
  'parties',
  'institutions',
  'organizations',
  'organisations',
  'bodies',
  'organs',
  'formations',
]);

/**
 * "abolished Brazil's political parties": an owner's bodies of one kind, named in lower case after its possessive,
 * are a class, no named entity (the members a text names are read on their own).
 */
function ownedClass(c: Candidate): boolean {
  const words = (c.entity!.surface ?? c.entity!.name).split(' ');
  const owner = words.findIndex((w) => /['’]s$/.test(w));
  const after = words.slice(owner + 1);
  return owner >= 0 && CLASS_HEADS.has(after[after.length - 1] ?? '') && after.every((w) => w === w.toLowerCase());
}

/** How many days apart a junta's and its named council's ends may be dated and still be one. */
const JUNTA_DAYS_APART = 1;

/** Heads of the names a ruling body goes by ("State Peace and Development Council", "Revolutionary Command"). */
const RULING_HEADS = new Set(['council', 'committee', 'command']);
/** A description of a ruling body, its owner's possessive aside, in lower case ("Myanmar's ruling junta"). */
const DESCRIBED_RULER = /^(?:\S+['’]s )?(?:[a-z-]+ )*?(junta|council|committee|command)$/;

/**
 * "Myanmar's ruling junta formally dissolved itself Wednesday … the State Peace and Development Council … had been
 * dissolved", "junta dissolves ruling council … dissolved the State Administration Council": a ruling body described
 * in lower case (a junta, or a council or committee described by the named one's own head) and a ruling council or
 * committee the article names, dissolved on the same day, are one body (a report may date the description's end by
 * its own day and the named body's by the day before: "has been dissolved, state media said Thursday … dissolved as
 * of Wednesday").
 */
function juntaNamed(a: Candidate, b: Candidate): boolean {
  const head = (c: Candidate) => DESCRIBED_RULER.exec(c.entity!.name)?.[1];
  const [described, named] = head(a) ? [a, b] : [b, a];
  const describedHead = head(described);
  const namedHead = named.entity!.name.split(' ').pop() ?? '';
  return (
    !!describedHead &&
    !head(named) &&
    /^\p{Lu}/u.test(namedHead) &&
    RULING_HEADS.has(namedHead.toLowerCase()) &&
    (describedHead === 'junta' || describedHead === namedHead.toLowerCase()) &&
    daysApart(a.occurredOn, b.occurredOn) <= JUNTA_DAYS_APART
  );
}

/**
 * "… was abolished on April 1. The B Agency followed on October 1": the sentence after each sentence with a
 * dissolution, read once, for a body that "followed" it.
 */
function followingDissolutions(ctx: ArticleContext, found: readonly Candidate[]): Candidate[] {
  const next = new Set(found.map((c) => c.sentence + 1));
  const out: Candidate[] = [];
  for (const i of next) {
    const s = ctx.sentences[i];
    if (s) out.push(...followedDissolutions(ctx, s));
  }
  return out;
}

/** A body's head and "for" before its field ("ministry for peace"), read as the head and "of". */
const HEAD_FOR = /^(\S+) for /;

/** "Ministry for Peace" and "Ministry of Peace": one body whether "for" or "of" joins its head to its field. */
function sameField(a: string, b: string): boolean {
  const key = (name: string) => entityKey(name).replace(HEAD_FOR, '$1 of ');
  return key(a) === key(b);
}

/** An entity is dissolved once (a legislature again only years apart: `dissolvedAgain`). */
const DATES: DatePolicy = { oncePerSubject: true, windowDays: 0 };
/** Names of one entity vary too much for exact buckets ("parliament" and "the Assembly"): one bucket, scanned. */
const ONE_BUCKET = 'entities';

export const dissolutionExtraction: EventTypeExtraction<'EntityDissolved'> = {
  type: 'EntityDissolved',
  find(ctx) {
    const clauses = [...findDissolutionClauses(ctx), ...findCourtBans(ctx)];
    const longerNames = clauseNamesBySentence(clauses);
    const found = withListedServices(
      nameDescribedLegislatures(
        ctx,
        namedCountedBodies(ctx, [
          ...findDissolutions(ctx).filter((c) => !partOfLongerName(c, longerNames)),
          ...clauses,
        ]),
      ),
    ).filter((c) => !ownedClass(c));
    return [...found, ...followingDissolutions(ctx, found)];
  },
  mergeBucket: () => ONE_BUCKET,
  relate: (kept, next) =>
    (sameEntity(kept.entity!.name, next.entity!.name) ||
      sameField(kept.entity!.name, next.entity!.name) ||
      sameStateBody(kept.entity!.name, next.entity!.name) ||
      juntaNamed(kept, next) ||
      describedStateBody(kept, next)) &&
    !qualifiedApart(kept, next) &&
    !serviceApart(kept, next)
      ? 'same'
      : undefined,
  dateDistance: (kept, next) => (dissolvedAgain(kept, next) ? undefined : dateDistance(kept, next, DATES)),
  combine(kept, next) {
    const merged = combine(kept, next, false);
    const dated = betterDated(kept, next, false);
    merged.entity = { ...merged.entity!, name: preferName(kept.entity!.name, next.entity!.name) };
    const decidedOn = dated.decidedOn ?? kept.decidedOn ?? next.decidedOn;
    const effectiveOn = dated.effectiveOn ?? kept.effectiveOn ?? next.effectiveOn;
    delete merged.decidedOn;
    delete merged.effectiveOn;
    if (decidedOn) merged.decidedOn = decidedOn;
    if (effectiveOn) merged.effectiveOn = effectiveOn;
    return merged;
  },
  subjectKey: (c) => entityKey(c.entity!.name),
  toEvent: (c, base) => ({
    ...base,
    type: 'EntityDissolved',
    entity: publishedEntity(c.entity!),
    ...(c.decidedOn ? { decidedOn: c.decidedOn } : {}),
    ...(c.effectiveOn ? { effectiveOn: c.effectiveOn } : {}),
  }),
};
