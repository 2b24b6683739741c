import type { Candidate } from './candidate.ts';

/**
 * Candidates ordered by the sentence they were read in, for readers that look a few sentences back from each hit: a
 * window is found by binary search instead of a pass over every candidate, which on a long article of many hits made
 * those readers quadratic. Within a sentence, candidates keep the order they were given in.
 */
export interface CandidatesBySentence {
  /** The candidates read in sentences `from` to `to`, both included, by sentence. */
  between(from: number, to: number): readonly Candidate[];
}

export function candidatesBySentence(candidates: readonly Candidate[]): CandidatesBySentence {
  // Array.prototype.sort is stable, so ties keep the given order.
  const sorted = [...candidates].sort((a, b) => a.sentence - b.sentence);
  const firstAtOrAfter = (sentence: number): number => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]!.sentence < sentence) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    between: (from, to) => (from > to ? [] : sorted.slice(firstAtOrAfter(from), firstAtOrAfter(to + 1))),
  };
}
