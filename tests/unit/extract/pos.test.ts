import { describe, expect, it } from 'vitest';
import { posOf } from '../../../shared/extract/text/pos.ts';
import { coarseClass, CLASS_LETTER } from '../../../shared/extract/text/pos-classes.ts';

describe('word classes', () => {
  it('gives the most likely class of common words from the lexicon extract', () => {
    expect(posOf('withdrew')).toBe('verb');
    expect(posOf('battalion')).toBe('noun');
    expect(posOf('eastern')).toBe('adjective');
    expect(posOf('formally')).toBe('adverb');
    expect(posOf('from')).toBe('function');
  });

  it('knows nothing of names, numbers and made-up words', () => {
    expect(posOf('xqzvbn')).toBeUndefined();
    expect(posOf('1991')).toBeUndefined();
  });

  it('maps Penn Treebank tags to coarse classes, leaving proper nouns and numbers to the rules', () => {
    expect(coarseClass('VBD')).toBe(CLASS_LETTER.verb);
    expect(coarseClass('NNS')).toBe(CLASS_LETTER.noun);
    expect(coarseClass('NNP')).toBeUndefined();
    expect(coarseClass('CD')).toBeUndefined();
  });
});
