import type { Candidate, DateSource } from './candidate.ts';
import { normalizeName } from '../names.ts';
import { gazetteer, lookupKey } from './gazetteer/index.ts';

const DATE_RANK: Record<DateSource, number> = { start: 3, stated: 2, reference: 1, none: 0 };

const norm = normalizeName;

/** Heads that name the same body: "Iraq's army" and "Iraq's armed forces" are one happening. */
const SYNONYM_HEADS: Array<[RegExp, string]> = [
  [/\b(armed forces|army|military)$/, 'armed forces'],
  [/\b(parliament|legislature)$/, 'parliament'],
];

/** A key under which two names of one entity in one article meet ("USSR" and "Union of Soviet Socialist Republics"). */
export function entityKey(name: string): string {
  const known = gazetteer().get(lookupKey(name.replace(/^the\s+/i, '')));
  if (known && (known.kind === 'state' || known.kind === 'org' || known.kind === 'operation')) return norm(known.name);
  let n = norm(name);
  for (const [re, head] of SYNONYM_HEADS) if (re.test(n)) n = n.replace(re, head);
  return n;
}

const LEGISLATURE = /\b(parliament|assembly|legislature|knesset|duma|chamber|congress|rada|majlis|senate)\b/;
const GENERIC = /^(?:[a-z]+ )?(parliament|legislature|assembly|army|armed forces|military|government|cabinet)$/;

function sameEntity(a: string, b: string): boolean {
  const x = entityKey(a);
  const y = entityKey(b);
  if (x === y) return true;
  // "parliament" and "Assembly of the Representatives of the People" in one article: one legislature.
  if ((GENERIC.test(x) || GENERIC.test(y)) && LEGISLATURE.test(x) && LEGISLATURE.test(y)) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  if (short.split(' ').length >= 2 && ` ${long} `.includes(` ${short} `)) return true;
  // Same head noun and one possessor/descriptor ("Iraq armed forces" vs "armed forces").
  const hs = short.split(' ');
  return hs.length >= 1 && long.endsWith(` ${short}`) && ['armed forces', 'parliament'].includes(short);
}

const DIVISION_WORDS = /^(?:oblast|province|governorate|region|district|raion|county|area)$/i;

/** Whether `division` is `place` followed by a division word ("Kherson" → "Kherson Oblast"). */
function namedDivisionOf(place: string, division: string): boolean {
  return division.startsWith(`${place} `) && DIVISION_WORDS.test(division.slice(place.length + 1));
}

/** Two locations of one happening: the same, or one inside the other ("Nagorno-Karabakh" in "Azerbaijan"). */
function nested(a: string, b: string): 'same' | 'a-in-b' | 'b-in-a' | undefined {
  if (a === b) return 'same';
  // "Arad" and "Arad Province": a place and the division named after it.
  if (namedDivisionOf(a, b)) return 'a-in-b';
  if (namedDivisionOf(b, a)) return 'b-in-a';
  const gaz = gazetteer();
  if (gaz.ancestors(a).includes(b)) return 'a-in-b';
  if (gaz.ancestors(b).includes(a)) return 'b-in-a';
  return undefined;
}

/** Distance in days between two dates when they may be one happening's, else undefined. */
function dateDistance(a: Candidate, b: Candidate): number | undefined {
  const x = a.occurredOn;
  const y = b.occurredOn;
  if (!x || !y) return 30;
  if (a.type === 'WithdrawalBegun') return 0; // one withdrawal per actor and place per article
  if (a.type === 'EntityDissolved') return 0; // an entity is dissolved once
  if (a.sentence === b.sentence) return 0; // "approved the mission on May 8, and it deployed on Dec. 15": one happening
  if (x === y) return 0;
  if (x.length === 10 && y.length === 10) {
    const days = Math.abs(Date.parse(x) - Date.parse(y)) / 86_400_000;
    // The same signing reported in two time zones; a fuzzy "last weekend" within a week; a deployment approved on
    // Tuesday whose first units arrive on Sunday.
    return days <= 1 || ((a.dateApprox || b.dateApprox) && days <= 7) || (a.type === 'DeploymentAnnounced' && days <= 6)
      ? days
      : undefined;
  }
  if (x.startsWith(y) || y.startsWith(x)) return 15;
  return undefined;
}

/**
 * One event per happening per article: repeats merge, keeping the best evidence and the most precise facts.
 * Deterministic: candidates are processed in text order.
 */
export function mergeCandidates(cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    // Among the events this candidate may repeat, the one nearest in date.
    let target = -1;
    let targetDistance = Infinity;
    let relation: ReturnType<typeof nested>;
    for (let i = 0; i < out.length; i++) {
      const o = out[i]!;
      if (o.type !== c.type) continue;
      let rel: ReturnType<typeof nested> = 'same';
      if (c.type === 'EntityDissolved') {
        if (!sameEntity(o.entity!.name, c.entity!.name)) continue;
      } else {
        const gaz = gazetteer();
        if (gaz.actorFamily(o.actor!.name) !== gaz.actorFamily(c.actor!.name)) continue;
        rel = nested(o.location!.name, c.location!.name);
        if (!rel) continue;
      }
      const d = dateDistance(o, c);
      if (d === undefined || d >= targetDistance) continue;
      target = i;
      targetDistance = d;
      relation = rel;
    }
    if (target < 0) {
      out.push({ ...c });
      continue;
    }
    const o = out[target]!;
    if (c.type === 'EntityDissolved') {
      out[target] = combine(o, c, preferName(o.entity!.name, c.entity!.name));
    } else if (c.type === 'WithdrawalBegun') {
      // A withdrawal from a country began with its first base: keep the wider place and the earliest stated start.
      const next = combine(o, c);
      next.location = relation === 'a-in-b' ? c.location : o.location;
      const stated = [o, c].filter((x) => x.occurredOn && DATE_RANK[x.dateSource] >= 2 && relation !== 'same');
      if (stated.length === 2 && DATE_RANK[o.dateSource] === DATE_RANK[c.dateSource]) {
        const earliest = stated[0]!.occurredOn! <= stated[1]!.occurredOn! ? stated[0]! : stated[1]!;
        next.occurredOn = earliest.occurredOn;
        next.dateSource = earliest.dateSource;
      }
      out[target] = next;
    } else {
      const next = combine(o, c);
      // Keep the more specific place.
      next.location = relation === 'b-in-a' ? c.location : o.location;
      out[target] = next;
    }
  }
  return out;
}

function preferName(a: string, b: string): string {
  // The proper name beats a generic or anaphoric one; otherwise the first.
  const capsA = (a.match(/\b[A-Z]/g) ?? []).length;
  const capsB = (b.match(/\b[A-Z]/g) ?? []).length;
  return capsB > capsA ? b : a;
}

function combine(a: Candidate, b: Candidate, entityName?: string): Candidate {
  const best = b.confidence > a.confidence ? b : a;
  // The better-sourced date; between equals, the earlier (a decision precedes the arrival it orders).
  const earlier = (b.occurredOn ?? '9999') < (a.occurredOn ?? '9999') && !b.dateApprox ? b : a;
  const dated =
    DATE_RANK[b.dateSource] > DATE_RANK[a.dateSource]
      ? b
      : DATE_RANK[b.dateSource] < DATE_RANK[a.dateSource]
        ? a
        : a.type === 'DeploymentAnnounced'
          ? earlier
          : a;
  const out: Candidate = {
    ...best,
    occurredOn: dated.occurredOn,
    dateSource: dated.dateSource,
    dateApprox: dated.dateApprox,
    personnel: a.personnel ?? b.personnel ?? null,
    confidence: Math.min(0.99, Math.max(a.confidence, b.confidence) + 0.05),
  };
  if (a.type === 'EntityDissolved') {
    out.entity = { ...best.entity!, name: entityName ?? best.entity!.name };
    out.decidedOn = dated.decidedOn ?? a.decidedOn ?? b.decidedOn;
    out.effectiveOn = dated.effectiveOn ?? a.effectiveOn ?? b.effectiveOn;
    if (!out.decidedOn) delete out.decidedOn;
    if (!out.effectiveOn) delete out.effectiveOn;
  }
  if (a.type === 'DeploymentAnnounced' && a.personnel != null && b.personnel != null && a.personnel !== b.personnel) {
    // Two figures for one happening: the one stated with the more precise date wins.
    out.personnel = dated.personnel ?? a.personnel;
  }
  return out;
}
