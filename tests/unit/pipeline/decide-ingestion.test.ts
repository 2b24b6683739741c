/**
 * The ingestion decision without servers: given a key's stream (an in-memory EventStore holding what earlier
 * decisions appended), when a notice arrives, then these commits (or none). The ordering rules are checked here: the
 * last operation on a key (by S3 sequencer) wins, whatever order the notices arrive in (issue 8, defects 3 and 7).
 */
import { describe, expect, it } from 'vitest';
import type { ArticleProcessed } from '../../../shared/events/article-records.ts';
import { contentHash } from '../../../shared/events/ids.ts';
import {
  currentObjectVersion,
  decideDeletion,
  decideIngestion,
  type ExtractedObject,
  type ObjectNotice,
} from '../../../shared/pipeline/decide-ingestion.ts';
import { SCHEMA_VERSION } from '../../../shared/events/contracts.ts';
import { InMemoryEventStore } from '../../support/in-memory-stores.ts';

const KEY = 'k.txt';
const put = (sequencer: string): ObjectNotice => ({ bucket: 'articles', key: KEY, sequencer });
const del = put;

/** What extracting one version of the object gave: one processed article per key, no domain events. */
function extracted(content: string, sequencer: string, articleKeys = [KEY]): ExtractedObject {
  const records: Array<Omit<ArticleProcessed, 'revision'>> = articleKeys.map((key) => ({
    type: 'ArticleProcessed',
    schemaVersion: SCHEMA_VERSION,
    id: contentHash(`${key}${content}`).slice(0, 32),
    article: { key, objectVersion: content, contentId: content, sequencer },
    status: 'processed',
    eventIds: [],
  }));
  return { ingestId: `${content}@${sequencer}`, contentId: content, events: [], records };
}

/** Given: a stream built by applying each decision's commits, as ingestObject does. */
async function given(...steps: Array<['put', string, string, string[]?] | ['delete', string]>) {
  const store = new InMemoryEventStore();
  for (const step of steps) {
    const history = await store.readStream(KEY);
    const decision =
      step[0] === 'put'
        ? decideIngestion(history, put(step[2]), extracted(step[1], step[2], step[3]))
        : decideDeletion(history, del(step[1]));
    if (decision.kind === 'append') for (const c of decision.commits) await store.append(c);
  }
  return store;
}

/** The article keys whose latest record is ArticleProcessed: what /articles shows. */
async function liveArticles(store: InMemoryEventStore): Promise<string[]> {
  const latest = new Map<string, string>();
  for (const commit of await store.readStream(KEY))
    for (const e of commit.events)
      if (e.type === 'ArticleProcessed' || e.type === 'ArticleDeleted') latest.set(e.article.key, e.type);
  return [...latest].filter(([, t]) => t === 'ArticleProcessed').map(([k]) => k);
}

async function apply(store: InMemoryEventStore, decision: ReturnType<typeof decideIngestion>) {
  if (decision.kind === 'append') for (const c of decision.commits) await store.append(c);
}

describe('decideIngestion', () => {
  it('appends the first version of a key at version 1 with its record in the last part', async () => {
    const store = await given();
    const decision = decideIngestion([], put('01'), extracted('A', '01'));
    expect(decision).toMatchObject({ kind: 'append', commits: [{ stream: KEY, version: 1, part: 0, parts: 1 }] });
    await apply(store, decision);
    expect(await liveArticles(store)).toEqual([KEY]);
  });

  it('re-puts the same bytes after a delete: the put is the last operation, so the article is live again', async () => {
    const store = await given(['put', 'A', '01'], ['delete', '02']);
    expect(await liveArticles(store)).toEqual([]);
    const decision = decideIngestion(await store.readStream(KEY), put('03'), extracted('A', '03'));
    expect(decision).toMatchObject({ kind: 'append', commits: [{ version: 3 }] });
    await apply(store, decision);
    expect(await liveArticles(store)).toEqual([KEY]);
  });

  it('drops a put whose notice arrives after a later delete of the key (out of order)', async () => {
    const store = await given(['put', 'A', '01'], ['delete', '03']);
    expect(decideIngestion(await store.readStream(KEY), put('02'), extracted('B', '02'))).toEqual({ kind: 'stale' });
  });

  it('drops a delete whose notice arrives after a later re-put of the key (out of order)', async () => {
    const store = await given(['put', 'A', '01'], ['put', 'B', '03']);
    expect(decideDeletion(await store.readStream(KEY), del('02'))).toEqual({ kind: 'stale' });
    expect(await liveArticles(store)).toEqual([KEY]);
  });

  it('ends in the state of the last operation whatever order the notices of delete and re-put arrive in', async () => {
    const inOrder = await given(['put', 'A', '01'], ['delete', '02'], ['put', 'A', '03']);
    expect(await liveArticles(inOrder)).toEqual([KEY]);
    const deleteLast = await given(['put', 'A', '01'], ['delete', '03'], ['put', 'A', '02']);
    expect(await liveArticles(deleteLast)).toEqual([]);
    // PUT A, DELETE, PUT A again, with the delete's notice last: the re-put of the current bytes changed nothing in
    // the stream, so only the bucket (the key holds an object now) says the delete is not the last operation.
    const reversed = await given(['put', 'A', '01'], ['put', 'A', '03']);
    expect(decideDeletion(await reversed.readStream(KEY), del('02'), true)).toEqual({ kind: 'stale' });
    expect(await liveArticles(reversed)).toEqual([KEY]);
  });

  it('appends nothing for a redelivered notice or the same content under a new version', async () => {
    const store = await given(['put', 'A', '01']);
    const history = await store.readStream(KEY);
    expect(decideIngestion(history, put('01'), extracted('A', '01'))).toEqual({ kind: 'duplicate' });
    expect(decideIngestion(history, put('02'), extracted('A', '02'))).toEqual({ kind: 'duplicate' });
  });

  it('appends a new change when only the content identity (the metadata) differs', async () => {
    const store = await given(['put', 'A', '01']);
    const decision = decideIngestion(await store.readStream(KEY), put('02'), extracted('A+published', '02'));
    expect(decision).toMatchObject({ kind: 'append', commits: [{ version: 2 }] });
  });

  it('resumes a partly appended ingestion of the same change after its last stored part', async () => {
    const many = extracted('A', '01');
    // Enough events for several parts: each ingestion of this size is split to fit one store item.
    const event = { type: 'EntityDissolved', id: 'x'.repeat(32), evidence: 'e'.repeat(2_000) };
    many.events = Array.from({ length: 400 }, (_, i) => ({ ...event, id: String(i).padStart(32, '0') })) as never;
    const whole = decideIngestion([], put('01'), many);
    if (whole.kind !== 'append') throw new Error('expected an append');
    expect(whole.commits.length).toBeGreaterThan(2);
    const stored = whole.commits.slice(0, 2).map((c, i) => ({ ...c, position: String(i) }));
    const resumed = decideIngestion(stored, put('01'), many);
    expect(resumed).toEqual({ kind: 'append', commits: whole.commits.slice(2) });
  });

  it('retracts the articles a new version of a JSONL object no longer has', async () => {
    const store = await given(['put', 'A', '01', ['f#1', 'f#2']]);
    const decision = decideIngestion(await store.readStream(KEY), put('02'), extracted('B', '02', ['f#1']));
    await apply(store, decision);
    expect(await liveArticles(store)).toEqual(['f#1']);
  });
});

describe('decideDeletion', () => {
  it('retracts every live article of the key in one commit after the head', async () => {
    const store = await given(['put', 'A', '01', ['f#1', 'f#2']]);
    expect(decideDeletion(await store.readStream(KEY), del('02'))).toMatchObject({
      kind: 'append',
      retracted: 2,
      commits: [{ version: 2, part: 0, parts: 1 }],
    });
  });

  it('appends nothing for a key never ingested or already deleted', async () => {
    expect(decideDeletion([], del('01'))).toEqual({ kind: 'duplicate' });
    const store = await given(['put', 'A', '01'], ['delete', '02']);
    expect(decideDeletion(await store.readStream(KEY), del('03'))).toEqual({ kind: 'duplicate' });
  });
});

describe('removal of one version (versioned bucket: a lifecycle expiry or a delete by version id)', () => {
  it('given versions A then B ingested, when A is removed for good, then A is not the current version and B stays live', async () => {
    const store = await given(['put', 'A', '01'], ['put', 'B', '02']);
    const history = await store.readStream(KEY);
    expect(currentObjectVersion(history)).toBe('B');
    expect(currentObjectVersion(history)).not.toBe('A');
    expect(await liveArticles(store)).toEqual([KEY]);
  });

  it('given a deleted key, then no version is current (a removal of any version retracts nothing more)', async () => {
    const store = await given(['put', 'A', '01'], ['delete', '02']);
    expect(currentObjectVersion(await store.readStream(KEY))).toBeUndefined();
  });
});
