/**
 * The bench measures extraction from the bundle the ingest Lambda runs (bench/extraction-bundle.ts). That bundle must
 * be the same extractor as the sources: same events, same evidence, and it must find its data files (a bundle that
 * cannot read the GeoNames extract still runs, with coarser places, which these texts would show).
 */
import { describe, expect, it } from 'vitest';
import { loadExtractionBundle } from '../../bench/extraction-bundle.ts';
import { parseArticleBytes } from '../../shared/articles/index.ts';
import { extractEvents } from '../../shared/extract/index.ts';

const TEXTS = [
  'Ukrainian troops withdrew from Lyman on 1 October 2022.',
  'KYIV, March 3 - The ministry said on Friday that two battalions of marines had been sent to the port of Izmail ' +
    'in Odesa Oblast. The council voted to dissolve the regional guard on Thursday.',
];

describe('the extraction bundle the bench measures', () => {
  it('finds what the sources find, places geocoded', async () => {
    const bundled = await loadExtractionBundle();
    for (const [i, text] of TEXTS.entries()) {
      const bytes = Buffer.from(text, 'utf8');
      const article = (from: typeof parseArticleBytes) => {
        const result = from(bytes, `t${i}.txt`)[0]!;
        if (!('article' in result)) throw new Error(`article ${i} was refused`);
        return result.article;
      };
      const fromSources = extractEvents(article(parseArticleBytes));
      expect(bundled.extractEvents(article(bundled.parseArticleBytes))).toEqual(fromSources);
      expect(fromSources.length).toBeGreaterThan(0);
    }
    const intake = bundled.parseArticleBytes(Buffer.from(TEXTS[0]!), 'lyman.txt')[0];
    if (!intake || !('article' in intake)) throw new Error('the Lyman text was refused');
    const [lyman] = bundled.extractEvents(intake.article);
    if (lyman?.type !== 'WithdrawalBegun') throw new Error(`expected a withdrawal, got ${lyman?.type}`);
    expect(lyman.location).toMatchObject({ name: 'Lyman', code: 'UA' });
    expect(lyman.location.lat).toBeTypeOf('number');
  });
});
