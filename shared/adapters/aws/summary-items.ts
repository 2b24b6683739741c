/**
 * Incremental mission and entity rows on DynamoDB: the summaries of `MissionSummaries` and `EntitySummaries`
 * (shared/projections) in the facts table, packed per summary row while it is small and spilled to one child item
 * per entry when it grows (summary-view.ts), updated per subject (a mission theatre `missions#<theatre>` or an
 * entity `entities#<key>`) under a commit protocol that lets any number of concurrent projectors converge.
 *
 * | item            | pk                              | sk                  | attributes                                    |
 * | --------------- | ------------------------------- | ------------------- | --------------------------------------------- |
 * | row pack        | `pack#<row>`                    | `pack`              | `z` B: every entry of the row, deflated JSON; or `spilled` BOOL |
 * | spilled entry   | `spill#["<row>","<dim>"]`       | `_<sort>`           | `n`, `a`, `b` N, `doc` S (optional), `scope` S |
 * | subject head    | `head#<subject>`                | `head@2`            | `rev` N, `pending` M (the last commit's writes), `z` B (a theatre's bundle), `b` N |
 * | applied marker  | `head#<subject>`                | `head@2#applied`    | `rev` N: the last row-less commit applied     |
 * | redo chunk      | `head#<subject>`                | `redo#<writer>#<i>` | `ops` B: a piece of a large commit's writes   |
 *
 * A theatre's scope registry (the partitions it wrote, for a recompute's `clearScope`: summary-view.ts) is the dim
 * `@scope` of its theatre row `t:<theatre>`, rewritten with the row's area counts; entities keep none.
 * A pack holds at most `packMaxBytes` (deflated): a row past it is spilled once, for good (its pack then only says
 * `spilled`), so a row's cost per change is one pack write while it is small and one item per changed entry after.
 * A theatre's own rows (its theatre row `t:`, its missions' place rows `g:` and its mission rows: `bundleOf`), which
 * every commit of the theatre rewrites together, are packed together, its bundle, while it stays under
 * `bundleMaxBytes` (deflated), and the bundle is kept in the theatre's head (`z`): the commit's conditional put of
 * the head writes them, atomically, instead of three or more items (each at least a write unit) written after it
 * and copied into its pending writes. Past the bound its largest rows move to their own pack items, for good (the
 * bundle lists them, `o`). A theatre's commit changes only its own bundle: a changed event still a member of another
 * theatre (its body moved there: one id, two contents, out of contract) is first moved out by that theatre's update,
 * or, if that theatre keeps it, left to it (`update`).
 * A theatre summarized before bundles existed keeps its rows' pack items until a commit rewrites them into the
 * bundle (which says so, `l`: a row it does not hold may still have its own item); a theatre whose every commit had
 * bundles (its head says so, `b`) has no other pack item of its rows, so nothing more is read for them.
 * The head's sort key names the layout (`head@2`): a subject whose head is of an older layout (`head`, one item per
 * entry under `summary#…`) has no head here, so it is summarized again from its visible events, once.
 *
 * A subject's update (`TheatreSummaries.update`):
 *  1. Read the head and the applied marker (one consistent Query). The head's `pending` commit was applied when
 *     its mark (`pending.mark`: the smallest item it puts, a summary entry, pack or row, written after all its other
 *     writes) carries its writer's id in `commit` (one consistent GetItem), or, for a commit that puts nothing, when
 *     the marker reached its rev. Otherwise it is being applied by its writer: wait for it; when it is abandoned (its writer is not in
 *     flight here and it is older than the lease, longer than a projector may run) apply it again (its writes are
 *     absolute values: idempotent).
 *  2. Read the changed events and their records (after the head), run the projection against a `SummaryView`
 *     (summary-view.ts) until it needs no more reads: the child items and rows to write.
 *  3. Commit: put the head at `rev + 1` with the writes as `pending`, on condition that it is still at `rev` (no
 *     head at all for a new subject): step 1 saw commit `rev` applied (a mark only loses its commit's id to a later
 *     commit's write, the marker only rises). A failed condition means another projector committed after our
 *     reads: retry from 1 (with jittered backoff). A run with nothing to write commits all the same (an empty
 *     commit) where it read changed events or found no head: a projector that read those events' records before
 *     they were superseded then sees its own commit refused, and reads again.
 *  4. Apply the writes (BatchWriteItem: entries and deletions, then packs and rows: a reader sees a row's entries
 *     before its pack says spilled), the mark last with `commit` (or,
 *     without a put, raise the marker to `rev + 1`, on condition that it only rises). The head keeps its last
 *     `pending`: clearing it would rewrite the whole head (one write unit per started KB of the commit's writes),
 *     and the mark is an item written anyway.
 * The commits of a subject are thus serial, each computed from the state all earlier ones left, and a projector
 * that dies between 3 and 4 leaves a commit the next one completes. A subject without a head (new, or stored before
 * the summaries existed) is summarized from all its visible events once. No item grows with history: each entry
 * is one event's, article's, date's or figure's contribution; a row holds bounded lists (rows.ts).
 */
import { createHash, randomBytes } from 'node:crypto';
import { deflateRawSync, gunzipSync, gzipSync, inflateRawSync } from 'node:zlib';
import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import type { DomainEvent } from '../../events/contracts.ts';
import { isPlacement, type PlacementEvent } from '../../event-types/models.ts';
import { EntitySummaries, type EntityChange } from '../../projections/entity-summaries.ts';
import { memberOf, MissionSummaries, theatreRow, type MemberChange } from '../../projections/mission-summaries.ts';
import { theatreOfMission } from '../../projections/keys.ts';
import type { EntityRow, MissionRow } from '../../projections/rows.ts';
import type { SummaryEntry } from '../../projections/summary-store.ts';
import { parseSubject, ROW_KEY, rowItem } from './read-model-items.ts';
import {
  backoff,
  batchGet,
  batchWrite,
  isConditionalCheckFailed,
  mapPool,
  queryAll,
  type Item,
} from './read-model-ops.ts';
import {
  EMPTY_PACK,
  partitionId,
  SummaryReads,
  SummaryView,
  type Misses,
  type Pack,
  type SummaryWrite,
} from './summary-view.ts';

export const summaryPartition = (row: string, dim: string) => `spill#${partitionId(row, dim)}`;
const packKey = (row: string) => ({ pk: `pack#${row}`, sk: 'pack' });
/** Summary rows that are no subject's own: members (`m:`, `em:`, keyed by event), scope registries (`#`). */
const NOT_A_SUBJECTS_ROW = /^(?:m|em):|^#/;
/**
 * The subject whose bundle a summary row belongs in: a theatre `missions#<theatre>` for its theatre row
 * `t:<theatre>`, its missions' place rows `g:<mission>` and its mission rows `<mission>` (mission keys start with
 * their theatre: keys.ts), an entity `entities#<key>` for its row `e:<key>`. Every commit of a subject rewrites
 * those (a theatre's counts, and the place and mission rows of the events it adds), so they are one item.
 */
export function bundleOf(row: string): string | undefined {
  if (NOT_A_SUBJECTS_ROW.test(row)) return undefined;
  if (row.startsWith('e:')) return `entities#${row.slice(2)}`;
  if (row.startsWith('t:')) return `missions#${row.slice(2)}`;
  return `missions#${theatreOfMission(row.startsWith('g:') ? row.slice(2) : row)}`;
}
const SORT_PREFIX = '_';
/**
 * DynamoDB limits a sort key to 1,024 bytes (sort keys are ASCII: one byte a character). A longer sort is cut to
 * `SK_KEEP` characters plus a hash of the whole, and the whole kept in `sort`: such entries (only with article keys
 * or names of hundreds of characters) sort by hash among those sharing the first `SK_KEEP` characters.
 */
const SK_KEEP = 960;
const MAX_SK_CHARS = 1000;
function skOf(sort: string): string {
  const sk = SORT_PREFIX + sort;
  if (sk.length <= MAX_SK_CHARS) return sk;
  return `${sk.slice(0, SK_KEEP)}\u007f${createHash('sha256').update(sort).digest('hex')}`;
}
const HEAD_SK = 'head@2';
/** A commit's writer: 72 random bits, short because the mark row carries it (rows are billed per started KB). */
const writerId = () => randomBytes(9).toString('base64url');
/** The attribute of a commit's mark row naming the commit's writer once all its writes are applied. */
const COMMIT_ATTR = 'commit';
const headKey = (subject: string) => ({ pk: `head#${subject}`, sk: HEAD_SK });
const appliedKey = (subject: string) => ({ pk: `head#${subject}`, sk: `${HEAD_SK}#applied` });
const redoKey = (theatre: string, writer: string, i: number) => ({
  pk: `head#${theatre}`,
  sk: `redo#${writer}#${i}`,
});

/** Commits whose writes (gzipped) are larger than this go into redo chunks. */
const INLINE_OPS_BYTES = 100_000;
const CHUNK_BYTES = 100_000;
/**
 * A row's pack (deflated) up to this size; a larger one is spilled. A change to a packed row rewrites the pack (one
 * write unit per started KB), to a spilled row one item per changed entry (a report changes ~20 entries of its
 * mission row): up to 6 KB a pack is the cheaper, and it is read in two 4 KB read units.
 */
export const PACK_MAX_BYTES = 6 * 1024;
/**
 * A theatre's bundle (deflated) up to this size; past it its largest rows move to their own pack items, for good.
 * A commit rewrites the whole bundle, so it is kept to two write units: a theatre of many missions keeps the small
 * rows together and its large mission rows apart.
 */
export const BUNDLE_MAX_BYTES = 2 * 1024;
/**
 * A head's `b` when every commit of its subject bundled the subject's rows (see `Head.fresh`): 2 since entity rows
 * are bundled too (1 said so of a theatre's rows only).
 */
const BUNDLED_HEAD = 2;
/** The dim of a theatre row holding the theatre's scope registry (summary-view.ts): no dim of the projection's. */
const THEATRE_REGISTRY_DIM = '@scope';
/** Projection rounds per attempt before giving up (each round fetches what the last one missed). */
const MAX_ROUNDS = 64;

/**
 * The item a commit writes last, with `commit` = its writer: in the facts table (`f`: an entry or a pack) or the
 * subject's rows table (`r`), by key. The smallest put of the commit, since every later update reads it.
 */
type Mark = { t: 'f' | 'r'; key: Record<string, string> };
/** `mark`: absent when the commit puts nothing (only deletions): the marker item says when it was applied. */
/**
 * A commit's writes: `inline` in the head's `z` (deflated together with the subject's bundle, which shares most of
 * their text: the evidence of an event is in its member row, its mission row's sources and its row pack), `ops`
 * (gzipped: heads of earlier versions) or in `chunks` (a large commit's, see `#prepare`).
 */
type Pending = { writer: string; at: number; inline?: true; ops?: Uint8Array; chunks?: number; mark?: Mark };
/** A head's `z`: the subject's bundle and the inline writes of its last commit, deflated together. */
type HeadZ = { b?: BundleJson; o?: Ops };
type Request = { put: Item } | { delete: Record<string, string> };
/** A commit's writes as requests: summary entries and packs (facts table), rows (the subject's rows table). */
type Writes = { entries: Request[]; packs: Request[]; rows: Request[] };
/**
 * A theatre's bundle: the packs of its rows kept together (`r`, by row ascending), the rows it moved to their own
 * pack items (`o`: grown past the bundle, or spilled), and `l` when the theatre had rows in their own pack items
 * before it had a bundle (a version without bundles): a row it does not hold may then still have its own item.
 */
type BundleJson = { r: Array<[string, PackJson]>; o?: string[]; l?: 1 };
/** A bundle as read (null: none yet). */
type Bundle = { rows: Map<string, PackJson>; own: Set<string>; legacy: boolean } | null;
/** What an attempt read of the bundles: each theatre's bundle, and the rows found in their own pack items. */
type BundleReads = { bundles: Map<string, Bundle>; ownFound: Set<string>; fresh: Set<string> };
/** `fresh`: theatres known to have no row in its own pack item but those their bundle lists (see `update`). */
const newBundleReads = (fresh: Iterable<string> = []): BundleReads => ({
  bundles: new Map(),
  ownFound: new Set(),
  fresh: new Set(fresh),
});
/** `applied`: the rev of the last commit known applied (0: none); the head's `pending` is in flight while below. */
/**
 * `fresh`: every commit of the subject was of a version with bundles (its head says so with `b`), so a theatre row
 * its bundle does not hold has no pack item of its own either.
 */
type Head = { rev: number; pending?: Pending; applied: number; fresh?: boolean; bundle?: BundleJson; ops?: Ops };
const inFlight = (head: Head | undefined): head is Head & { pending: Pending } =>
  head?.pending !== undefined && head.applied < head.rev;
/** A pack's content: per dim (ascending) its entries as `[sort, n, a, b, doc]` (ascending). */
type PackJson = Array<[string, Array<[string, number, number, number, string | null]>]>;
/**
 * A run's outcome: its writes (`Ops`, the commit's pending writes), the theatre's new bundle (undefined: unchanged),
 * the other theatres whose bundled rows it would change or whose members it read (then it is not committed: see
 * `update`), and those members: event id → its article key.
 */
type Projected = Ops & { bundle?: BundleJson; cross: Set<string>; crossIds: Map<string, string> };
type Ops = {
  /** Rows whose new pack is this (null: deleted) or `spilled` (their entries are in `entries`). */
  packs: Array<[string, PackJson | null | 'spilled']>;
  entries: SummaryWrite[];
  rows: Array<[string, MissionRow | EntityRow | null]>;
};
/** An event's wanted state in a summarized row (`MemberChange`, `EntityChange`). */
export type SummaryChange = { id: string; event: DomainEvent | undefined; doc: string | undefined };

export interface TheatreSummariesOptions {
  facts: string;
  missions: string;
  entities: string;
  concurrency: number;
  maxAttempts: number;
  /** A pending commit of a writer not in flight in this process is abandoned after this long. */
  leaseMs: number;
  /** A row's pack (deflated) up to this many bytes, else it is spilled (default `PACK_MAX_BYTES`). */
  packMaxBytes?: number;
  /** A theatre's bundle (deflated) up to this many bytes (default `BUNDLE_MAX_BYTES`; 0: no bundles, every row its own pack). */
  bundleMaxBytes?: number;
  /** A commit's writes go in its head up to this many bytes (deflated), else in redo chunks of this size at most. */
  inlineMaxBytes?: number;
}

/** What one theatre update must read: its changed members (read after the head), its visible events (rebuild). */
export interface TheatreInputs {
  changes(): Promise<SummaryChange[]>;
  visible(): Promise<Array<{ event: DomainEvent; doc: string }>>;
  /** Called after each read of the subject's head (before any of the reads above). */
  headRead?(): void;
  /** Updates these subjects for these events (id → article key) first (see `update`). */
  others?(subjects: string[], events: Map<string, string>): Promise<void>;
}

export class TheatreSummaries {
  readonly #doc: DynamoDBDocumentClient;
  readonly #o: TheatreSummariesOptions;
  readonly #inFlight = new Set<string>();

  constructor(doc: DynamoDBDocumentClient, options: TheatreSummariesOptions) {
    this.#doc = doc;
    this.#o = options;
  }

  /** Updates the rows of one subject: `missions#<theatre>` or `entities#<entity key>`. */
  async update(theatre: string, inputs: TheatreInputs): Promise<void> {
    /** Changed events left to the theatre that holds their member row (see below). */
    const leaveOut = new Set<string>();
    let othersAsked = false;
    for (let attempt = 0; ; attempt++) {
      if (attempt >= this.#o.maxAttempts) {
        throw new Error(`read model ${theatre}: still conflicted after ${attempt} attempts`);
      }
      if (attempt > 0) await backoff(attempt);
      const head = await this.#head(theatre);
      inputs.headRead?.();
      if (inFlight(head)) {
        const p = head.pending;
        if (!this.#inFlight.has(p.writer) && Date.now() - p.at >= this.#o.leaseMs) await this.#finish(theatre, head);
        continue;
      }
      const changes = (head ? await inputs.changes() : []).filter((c) => !leaveOut.has(c.id));
      const fresh = this.#bundling() && (!head || head.fresh === true);
      const { bundle, cross, crossIds, ...ops } = await this.#project(theatre, head, changes, inputs, fresh, leaveOut);
      if (cross.size > 0) {
        // An event of this theatre is still a member of another one (its body moved: one id, two contents, out of
        // contract): this run would change that theatre's rows, which are in its head, not ours, or take the member
        // without removing it there. That theatre's own update moves it out first; if it keeps it (its body is that
        // theatre's after all), the event is not ours to change.
        if (!othersAsked && inputs.others) {
          othersAsked = true;
          await inputs.others([...cross], crossIds);
        } else {
          if (crossIds.size === 0) throw new Error(`read model ${theatre}: rows of ${[...cross]} changed`);
          for (const id of crossIds.keys()) leaveOut.add(id);
        }
        continue;
      }
      // Nothing of ours to write. Still, a projector that read the facts before ours (a record not yet superseded)
      // may be about to commit what they no longer say: a commit that writes nothing raises the head's rev (or
      // creates the head) all the same, so that projector's conditional commit fails and it reads again.
      const nothing = ops.packs.length === 0 && ops.entries.length === 0 && ops.rows.length === 0 && !bundle;
      if (nothing && head && changes.length === 0) return;
      const writer = writerId();
      const rev = (head?.rev ?? 0) + 1;
      const writes = this.#writes(theatre, rev, ops);
      this.#inFlight.add(writer);
      try {
        const { pending, z } = await this.#prepare(
          theatre,
          writer,
          ops,
          markOf(writes, theatre),
          bundle ?? head?.bundle,
        );
        if (!(await this.#commit(theatre, head, pending, fresh, z))) {
          if (pending.chunks) await this.#dropChunks(theatre, pending);
          continue;
        }
        await this.#finish(theatre, { rev, pending, applied: head?.applied ?? 0 }, writes);
        return;
      } finally {
        this.#inFlight.delete(writer);
      }
    }
  }

  /**
   * A read of the summaries (a query): `fn` run until it read everything it needs. Not isolated from a commit being
   * applied at the same time (it may see part of it), like any read of rows being updated.
   */
  async read<T>(fn: (summaries: MissionSummaries) => T): Promise<T> {
    const reads = new SummaryReads();
    const bundles = newBundleReads();
    const none: TheatreInputs = { changes: async () => [], visible: async () => [] };
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const view = new SummaryView(reads);
      let result: T | undefined;
      let failure: unknown;
      try {
        result = fn(new MissionSummaries(view, () => []));
      } catch (error) {
        failure = error;
      }
      if (!view.missed) {
        if (failure !== undefined) throw failure;
        return result!;
      }
      await this.#fetch(view.misses, reads, none, bundles);
    }
    throw new Error(`read model missions: a summary read needed more than ${MAX_ROUNDS} read rounds`);
  }

  /** The projection's writes for this subject, run until it read everything it needs. */
  async #project(
    subject: string,
    head: Head | undefined,
    changes: SummaryChange[],
    inputs: TheatreInputs,
    fresh: boolean,
    leaveOut: ReadonlySet<string> = new Set(),
  ): Promise<Projected> {
    const { model, key } = parseSubject(subject);
    const known = head !== undefined;
    const reads = new SummaryReads();
    const bundles = newBundleReads(fresh ? [subject] : []);
    // The subject's bundle came with its head.
    if (this.#bundling()) bundles.bundles.set(subject, bundleFrom(head?.bundle));
    // An entity without a head has no summaries: all its visible events go in.
    const given = inputs;
    inputs = { ...given, visible: async () => (await given.visible()).filter((v) => !leaveOut.has(v.event.id)) };
    const all = known || model === 'missions' ? [] : await inputs.visible();
    for (let round = 0; round < MAX_ROUNDS; round++) {
      // Entity summaries never clear a scope: no registry of what they wrote. A theatre's registry is a dim of its
      // theatre row, which every change of the theatre's members rewrites anyway (one pack write, not two).
      const view = new SummaryView(
        reads,
        model === 'missions'
          ? { registry: (theatre) => ({ row: theatreRow(theatre), dim: THEATRE_REGISTRY_DIM }) }
          : { clearable: false },
      );
      let rows: Map<string, MissionRow | EntityRow | undefined> | undefined;
      let failure: unknown;
      try {
        if (model === 'missions') {
          const summaries = new MissionSummaries(view, (t) => view.theatre(t));
          rows = known ? summaries.apply(changes as MemberChange[]) : summaries.rebuildTheatre(key);
        } else {
          rows = new EntitySummaries(view).apply(
            (known ? changes : all.map((v) => ({ id: v.event.id, ...v }))) as EntityChange[],
          );
        }
      } catch (error) {
        failure = error; // a run that missed reads saw a partial state: only a complete run's error counts
      }
      if (!view.missed) {
        if (failure !== undefined) throw failure;
        const storage = this.#storage(view, bundles, subject);
        // Members of other subjects this run read (a changed event's, or one a rebuild takes): see `update`.
        const crossIds = new Map<string, string>();
        const cross = new Set(storage.cross);
        if (this.#bundling()) {
          for (const [row, pack] of reads.packs) {
            const member = memberIn(row, pack);
            if (member === undefined || member.subject === subject) continue;
            cross.add(member.subject);
            crossIds.set(member.id, member.articleKey);
          }
        }
        return { ...storage, cross, crossIds, rows: [...rows!].map(([k, row]) => [k, row ?? null]) };
      }
      await this.#fetch(view.misses, reads, inputs, bundles);
    }
    throw new Error(`read model ${model}: ${subject} needed more than ${MAX_ROUNDS} read rounds`);
  }

  /**
   * How the run's changes are stored: packs (spilling those past the bound), spilled rows' entries, and the bundles
   * of the theatres whose rows changed (rows growing past a bundle move to their own pack items).
   */
  #storage(
    view: SummaryView,
    read: BundleReads,
    own: string | undefined,
  ): Pick<Projected, 'packs' | 'entries' | 'bundle' | 'cross'> {
    const packs: Ops['packs'] = [];
    const entries: SummaryWrite[] = [];
    const max = this.#o.packMaxBytes ?? PACK_MAX_BYTES;
    const alone = (row: string, json: PackJson | null) => {
      if (!json || deflatePack(json).length <= max) {
        packs.push([row, json]);
        return;
      }
      packs.push([row, 'spilled']);
      for (const [dim, list] of json) {
        for (const [sort, n, a, b, doc] of list) entries.push({ scope: '', row, dim, entry: { sort, n, a, b, doc } });
      }
    };
    const changed = new Map<string, Map<string, PackJson | null>>(); // theatre → row → its new pack
    for (const write of view.rowWrites()) {
      if ('spilled' in write) {
        entries.push(...write.spilled);
        continue;
      }
      const json = write.pack && packJson(write.pack);
      const theatre = this.#bundled(write.row, read);
      if (theatre === undefined) alone(write.row, json);
      else changed.set(theatre, (changed.get(theatre) ?? new Map()).set(write.row, json));
    }
    let bundle: BundleJson | undefined;
    const cross = new Set<string>();
    const bundleMax = this.#o.bundleMaxBytes ?? BUNDLE_MAX_BYTES;
    for (const [theatre, rows] of changed) {
      if (theatre !== own) {
        cross.add(theatre);
        continue;
      }
      const before = read.bundles.get(theatre) ?? null;
      const held = new Map(before?.rows ?? []);
      const moved = new Set(before?.own ?? []);
      for (const [row, json] of rows) {
        held.delete(row);
        if (json && deflatePack(json).length > max) {
          alone(row, json); // past a pack: spilled, as any row
          moved.add(row);
        } else if (json) held.set(row, json);
      }
      // Too large: the largest rows move to their own pack items (spilled when past a pack), and stay there.
      const sizes = new Map([...held].map(([row, json]) => [row, deflatePack(json).length]));
      while (held.size > 0 && bundleBytes(held, moved, before?.legacy ?? false) > bundleMax) {
        const [largest] = [...held.keys()].sort((x, y) => sizes.get(y)! - sizes.get(x)! || (x < y ? -1 : 1));
        alone(largest!, held.get(largest!)!);
        held.delete(largest!);
        moved.add(largest!);
      }
      // A row of a version without bundles leaves its own item for the bundle (or is gone).
      for (const row of rows.keys()) if (read.ownFound.has(row) && !moved.has(row)) packs.push([row, null]);
      const legacy = (before?.legacy ?? false) || [...read.ownFound].some((row) => bundleOf(row) === theatre);
      bundle = bundleJson(held, moved, legacy);
    }
    return { packs, entries, bundle, cross };
  }

  #bundling(): boolean {
    return (this.#o.bundleMaxBytes ?? BUNDLE_MAX_BYTES) > 0;
  }

  /** The theatre whose bundle holds `row`'s pack, or undefined when the row has its own pack item. */
  #bundled(row: string, read: BundleReads): string | undefined {
    if (!this.#bundling()) return undefined;
    const theatre = bundleOf(row);
    if (theatre === undefined || read.bundles.get(theatre)?.own.has(row)) return undefined;
    return theatre;
  }

  async #fetch(misses: Misses, reads: SummaryReads, inputs: TheatreInputs, read: BundleReads): Promise<void> {
    const gets = [...misses.gets.entries()];
    const ranges = [...misses.ranges.entries()];
    await Promise.all([
      (async () => {
        // A theatre's rows from its bundle; a row it does not hold from its own item, where it may have one.
        const theatres = new Set<string>();
        for (const row of misses.packs) {
          const theatre = this.#bundled(row, read);
          if (theatre !== undefined && !read.bundles.has(theatre)) theatres.add(theatre);
        }
        // Another subject's bundle (a query's, or a moved member's) is in that subject's head.
        const heads = await batchGet(this.#doc, this.#o.facts, [...theatres].map(headKey), {
          expression: '#pk, #z, #b',
          names: { '#pk': 'pk', '#z': 'z', '#b': 'b' },
        });
        const foundHeads = new Map(heads.map((item) => [String(item.pk), item]));
        for (const theatre of theatres) {
          const item = foundHeads.get(headKey(theatre).pk);
          const z = item?.z instanceof Uint8Array ? headZ(item.z) : {};
          read.bundles.set(theatre, bundleFrom(z.bundle));
          if (item?.b === BUNDLED_HEAD) read.fresh.add(theatre);
        }
        const packs: string[] = [];
        for (const row of misses.packs) {
          const theatre = this.#bundled(row, read);
          const bundle = theatre === undefined ? undefined : read.bundles.get(theatre);
          const held = bundle?.rows.get(row);
          if (held) reads.packs.set(row, packFromJson(held));
          else if (bundle ? !bundle.legacy : read.fresh.has(theatre!)) reads.packs.set(row, EMPTY_PACK);
          else packs.push(row);
        }
        const items = await batchGet(this.#doc, this.#o.facts, packs.map(packKey));
        const found = new Map(items.map((item) => [String(item.pk), item]));
        for (const row of packs) {
          const item = found.get(packKey(row).pk);
          reads.packs.set(row, packOf(item));
          if (item && this.#bundled(row, read) !== undefined) read.ownFound.add(row);
        }
      })(),
      (async () => {
        const items = await batchGet(
          this.#doc,
          this.#o.facts,
          gets.map(([, g]) => ({ pk: summaryPartition(g.row, g.dim), sk: skOf(g.sort) })),
        );
        const found = new Map(items.map((item) => [`${String(item.pk)}\u0000${String(item.sk)}`, item]));
        for (const [id, g] of gets) {
          const item = found.get(`${summaryPartition(g.row, g.dim)}\u0000${skOf(g.sort)}`);
          reads.gets.set(id, item ? entryOf(item) : null);
        }
      })(),
      mapPool(ranges, this.#o.concurrency, async ([id, r]) => {
        const entries: SummaryEntry[] = [];
        let ExclusiveStartKey: Record<string, unknown> | undefined;
        do {
          const out = await this.#doc.send(
            new QueryCommand({
              TableName: this.#o.facts,
              KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
              ExpressionAttributeValues: {
                ':pk': summaryPartition(r.row, r.dim),
                ':prefix': (SORT_PREFIX + r.prefix).slice(0, SK_KEEP),
              },
              ScanIndexForward: !r.desc,
              Limit: r.want - entries.length,
              ConsistentRead: true,
              ExclusiveStartKey,
            }),
          );
          for (const item of out.Items ?? []) {
            const entry = entryOf(item as Item);
            if (entry.sort.startsWith(r.prefix)) entries.push(entry);
          }
          ExclusiveStartKey = out.LastEvaluatedKey;
        } while (ExclusiveStartKey && entries.length < r.want);
        reads.ranges.set(id, { entries, complete: ExclusiveStartKey === undefined });
      }),
      (async () => {
        if (misses.theatres.size === 0) return;
        const visible = (await inputs.visible()).filter((v): v is { event: PlacementEvent; doc: string } =>
          isPlacement(v.event),
        );
        for (const t of misses.theatres) reads.theatres.set(t, visible);
      })(),
    ]);
  }

  /** The head and its applied marker, in one Query (both under the head's partition, sorted together). */
  async #head(theatre: string): Promise<Head | undefined> {
    const items = await queryAll(this.#doc, {
      TableName: this.#o.facts,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :sk)',
      ExpressionAttributeValues: { ':pk': headKey(theatre).pk, ':sk': HEAD_SK },
      ConsistentRead: true,
    });
    const head = items.find((item) => item.sk === HEAD_SK);
    if (!head) return undefined;
    const marker = items.find((item) => item.sk === appliedKey(theatre).sk);
    const pending = head.pending as Pending | undefined;
    const rev = Number(head.rev);
    let applied = Number(marker?.rev ?? 0);
    if (pending?.mark !== undefined && applied < rev) {
      const out = await this.#doc.send(
        new GetCommand({
          TableName: pending.mark.t === 'f' ? this.#o.facts : this.#o[parseSubject(theatre).model],
          Key: pending.mark.key,
          ProjectionExpression: '#commit',
          ExpressionAttributeNames: { '#commit': COMMIT_ATTR },
          ConsistentRead: true,
        }),
      );
      if (out.Item?.[COMMIT_ATTR] === pending.writer) applied = rev;
    }
    return {
      rev,
      applied,
      ...(pending ? { pending } : {}),
      fresh: head.b === BUNDLED_HEAD,
      ...(head.z instanceof Uint8Array ? headZ(head.z) : {}),
    };
  }

  /** The pending record of a commit: its writes inline, or (large) in redo chunks written before the commit. */
  /**
   * The pending record of a commit and the head's `z`: its writes inline, deflated with the bundle, or (large) in
   * redo chunks written before the commit.
   */
  async #prepare(
    theatre: string,
    writer: string,
    ops: Ops,
    markAt: Mark | undefined,
    bundle: BundleJson | undefined,
  ): Promise<{ pending: Pending; z: Uint8Array | undefined }> {
    const mark = markAt ? { mark: markAt } : {};
    if (!this.#bundling()) {
      // As versions before bundles kept them: gzipped in `pending` (what `bundleMaxBytes: 0` is for).
      const gzipped = gzipSync(JSON.stringify(ops));
      if (gzipped.length <= (this.#o.inlineMaxBytes ?? INLINE_OPS_BYTES)) {
        return { pending: { writer, at: Date.now(), ops: gzipped, ...mark }, z: undefined };
      }
    }
    const b = bundle ? { b: bundle } : {};
    const inline = deflateRawSync(JSON.stringify({ ...b, o: ops } satisfies HeadZ));
    if (this.#bundling() && inline.length <= (this.#o.inlineMaxBytes ?? INLINE_OPS_BYTES)) {
      return { pending: { writer, at: Date.now(), inline: true, ...mark }, z: inline };
    }
    const zipped = gzipSync(JSON.stringify(ops));
    const pieces: Uint8Array[] = [];
    const size = Math.min(CHUNK_BYTES, this.#o.inlineMaxBytes ?? CHUNK_BYTES);
    for (let i = 0; i < zipped.length; i += size) pieces.push(zipped.subarray(i, i + size));
    await batchWrite(
      this.#doc,
      this.#o.facts,
      pieces.map((ops, i) => ({ put: { ...redoKey(theatre, writer, i), ops } })),
    );
    return {
      pending: { writer, at: Date.now(), chunks: pieces.length, ...mark },
      z: bundle ? deflateRawSync(JSON.stringify(b satisfies HeadZ)) : undefined,
    };
  }

  async #commit(
    theatre: string,
    head: Head | undefined,
    pending: Pending,
    fresh: boolean,
    bundle: Uint8Array | undefined,
  ): Promise<boolean> {
    try {
      await this.#doc.send(
        new PutCommand({
          TableName: this.#o.facts,
          Item: {
            ...headKey(theatre),
            rev: (head?.rev ?? 0) + 1,
            pending,
            ...(fresh ? { b: BUNDLED_HEAD } : {}),
            ...(bundle ? { z: bundle } : {}),
          },
          ...(head
            ? {
                ConditionExpression: '#rev = :rev',
                ExpressionAttributeNames: { '#rev': 'rev' },
                ExpressionAttributeValues: { ':rev': head.rev },
              }
            : { ConditionExpression: 'attribute_not_exists(pk)' }),
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
  }

  /** Applies a committed head's pending writes and marks them applied (by its writer, or for an abandoned one). */
  async #finish(theatre: string, head: Head, known?: Writes): Promise<void> {
    const pending = head.pending!;
    const model = parseSubject(theatre).model;
    const writes = known ?? this.#writes(theatre, head.rev, await this.#pendingOps(theatre, head));
    const mark = pending.mark;
    const isMark = (t: Mark['t']) => (r: Request) =>
      mark !== undefined && mark.t === t && 'put' in r && Object.entries(mark.key).every(([k, v]) => r.put[k] === v);
    const notMark = (t: Mark['t'], list: Request[]) => list.filter((r) => !isMark(t)(r));
    // A spilled row's entries before its pack says so (a reader of the pack meanwhile sees the old one).
    await batchWrite(this.#doc, this.#o.facts, notMark('f', writes.entries));
    await Promise.all([
      batchWrite(this.#doc, this.#o.facts, notMark('f', writes.packs)),
      batchWrite(this.#doc, this.#o[model], notMark('r', writes.rows)),
    ]);
    // Last, the mark: every other write of the commit is done once it carries the commit's writer.
    const last = [...writes.entries, ...writes.packs].find(isMark('f')) ?? writes.rows.find(isMark('r'));
    if (mark && last && 'put' in last) {
      await this.#doc.send(
        new PutCommand({
          TableName: mark.t === 'f' ? this.#o.facts : this.#o[model],
          Item: { ...last.put, [COMMIT_ATTR]: pending.writer },
        }),
      );
    } else await this.#raiseMarker(theatre, head.rev);
    if (pending.chunks) await this.#dropChunks(theatre, pending);
  }

  /** A commit's writes, its rows at `rev`. */
  #writes(theatre: string, rev: number, ops: Ops): Writes {
    const model = parseSubject(theatre).model;
    return {
      entries: ops.entries.map((w) =>
        w.entry.n > 0
          ? { put: entryItem(w) }
          : { delete: { pk: summaryPartition(w.row, w.dim), sk: skOf(w.entry.sort) } },
      ),
      packs: ops.packs.map(([row, pack]) =>
        pack === null
          ? { delete: packKey(row) }
          : { put: { ...packKey(row), ...(pack === 'spilled' ? { spilled: true } : { z: deflatePack(pack) }) } },
      ),
      rows: ops.rows.map(([key, row]) => ({ put: rowItem(model, key, rev, row ?? undefined) })),
    };
  }

  /** The applied marker of a commit without rows (only rises). */
  async #raiseMarker(theatre: string, rev: number): Promise<void> {
    try {
      await this.#doc.send(
        new PutCommand({
          TableName: this.#o.facts,
          Item: { ...appliedKey(theatre), rev },
          ConditionExpression: 'attribute_not_exists(#rev) OR #rev < :rev',
          ExpressionAttributeNames: { '#rev': 'rev' },
          ExpressionAttributeValues: { ':rev': rev },
        }),
      );
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error; // another projector finished it first
    }
  }

  async #pendingOps(theatre: string, head: Head): Promise<Ops> {
    const pending = head.pending!;
    if (pending.inline) {
      if (!head.ops) throw new Error(`read model ${theatre}: the head's inline writes are missing`);
      return head.ops;
    }
    if (pending.ops !== undefined) return JSON.parse(gunzipSync(pending.ops).toString('utf8')) as Ops;
    const items = await queryAll(this.#doc, {
      TableName: this.#o.facts,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': headKey(theatre).pk, ':prefix': `redo#${pending.writer}#` },
      ConsistentRead: true,
    });
    const pieces = new Map(items.map((item) => [Number(String(item.sk).split('#').pop()), item.ops as Uint8Array]));
    const zipped = Buffer.concat(Array.from({ length: pending.chunks! }, (_, i) => pieces.get(i) ?? new Uint8Array()));
    return JSON.parse(gunzipSync(zipped).toString('utf8')) as Ops;
  }

  async #dropChunks(theatre: string, pending: Pending): Promise<void> {
    await mapPool(
      Array.from({ length: pending.chunks ?? 0 }, (_, i) => i),
      this.#o.concurrency,
      (i) => this.#doc.send(new DeleteCommand({ TableName: this.#o.facts, Key: redoKey(theatre, pending.writer, i) })),
    );
  }
}

function packJson(pack: Array<[string, SummaryEntry[]]>): PackJson {
  return pack.map(([dim, entries]) => [dim, entries.map((e) => [e.sort, e.n, e.a, e.b, e.doc])]);
}

function deflatePack(json: PackJson): Buffer {
  return deflateRawSync(JSON.stringify(json));
}

/** The theatre a member row (`m:<id>`, as read) says its event is in, and the event's article. */
function memberIn(
  row: string,
  pack: Pack | undefined,
): { id: string; subject: string; articleKey: string } | undefined {
  const entity = row.startsWith('em:');
  if ((!entity && !row.startsWith('m:')) || !pack || pack.spilled) return undefined;
  const doc = pack.dims.get('m')?.find((e) => e.sort === '')?.doc;
  if (!doc) return undefined;
  // A mission member: its row, own mission, theatre and event; an entity member: its entity key and event.
  const at = doc.indexOf('\u0000');
  const [subject, json] = entity
    ? [`entities#${doc.slice(0, at)}`, doc.slice(at + 1)]
    : [`missions#${memberOf(doc).theatre}`, memberOf(doc).doc];
  return { id: row.slice(row.indexOf(':') + 1), subject, articleKey: (JSON.parse(json) as DomainEvent).article.key };
}

function packFromJson(json: PackJson): Pack {
  return {
    spilled: false,
    dims: new Map(json.map(([dim, entries]) => [dim, entries.map(([sort, n, a, b, doc]) => ({ sort, n, a, b, doc }))])),
  };
}

function bundleJson(rows: Map<string, PackJson>, own: Set<string>, legacy: boolean): BundleJson {
  const sorted = [...rows].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  return { r: sorted, ...(own.size > 0 ? { o: [...own].sort() } : {}), ...(legacy ? { l: 1 as const } : {}) };
}

function bundleBytes(rows: Map<string, PackJson>, own: Set<string>, legacy: boolean): number {
  return deflateRawSync(JSON.stringify(bundleJson(rows, own, legacy))).length;
}

/** A head's `z`: its bundle and inline writes (a `z` holding only a bundle, `r`, is of an earlier version). */
function headZ(z: Uint8Array): { bundle?: BundleJson; ops?: Ops } {
  const json = JSON.parse(inflateRawSync(z).toString('utf8')) as HeadZ | BundleJson;
  if ('r' in json) return { bundle: json };
  return { ...(json.b ? { bundle: json.b } : {}), ...(json.o ? { ops: json.o } : {}) };
}

/** A subject's bundle as read from its head (none: null). */
function bundleFrom(json: BundleJson | undefined): Bundle {
  if (!json) return null;
  return { rows: new Map(json.r), own: new Set(json.o ?? []), legacy: json.l === 1 };
}

/** A pack item as read (none: an empty row that never spilled). */
function packOf(item: Item | undefined): Pack {
  if (!item) return EMPTY_PACK;
  if (item.spilled === true) return { spilled: true };
  return packFromJson(JSON.parse(inflateRawSync(item.z as Uint8Array).toString('utf8')) as PackJson);
}

function entryOf(item: Item): SummaryEntry {
  return {
    sort: typeof item.sort === 'string' ? item.sort : String(item.sk).slice(SORT_PREFIX.length),
    n: Number(item.n),
    a: Number(item.a ?? 0),
    b: Number(item.b ?? 0),
    doc: typeof item.doc === 'string' ? item.doc : null,
  };
}

function entryItem(w: SummaryWrite): Item {
  const { sort, n, a, b, doc } = w.entry;
  return {
    pk: summaryPartition(w.row, w.dim),
    sk: skOf(sort),
    ...(skOf(sort) === SORT_PREFIX + sort ? {} : { sort }),
    ...(w.scope ? { scope: w.scope } : {}),
    n,
    a,
    b,
    ...(doc !== null ? { doc } : {}),
  };
}

/**
 * Where a commit's mark goes: its smallest put (the next update reads it, billed by size), an entry only when no
 * pack of the commit turns spilled (that row's entries must all be written before its pack says so), and only an
 * item no other subject's commit writes: a member row (`m:<id>`, `em:<id>`, keyed by event) is written by the
 * commit of whichever subject the event moves to, which would take the mark's writer away and leave this commit
 * looking unapplied. Without such a put, the applied marker says it.
 */
function markOf(writes: Writes, subject: string): Mark | undefined {
  const { model } = parseSubject(subject);
  const ours = (row: string) => bundleOf(row) === subject;
  const rowOf = (item: Item): string => {
    const pk = String(item.pk);
    if (pk.startsWith('pack#')) return pk.slice('pack#'.length);
    if (pk.startsWith('spill#')) return (JSON.parse(pk.slice('spill#'.length)) as [string, string])[0];
    return '';
  };
  const spills = writes.packs.some((r) => 'put' in r && r.put.spilled === true);
  const candidates: Array<{ t: Mark['t']; item: Item }> = [];
  for (const r of [...(spills ? [] : writes.entries), ...writes.packs])
    if ('put' in r && ours(rowOf(r.put))) candidates.push({ t: 'f', item: r.put });
  for (const r of writes.rows) {
    const rowKey = 'put' in r ? String(r.put[ROW_KEY[model]]) : '';
    if (
      'put' in r &&
      (model === 'missions' ? `missions#${theatreOfMission(rowKey)}` : `entities#${rowKey}`) === subject
    )
      candidates.push({ t: 'r', item: r.put });
  }
  let best: { t: Mark['t']; item: Item; bytes: number } | undefined;
  for (const c of candidates) {
    const bytes = approxBytes(c.item);
    if (!best || bytes < best.bytes) best = { ...c, bytes };
  }
  if (!best) return undefined;
  const keys = best.t === 'f' ? ['pk', 'sk'] : [ROW_KEY[model]];
  return { t: best.t, key: Object.fromEntries(keys.map((k) => [k, String(best.item[k])])) };
}

/** An item's size, near enough to compare: names and values, binaries by length. */
function approxBytes(item: Item): number {
  let n = 0;
  for (const [k, v] of Object.entries(item)) {
    n +=
      k.length +
      (v instanceof Uint8Array ? v.length : typeof v === 'string' ? Buffer.byteLength(v) : JSON.stringify(v).length);
  }
  return n;
}
