// A faithful port of the team scorer /work/shared/tools/score.mjs: same matching rules, same numbers, same text.
// Keep it in lockstep with that file; tests/unit/eval compares the two on fixtures.
import { basename } from 'node:path';
import { assertNever } from '../assert-never.ts';
import { EVENT_TYPES, type EventType } from '../events/contracts.ts';
import { shapeOf } from '../event-types/models.ts';
import { normalizeName } from '../names.ts';
import type { GoldArticle, GoldEvent, PredictedEvent, Prediction } from './gold.ts';

export { normalizeName };

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface TypeScore extends Counts {
  precision: number;
  recall: number;
  f1: number;
}
export interface Ratio {
  correct: number;
  total: number;
}
export interface Score {
  perType: Record<EventType, TypeScore>;
  overall: TypeScore;
  dateAccuracy: Ratio;
  personnelAccuracy: Ratio;
  articlesWithoutOutput: { missing: number; total: number };
  /** score.mjs's `--verbose` log: one `<id> FP|FN|DATE|PERS ...` line per miss, in scoring order. */
  misses: string[];
}

/**
 * Equal after normalization, or one contains the other as whole words; the contained name needs ≥ 4 chars
 * and, for entities (minWords 2), two words or more ("Israel" is not "Israel's Knesset").
 */
export function nameMatches(pred: unknown, alts: readonly string[] | null | undefined, minWords = 1): boolean {
  const p = normalizeName(pred);
  if (!p) return false;
  return (alts ?? []).some((alt) => {
    const g = normalizeName(alt);
    if (!g) return false;
    if (p === g) return true;
    const [short, long] = p.length < g.length ? [p, g] : [g, p];
    return short.length >= 4 && short.split(' ').length >= minWords && ` ${long} `.includes(` ${short} `);
  });
}

/** Same type and matching actor + location (or entity); an actor also matches by its ISO code. */
export function eventMatches(pe: PredictedEvent, ge: GoldEvent): boolean {
  if (pe.type !== ge.type) return false;
  const shape = shapeOf(ge.type);
  switch (shape) {
    case 'entity':
      return nameMatches(nameOf(pe.entity), ge.entity, 2);
    case 'placement': {
      const actorOk =
        nameMatches(nameOf(pe.actor), ge.actor) ||
        (!!ge.actor_code && String(field(pe.actor, 'code') ?? '').toUpperCase() === ge.actor_code);
      return actorOk && nameMatches(nameOf(pe.location), ge.location);
    }
    default:
      return assertNever(shape, 'event shape');
  }
}

export function scorePredictions(gold: readonly GoldArticle[], predictions: readonly Prediction[]): Score {
  const byFile = new Map<string, PredictedEvent[]>();
  for (const p of predictions) byFile.set(basename(p.file ?? p.key ?? ''), p.events ?? []);

  const counts = Object.fromEntries(EVENT_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<EventType, Counts>;
  const date: Ratio = { correct: 0, total: 0 };
  const personnel: Ratio = { correct: 0, total: 0 };
  let missingFiles = 0;
  const misses: string[] = [];

  for (const g of gold) {
    const predicted = byFile.get(g.file);
    if (!predicted) missingFiles++;
    const pes = (predicted ?? []).filter((e): e is PredictedEvent & { type: EventType } => isEventType(e.type));
    const used = new Set<number>();
    for (const pe of pes) {
      // Required gold events claim a prediction before optional ones do.
      let gi = g.events.findIndex((ge, i) => !used.has(i) && !ge.optional && eventMatches(pe, ge));
      if (gi < 0) gi = g.events.findIndex((ge, i) => !used.has(i) && ge.optional && eventMatches(pe, ge));
      if (gi < 0) {
        counts[pe.type].fp++;
        misses.push(
          `${g.id} FP ${pe.type} ${str(field(pe.actor, 'name') ?? '')}|${str(field(pe.location, 'name') ?? '')}|${str(field(pe.entity, 'name') ?? '')} ${str(pe.occurredOn ?? '')}`,
        );
        continue;
      }
      used.add(gi);
      const ge = g.events[gi]!;
      if (ge.optional) continue;
      counts[pe.type].tp++;
      if (ge.date?.length) {
        date.total++;
        if (ge.date.includes(pe.occurredOn as string)) date.correct++;
        else misses.push(`${g.id} DATE ${ge.type} want ${ge.date.join('|')} got ${str(pe.occurredOn)}`);
      }
      if (Number.isInteger(ge.personnel)) {
        personnel.total++;
        if (pe.personnel === ge.personnel) personnel.correct++;
        else misses.push(`${g.id} PERS ${ge.type} want ${str(ge.personnel)} got ${str(pe.personnel)}`);
      }
    }
    g.events.forEach((ge, i) => {
      if (used.has(i) || ge.optional) return;
      counts[ge.type].fn++;
      misses.push(`${g.id} FN ${ge.type} ${ge.actor?.[0] ?? ''}|${ge.location?.[0] ?? ''}|${ge.entity?.[0] ?? ''}`);
    });
  }

  const all: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const t of EVENT_TYPES) for (const k of ['tp', 'fp', 'fn'] as const) all[k] += counts[t][k];
  return {
    perType: Object.fromEntries(EVENT_TYPES.map((t) => [t, withPrf(counts[t])])) as Record<EventType, TypeScore>,
    overall: withPrf(all),
    dateAccuracy: date,
    personnelAccuracy: personnel,
    articlesWithoutOutput: { missing: missingFiles, total: gold.length },
    misses,
  };
}

/** The summary score.mjs prints (without `--verbose`), byte for byte, as lines. */
export function formatScore(score: Score): string[] {
  const f2 = (x: number) => x.toFixed(2);
  const { dateAccuracy: d, personnelAccuracy: p, articlesWithoutOutput: m, overall: o } = score;
  return [
    ...EVENT_TYPES.map((t) => {
      const s = score.perType[t];
      return `${t.padEnd(20)} P=${f2(s.precision)} R=${f2(s.recall)} F1=${f2(s.f1)} (tp ${s.tp} fp ${s.fp} fn ${s.fn})`;
    }),
    `date accuracy ${d.correct}/${d.total}  personnel accuracy ${p.correct}/${p.total}  articles without output ${m.missing}/${m.total}`,
    `overall P=${f2(o.precision)} R=${f2(o.recall)} F1=${f2(o.f1)} dateAcc=${f2(d.total ? d.correct / d.total : 0)}`,
  ];
}

function withPrf(c: Counts): TypeScore {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...c, precision, recall, f1 };
}

function isEventType(type: unknown): type is EventType {
  return (EVENT_TYPES as readonly unknown[]).includes(type);
}

/** `x?.[key]` on a value that may be an object, a bare string or missing (score.mjs's `pe.actor?.name`). */
function field(value: unknown, key: string): unknown {
  return value !== null && value !== undefined ? (value as Record<string, unknown>)[key] : undefined;
}

/** score.mjs's `pe.actor?.name ?? pe.actor`: an object's name, else the value itself. */
function nameOf(value: unknown): unknown {
  return field(value, 'name') ?? value;
}

/** Template-literal stringification, as score.mjs's log lines do it. */
function str(value: unknown): string {
  return `${value as string}`;
}
