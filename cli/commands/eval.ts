import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatBreakdown, scoreBy } from '../../shared/eval/breakdown.ts';
import { parseGoldJsonl, type GoldArticle } from '../../shared/eval/gold.ts';
import { parseItemsJsonl, predictItems, type Item } from '../../shared/eval/items.ts';
import { predictGoldArticles, type PredictionFailure, type PredictionLine } from '../../shared/eval/predict.ts';
import { formatScore, scorePredictions, type Score } from '../../shared/eval/score.ts';
import { inSplit, SPLITS, type Split } from '../../shared/eval/split.ts';
import { CliUsageError } from '../usage.ts';

export const EVAL_HELP = `Usage: sitrep eval --gold GOLD.jsonl (--dir ARTICLES_DIR | --items ITEMS.jsonl)
                   [--gold GOLD2.jsonl (--dir D2 | --items I2) ...]
                   [--split all|holdout|train] [--misses FILE] [--pred-out FILE] [--json]

Runs intake and extraction over every article of one or more gold files (each with the gold line's
"published" date) and scores the events exactly as ../shared/tools/score.mjs does: per-type precision,
recall and F1, date and personnel accuracy, overall, then every miss (FP, FN, DATE, PERS lines).

Options:
  --gold FILE       gold JSONL written to shared/corpus/LABELING.md; repeat for several sets, each
                    followed by where its articles are:
  --dir DIR           a folder holding the gold lines' "file"s, or
  --items FILE        an items JSONL ({"id", "text", "source": {"repo"}}): texts from "text", matched to
                      gold lines by id; scores are also given per source repository
  --split PART      all (default), holdout (the fixed fifth whose sha1(id) first byte % 5 is 0: never
                    read it while writing rules) or train (the other four fifths)
  --misses FILE     write every miss as JSONL ({set, id, miss, text}) for review
  --pred-out FILE   also write the predictions as JSONL ('sitrep extract' lines), for score.mjs
  --json            print the scores as one JSON object instead of text
  -h, --help        this help

With several sets, each is scored on its own, then all together. An article that cannot be read is
reported on stderr and scores as "without output".
Exit status: 0 every article processed, 1 some input failed, 2 usage error.

Examples:
  sitrep eval --gold ../shared/corpus/dev/gold.jsonl --dir ../shared/corpus/dev --pred-out pred.jsonl
  sitrep eval --gold ../shared/corpus/dev/gold.jsonl --dir ../shared/corpus/dev --gold ../shared/corpus/external/gold.jsonl --items ../shared/corpus/external/items.jsonl --split holdout
`;

interface SetArgs {
  gold: string;
  dir?: string;
  items?: string;
}
interface EvalArgs {
  sets: SetArgs[];
  split: Split;
  misses?: string;
  predOut?: string;
  json: boolean;
}
interface SetResult {
  args: SetArgs;
  gold: GoldArticle[];
  lines: PredictionLine[];
  items?: Map<string, Item>;
  score: Score;
}

/** `sitrep eval`: returns the exit code; usage mistakes throw CliUsageError. */
export async function runEval(args: string[]): Promise<number> {
  const opts = parseEvalArgs(args);
  const results: SetResult[] = [];
  const failures: PredictionFailure[] = [];
  for (const set of opts.sets) {
    const gold = readGold(set.gold)?.filter((g) => inSplit(g.id, opts.split));
    if (!gold) return 1;
    let items: Map<string, Item> | undefined;
    let predicted;
    if (set.items) {
      const list = readItems(set.items);
      if (!list) return 1;
      items = new Map(list.map((i) => [i.id, i]));
      predicted = predictItems(gold, items);
    } else predicted = await predictGoldArticles(gold, set.dir!);
    failures.push(...predicted.failures);
    results.push({
      args: set,
      gold,
      lines: predicted.lines,
      ...(items ? { items } : {}),
      score: scorePredictions(gold, predicted.lines),
    });
  }
  for (const f of failures) process.stderr.write(`sitrep eval: error ${f.code}: ${f.message}\n`);
  if (
    opts.predOut &&
    !writeLines(
      opts.predOut,
      results.flatMap((r) => r.lines),
      'the predictions',
    )
  )
    return 1;
  if (opts.misses && !writeLines(opts.misses, results.flatMap(missRecords), 'the misses')) return 1;

  const combined = results.length > 1 ? combinedScore(results) : undefined;
  if (opts.json) {
    const sets = results.map((r) => ({
      gold: r.args.gold,
      articles: r.args.dir ?? r.args.items,
      split: opts.split,
      score: r.score,
      ...(r.items
        ? { bySource: sourceBreakdown(r).map(({ key, articles, score }) => ({ source: key, articles, score })) }
        : {}),
    }));
    process.stdout.write(
      `${JSON.stringify(results.length > 1 ? { sets, all: combined } : { ...sets[0]!.score, split: opts.split }, null, 2)}\n`,
    );
  } else {
    const out: string[] = [];
    for (const r of results) {
      if (results.length > 1 || opts.split !== 'all')
        out.push(`== ${r.args.gold} (${r.gold.length} articles, split ${opts.split})`);
      out.push(...formatScore(r.score));
      if (r.items) out.push(...formatBreakdown('source', sourceBreakdown(r)));
      if (r.score.misses.length) out.push('', `misses (${r.score.misses.length}):`, ...r.score.misses);
      if (results.length > 1) out.push('');
    }
    if (combined)
      out.push(`== all sets (${results.reduce((n, r) => n + r.gold.length, 0)} articles)`, ...formatScore(combined));
    process.stdout.write(`${out.join('\n')}\n`);
  }
  return failures.length ? 1 : 0;
}

function sourceBreakdown(r: SetResult) {
  return scoreBy(r.gold, r.lines, (g) => r.items?.get(g.id)?.source?.repo);
}

/** All sets as one: file names are prefixed per set so that two sets' files never meet. */
function combinedScore(results: readonly SetResult[]): Score {
  const gold = results.flatMap((r, n) => r.gold.map((g) => ({ ...g, file: `s${n}-${g.file}` })));
  const lines = results.flatMap((r, n) => r.lines.map((l) => ({ ...l, file: `s${n}-${basename(l.file)}` })));
  return scorePredictions(gold, lines);
}

/** How much of an article's text a miss record carries. */
const MISS_TEXT_CHARS = 4_000;

function missRecords(r: SetResult): object[] {
  return r.score.misses.map((miss) => {
    const id = miss.split(' ')[0]!;
    const g = r.gold.find((x) => x.id === id);
    let text = r.items?.get(id)?.text;
    if (text === undefined && g && r.args.dir) {
      try {
        text = readFileSync(join(r.args.dir, g.file), 'utf8');
      } catch {
        text = undefined;
      }
    }
    return { set: r.args.gold, id, miss, ...(text !== undefined ? { text: text.slice(0, MISS_TEXT_CHARS) } : {}) };
  });
}

function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : `cannot read the file (${code ?? String(err)})`;
    process.stderr.write(`sitrep eval: error NOT_FOUND: ${path}: ${reason}\n`);
    return null;
  }
}

function readGold(path: string): GoldArticle[] | null {
  const text = readText(path);
  if (text === null) return null;
  try {
    return parseGoldJsonl(text, path);
  } catch (err) {
    process.stderr.write(`sitrep eval: error BAD_GOLD: ${err instanceof Error ? err.message : String(err)}\n`);
    return null;
  }
}

function readItems(path: string): Item[] | null {
  const text = readText(path);
  if (text === null) return null;
  try {
    return parseItemsJsonl(text, path);
  } catch (err) {
    process.stderr.write(`sitrep eval: error BAD_ITEMS: ${err instanceof Error ? err.message : String(err)}\n`);
    return null;
  }
}

function writeLines(path: string, lines: readonly object[], what: string): boolean {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, lines.map((line) => `${JSON.stringify(line)}\n`).join(''));
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    process.stderr.write(`sitrep eval: error WRITE_FAILED: ${path}: cannot write ${what} (${code})\n`);
    return false;
  }
}

function parseEvalArgs(args: string[]): EvalArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        gold: { type: 'string', multiple: true },
        dir: { type: 'string', multiple: true },
        items: { type: 'string', multiple: true },
        split: { type: 'string', default: 'all' },
        misses: { type: 'string' },
        'pred-out': { type: 'string' },
        json: { type: 'boolean', default: false },
      },
      allowPositionals: true,
      strict: true,
      tokens: true,
    });
  } catch (err) {
    throw new CliUsageError(argsErrorMessage(err));
  }
  const { values, positionals, tokens } = parsed;
  if (positionals.length) throw new CliUsageError(`unexpected argument '${positionals[0]}' (see 'sitrep eval --help')`);
  // Each --gold takes the --dir or --items that follows it.
  const sets: SetArgs[] = [];
  for (const t of tokens ?? []) {
    if (t.kind !== 'option' || t.value === undefined) continue;
    if (t.name === 'gold') sets.push({ gold: t.value });
    else if (t.name === 'dir' || t.name === 'items') {
      const set = sets[sets.length - 1];
      if (!set) throw new CliUsageError(`--${t.name} must follow the --gold it belongs to (see 'sitrep eval --help')`);
      if (set.dir || set.items) throw new CliUsageError(`--gold ${set.gold} has more than one --dir/--items`);
      set[t.name] = t.value;
    }
  }
  if (!sets.length) throw new CliUsageError("--gold GOLD.jsonl is required (see 'sitrep eval --help')");
  const missing = sets.find((s) => !s.dir && !s.items);
  if (missing) throw new CliUsageError(`--gold ${missing.gold} needs --dir ARTICLES_DIR or --items ITEMS.jsonl`);
  if (!(SPLITS as readonly string[]).includes(values.split!))
    throw new CliUsageError(`--split takes ${SPLITS.join(', ')}, not '${values.split}'`);
  return {
    sets,
    split: values.split as Split,
    ...(values.misses !== undefined && { misses: values.misses }),
    ...(values['pred-out'] !== undefined && { predOut: values['pred-out'] }),
    json: values.json!,
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
