import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { CLASS_LETTER, POS_CLASSES, type PosClass } from './pos-classes.ts';

/**
 * Part-of-speech classes of English words: the most likely class of each word in `en-lexicon`, from the extract
 * `pos/lexicon.data.gz` (see scripts/generate-pos-lexicon.ts). Loaded on first use; where the file is absent (a
 * trimmed bundle) every word is unknown and the rules fall back to their word lists.
 */
const DATA_URL = new URL('./pos/lexicon.data.gz', import.meta.url);
const BY_LETTER = new Map<string, PosClass>(POS_CLASSES.map((c) => [CLASS_LETTER[c], c]));

let classes: Map<string, PosClass> | null | undefined;

function load(): Map<string, PosClass> | null {
  try {
    const text = gunzipSync(readFileSync(DATA_URL)).toString('utf8');
    const map = new Map<string, PosClass>();
    for (let start = 0; start < text.length;) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const tab = text.indexOf('\t', start);
      const cls = tab > start && tab < end ? BY_LETTER.get(text.slice(tab + 1, end)) : undefined;
      if (cls) map.set(text.slice(start, tab), cls);
      start = end + 1;
    }
    return map;
  } catch {
    return null;
  }
}

/** The most likely class of a lower-case word, or undefined when the lexicon does not know it. */
export function posOf(lower: string): PosClass | undefined {
  if (classes === undefined) classes = load();
  return classes?.get(lower);
}
