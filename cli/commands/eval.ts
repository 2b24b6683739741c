import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { parseGoldJsonl, type GoldArticle } from '../../shared/eval/gold.ts';
import { predictGoldArticles } from '../../shared/eval/predict.ts';
import { formatScore, scorePredictions } from '../../shared/eval/score.ts';
import { CliUsageError } from '../usage.ts';

export const EVAL_HELP = `Usage: sitrep eval --gold GOLD.jsonl --dir ARTICLES_DIR [--pred-out FILE] [--json]

Runs intake and extraction over every article of a gold file (each with the gold line's "published"
date) and scores the events exactly as ../shared/tools/score.mjs does: per-type precision, recall
and F1, date and personnel accuracy, overall, then every miss (FP, FN, DATE, PERS lines).

Options:
  --gold FILE       gold JSONL written to shared/corpus/LABELING.md
  --dir DIR         folder holding the gold lines' "file"s
  --pred-out FILE   also write the predictions as JSONL ('sitrep extract' lines), for score.mjs
  --json            print the score as one JSON object instead of text
  -h, --help        this help

An article that cannot be read is reported on stderr and scores as "without output".
Exit status: 0 every article processed, 1 some input failed, 2 usage error.

Example:
  sitrep eval --gold ../shared/corpus/dev/gold.jsonl --dir ../shared/corpus/dev --pred-out pred.jsonl
`;

interface EvalArgs {
  gold: string;
  dir: string;
  predOut?: string;
  json: boolean;
}

/** `sitrep eval`: returns the exit code; usage mistakes throw CliUsageError. */
export async function runEval(args: string[]): Promise<number> {
  const opts = parseEvalArgs(args);
  const gold = readGold(opts.gold);
  if (!gold) return 1;

  const { lines, failures } = await predictGoldArticles(gold, opts.dir);
  for (const f of failures) process.stderr.write(`sitrep eval: error ${f.code}: ${f.message}\n`);
  if (opts.predOut && !writePredictions(opts.predOut, lines)) return 1;

  const score = scorePredictions(gold, lines);
  if (opts.json) {
    process.stdout.write(`${JSON.stringify(score, null, 2)}\n`);
  } else {
    const misses = score.misses.length ? ['', `misses (${score.misses.length}):`, ...score.misses] : [];
    process.stdout.write([...formatScore(score), ...misses].join('\n') + '\n');
  }
  return failures.length ? 1 : 0;
}

function readGold(path: string): GoldArticle[] | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : `cannot read the file (${code ?? String(err)})`;
    process.stderr.write(`sitrep eval: error NOT_FOUND: ${path}: ${reason}\n`);
    return null;
  }
  try {
    return parseGoldJsonl(text, path);
  } catch (err) {
    process.stderr.write(`sitrep eval: error BAD_GOLD: ${err instanceof Error ? err.message : String(err)}\n`);
    return null;
  }
}

function writePredictions(path: string, lines: readonly object[]): boolean {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, lines.map((line) => `${JSON.stringify(line)}\n`).join(''));
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    process.stderr.write(`sitrep eval: error WRITE_FAILED: ${path}: cannot write the predictions (${code})\n`);
    return false;
  }
}

function parseEvalArgs(args: string[]): EvalArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        gold: { type: 'string' },
        dir: { type: 'string' },
        'pred-out': { type: 'string' },
        json: { type: 'boolean', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    throw new CliUsageError(argsErrorMessage(err));
  }
  const { values, positionals } = parsed;
  if (positionals.length) throw new CliUsageError(`unexpected argument '${positionals[0]}' (see 'sitrep eval --help')`);
  if (!values.gold) throw new CliUsageError("--gold GOLD.jsonl is required (see 'sitrep eval --help')");
  if (!values.dir) throw new CliUsageError("--dir ARTICLES_DIR is required (see 'sitrep eval --help')");
  return {
    gold: values.gold,
    dir: values.dir,
    ...(values['pred-out'] !== undefined && { predOut: values['pred-out'] }),
    json: values.json,
  };
}

/** node:util parseArgs errors → one short line that names the option. */
function argsErrorMessage(err: unknown): string {
  const { code, message } = err as { code?: string; message?: string };
  const option = /'(-[^' ]*)/.exec(message ?? '')?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option '${option}' (see 'sitrep eval --help')`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return `option '${option}' ${/argument missing/.test(message ?? '') ? 'needs a value' : 'takes no value'}`;
  }
  return (message ?? String(err)).split('\n')[0] ?? 'bad arguments';
}
