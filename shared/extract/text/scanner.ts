/**
 * A linear, regex-free word tokenizer for news English, splitting text the way the extractor's rules expect:
 * words, numbers ("1,960", "2.5"), abbreviations and initials with their period ("U.S.", "Feb.", "Lt.", "L."),
 * possessive and negative clitics as their own tokens ("Russia" "'s", "wo" "n't"), hyphens and every other
 * punctuation mark as single tokens, and line breaks as break tokens. It replaces wink-nlp, whose 3 MB language
 * model does not fit a 1 MB Lambda bundle; one pass over the characters, no backtracking.
 */
export interface RawToken {
  text: string;
  start: number;
}

/** Abbreviations that keep their period (lower-case, without it). */
const ABBREVIATIONS = new Set(
  `jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun mr mrs ms dr prof gen lt
  col maj sgt capt adm cmdr brig cpl pvt gov sen rep pres st ave blvd mt ft jr sr no nos co corp inc ltd bros vs etc
  approx est dept univ govt intl natl assn rev hon fig vol`
    .split(/\s+/)
    .filter(Boolean),
);

/** Prefixes that stay joined to their word by a hyphen ("anti-French", "mid-March"), as news treats them. */
const HYPHEN_PREFIXES = new Set(
  'anti non mid sub counter pro ex pre post co re semi multi self vice inter cross neo pan trans ultra quasi'.split(
    ' ',
  ),
);

const isSpaceCode = (c: number) =>
  c === 32 ||
  c === 9 ||
  c === 12 ||
  c === 11 ||
  c === 160 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x3000 ||
  c === 0x202f ||
  c === 0x205f;
const isBreakCode = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isApostrophe = (c: number) => c === 39 || c === 0x2019;

/** Letters and digits of any script (and combining marks) continue a word; NaN (past the end) does not. */
function isWordCode(c: number): boolean {
  if (isAsciiLetter(c) || isDigit(c)) return true;
  if (c < 128) return false;
  return WORD_CHAR.test(String.fromCharCode(c));
}
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

export function scanTokens(text: string): RawToken[] {
  return scanTokensWith(text, rawToken);
}
const rawToken = (text: string, start: number): RawToken => ({ text, start });

/** The same scan, each token made by `make` from its text and offset: a caller builds its own records in one pass. */
export function scanTokensWith<T>(text: string, make: (value: string, start: number) => T): T[] {
  const out: T[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    if (isBreakCode(c)) {
      // A run of white space holding line breaks is one break token (its text keeps the blank lines).
      let j = i;
      let end = i;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isBreakCode(d)) end = j + 1;
        else if (!isSpaceCode(d)) break;
        j++;
      }
      out.push(make(text.slice(i, end), i));
      i = end;
      continue;
    }
    if (!isWordCode(c)) {
      // "..." and "…" are one token; every other mark stands alone.
      if (c === 46 && text.charCodeAt(i + 1) === 46 && text.charCodeAt(i + 2) === 46) {
        out.push(make('...', i));
        i += 3;
        continue;
      }
      // A clitic: "'s" / "’s" after a word ("Russia's"), "'" alone otherwise.
      if (isApostrophe(c) && out.length && i > 0 && isWordCode(text.charCodeAt(i - 1))) {
        const s = text.charCodeAt(i + 1);
        if ((s === 115 || s === 83) && !isWordCode(text.charCodeAt(i + 2))) {
          out.push(make(text.slice(i, i + 2), i));
          i += 2;
          continue;
        }
      }
      // Surrogate pairs stay whole.
      const width = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      out.push(make(text.slice(i, i + width), i));
      i += width;
      continue;
    }
    // A word or number.
    let j = i;
    if (isDigit(c)) {
      // 1,960 · 2.5 · 1990s · 98th
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isDigit(d)) j++;
        else if ((d === 44 || d === 46) && isDigit(text.charCodeAt(j + 1))) j += 2;
        else break;
      }
      while (j < n && isWordCode(text.charCodeAt(j))) j++;
      out.push(make(text.slice(i, j), i));
      i = j;
      continue;
    }
    while (j < n) {
      const d = text.charCodeAt(j);
      if (isWordCode(d)) {
        j++;
        continue;
      }
      if (
        d === 45 &&
        j + 1 < n &&
        isWordCode(text.charCodeAt(j + 1)) &&
        HYPHEN_PREFIXES.has(text.slice(i, j).toLowerCase())
      ) {
        j++;
        continue;
      }
      // An apostrophe inside a name ("N'Djamena", "O'Brien") when a letter follows that does not start "s".
      if (isApostrophe(d) && j + 1 < n && isWordCode(text.charCodeAt(j + 1))) {
        const s = text.charCodeAt(j + 1);
        const clitic = (s === 115 || s === 83) && !isWordCode(text.charCodeAt(j + 2));
        const negation = (s === 116 || s === 84) && text[j - 1]?.toLowerCase() === 'n';
        if (!clitic && !negation) {
          j += 2;
          continue;
        }
      }
      break;
    }
    // "don't" → "do" "n't"
    if (
      isApostrophe(text.charCodeAt(j)) &&
      (text[j + 1] === 't' || text[j + 1] === 'T') &&
      j - 1 > i &&
      (text[j - 1] === 'n' || text[j - 1] === 'N')
    ) {
      out.push(make(text.slice(i, j - 1), i));
      out.push(make(text.slice(j - 1, j + 2), j - 1));
      i = j + 2;
      continue;
    }
    // Abbreviations and initials keep their period: "U.S." "a.m." "Feb." "Lt." "L."
    if (text.charCodeAt(j) === 46) {
      const word = text.slice(i, j);
      if (j - i === 1 && isWordCode(text.charCodeAt(j + 1))) {
        // "U.S.", "a.m.": letter-period runs
        let k = j;
        while (k + 1 < n && isWordCode(text.charCodeAt(k + 1)) && text.charCodeAt(k + 2) === 46) k += 2;
        out.push(make(text.slice(i, k + 1), i));
        i = k + 1;
        continue;
      }
      if (
        (j - i === 1 && text.charCodeAt(i) >= 65 && text.charCodeAt(i) <= 90) ||
        ABBREVIATIONS.has(word.toLowerCase())
      ) {
        out.push(make(text.slice(i, j + 1), i));
        i = j + 1;
        continue;
      }
    }
    out.push(make(text.slice(i, j), i));
    i = j;
  }
  return out;
}
