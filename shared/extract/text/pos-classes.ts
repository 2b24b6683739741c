/** The coarse word classes the rules ask about, from Penn Treebank tags. */
export const POS_CLASSES = ['noun', 'verb', 'adjective', 'adverb', 'function'] as const;
export type PosClass = (typeof POS_CLASSES)[number];

/** One letter per class in the extract file. */
export const CLASS_LETTER: Record<PosClass, string> = {
  noun: 'n',
  verb: 'v',
  adjective: 'a',
  adverb: 'r',
  function: 'f',
};

/** A Penn Treebank tag's coarse class (proper nouns, numbers and symbols have none: the rules read those by shape). */
export function coarseClass(tag: string): string | undefined {
  if (tag === 'NN' || tag === 'NNS') return CLASS_LETTER.noun;
  if (tag.startsWith('VB') || tag === 'MD') return CLASS_LETTER.verb;
  if (tag.startsWith('JJ')) return CLASS_LETTER.adjective;
  if (tag.startsWith('RB')) return CLASS_LETTER.adverb;
  if (['IN', 'DT', 'CC', 'TO', 'PRP', 'PRP$', 'WDT', 'WP', 'WP$', 'WRB', 'EX', 'PDT', 'RP'].includes(tag))
    return CLASS_LETTER.function;
  return undefined;
}
