// The extractor's entry points, bundled by bench/extraction-bundle.ts exactly as the ingest Lambda's bundle is built.
export { parseArticleBytes } from '../shared/articles/index.ts';
export { extractEvents } from '../shared/extract/index.ts';
