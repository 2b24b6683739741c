/**
 * Incremental mission rows: each visible placement event adds its contribution to commutative summaries kept in a
 * `SummaryStore`, and a row is composed from bounded reads of its summaries, so updating a row costs O(events of the
 * batch) (plus a bounded compose), not O(all events of the row). The result is byte for byte the row `projectTheatre`
 * computes from all the events (missions.ts), which stays the check: `rebuild`, and the tests comparing every store
 * with the pure projection under any order and duplication of deliveries.
 *
 * Summaries of a mission row `R` (every entry a refcount, so adding and removing an event are inverse and any order
 * of them gives the same entries; "counted" dims also keep the number of their entries):
 *
 * | dim            | one entry per                              | gives                                        |
 * | -------------- | ------------------------------------------ | -------------------------------------------- |
 * | `src` counted  | event, in source order                     | `sources` (first `MAX_SOURCES_PER_ROW`), `eventCount` |
 * | `art`, `pub` counted | article, publisher                   | `sourceCount`, `publisherCount`              |
 * | `actor`        | distinct actor as named                    | `actor` (the most named)                     |
 * | `hist` counted | stage × date (n events, a articles, b stated) | `history` (first `MAX_HISTORY_ENTRIES`), `historyCount`, date bases |
 * | `histart`      | stage × date × article                     | the distinct-article count `a` of `hist`     |
 * | `ph:<stage>`   | dated stage × date                         | earliest/latest date per stage → dates, status (`statusFromExtremes`) |
 * | `figc`, `fig` counted, `figsel` | figure candidate; chosen figure per (figure, article) | `figures`, `personnel`, `figureCount` |
 * | `p*`, `pm`, `s*` | head-count and status claims per date (see `#claim`), figures per date in numeric order | the personnel and status conflicts of a date, from bounded reads |
 * | `dc:<stage>`   | stated day per stage × article             | the date conflicts of a stage (its first 30 days) |
 * | `conf`, `confg` | conflict, in row order; its group (a date or a stage) | `conflicts` (first `MAX_CONFLICTS`)   |
 *
 * Places are decided per own mission (`g:<missionKey>`, dim `pl`: distinct places with counts, see `decidePlace`),
 * a theatre keeps its missions' event counts (`t:<theatre>`: `ga` per area mission, `gs` for the state-level
 * reports), and each member event records the row it went to (`m:<id>`). A state-level report joins the single area
 * mission of its theatre (mission-identity.ts); when a batch changes which row that is (a second area mission
 * appears, or the only one empties) the theatre is recomputed from its events, once: the rare case. Another report
 * about a known mission is constant work.
 */
import type { DeploymentAnnounced } from '../events/contracts.ts';
import type { PlacementEvent } from '../event-types/models.ts';
import { dateConflictOf, DATE_CONFLICT_WINDOW_DAYS, DAY_PRECISION, dayNumber, MAX_CONFLICTS } from './conflicts.ts';
import { beyondTolerance, disputedTally, MAX_CONFLICT_SOURCES, MAX_CONFLICT_VALUES } from './conflicts.ts';
import { statusClaim, type Claim, type ClaimTally, type Conflict } from './conflicts.ts';
import { compareDates } from './dates.ts';
import { MAX_FIGURES, type PersonnelFigure } from './figures.ts';
import { missionKey, theatreKey } from './keys.ts';
import { eventDate, MAX_HISTORY_ENTRIES, statusFromExtremes, type DateBasis, type HistoryEntry } from './lifecycle.ts';
import type { StageExtremes } from './lifecycle.ts';
import { decidePlace, placeTally, type PlaceTally } from './mission-identity.ts';
import { phaseOf, phaseRank, PHASES, type Phase } from './phase.ts';
import { MAX_SOURCES_PER_ROW, type MissionRow, type PlaceRef, type SourceRef } from './rows.ts';
import { sortedJson } from './sorted-json.ts';
import { placeRef, publisherOf, representativeOf, toSource } from './sources.ts';
import { nullFirstDate, nullLastDate, sortKey, type SummaryStore } from './summary-store.ts';

/** A history entry with every article reporting it (`fullHistory`). */
export type FullHistoryEntry = HistoryEntry & { articleKeys: string[] };

/** A placement event's wanted state: its visible body (as stored, `doc` its JSON), or undefined when not visible. */
export type MemberChange = { id: string; event: PlacementEvent | undefined; doc: string | undefined };

type Member = { row: string; group: string; theatre: string; doc: string; event: PlacementEvent };

const SEP = '\u0000';
const memberRow = (id: string) => `m:${id}`;
const groupRow = (group: string) => `g:${group}`;
export const theatreRow = (theatre: string) => `t:${theatre}`;
const COUNT_PREFIX = '#';

type Delta = { n?: number; a?: number; b?: number };

const DEPLOYMENT_STAGES: readonly Phase[] = ['announced', 'deployed'];
const WITHDRAWAL_STAGES: readonly Phase[] = ['withdrawing', 'withdrawn'];

export class MissionSummaries {
  readonly #store: SummaryStore;
  readonly #visibleOfTheatre: (theatre: string) => Iterable<{ event: PlacementEvent; doc: string }>;

  /**
   * `visibleOfTheatre`: every visible placement event of a theatre with its stored JSON, read only when a theatre
   * must be recomputed.
   */
  constructor(
    store: SummaryStore,
    visibleOfTheatre: (theatre: string) => Iterable<{ event: PlacementEvent; doc: string }>,
  ) {
    this.#store = store;
    this.#visibleOfTheatre = visibleOfTheatre;
  }

  /**
   * Brings the summaries to the wanted state of the changed events (any that did not change are no-ops) and returns
   * every mission row that may have changed, by key: its new row, or undefined when it has no event left.
   */
  apply(changes: Iterable<MemberChange>): Map<string, MissionRow | undefined> {
    const removals = new Map<string, Member[]>();
    const additions = new Map<string, Array<{ event: PlacementEvent; doc: string }>>();
    for (const { id, event, doc } of changes) {
      const old = this.#member(id);
      if (old?.doc === doc) continue;
      if (old) push(removals, old.theatre, old);
      if (event && doc !== undefined) push(additions, theatreKey(event), { event, doc });
    }
    const touched = new Map<string, string>(); // row → theatre
    const marks = new Map<string, Set<string>>(); // row → conflict groups to recompute
    for (const theatre of new Set([...removals.keys(), ...additions.keys()])) {
      const removed = removals.get(theatre) ?? [];
      const added = additions.get(theatre) ?? [];
      const before = this.#target(theatre);
      const rowsBefore = this.#rowsOf(theatre);
      for (const m of removed) this.#count(theatre, m.group, -1);
      for (const a of added) this.#count(theatre, missionKey(a.event), 1);
      const after = this.#target(theatre);
      if ((before.stateLevel > 0 || after.stateLevel > 0) && before.row !== after.row) {
        this.#recompute(theatre, marks);
        for (const row of [...rowsBefore, ...this.#rowsOf(theatre)]) touched.set(row, theatre);
        continue;
      }
      for (const m of removed) {
        this.#contribute(theatre, m.row, m.group, m.event, -1, marks);
        const current = this.#store.get(memberRow(m.event.id), 'm', '');
        // A member re-added under another theatre in this batch (a body of another subject) stays.
        if (current?.doc === memberDoc(m)) this.#store.put(theatre, memberRow(m.event.id), 'm', entry('', 0));
        touched.set(m.row, theatre);
      }
      for (const { event, doc } of added) {
        const group = missionKey(event);
        const row = group === theatre ? after.row : group;
        this.#add(theatre, row, group, event, doc, marks);
        touched.set(row, theatre);
      }
    }
    const rows = new Map<string, MissionRow | undefined>();
    for (const [row, theatre] of touched) {
      for (const group of marks.get(row) ?? []) this.#recomputeConflict(theatre, row, group);
      rows.set(row, this.#compose(row));
    }
    return rows;
  }

  /** Recomputes every theatre's summaries from its visible events (after a schema upgrade); returns its rows. */
  rebuildTheatre(theatre: string): Map<string, MissionRow | undefined> {
    const rowsBefore = this.#rowsOf(theatre);
    const marks = new Map<string, Set<string>>();
    this.#recompute(theatre, marks);
    const rows = new Map<string, MissionRow | undefined>();
    for (const row of new Set([...rowsBefore, ...this.#rowsOf(theatre)])) {
      for (const group of marks.get(row) ?? []) this.#recomputeConflict(theatre, row, group);
      rows.set(row, this.#compose(row));
    }
    return rows;
  }

  /**
   * A mission row's whole history, in row order (date, undated last, then stage), each entry with the articles
   * reporting it in key order: reads every history entry of the row (a query, not an update).
   */
  fullHistory(row: string): FullHistoryEntry[] {
    return [...this.#store.range(row, 'hist')].map((e) => {
      const { type, phase, on } = JSON.parse(e.doc!) as Pick<HistoryEntry, 'type' | 'phase' | 'on'>;
      const articleKeys = [...this.#store.range(row, 'histart', { prefix: e.sort })].map((a) => a.doc!);
      const dateBasis: DateBasis | null = e.b > 0 ? 'stated' : on !== null ? 'published' : null;
      return { type, phase, on, dateBasis, sourceCount: e.a, articleKeys };
    });
  }

  // --- membership ------------------------------------------------------------------------------------------------

  #member(id: string): Member | undefined {
    const doc = this.#store.get(memberRow(id), 'm', '')?.doc;
    if (!doc) return undefined;
    const { row, group, theatre, doc: eventDoc } = memberOf(doc);
    return { row, group, theatre, doc: eventDoc, event: JSON.parse(eventDoc) as PlacementEvent };
  }

  #add(theatre: string, row: string, group: string, event: PlacementEvent, doc: string, marks: Marks): void {
    const member: Member = { row, group, theatre, doc, event };
    this.#store.put(theatre, memberRow(event.id), 'm', { ...entry('', 1), doc: memberDoc(member) });
    this.#contribute(theatre, row, group, event, 1, marks);
  }

  /** The row the theatre's state-level reports join, and how many there are. */
  #target(theatre: string): { row: string; stateLevel: number } {
    const t = theatreRow(theatre);
    const stateLevel = this.#store.get(t, 'gs', '')?.n ?? 0;
    const areas = this.#counter(t, 'ga');
    const only = areas === 1 ? first(this.#store.range(t, 'ga', { limit: 1 }))?.doc : undefined;
    return { row: only ?? theatre, stateLevel };
  }

  /** The mission rows a theatre has now. */
  #rowsOf(theatre: string): string[] {
    const t = theatreRow(theatre);
    const areas = [...this.#store.range(t, 'ga')].map((e) => e.doc!);
    const stateLevel = this.#store.get(t, 'gs', '')?.n ?? 0;
    return stateLevel > 0 && areas.length !== 1 ? [...areas, theatre] : areas;
  }

  #count(theatre: string, group: string, sign: number): void {
    const t = theatreRow(theatre);
    if (group === theatre) this.#adjust(theatre, t, 'gs', '', { n: sign });
    else this.#adjust(theatre, t, 'ga', sortKey(group), { n: sign }, group, true);
  }

  #recompute(theatre: string, marks: Marks): void {
    this.#store.clearScope(theatre);
    const events = [...this.#visibleOfTheatre(theatre)];
    for (const { event } of events) this.#count(theatre, missionKey(event), 1);
    const target = this.#target(theatre).row;
    for (const { event, doc } of events) {
      const group = missionKey(event);
      this.#add(theatre, group === theatre ? target : group, group, event, doc, marks);
    }
  }

  // --- summaries ---------------------------------------------------------------------------------------------------

  /** Adds (`sign` 1) or removes (-1) an event's contribution to its row's and its own mission's summaries. */
  #contribute(theatre: string, row: string, group: string, event: PlacementEvent, sign: number, marks: Marks): void {
    const tally = placeTally(event);
    const place = sortedJson({ path: tally.path, name: tally.name });
    this.#adjust(theatre, groupRow(group), 'pl', sortKey(place), { n: sign }, place);

    const source = toSource(event);
    this.#adjust(theatre, row, 'src', sourceSort(source), { n: sign }, JSON.stringify(source), true);
    this.#adjust(theatre, row, 'art', sortKey(event.article.key), { n: sign }, null, true);
    const publisher = publisherOf(event.article.url);
    if (publisher) this.#adjust(theatre, row, 'pub', sortKey(publisher), { n: sign }, null, true);
    const actor = sortedJson(placeRef(event.actor));
    this.#adjust(theatre, row, 'actor', sortKey(actor), { n: sign }, actor);

    const phase = phaseOf(event);
    const date = eventDate(event);
    const on = date?.on ?? null;
    const stated = date?.basis === 'stated' ? 1 : 0;
    const hist = histSort(on, phase);
    const histDoc = JSON.stringify({ type: event.type, phase, on });
    if (sign > 0) this.#adjust(theatre, row, 'hist', hist, { n: 1, b: stated }, histDoc, true);
    const articleSort = hist + sortKey(event.article.key);
    const articles = this.#adjust(theatre, row, 'histart', articleSort, { n: sign }, event.article.key);
    if (articles.before > 0 !== articles.after > 0) this.#adjust(theatre, row, 'hist', hist, { a: sign });
    if (sign < 0) this.#adjust(theatre, row, 'hist', hist, { n: -1, b: -stated }, null, true);
    if (on !== null) this.#adjust(theatre, row, `ph:${phase}`, sortKey(on), { n: sign }, on);

    if (event.type === 'DeploymentAnnounced' && event.personnel !== null) {
      this.#figureCandidate(theatre, row, event, sign, marks);
    }
    const claim = statusClaim(phase);
    if (on !== null && claim) {
      this.#claim(theatre, row, 's', on, { value: claim, articleKey: event.article.key }, sign);
      mark(marks, row, `s${SEP}${on}`);
    }
    const day = event.occurredOn;
    if (day !== null && DAY_PRECISION.test(day)) {
      const doc = JSON.stringify({ on: day, articleKey: event.article.key });
      this.#adjust(theatre, row, `dc:${phase}`, sortKey(day) + sortKey(event.article.key), { n: sign }, doc);
      mark(marks, row, `d${SEP}${phase}`);
    }
  }

  /** A figure candidate in or out; the (figure, article)'s chosen figure (its earliest statement) follows. */
  #figureCandidate(theatre: string, row: string, event: DeploymentAnnounced, sign: number, marks: Marks): void {
    const date = eventDate(event);
    const figure: PersonnelFigure = {
      personnel: event.personnel!,
      on: date?.on ?? null,
      dateBasis: date?.basis ?? null,
      articleKey: event.article.key,
      eventId: event.id,
    };
    const pair = sortKey(String(figure.personnel)) + sortKey(figure.articleKey);
    const candidate = pair + nullFirstDate(figure.on) + sortKey(figure.eventId);
    this.#adjust(theatre, row, 'figc', candidate, { n: sign }, JSON.stringify(figure));
    const chosen = first(this.#store.range(row, 'figc', { prefix: pair, limit: 1 }));
    const chosenFigure = chosen ? (JSON.parse(chosen.doc!) as PersonnelFigure) : undefined;
    const chosenSort = chosenFigure ? figureSort(chosenFigure) : undefined;
    const selected = this.#store.get(row, 'figsel', pair);
    if (selected?.doc === chosenSort) return;
    if (selected?.doc) {
      const old = this.#store.get(row, 'fig', selected.doc);
      if (old?.doc) this.#figureClaim(theatre, row, JSON.parse(old.doc) as PersonnelFigure, -1, marks);
      this.#adjust(theatre, row, 'fig', selected.doc, { n: -1 }, null, true);
    }
    if (chosenFigure && chosenSort) {
      this.#adjust(theatre, row, 'fig', chosenSort, { n: 1 }, JSON.stringify(chosenFigure), true);
      this.#figureClaim(theatre, row, chosenFigure, 1, marks);
      this.#store.put(theatre, row, 'figsel', { ...entry(pair, 1), doc: chosenSort });
    } else {
      this.#store.put(theatre, row, 'figsel', entry(pair, 0));
    }
  }

  /** A chosen figure in or out of its date's head-count claims (and their smallest and largest figure). */
  #figureClaim(theatre: string, row: string, figure: PersonnelFigure, sign: number, marks: Marks): void {
    const date = figure.on ?? '';
    this.#claim(theatre, row, 'p', date, { value: figure.personnel, articleKey: figure.articleKey }, sign);
    this.#adjust(
      theatre,
      row,
      'pm',
      sortKey(date) + figureKey(figure.personnel),
      { n: sign },
      String(figure.personnel),
    );
    mark(marks, row, `p${SEP}${date}`);
  }

  /**
   * A claim in or out of a claim group (`kind` `p`: head counts of a date, `s`: status claims of a date), kept as
   * the counts `tallyClaims` reads: per value its distinct articles (`<kind>v`, and `<kind>r` ranked by that count),
   * per article its claims (`<kind>a`), per group its distinct values (`a`) and articles (`b`) (`<kind>g`).
   */
  #claim(theatre: string, row: string, kind: string, group: string, claim: Claim, sign: number): void {
    const g = sortKey(group);
    const value = sortKey(String(claim.value));
    const article = sortKey(claim.articleKey);
    if (sign > 0) this.#adjust(theatre, row, `${kind}g`, g, { n: 1 });
    const pair = this.#adjust(theatre, row, `${kind}l`, g + value + article, { n: sign }, claim.articleKey);
    if (pair.before > 0 !== pair.after > 0) {
      const known = this.#store.get(row, `${kind}v`, g + value)?.n ?? 0;
      const count = known + sign;
      const valueDoc = JSON.stringify(claim.value);
      if (known > 0) this.#store.put(theatre, row, `${kind}r`, entry(g + rankKey(known) + value, 0));
      if (count > 0)
        this.#store.put(theatre, row, `${kind}r`, { ...entry(g + rankKey(count) + value, 1), doc: valueDoc });
      this.#adjust(theatre, row, `${kind}v`, g + value, { n: sign }, valueDoc);
      if (known === 0 || count === 0) this.#adjust(theatre, row, `${kind}g`, g, { a: sign });
    }
    const articles = this.#adjust(theatre, row, `${kind}a`, g + article, { n: sign });
    if (articles.before > 0 !== articles.after > 0) this.#adjust(theatre, row, `${kind}g`, g, { b: sign });
    if (sign < 0) this.#adjust(theatre, row, `${kind}g`, g, { n: -1 });
  }

  /** The `ClaimTally` of a claim group: bounded reads (its counts, its top values and their first articles). */
  #tally(row: string, kind: string, group: string): ClaimTally {
    const g = sortKey(group);
    const counts = this.#store.get(row, `${kind}g`, g);
    const top = [...this.#store.range(row, `${kind}r`, { prefix: g, limit: MAX_CONFLICT_VALUES })].map((e) => {
      const value = JSON.parse(e.doc!) as string | number;
      const prefix = g + sortKey(String(value));
      const articles = this.#store.range(row, `${kind}l`, { prefix, limit: MAX_CONFLICT_SOURCES });
      return { value, articleKeys: [...articles].map((a) => a.doc!) };
    });
    return { values: counts?.a ?? 0, articles: counts?.b ?? 0, top };
  }

  /** Recomputes one conflict group of a row (a date's figures or claims, a stage's first dates) from its entries. */
  #recomputeConflict(theatre: string, row: string, group: string): void {
    const [kind, value] = group.split(SEP) as [string, string];
    let found: Conflict[];
    if (kind === 'p') {
      const min = first(this.#store.range(row, 'pm', { prefix: sortKey(value), limit: 1 }))?.doc;
      const max = first(this.#store.range(row, 'pm', { prefix: sortKey(value), desc: true, limit: 1 }))?.doc;
      const values =
        min && max && beyondTolerance(Number(min), Number(max))
          ? disputedTally(this.#tally(row, 'p', value))
          : undefined;
      found = values ? [{ field: 'personnel', on: value || null, values }] : [];
    } else if (kind === 's') {
      const values = disputedTally(this.#tally(row, 's', value));
      found = values ? [{ field: 'status', on: value, values }] : [];
    } else {
      const phase = value as Phase;
      const byArticle = new Map<string, string>();
      let firstDay: number | undefined;
      for (const e of this.#store.range(row, `dc:${phase}`)) {
        const { on, articleKey } = JSON.parse(e.doc!) as { on: string; articleKey: string };
        firstDay ??= dayNumber(on);
        if (dayNumber(on) - firstDay > DATE_CONFLICT_WINDOW_DAYS) break;
        // Entries come in date order: an article's first one is its earliest date.
        if (!byArticle.has(articleKey)) byArticle.set(articleKey, on);
      }
      found = dateConflictOf(DEPLOYMENT_STAGES.includes(phase) ? 'announcedOn' : 'withdrawalBegunOn', byArticle);
    }
    const groupSort = sortKey(group);
    const old = this.#store.get(row, 'confg', groupSort);
    if (old?.doc) this.#store.put(theatre, row, 'conf', entry(old.doc, 0));
    const conflict = found[0];
    if (!conflict) {
      this.#store.put(theatre, row, 'confg', entry(groupSort, 0));
      return;
    }
    const sort =
      sortKey(conflict.field) + sortKey(conflict.on ?? '') + sortKey(sortedJson(conflict.values)) + groupSort;
    this.#store.put(theatre, row, 'conf', { ...entry(sort, 1), doc: JSON.stringify(conflict) });
    this.#store.put(theatre, row, 'confg', { ...entry(groupSort, 1), doc: sort });
  }

  /** Adds a delta to an entry (creating it, deleting it at n = 0); a counted dim keeps its entry count. */
  #adjust(
    scope: string,
    row: string,
    dim: string,
    sort: string,
    delta: Delta,
    doc: string | null = null,
    counted = false,
  ): { before: number; after: number } {
    const known = this.#store.get(row, dim, sort);
    const before = known?.n ?? 0;
    const after = before + (delta.n ?? 0);
    this.#store.put(scope, row, dim, {
      sort,
      n: after,
      a: (known?.a ?? 0) + (delta.a ?? 0),
      b: (known?.b ?? 0) + (delta.b ?? 0),
      doc: doc ?? known?.doc ?? null,
    });
    if (counted && before > 0 !== after > 0) {
      this.#adjust(scope, row, COUNT_PREFIX + dim, '', { n: after > 0 ? 1 : -1 });
    }
    return { before, after };
  }

  #counter(row: string, dim: string): number {
    return this.#store.get(row, COUNT_PREFIX + dim, '')?.n ?? 0;
  }

  // --- rows --------------------------------------------------------------------------------------------------------

  /** The row from its summaries: bounded reads (first entries of each list, counters, the extremes). */
  #compose(row: string): MissionRow | undefined {
    const eventCount = this.#counter(row, 'src');
    if (eventCount === 0) return undefined;
    const s = this.#store;
    const docs = <T>(entries: Iterable<{ doc: string | null }>): T[] =>
      [...entries].map((e) => JSON.parse(e.doc!) as T);
    const place = decidePlace(
      [...s.range(groupRow(row), 'pl')].map((e): PlaceTally => ({ ...(JSON.parse(e.doc!) as PlaceTally), n: e.n })),
    );
    const actor = representativeOf(
      [...s.range(row, 'actor')].map((e) => ({ value: JSON.parse(e.doc!) as PlaceRef, n: e.n })),
    );
    const history: HistoryEntry[] = [...s.range(row, 'hist', { limit: MAX_HISTORY_ENTRIES })].map((e) => {
      const { type, phase, on } = JSON.parse(e.doc!) as Pick<HistoryEntry, 'type' | 'phase' | 'on'>;
      return { type, phase, on, dateBasis: e.b > 0 ? 'stated' : on !== null ? 'published' : null, sourceCount: e.a };
    });
    const stages: StageExtremes = {};
    const earliest: Partial<Record<Phase, string>> = {};
    for (const phase of PHASES) {
      const latest = first(s.range(row, `ph:${phase}`, { desc: true, limit: 1 }))?.doc ?? null;
      const undated = s.get(row, 'hist', histSort(null, phase)) !== undefined;
      if (latest !== null || undated) stages[phase] = { latest, undated };
      const early = first(s.range(row, `ph:${phase}`, { limit: 1 }))?.doc;
      if (early) earliest[phase] = early;
    }
    const dated = (phases: readonly Phase[], pick: (p: Phase) => string | null | undefined, latest: boolean) => {
      let best: string | null = null;
      for (const p of phases) {
        const on = pick(p);
        if (on && (best === null || (latest ? compareDates(on, best) > 0 : compareDates(on, best) < 0))) best = on;
      }
      return best;
    };
    // On one date a stated basis wins (see lifecycle.ts `extreme`).
    const basis = (on: string | null, phases: readonly Phase[]): DateBasis | null =>
      on === null
        ? null
        : phases.some((p) => (s.get(row, 'hist', histSort(on, p))?.b ?? 0) > 0)
          ? 'stated'
          : 'published';
    const firstOn = dated(PHASES, (p) => earliest[p], false);
    const lastOn = dated(PHASES, (p) => stages[p]?.latest, true);
    const announcedOn = dated(DEPLOYMENT_STAGES, (p) => earliest[p], false);
    const withdrawalOn = dated(WITHDRAWAL_STAGES, (p) => earliest[p], false);
    const figures = docs<PersonnelFigure>(s.range(row, 'fig', { limit: MAX_FIGURES }));
    const latestFigure = docs<PersonnelFigure>(s.range(row, 'fig', { desc: true, limit: 1 }))[0];
    return {
      key: row,
      actor,
      location: placeRef(place),
      country: placeRef(place.root),
      area: place.area?.name ?? null,
      within: place.within,
      status: statusFromExtremes(stages),
      history,
      historyCount: this.#counter(row, 'hist'),
      firstReportedOn: firstOn,
      lastReportedOn: lastOn,
      announcedOn,
      withdrawalBegunOn: withdrawalOn,
      dateBasis: {
        firstReportedOn: basis(firstOn, PHASES),
        lastReportedOn: basis(lastOn, PHASES),
        announcedOn: basis(announcedOn, DEPLOYMENT_STAGES),
        withdrawalBegunOn: basis(withdrawalOn, WITHDRAWAL_STAGES),
      },
      personnel: latestFigure?.personnel ?? null,
      personnelOn: latestFigure?.on ?? null,
      figures,
      figureCount: this.#counter(row, 'fig'),
      conflicts: docs<Conflict>(s.range(row, 'conf', { limit: MAX_CONFLICTS })),
      eventCount,
      sourceCount: this.#counter(row, 'art'),
      publisherCount: this.#counter(row, 'pub'),
      sources: docs<SourceRef>(s.range(row, 'src', { limit: MAX_SOURCES_PER_ROW })),
    };
  }
}

type Marks = Map<string, Set<string>>;

function mark(marks: Marks, row: string, group: string): void {
  const groups = marks.get(row);
  if (groups) groups.add(group);
  else marks.set(row, new Set([group]));
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function first<T>(items: Iterable<T>): T | undefined {
  for (const item of items) return item;
  return undefined;
}

function entry(sort: string, n: number) {
  return { sort, n, a: 0, b: 0, doc: null };
}

function memberDoc(m: Pick<Member, 'row' | 'group' | 'theatre' | 'doc'>): string {
  return [m.row, m.group, m.theatre, m.doc].join(SEP);
}

/** A member entry's doc (the `m` entry of `m:<event id>`): the row, own mission and theatre of the event, its JSON. */
export function memberOf(doc: string): Pick<Member, 'row' | 'group' | 'theatre' | 'doc'> {
  const [row, group, theatre, eventDoc] = doc.split(SEP) as [string, string, string, string];
  return { row, group, theatre, doc: eventDoc };
}

/** Head counts (positive safe integers) in numeric order. */
const FIGURE_DIGITS = 16;
function figureKey(personnel: number): string {
  return String(personnel).padStart(FIGURE_DIGITS, '0');
}

/** Larger counts first: a count's complement, zero-padded. */
const RANK_CEILING = 10 ** FIGURE_DIGITS;
function rankKey(count: number): string {
  return String(RANK_CEILING - count).padStart(FIGURE_DIGITS + 1, '0');
}

/** History order: date (undated last), then stage. */
function histSort(on: string | null, phase: Phase): string {
  return nullLastDate(on) + String(phaseRank(phase));
}

/** Source order (`compareSources`): date (undated last), article, type, event id. */
export function sourceSort(s: SourceRef): string {
  return nullLastDate(s.occurredOn) + sortKey(s.articleKey) + sortKey(s.type) + sortKey(s.eventId);
}

/** Figure order (`compareFigures`): date (undated first), article, event id. */
function figureSort(f: PersonnelFigure): string {
  return nullFirstDate(f.on) + sortKey(f.articleKey) + sortKey(f.eventId);
}
