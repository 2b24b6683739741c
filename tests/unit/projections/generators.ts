import fc from 'fast-check';
import type { ArticleRecord } from '../../../shared/events/article-records.ts';
import type { DomainEvent } from '../../../shared/events/contracts.ts';
import type { LogEvent } from '../../../shared/events/envelope.ts';
import { deleted, deployment, dissolution, hexId, processed, withdrawal, type PlaceSpec } from './fixtures.ts';

const ACTORS = [
  { name: 'Russia', code: 'RU' },
  { name: 'Russian Federation', code: 'RU' },
  { name: 'NATO' },
  { name: 'the NATO' },
  { name: 'France', code: 'FR' },
];
/** Places that nest (Nagorno-Karabakh ⊂ Azerbaijan, Bucha ⊂ Kyiv region ⊂ Ukraine …) or stand apart. */
const PLACES: Array<string | PlaceSpec> = [
  'Mali',
  'Kosovo',
  'Nagorno-Karabakh',
  'nagorno karabakh',
  { name: 'Azerbaijan', code: 'AZ', precision: 'country' },
  { name: 'Ukraine', code: 'UA', precision: 'country' },
  { name: 'Kyiv', code: 'UA', admin1: 'Kyiv City', precision: 'place' },
  { name: 'Chernihiv', code: 'UA', admin1: 'Chernihiv Oblast', precision: 'place' },
  { name: 'Bucha', code: 'UA', admin1: 'Kyiv Oblast', precision: 'place' },
  { name: 'Irpin', code: 'UA', admin1: 'Kyiv Oblast', precision: 'place' },
  { name: 'Kyiv Oblast', code: 'UA', precision: 'admin1' },
  'Europe',
  'Eastern Europe',
];
const EVIDENCE = [
  undefined,
  'The first troops arrived on Monday.',
  'The last soldiers left, completing the withdrawal.',
];
const ENTITIES = ['Republic of Artsakh', 'Nagorno-Karabakh Republic', 'Wagner Group', 'Warsaw Pact', 'USSR'];
const DATES = [null, '2020', '2020-03', '2020-03-05', '2021-07-01', '2019-12-31'];
const PERSONNEL = [null, 500, 1960];
const ARTICLES = ['a.txt', 'b.txt', 'c.html', 'd.json'];

type EventSpec = {
  kind: number;
  actor: number;
  place: number;
  entity: number;
  date: number;
  personnel: number;
  evidence: number;
};

const eventSpec: fc.Arbitrary<EventSpec> = fc.record({
  kind: fc.nat(2),
  actor: fc.nat(ACTORS.length - 1),
  place: fc.nat(PLACES.length - 1),
  entity: fc.nat(ENTITIES.length - 1),
  date: fc.nat(DATES.length - 1),
  personnel: fc.nat(PERSONNEL.length - 1),
  evidence: fc.nat(EVIDENCE.length - 1),
});

function buildEvent(seed: string, articleKey: string, s: EventSpec): DomainEvent {
  const evidence = EVIDENCE[s.evidence];
  const common = {
    articleKey,
    occurredOn: DATES[s.date]!,
    // Some events have no publication date either: their stages are undated.
    ...(s.date % 3 === 0 ? {} : { published: '2024-01-0' + (1 + (s.date % 9)) }),
    ...(evidence ? { evidence } : {}),
  };
  if (s.kind === 0) {
    return deployment(seed, {
      ...common,
      actor: ACTORS[s.actor]!,
      location: PLACES[s.place]!,
      personnel: PERSONNEL[s.personnel]!,
    });
  }
  if (s.kind === 1) return withdrawal(seed, { ...common, actor: ACTORS[s.actor]!, location: PLACES[s.place]! });
  return dissolution(seed, {
    ...common,
    entity: ENTITIES[s.entity]!,
    ...(s.personnel === 1 ? { kind: 'state', decidedOn: '2023-09' } : {}),
    ...(s.personnel === 2 ? { effectiveOn: '2024-01-01' } : {}),
  });
}

type RevisionSpec = {
  /** 0–5 processed, 6 failed, 7–8 deleted. */
  outcome: number;
  events: EventSpec[];
  /** Keep the previous revision's events (same bytes uploaded again: same ids). */
  sameBytes: boolean;
  /** Add a second, different record at the same revision (out of contract; the tie-break must be deterministic). */
  rivalRecord: boolean;
  /** Deliver one more event that no record lists. */
  orphan: EventSpec | null;
};

const revisionSpec: fc.Arbitrary<RevisionSpec> = fc.record({
  outcome: fc.nat(8),
  events: fc.array(eventSpec, { maxLength: 4 }),
  sameBytes: fc.boolean(),
  rivalRecord: fc.nat(9).map((n) => n === 0),
  orphan: fc.option(eventSpec, { freq: 5 }),
});

/** A log: per article, per revision, its domain events then its record. */
export const logArb: fc.Arbitrary<LogEvent[]> = fc
  .array(fc.array(revisionSpec, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: ARTICLES.length })
  .map((articles) => {
    const log: LogEvent[] = [];
    articles.forEach((revisions, a) => {
      const key = ARTICLES[a]!;
      let previous: DomainEvent[] = [];
      revisions.forEach((r, i) => {
        const revision = i + 1;
        const events =
          r.sameBytes && previous.length > 0
            ? previous
            : r.events.map((s, j) => buildEvent(`${key}:${revision}:${j}`, key, s));
        let record: ArticleRecord;
        if (r.outcome <= 5)
          record = processed(key, revision, events, {
            title: `T ${key} ${revision}`,
            published: `202${revision}-06-15`,
          });
        else if (r.outcome === 6)
          record = processed(key, revision, [], { status: 'failed', error: { code: 'NO_TEXT', message: 'empty' } });
        else record = deleted(key, revision);
        if (record.type === 'ArticleProcessed' && record.status === 'processed') log.push(...events);
        if (r.orphan) log.push(buildEvent(`${key}:${revision}:orphan`, key, r.orphan));
        log.push(record);
        if (r.rivalRecord)
          log.push({ ...processed(key, revision, events.slice(1)), id: hexId(`rival:${key}:${revision}`) });
        if (record.type === 'ArticleProcessed') previous = events;
      });
    });
    return log;
  });

/** The log, delivered: permuted, with duplicates, in batches. */
export const deliveriesArb: fc.Arbitrary<{ log: LogEvent[]; batches: LogEvent[][] }> = logArb.chain((log) =>
  fc
    .record({
      order: fc.shuffledSubarray(
        log.map((_, i) => i),
        { minLength: log.length, maxLength: log.length },
      ),
      duplicates: fc.array(fc.nat(Math.max(0, log.length - 1)), { maxLength: log.length }),
      cuts: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 40 }),
      seed: fc.integer(),
    })
    .map(({ order, duplicates, cuts, seed }) => {
      // Each duplicate goes in at a seeded position of the permuted order.
      const deliveries = order.map((i) => log[i]!);
      duplicates.forEach((i, n) => {
        const at = Math.abs(seed + n * 7919) % (deliveries.length + 1);
        if (log.length > 0) deliveries.splice(at, 0, structuredClone(log[i]!)); // a redelivery is a copy
      });
      const batches: LogEvent[][] = [];
      let from = 0;
      for (let c = 0; from < deliveries.length; c++) {
        const size = cuts[c % cuts.length]!;
        batches.push(deliveries.slice(from, from + size));
        from += size;
      }
      return { log, batches };
    }),
);

/** The same log about other articles (keys and ids suffixed), so that several samples can share one store. */
export function relabel(log: LogEvent[], suffix: string): LogEvent[] {
  const id = (old: string) => hexId(`${old}${suffix}`);
  return log.map((e): LogEvent => {
    if (e.type === 'ArticleProcessed') {
      return {
        ...e,
        id: id(e.id),
        article: { ...e.article, key: e.article.key + suffix },
        eventIds: e.eventIds.map(id),
      };
    }
    if (e.type === 'ArticleDeleted')
      return { ...e, id: id(e.id), article: { ...e.article, key: e.article.key + suffix } };
    return { ...e, id: id(e.id), article: { ...e.article, key: e.article.key + suffix } };
  });
}
