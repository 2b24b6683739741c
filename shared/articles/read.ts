import { readFile, stat } from 'node:fs/promises';
import { IntakeError, type IntakeResult } from './article.ts';
import { formatOf } from './formats.ts';
import { checkSize, DEFAULT_MAX_BYTES } from './limits.ts';
import { intakeFailure, parseArticleBytes, type IntakeOptions } from './parse.ts';

/**
 * Reads one article file (a JSONL file yields one result per line). Checks existence, type, format and size
 * before reading the bytes. Never throws for bad input: NOT_FOUND, NOT_A_FILE, READ_FAILED and every
 * parseArticleBytes failure come back as results.
 */
export async function readArticleFile(path: string, opts: IntakeOptions = {}): Promise<IntakeResult[]> {
  try {
    const info = await stat(path).catch((err: unknown) => {
      throw fsError(err, path);
    });
    if (!info.isFile()) {
      throw new IntakeError(
        'NOT_A_FILE',
        `${path}: ${info.isDirectory() ? 'is a directory' : 'is not a regular file'}`,
      );
    }
    formatOf(path);
    checkSize(info.size, opts.maxBytes ?? DEFAULT_MAX_BYTES, path);
    const bytes = await readFile(path).catch((err: unknown) => {
      throw fsError(err, path);
    });
    return parseArticleBytes(bytes, path, opts);
  } catch (err) {
    return [intakeFailure(path, err)];
  }
}

function fsError(err: unknown, path: string): IntakeError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new IntakeError('NOT_FOUND', `${path}: no such file`);
  if (code === 'EISDIR') return new IntakeError('NOT_A_FILE', `${path}: is a directory`);
  const reason = code === 'EACCES' ? 'permission denied' : (code ?? String(err).split('\n')[0]);
  return new IntakeError('READ_FAILED', `${path}: cannot read the file (${reason})`);
}
