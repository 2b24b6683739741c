/**
 * A mission's lifecycle from its events: when each was reported, the history of stages in date order, and the
 * status the history ends in. Pure; any order of the events gives the same result (every sort is total).
 *
 * An event's date is the date the article states for it (`basis: 'stated'`), else the article's publication date
 * (`basis: 'published'`), else unknown. An event of unknown date counts as happening at the mission's latest known
 * date: it is known to have been reported, not when, and a withdrawal reported at all is not undone by an older
 * deployment.
 */
import type { EventType } from '../events/contracts.ts';
import type { PlacementEvent } from '../event-types/models.ts';
import { compareDates } from './dates.ts';
import { nextStatus, phaseOf, phaseRank, PHASES, type Phase } from './phase.ts';

export type DateBasis = 'stated' | 'published';
export type EventDate = { on: string; basis: DateBasis };

/** History entries kept per row (the earliest ones; `historyCount` stays exact). */
export const MAX_HISTORY_ENTRIES = 100;

/** One stage of a mission on one date, with how many articles report it. */
export type HistoryEntry = {
  type: EventType;
  phase: Phase;
  on: string | null;
  /** `stated` when some article states the date, `published` when only publication dates give it, else null. */
  dateBasis: DateBasis | null;
  /** Distinct articles reporting this stage on this date. */
  sourceCount: number;
};

/** The lifecycle fields of a mission row. */
export type Lifecycle = {
  /**
   * The stage the history ends in: `announced` → `deployed` (arrival or presence stated) → `withdrawing` →
   * `withdrawn` (a completed withdrawal stated); a later deployment reopens the mission.
   */
  status: Phase;
  /** The stages in date order, one entry per stage and date with its article count; at most `MAX_HISTORY_ENTRIES`. */
  history: HistoryEntry[];
  historyCount: number;
  /** Earliest and latest date of any event (stated, else published). */
  firstReportedOn: string | null;
  lastReportedOn: string | null;
  /** Earliest deployment date and earliest withdrawal date (stated, else published), or null. */
  announcedOn: string | null;
  withdrawalBegunOn: string | null;
  /** For each date above: `stated` (an article states it), `published` (an article's publication date), or null. */
  dateBasis: {
    firstReportedOn: DateBasis | null;
    lastReportedOn: DateBasis | null;
    announcedOn: DateBasis | null;
    withdrawalBegunOn: DateBasis | null;
  };
};

/** The event's date: stated, else published, else null. */
export function eventDate(event: PlacementEvent): EventDate | null {
  if (event.occurredOn) return { on: event.occurredOn, basis: 'stated' };
  if (event.article.published) return { on: event.article.published, basis: 'published' };
  return null;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The earliest (or latest) date of the events, with its basis. */
function extreme(events: readonly PlacementEvent[], latest: boolean): EventDate | null {
  let best: EventDate | null = null;
  for (const e of events) {
    const d = eventDate(e);
    if (!d) continue;
    if (!best) best = d;
    else {
      const c = compareDates(d.on, best.on);
      // On the same date a stated basis wins either way.
      if ((latest ? c > 0 : c < 0) || (c === 0 && d.basis === 'stated')) best = d;
    }
  }
  return best;
}

/** The status the events end in: their stages folded in date order (see `nextStatus`). */
export function foldStatus(events: readonly PlacementEvent[], latest: string | null): Phase {
  const steps = events.map((e) => ({ on: eventDate(e)?.on ?? latest ?? '', phase: phaseOf(e), id: e.id }));
  steps.sort((a, b) => compareDates(a.on, b.on) || phaseRank(a.phase) - phaseRank(b.phase) || compareText(a.id, b.id));
  let status: Phase | null = null;
  for (const s of steps) status = nextStatus(status, s.phase);
  return status ?? 'announced';
}

/** Per stage: the latest date of its dated events (stated, else published), and whether some have no date. */
export type StageExtremes = Partial<Record<Phase, { latest: string | null; undated: boolean }>>;

/** The `StageExtremes` of events. */
export function stageExtremes(events: readonly PlacementEvent[]): StageExtremes {
  const out: StageExtremes = {};
  for (const e of events) {
    const phase = phaseOf(e);
    const on = eventDate(e)?.on ?? null;
    const known = out[phase] ?? { latest: null, undated: false };
    if (on === null) known.undated = true;
    else if (known.latest === null || compareDates(on, known.latest) > 0) known.latest = on;
    out[phase] = known;
  }
  return out;
}

function later(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return compareDates(a, b) >= 0 ? a : b;
}

/**
 * The status `foldStatus` gives, from the latest date of each stage alone (so a summary need not keep every
 * event). Undated events count at the mission's latest date; on one date withdrawal stages sort after deployment
 * stages. The fold ends in its last run of deployment stages (→ `deployed` if one of them is, else `announced`) or
 * of withdrawal stages (→ `withdrawn` if one of them is, else `withdrawing`), and a stage is in that run iff its
 * latest date lies after the other kind's latest (on or after, for withdrawals).
 */
export function statusFromExtremes(stages: StageExtremes): Phase {
  let latestDated: string | undefined;
  for (const phase of PHASES) latestDated = later(latestDated, stages[phase]?.latest ?? undefined);
  const at = (phase: Phase): string | undefined => {
    const s = stages[phase];
    if (!s) return undefined;
    return s.undated ? (latestDated ?? '') : (s.latest ?? undefined);
  };
  const deployment = later(at('announced'), at('deployed'));
  const withdrawal = later(at('withdrawing'), at('withdrawn'));
  const deployed = at('deployed');
  const withdrawn = at('withdrawn');
  if (withdrawal === undefined) return deployed !== undefined ? 'deployed' : 'announced';
  if (deployment === undefined) return withdrawn !== undefined ? 'withdrawn' : 'withdrawing';
  if (compareDates(withdrawal, deployment) >= 0) {
    return withdrawn !== undefined && compareDates(withdrawn, deployment) >= 0 ? 'withdrawn' : 'withdrawing';
  }
  return deployed !== undefined && compareDates(deployed, withdrawal) > 0 ? 'deployed' : 'announced';
}

function history(events: readonly PlacementEvent[]): HistoryEntry[] {
  const entries = new Map<string, { entry: Omit<HistoryEntry, 'sourceCount'>; articles: Set<string> }>();
  for (const e of events) {
    const date = eventDate(e);
    const phase = phaseOf(e);
    const key = `${phase}\u0000${date?.on ?? ''}`;
    const seen = entries.get(key);
    if (seen) {
      seen.articles.add(e.article.key);
      if (date?.basis === 'stated') seen.entry.dateBasis = 'stated';
    } else {
      entries.set(key, {
        entry: { type: e.type, phase, on: date?.on ?? null, dateBasis: date?.basis ?? null },
        articles: new Set([e.article.key]),
      });
    }
  }
  return [...entries.values()]
    .map(({ entry, articles }) => ({ ...entry, sourceCount: articles.size }))
    .sort((a, b) => {
      if (a.on !== b.on) {
        if (a.on === null) return 1;
        if (b.on === null) return -1;
        return compareDates(a.on, b.on);
      }
      return phaseRank(a.phase) - phaseRank(b.phase);
    });
}

/** The lifecycle of a mission's events (at least one). */
export function lifecycleOf(events: readonly PlacementEvent[]): Lifecycle {
  const deployments = events.filter((e) => e.type === 'DeploymentAnnounced');
  const withdrawals = events.filter((e) => e.type === 'WithdrawalBegun');
  const first = extreme(events, false);
  const last = extreme(events, true);
  const announced = extreme(deployments, false);
  const withdrawing = extreme(withdrawals, false);
  const all = history(events);
  return {
    status: foldStatus(events, last?.on ?? null),
    history: all.slice(0, MAX_HISTORY_ENTRIES),
    historyCount: all.length,
    firstReportedOn: first?.on ?? null,
    lastReportedOn: last?.on ?? null,
    announcedOn: announced?.on ?? null,
    withdrawalBegunOn: withdrawing?.on ?? null,
    dateBasis: {
      firstReportedOn: first?.basis ?? null,
      lastReportedOn: last?.basis ?? null,
      announcedOn: announced?.basis ?? null,
      withdrawalBegunOn: withdrawing?.basis ?? null,
    },
  };
}
