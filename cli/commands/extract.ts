import { parseArgs } from 'node:util';
import { articleRef, DEFAULT_MAX_BYTES, parsePartialDate, readArticleFile } from '../../shared/articles/index.ts';
import type { IntakeResult } from '../../shared/articles/index.ts';
import { extractEvents } from '../../shared/extract/index.ts';
import { argsErrorMessage, CliUsageError } from '../usage.ts';

export const EXTRACT_HELP = `Usage: sitrep extract [--published YYYY-MM-DD] [--pretty] [--max-bytes N] FILE...

Reads article files and prints one JSON line per article on stdout:
  {"file": "<path>", "article": {"key", "published"?, "title"?, "url"?}, "events": [...]}
A JSONL file gives one line per article, named <path>#<line>. A file that cannot be read gives
  {"file": "<path>", "error": {"code": "...", "message": "..."}}
and the other files are still processed.

Formats (by extension): .txt .md (plain text), .html .htm (page text and meta tags),
  .json (one news-API style article), .jsonl (one such article per line).
Encodings: UTF-8 (with or without BOM), UTF-16LE/BE with BOM.

Options:
  --published DATE   publication date of every FILE (YYYY-MM-DD, YYYY-MM or YYYY); it wins over dates
                     found in the documents and anchors dates without a year ("BAKU, April 17.")
  --max-bytes N      skip files larger than N bytes (default ${DEFAULT_MAX_BYTES}, 5 MB)
  --pretty           indented JSON, for reading
  -h, --help         this help

Exit status: 0 all articles processed, 1 some input failed, 2 usage error.

Example:
  sitrep extract --published 2024-04-17 examples/withdrawal.html examples/wire.jsonl
`;

/** `sitrep extract`: returns the exit code (0 ok, 1 some input failed); usage mistakes throw CliUsageError. */
export async function runExtract(args: string[]): Promise<number> {
  const { published, maxBytes, pretty, files } = parseExtractArgs(args);
  let failed = 0;
  for (const file of files) {
    for (const result of await readArticleFile(file, { published, maxBytes })) {
      const line = outputLine(result);
      if ('error' in line) failed++;
      process.stdout.write(pretty ? `${JSON.stringify(line, null, 2)}\n` : `${JSON.stringify(line)}\n`);
    }
  }
  if (failed) process.stderr.write(`sitrep extract: ${failed} input(s) failed; see the "error" lines on stdout\n`);
  return failed ? 1 : 0;
}

function outputLine(result: IntakeResult): object {
  if ('error' in result) return result;
  try {
    return { file: result.file, article: articleRef(result.article), events: extractEvents(result.article) };
  } catch (err) {
    const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
    return {
      file: result.file,
      error: { code: 'EXTRACT_FAILED', message: `${result.file}: extractor failed: ${message}` },
    };
  }
}

interface ExtractArgs {
  published?: string;
  maxBytes: number;
  pretty: boolean;
  files: string[];
}

function parseExtractArgs(args: string[]): ExtractArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        published: { type: 'string' },
        'max-bytes': { type: 'string' },
        pretty: { type: 'boolean', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    throw new CliUsageError(argsErrorMessage(err, 'extract'));
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new CliUsageError("no FILE given (see 'sitrep extract --help')");
  if (values.published !== undefined && !parsePartialDate(values.published)) {
    throw new CliUsageError(`--published '${values.published}' is not a date: use YYYY-MM-DD (or YYYY-MM, YYYY)`);
  }
  const rawMax = values['max-bytes'];
  if (rawMax !== undefined && !/^[1-9]\d{0,14}$/.test(rawMax)) {
    throw new CliUsageError(`--max-bytes '${rawMax}' is not a positive whole number of bytes`);
  }
  return {
    ...(values.published !== undefined && { published: values.published }),
    maxBytes: rawMax === undefined ? DEFAULT_MAX_BYTES : Number(rawMax),
    pretty: values.pretty,
    files: positionals,
  };
}
