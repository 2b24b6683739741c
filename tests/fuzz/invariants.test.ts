// The fuzz checks are only as good as extractAndCheck: prove it rejects each kind of broken output,
// so the suites stay meaningful while the real extractor is still a stub.
import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../shared/events/contracts.ts';
import { articleOf, extractAndCheck } from './invariants.ts';

const article = articleOf('BAKU, April 17. Russian peacekeepers began to withdraw from Karabakh.', '2024-04-17');
const good: DomainEvent = {
  id: '0123456789abcdef0123456789abcdef',
  schemaVersion: 1,
  type: 'WithdrawalBegun',
  occurredOn: '2024-04-17',
  actor: { name: 'Russia', code: 'RU' },
  location: { name: 'Karabakh' },
  evidence: { text: article.text.slice(16), start: 16, end: article.text.length },
  confidence: 0.8,
  article: { key: article.key, published: '2024-04-17' },
};
const extractorOf = (events: unknown[]) => () => events as DomainEvent[];

describe('extractAndCheck', () => {
  it('accepts valid events', () => {
    expect(() => extractAndCheck(article, extractorOf([good]))).not.toThrow();
  });

  it.each([
    ['a schema violation', { ...good, occurredOn: '17 April' }],
    ['an extra key the JSON Schema forbids', { ...good, debug: true }],
    ['evidence that is not the text slice', { ...good, evidence: { ...good.evidence, text: 'peacekeepers' } }],
    ['evidence past the end of the text', { ...good, evidence: { ...good.evidence, end: article.text.length + 1 } }],
    ['an empty evidence span', { ...good, evidence: { text: 'x', start: 3, end: 3 } }],
    ['another article key', { ...good, article: { key: 'elsewhere.txt' } }],
  ])('rejects %s', (_what, event) => {
    expect(() => extractAndCheck(article, extractorOf([event]))).toThrow();
  });

  it('rejects duplicate ids', () => {
    expect(() => extractAndCheck(article, extractorOf([good, { ...good }]))).toThrow();
  });

  it('rejects a non-deterministic extractor', () => {
    let call = 0;
    const flaky = () => [{ ...good, confidence: call++ ? 0.5 : 0.8 }] as DomainEvent[];
    expect(() => extractAndCheck(article, flaky)).toThrow();
  });
});
