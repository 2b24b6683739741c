/**
 * A mission's head counts: the latest stated figure, and every distinct figure with its source and date, so an
 * analyst sees how reports differ instead of a silent pick. Pure and order-independent.
 */
import type { DeploymentAnnounced } from '../events/contracts.ts';
import { compareDates } from './dates.ts';
import { eventDate, type DateBasis } from './lifecycle.ts';

/** Figures kept per row (the earliest ones; `figureCount` stays exact). */
export const MAX_FIGURES = 50;

/** One figure as one article states it. */
export type PersonnelFigure = {
  personnel: number;
  /** The deployment's date (stated, else published), or null. */
  on: string | null;
  dateBasis: DateBasis | null;
  articleKey: string;
  eventId: string;
};

/** The head-count fields of a mission row. */
export type Figures = {
  /** The figure of the latest dated deployment stating one (undated ones only when none is dated), or null. */
  personnel: number | null;
  /** The date of that deployment, or null. */
  personnelOn: string | null;
  /** Every distinct figure per article with its date, in date order; at most `MAX_FIGURES`. */
  figures: PersonnelFigure[];
  figureCount: number;
};

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Date order (undated first), then article, then id: the last one is the latest statement. */
function compareFigures(a: PersonnelFigure, b: PersonnelFigure): number {
  if (a.on !== b.on) {
    if (a.on === null) return -1;
    if (b.on === null) return 1;
    return compareDates(a.on, b.on);
  }
  return compareText(a.articleKey, b.articleKey) || compareText(a.eventId, b.eventId);
}

/** Each distinct (figure, article) once, the article's earliest-dated statement of it, in date order. */
export function distinctFigures(deployments: readonly DeploymentAnnounced[]): PersonnelFigure[] {
  const byFigure = new Map<string, PersonnelFigure>();
  for (const d of deployments) {
    if (d.personnel === null) continue;
    const date = eventDate(d);
    const figure: PersonnelFigure = {
      personnel: d.personnel,
      on: date?.on ?? null,
      dateBasis: date?.basis ?? null,
      articleKey: d.article.key,
      eventId: d.id,
    };
    const key = `${d.personnel}\u0000${d.article.key}`;
    const known = byFigure.get(key);
    if (!known || compareFigures(figure, known) < 0) byFigure.set(key, figure);
  }
  return [...byFigure.values()].sort(compareFigures);
}

/** The figures block of a row from `distinctFigures`. */
export function figuresOf(figures: readonly PersonnelFigure[]): Figures {
  const latest = figures[figures.length - 1];
  return {
    personnel: latest?.personnel ?? null,
    personnelOn: latest?.on ?? null,
    figures: figures.slice(0, MAX_FIGURES),
    figureCount: figures.length,
  };
}
