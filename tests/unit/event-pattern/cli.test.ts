import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runTestEventPattern, TEST_EVENT_PATTERN_HELP } from '../../../cli/commands/test-event-pattern.ts';
import { CliUsageError } from '../../../cli/usage.ts';

const tmp = mkdtempSync(join(tmpdir(), 'sitrep-tep-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let out = '';
let err = '';
beforeEach(() => {
  out = '';
  err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    err += String(chunk);
    return true;
  });
});
afterEach(() => vi.restoreAllMocks());

const EVENT = JSON.stringify({ source: 'aws.ec2', 'detail-type': 'x', detail: { state: 'running', n: 5 } });

describe('sitrep test-event-pattern (runner)', () => {
  it('prints {"Result":true} for a match and exits 0', async () => {
    const code = await runTestEventPattern(['--event-pattern', '{"source":["aws.ec2"]}', '--event', EVENT]);
    expect(code).toBe(0);
    expect(out).toBe('{"Result":true}\n');
    expect(err).toBe('');
  });

  it('prints {"Result":false} for no match and exits 0', async () => {
    const code = await runTestEventPattern([
      '--event',
      EVENT,
      '--event-pattern',
      '{"detail":{"n":[{"numeric":[">",5]}]}}',
    ]);
    expect(code).toBe(0);
    expect(out).toBe('{"Result":false}\n');
  });

  it('accepts --option=value', async () => {
    const code = await runTestEventPattern([
      `--event-pattern={"detail":{"state":[{"prefix":"run"}]}}`,
      `--event=${EVENT}`,
    ]);
    expect(code).toBe(0);
    expect(out).toBe('{"Result":true}\n');
  });

  it('reads @file for both options', async () => {
    const patternFile = join(tmp, 'pattern.json');
    const eventFile = join(tmp, 'event.json');
    writeFileSync(patternFile, '{\n  "detail": { "state": ["running"] }\n}\n');
    writeFileSync(eventFile, `${EVENT}\n`);
    const code = await runTestEventPattern(['--event-pattern', `@${patternFile}`, '--event', `@${eventFile}`]);
    expect(code).toBe(0);
    expect(out).toBe('{"Result":true}\n');
  });

  it('reports an invalid pattern on one stderr line and exits 2', async () => {
    const code = await runTestEventPattern(['--event-pattern', '{"source":"aws.ec2"}', '--event', EVENT]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(
      'sitrep test-event-pattern: error InvalidEventPatternException: Event pattern is not valid. Reason: "source" must be an object or an array\n',
    );
  });

  it('reports pattern JSON that does not parse the same way', async () => {
    const code = await runTestEventPattern(['--event-pattern', '{"source": [', '--event', EVENT]);
    expect(code).toBe(2);
    expect(err).toMatch(
      /^sitrep test-event-pattern: error InvalidEventPatternException: Event pattern is not valid\. Reason: .+\n$/,
    );
    expect(err.split('\n')).toHaveLength(2);
  });

  it('reports an event that is not JSON or not an object on one line, exit 2', async () => {
    for (const event of ['not json', '[1,2]', '"text"']) {
      err = '';
      const code = await runTestEventPattern(['--event-pattern', '{"source":["x"]}', '--event', event]);
      expect(code).toBe(2);
      expect(err).toMatch(
        /^sitrep test-event-pattern: error InvalidEventPatternException: Parameter Event is not valid\. .+\n$/,
      );
    }
  });

  it('throws CliUsageError for missing options, unknown options and unreadable files', async () => {
    await expect(runTestEventPattern([])).rejects.toThrow(CliUsageError);
    await expect(runTestEventPattern(['--event', EVENT])).rejects.toThrow(/--event-pattern/);
    await expect(runTestEventPattern(['--event-pattern', '{}'])).rejects.toThrow(/--event/);
    await expect(runTestEventPattern(['--event-pattern', '{}', '--event', '{}', '--bogus'])).rejects.toThrow(
      CliUsageError,
    );
    await expect(runTestEventPattern(['--event-pattern', '{}', '--event', '{}', 'extra'])).rejects.toThrow(
      CliUsageError,
    );
    await expect(
      runTestEventPattern(['--event-pattern', `@${join(tmp, 'missing.json')}`, '--event', EVENT]),
    ).rejects.toThrow(/no such file/);
  });

  it('documents the options and @file in its help', () => {
    expect(TEST_EVENT_PATTERN_HELP).toContain('--event-pattern');
    expect(TEST_EVENT_PATTERN_HELP).toContain('--event ');
    expect(TEST_EVENT_PATTERN_HELP).toContain('@FILE');
    expect(TEST_EVENT_PATTERN_HELP).toContain('{"Result":true}');
  });
});
