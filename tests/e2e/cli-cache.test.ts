/**
 * bin/sitrep.js runs the CLI compiled into node_modules/.cache (bin/cli-cache.js) and, with SITREP_TSX=1, the
 * sources through tsx: both print the same, and the cache names the sources it was built from.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHILD_ENV, ROOT, sitrep } from './helpers/cli.ts';

interface Current {
  build: string;
  builtAt: number;
  inputs: string[];
}

describe('the compiled CLI cache', () => {
  it('answers as the sources run through tsx do', async () => {
    for (const args of [['--help'], ['extract', '--help'], ['query', 'missions', '--bogus']]) {
      const compiled = await sitrep(args);
      const tsx = await sitrep(args, { env: { ...CHILD_ENV, SITREP_TSX: '1' } });
      expect({ code: compiled.code, stdout: compiled.stdout, stderr: compiled.stderr }, args.join(' ')).toEqual({
        code: tsx.code,
        stdout: tsx.stdout,
        stderr: tsx.stderr,
      });
    }
  });

  it('records the build it runs and every source of it', async () => {
    expect((await sitrep(['--version'])).code).toBe(0);
    const caches = join(ROOT, 'node_modules', '.cache', 'sitrep-cli');
    // This checkout's build: its sources' `import.meta.url` name files under ROOT.
    const current = readdirSync(caches)
      .map((key) => join(caches, key))
      .filter((dir) => existsSync(join(dir, 'current.json')))
      .map((dir) => ({ dir, ...(JSON.parse(readFileSync(join(dir, 'current.json'), 'utf8')) as Current) }))
      .find((c) => readFileSync(join(c.dir, c.build, 'main.mjs'), 'utf8').includes(pathToFileURL(ROOT).href));
    expect(current?.inputs.every((input) => existsSync(join(ROOT, input)))).toBe(true);
    expect(current?.inputs).toContain('cli/main.ts');
    expect(current?.inputs).toContain('cli/commands/query.ts');
  });
});
