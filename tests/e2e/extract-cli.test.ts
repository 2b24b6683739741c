import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `sitrep extract` as a user runs it: `node bin/sitrep.js extract ...` from the project root, on real files.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SEED = '../shared/corpus/dev/seed.txt';
const hasSeed = existsSync(join(ROOT, SEED));

function sitrep(...args: string[]) {
  const run = spawnSync(process.execPath, ['bin/sitrep.js', 'extract', ...args], { cwd: ROOT, encoding: 'utf8' });
  const lines = run.stdout.split('\n').filter(Boolean);
  return {
    code: run.status,
    stdout: run.stdout,
    stderr: run.stderr,
    lines,
    json: () => lines.map((l) => JSON.parse(l)),
  };
}

let dir: string;
const at = (name: string): string => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sitrep-e2e-'));
  await mkdir(at('a-directory.txt'));
  const files: Record<string, string | Uint8Array> = {
    'lyman.txt': 'Ukrainian troops withdrew from Lyman on 1 October 2022.',
    'good.txt': 'Russia begins pullout\n\nBAKU, April 17 - The withdrawal of Russian peacekeepers has begun.\n',
    'good.html':
      '<html><head><meta property="og:title" content="Page title"><meta property="og:url" content="https://x.example/p">' +
      '<meta property="article:published_time" content="2024-04-16T20:00:00-05:00"><script>x()</script></head>' +
      '<body><nav>Menu</nav><p>Body.</p></body></html>',
    'good.json': JSON.stringify({ title: 'JSON title', description: 'Body.', publishedAt: '2024-03-01T10:00:00Z' }),
    'feed.jsonl': '{"title":"First","text":"One."}\n\n{"broken"\n{"title":"Fourth","text":"Four."}\n',
    'utf16.txt': new Uint8Array([0xff, 0xfe, ...Buffer.from('UTF-16 title\nBody', 'utf16le')]),
    'latin1.txt': Buffer.from('Caf\xe9', 'latin1'),
    'binary.txt': new Uint8Array([0x00, 0x01, 0x02, 0x03, 0x89, 0x50]),
    'empty.txt': '',
    'big.txt': 'x'.repeat(2000),
    'notes.pdf': '%PDF-1.4',
    'bad.json': '{"title": ',
    'no-text.json': '{"title":"Only a title"}',
  };
  for (const [name, content] of Object.entries(files)) await writeFile(at(name), content);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('sitrep extract', () => {
  it('prints one JSON line per article with the article reference and events', () => {
    const run = sitrep(at('good.txt'), at('good.html'), at('good.json'));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.json()).toEqual([
      {
        file: at('good.txt'),
        article: { key: at('good.txt'), title: 'Russia begins pullout' },
        events: expect.any(Array),
      },
      {
        file: at('good.html'),
        article: { key: at('good.html'), title: 'Page title', published: '2024-04-16', url: 'https://x.example/p' },
        events: expect.any(Array),
      },
      {
        file: at('good.json'),
        article: { key: at('good.json'), title: 'JSON title', published: '2024-03-01' },
        events: expect.any(Array),
      },
    ]);
  });

  it('keeps the path as given and lets --published win over document dates', () => {
    const given = relative(ROOT, at('good.html'));
    const run = sitrep('--published', '2024-04-17', given);
    expect(run.code).toBe(0);
    expect(run.json()).toEqual([
      {
        file: given,
        article: expect.objectContaining({ key: given, published: '2024-04-17' }),
        events: expect.any(Array),
      },
    ]);
  });

  it('reports every bad input as a JSON error line, processes the rest and exits 1 without a stack trace', () => {
    const bad: [string, string][] = [
      ['latin1.txt', 'BAD_ENCODING'],
      ['binary.txt', 'BINARY'],
      ['empty.txt', 'EMPTY'],
      ['big.txt', 'TOO_LARGE'],
      ['notes.pdf', 'UNSUPPORTED_FORMAT'],
      ['bad.json', 'BAD_JSON'],
      ['no-text.json', 'NO_TEXT'],
      ['missing.txt', 'NOT_FOUND'],
      ['a-directory.txt', 'NOT_A_FILE'],
    ];
    const run = sitrep('--max-bytes', '1000', at('good.txt'), ...bad.map(([name]) => at(name)), at('utf16.txt'));
    expect(run.code).toBe(1);
    const out = run.json();
    expect(out).toHaveLength(bad.length + 2);
    expect(out[0]).toMatchObject({ file: at('good.txt'), article: { key: at('good.txt') } });
    expect(out.at(-1)).toMatchObject({ file: at('utf16.txt'), article: { title: 'UTF-16 title' } });
    bad.forEach(([name, code], i) => {
      expect(out[i + 1]).toEqual({ file: at(name), error: { code, message: expect.stringContaining(at(name)) } });
    });
    expect(out[4].error.message).toBe(`${at('big.txt')}: file is 2000 bytes, over the 1000 bytes limit (--max-bytes)`);
    expect(run.stderr).not.toMatch(/\n\s+at |Error:/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('names JSONL articles path#line and fails a bad line alone', () => {
    const run = sitrep(at('feed.jsonl'));
    expect(run.code).toBe(1);
    expect(run.json()).toEqual([
      {
        file: `${at('feed.jsonl')}#1`,
        article: { key: `${at('feed.jsonl')}#1`, title: 'First' },
        events: expect.any(Array),
      },
      {
        file: `${at('feed.jsonl')}#3`,
        error: { code: 'BAD_JSON', message: expect.stringMatching(/#3: invalid JSON/) },
      },
      {
        file: `${at('feed.jsonl')}#4`,
        article: { key: `${at('feed.jsonl')}#4`, title: 'Fourth' },
        events: expect.any(Array),
      },
    ]);
  });

  it('--pretty prints indented JSON', () => {
    const run = sitrep('--pretty', at('good.txt'));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('\n  "article": {\n    "key": ');
    expect(JSON.parse(run.stdout)).toMatchObject({ file: at('good.txt') });
  });

  it('--help lists the options with an example', () => {
    const run = sitrep('--help');
    expect(run.code).toBe(0);
    for (const text of ['Usage: sitrep extract', '--published', '--max-bytes', '--pretty', 'Example:']) {
      expect(run.stdout).toContain(text);
    }
  });

  it.each([
    [['--published', '17/04/2024', 'x.txt'], /--published '17\/04\/2024' is not a date/],
    [['--published', '2024-02-30', 'x.txt'], /is not a date/],
    [['--max-bytes', 'lots', 'x.txt'], /--max-bytes 'lots'/],
    [['--verbose', 'x.txt'], /unknown option '--verbose'/],
    [[], /no FILE given/],
  ])('usage error %j → exit 2 with one line on stderr', (args, message) => {
    const run = sitrep(...args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^sitrep extract: error USAGE: .+\n$/);
    expect(run.stderr).toMatch(message);
  });

  it('runs on the example articles', () => {
    const run = sitrep(
      'examples/deployment.txt',
      'examples/withdrawal.html',
      'examples/dissolution.json',
      'examples/wire.jsonl',
    );
    expect(run.code).toBe(0);
    expect(run.json().map((l) => l.article)).toEqual([
      { key: 'examples/deployment.txt', title: 'Portugal approves deployment of 180 troops to Lithuania' },
      {
        key: 'examples/withdrawal.html',
        title: 'Belgian troops begin withdrawal from Niger',
        published: '2024-06-11',
        url: 'https://wire.example.org/2024/06/11/belgium-niger-withdrawal',
      },
      expect.objectContaining({ key: 'examples/dissolution.json', published: '2024-07-22' }),
      expect.objectContaining({ key: 'examples/wire.jsonl#1', published: '2024-09-12' }),
      expect.objectContaining({ key: 'examples/wire.jsonl#2', published: '2024-09-13' }),
    ]);
  });

  it.skipIf(!hasSeed)(
    hasSeed ? `reads the seed article ${SEED} with --published` : `seed article (SKIPPED: ${SEED} is absent)`,
    () => {
      const run = sitrep('--published', '2024-04-17', SEED);
      expect(run.code).toBe(0);
      const [line] = run.json();
      expect(line).toEqual({
        file: SEED,
        article: { key: SEED, published: '2024-04-17', title: expect.any(String) },
        events: expect.any(Array),
      });
      expect(run.json()).toHaveLength(1);
    },
  );
});

describe('sitrep extract in a pipeline', () => {
  it('ends quietly when the reader closes the pipe early ("| head -1")', () => {
    const many = Array.from({ length: 2000 }, (_, i) => JSON.stringify({ title: `T${i}`, text: 'Body.' })).join('\n');
    const feed = at('many.jsonl');
    spawnSync('sh', ['-c', `cat > '${feed}'`], { input: many });
    const run = spawnSync('sh', ['-c', `node bin/sitrep.js extract '${feed}' | head -1`], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(run.stderr).not.toMatch(/EPIPE|Error|at /);
  });

  it('locates a withdrawal from a town with its state, division and coordinates', () => {
    const run = sitrep(at('lyman.txt'));
    expect(run.code).toBe(0);
    const [line] = run.json();
    expect(line.events).toHaveLength(1);
    expect(line.events[0]).toMatchObject({
      type: 'WithdrawalBegun',
      actor: { name: 'Ukraine', code: 'UA' },
      location: { name: 'Lyman', code: 'UA', admin1: 'Donetsk Oblast', precision: 'place' },
      occurredOn: '2022-10-01',
    });
    expect(line.events[0].location.lat).toBeCloseTo(48.99, 1);
    expect(line.events[0].location.lon).toBeCloseTo(37.8, 1);
  });
});
