import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseGoldJsonl } from '../../shared/eval/gold.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FRESH = join(ROOT, 'eval/fresh');

/** The shell commands the fresh sets' README prints in its code blocks. */
function documentedCommands(): string[] {
  const readme = readFileSync(join(FRESH, 'README.md'), 'utf8');
  return [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => m[1]!.split('\n').filter((l) => l.trim()));
}

describe('eval/fresh: the fresh evaluation sets', () => {
  it('runs the command its README prints, exactly as printed, and prints an overall score', () => {
    const commands = documentedCommands();
    expect(commands.length).toBeGreaterThan(0);
    for (const command of commands) {
      const r = spawnSync('sh', ['-c', command], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^overall P=\d\.\d\d R=\d\.\d\d F1=\d\.\d\d/m);
    }
  });

  it('holds, for every set, a gold file the scorer parses and an item for every gold line', () => {
    const sets = readdirSync(FRESH, { withFileTypes: true }).filter((d) => d.isDirectory());
    expect(sets.length).toBeGreaterThan(0);
    for (const set of sets) {
      const gold = parseGoldJsonl(readFileSync(join(FRESH, set.name, 'gold.jsonl'), 'utf8'));
      const ids = new Set(
        readFileSync(join(FRESH, set.name, 'items.jsonl'), 'utf8')
          .split('\n')
          .filter((l) => l.trim())
          .map((l) => (JSON.parse(l) as { id: string }).id),
      );
      expect(gold.length, set.name).toBeGreaterThan(0);
      for (const g of gold) expect(ids.has(g.id), `${set.name}: ${g.id}`).toBe(true);
    }
  });
});
