/**
 * The embedded pipeline as a user runs it: `node bin/sitrep.js ingest|query|tail|rebuild --data-dir D` on a folder
 * of small invented wire stories. The tests of the first describe share one data directory and run in order.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryJson, sitrep, WITHDRAW_NIGER, writeStories, type CliRun } from './helpers/cli.ts';
import { COMMAND_NAMES, commandHelp } from '../../cli/main.ts';

const MODELS = ['missions', 'entities', 'timeline', 'articles'] as const;
const ENVELOPE_KEYS = ['account', 'detail', 'detail-type', 'id', 'region', 'resources', 'source', 'time', 'version'];

let tmp: string;
let articles: string;
let dataDir: string;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'sitrep-pipeline-e2e-'));
  articles = join(tmp, 'wire');
  dataDir = join(tmp, 'data');
  await writeStories(articles, { broken: true });
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

/**
 * A copy of the data directory, for a read-only command. Each command opens its data directory exclusively
 * (LevelDB), so read-only commands run in parallel on copies of it: same bytes, same answers, less waiting.
 */
let copies = 0;
async function copyOfData(): Promise<string> {
  const dir = join(tmp, `copy-${++copies}`);
  await cp(dataDir, dir, { recursive: true });
  return dir;
}

/** The `query X --json` text of every read model. */
async function snapshot(): Promise<Record<string, string>> {
  const texts = await Promise.all(MODELS.map(async (m) => (await queryJson(await copyOfData(), m)).text));
  return Object.fromEntries(MODELS.map((m, i) => [m, texts[i]!]));
}

const ingest = () => sitrep(['ingest', articles, '--published', '2023-03-03', '--data-dir', dataDir]);

/** A failure that is not a crash: exactly one stderr line, no stack trace. */
function expectOneErrorLine(r: CliRun, pattern: RegExp): void {
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\n\s+at |node:internal|\.ts:\d+/);
}

const rowsOf = (snap: Record<string, string>, model: string) =>
  JSON.parse(snap[model]!) as Array<Record<string, unknown>>;

const parsed = (snap: Record<string, string>) => ({
  missions: rowsOf(snap, 'missions'),
  entities: rowsOf(snap, 'entities'),
  timeline: rowsOf(snap, 'timeline'),
  articles: rowsOf(snap, 'articles'),
});

const names = (rows: Array<Record<string, unknown>>, field: string) =>
  rows.map((r) => (r[field] as { name?: string } | null)?.name ?? null);

describe('sitrep ingest, query, tail and rebuild on one data directory', () => {
  let first: Record<string, string>;
  let changed: Record<string, string>;

  it('ingests a folder, reports the failed article and exits 1', async () => {
    const r = await ingest();
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('Ingested 5 files: 5 articles, 4 processed, 1 failed');
    expect(lines[1]).toBe('Events: 1 DeploymentAnnounced, 1 WithdrawalBegun, 1 EntityDissolved');
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}failed wire\/broken\.json: BAD_JSON: /));

    first = await snapshot();
    const { missions, entities, timeline, articles: arts } = parsed(first);
    expect(arts.map((a) => [a['key'], a['status'], a['eventCount']])).toEqual([
      ['wire/broken.json', 'failed', 0],
      ['wire/deploy.txt', 'processed', 1],
      ['wire/dissolve.md', 'processed', 1],
      ['wire/negative.txt', 'processed', 0],
      ['wire/withdraw.txt', 'processed', 1],
    ]);
    expect(arts[0]!['error']).toMatchObject({ code: 'BAD_JSON' });
    expect(arts[1]).toMatchObject({ published: '2023-03-03', title: 'Germany to send 500 troops to Lithuania' });

    expect(missions).toHaveLength(2);
    expect(missions).toContainEqual(
      expect.objectContaining({
        actor: { name: 'Germany', code: 'DE' },
        location: { name: 'Lithuania', code: 'LT' },
        status: 'announced',
        personnel: 500,
        announcedOn: '2023-03-02',
        withdrawalBegunOn: null,
        sourceCount: 1,
      }),
    );
    expect(missions).toContainEqual(
      expect.objectContaining({
        actor: { name: 'France', code: 'FR' },
        location: { name: 'Mali', code: 'ML' },
        status: 'withdrawing',
        personnel: null,
        withdrawalBegunOn: '2023-03-01',
        sourceCount: 1,
      }),
    );

    expect(entities).toEqual([expect.objectContaining({ name: 'National Council', status: 'dissolved' })]);

    expect(timeline.map((t) => [t['type'], t['articleKey']]).sort()).toEqual([
      ['DeploymentAnnounced', 'wire/deploy.txt'],
      ['EntityDissolved', 'wire/dissolve.md'],
      ['WithdrawalBegun', 'wire/withdraw.txt'],
    ]);
    expect(timeline.every((t) => t['published'] === '2023-03-03')).toBe(true);
    // Oldest first.
    const dates = timeline.map((t) => String(t['occurredOn']));
    expect(dates).toEqual([...dates].sort());
  });

  it('changes nothing when the same folder is ingested again', async () => {
    const r = await ingest();
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Ingested 5 files: 5 articles, 4 processed, 1 failed');
    expect(await snapshot()).toEqual(first);
  });

  it('replaces the events of a changed article', async () => {
    await writeFile(join(articles, 'withdraw.txt'), WITHDRAW_NIGER);
    const r = await ingest();
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Events: 1 DeploymentAnnounced, 1 WithdrawalBegun, 1 EntityDissolved');

    changed = await snapshot();
    const { missions, timeline, articles: arts } = parsed(changed);
    const withdrawals = timeline.filter((t) => t['type'] === 'WithdrawalBegun');
    expect(names(withdrawals, 'location')).toEqual(['Niger']);
    expect(timeline).toHaveLength(3);
    expect(JSON.stringify(timeline)).not.toContain('Mali');

    expect(missions.map((m) => m['key']).sort()).toEqual(['DE|LT', 'FR|NE']);
    expect(missions.find((m) => m['key'] === 'FR|NE')).toMatchObject({ status: 'withdrawing', sourceCount: 1 });

    const row = arts.find((a) => a['key'] === 'wire/withdraw.txt')!;
    expect(row).toMatchObject({ status: 'processed', eventCount: 1, title: 'French troops begin pullout from Niger' });
    expect(row['revision']).toBeGreaterThan(1);
    // The other articles were not touched.
    expect(arts.filter((a) => a['key'] !== 'wire/withdraw.txt')).toEqual(
      rowsOf(first, 'articles').filter((a) => a['key'] !== 'wire/withdraw.txt'),
    );
  });

  it('rebuilds every read model to exactly what was built incrementally', async () => {
    const r = await sitrep(['rebuild', '--data-dir', dataDir]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^Rebuilt the read models from \d+ commits \(\d+ log events\): 2 missions, 1 entities, 3 timeline, 5 articles\n$/,
    );
    expect(await snapshot()).toEqual(changed);
  });

  it('filters by actor name or ISO code, location, type and date range', async () => {
    const cases: Array<[string[], string[]]> = [
      [['timeline', '--actor', 'France'], ['wire/withdraw.txt']],
      [['timeline', '--actor', 'fr'], ['wire/withdraw.txt']],
      [['missions', '--actor', 'DE'], ['DE|LT']],
      [['missions', '--location', 'lithuania'], ['DE|LT']],
      [['missions', '--within', 'LT', '--status', 'announced'], ['DE|LT']],
      [['missions', '--within', 'Ukraine'], []],
      [
        ['missions', '--active-on', '2023-03-02', '--sort', 'first-reported'],
        ['FR|NE', 'DE|LT'],
      ],
      [['missions', '--active-on', '2023-02'], []],
      [['timeline', '--type', 'EntityDissolved'], ['wire/dissolve.md']],
      [['timeline', '--since', '2023-03-01', '--until', '2023-03-01'], ['wire/withdraw.txt']],
      [['timeline', '--until', '2023-02'], ['wire/dissolve.md']],
    ];
    const results = await Promise.all(
      cases.map(async ([[model, ...filters]]) => (await queryJson(await copyOfData(), model!, ...filters)).rows),
    );
    results.forEach((rows, i) => {
      expect(
        rows.map((r) => String(r['key'] ?? r['articleKey'])),
        cases[i]![0].join(' '),
      ).toEqual(cases[i]![1]);
    });
  });

  it('prints a table with headers on stdout without --json', async () => {
    const onCopy = async (...args: string[]) => sitrep([...args, '--data-dir', await copyOfData()]);
    const [missions, entities, timeline] = await Promise.all([
      onCopy('query', 'missions'),
      onCopy('query', 'entities'),
      onCopy('query', 'timeline', '--type', 'WithdrawalBegun'),
    ]);
    expect(missions.code).toBe(0);
    const lines = missions.stdout.trimEnd().split('\n');
    expect(lines[0]!.split(/\s+/)).toEqual([
      'actor',
      'location',
      'country',
      'status',
      'personnel',
      'announcedOn',
      'withdrawalBegunOn',
      'sources',
      'conflicts',
    ]);
    expect(lines[1]).toMatch(/^-+( {2}-+)+$/);
    expect(lines).toContainEqual(
      expect.stringMatching(/^Germany\s+Lithuania\s+Lithuania\s+announced\s+500\s+2023-03-02\s+1$/),
    );
    expect(lines.at(-1)).toBe('2 missions');

    expect(entities.code).toBe(0);
    expect(entities.stdout).toMatch(/^name\s+status\s+decidedOn\s+effectiveOn\s+sources\n/);
    expect(entities.stdout).toMatch(/\nNational Council\s+dissolved\s+2023-02-28\s+1\n1 entity\n$/);

    expect(timeline.code).toBe(0);
    expect(timeline.stdout).toMatch(/^occurredOn\s+type\s+actor\s+location\/entity\s+personnel\s+article\n/);
    expect(timeline.stdout).toMatch(
      /\n2023-03-01\s+WithdrawalBegun\s+France\s+Niger\s+wire\/withdraw\.txt\n1 event\n$/,
    );
  });

  it('tails the event log as NDJSON EventBridge envelopes, filtered by a pattern', async () => {
    const [all, withdrawals] = await Promise.all([
      sitrep(['tail', '--data-dir', await copyOfData()]),
      sitrep(['tail', '--pattern', '{"detail-type":["WithdrawalBegun"]}', '--data-dir', await copyOfData()]),
    ]);
    expect(all.stderr).toBe('');
    expect(all.code).toBe(0);
    const envelopes = all.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const e of envelopes) {
      expect(Object.keys(e).sort()).toEqual(ENVELOPE_KEYS);
      expect(e).toMatchObject({ version: '0', source: 'sitrep', resources: [] });
      expect(String(e['id']).replace(/-/g, '')).toBe((e['detail'] as { id: string }).id);
      expect(e['detail-type']).toBe((e['detail'] as { type: string }).type);
      expect(e['time']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    }
    const types = new Set(envelopes.map((e) => e['detail-type']));
    expect([...types].sort()).toEqual([
      'ArticleProcessed',
      'DeploymentAnnounced',
      'EntityDissolved',
      'WithdrawalBegun',
    ]);

    expect(withdrawals.code).toBe(0);
    const lines = withdrawals.stdout.trimEnd().split('\n');
    const picked = lines.map((l) => JSON.parse(l) as { 'detail-type': string; detail: { location: { name: string } } });
    expect(picked.every((e) => e['detail-type'] === 'WithdrawalBegun')).toBe(true);
    // The log is append-only: the superseded Mali event is still in it, followed by the Niger one.
    expect(picked.map((e) => e.detail.location.name)).toEqual(['Mali', 'Niger']);
    expect(lines).toEqual(
      all.stdout
        .trimEnd()
        .split('\n')
        .filter((l) => l.includes('"detail-type":"WithdrawalBegun"')),
    );
  });
});

describe('sitrep pipeline commands: usage and input errors', () => {
  it('exits 2 with one stderr line and no stack trace on usage mistakes', async () => {
    const dir = join(tmp, 'unused');
    const cases: Array<[string[], RegExp]> = [
      [['query', 'mission', '--data-dir', dir], /^sitrep query: error USAGE: name one read model/],
      [['query', 'timeline', '--since', '2023-3', '--data-dir', dir], /^sitrep query: error USAGE: --since must be/],
      [['query', 'missions', '--bogus', '--data-dir', dir], /^sitrep query: error USAGE: unknown option '--bogus'/],
      [['query', 'missions', '--status', 'gone', '--data-dir', dir], /^sitrep query: error USAGE: --status must be/],
      [['query', 'missions', '--active-on', '2023-3', '--data-dir', dir], /^sitrep query: error USAGE: --active-on/],
      [['query', 'missions', '--sort', 'size', '--data-dir', dir], /^sitrep query: error USAGE: --sort must be/],
    ];
    const runs = await Promise.all(cases.map(([args]) => sitrep(args)));
    runs.forEach((r, i) => {
      expect(r.code, cases[i]![0].join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expectOneErrorLine(r, cases[i]![1]);
    });
  });

  it('refuses an invalid tail pattern with InvalidEventPatternException and exit 2', async () => {
    const dir = join(tmp, 'unused');
    const runs = await Promise.all([
      sitrep(['tail', '--pattern', '{"detail-type":"WithdrawalBegun"}', '--data-dir', dir]),
      sitrep(['tail', '--pattern', '{not json', '--data-dir', dir]),
    ]);
    for (const r of runs) {
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expectOneErrorLine(r, /^sitrep tail: error InvalidEventPatternException: /);
    }
  });

  it('test-event-pattern prints {"Result":true|false}', async () => {
    const event = JSON.stringify({
      version: '0',
      id: '1',
      'detail-type': 'WithdrawalBegun',
      source: 'sitrep',
      account: '000000000000',
      time: '2023-03-03T00:00:00Z',
      region: 'local',
      resources: [],
      detail: { actor: { name: 'France', code: 'FR' } },
    });
    const [yes, no] = await Promise.all([
      sitrep(['test-event-pattern', '--event-pattern', '{"detail":{"actor":{"code":["FR"]}}}', '--event', event]),
      sitrep(['test-event-pattern', '--event-pattern', '{"detail-type":["EntityDissolved"]}', '--event', event]),
    ]);
    expect([yes.code, yes.stdout]).toEqual([0, '{"Result":true}\n']);
    expect([no.code, no.stdout]).toEqual([0, '{"Result":false}\n']);
  });

  it('ingest of a missing path exits 1 with one NOT_FOUND line', async () => {
    const missing = join(tmpdir(), 'sitrep-no-such-folder-e2e');
    const r = await sitrep(['ingest', missing, '--data-dir', join(tmp, 'unused')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expectOneErrorLine(r, /^sitrep ingest: error NOT_FOUND: /);
  });

  it('--help works for every command, and prints the text the documented-commands tests read', async () => {
    const runs = await Promise.all(COMMAND_NAMES.map((c) => sitrep([c, '--help'])));
    for (const [i, r] of runs.entries()) {
      const name = COMMAND_NAMES[i]!;
      expect(r.code, name).toBe(0);
      expect(r.stderr, name).toBe('');
      expect(r.stdout).toMatch(new RegExp(`^Usage: sitrep ${name}( |\n)`));
      expect(r.stdout, name).toBe(await commandHelp(name));
    }
    expect(COMMAND_NAMES).toEqual(expect.arrayContaining(['ingest', 'query', 'tail', 'rebuild', 'dev', 'eval']));
  });
});
