import { extractionOf } from '../event-types/extractions.ts';
import type { Candidate } from './candidate.ts';
import type { Relation } from './merging.ts';

/**
 * How many earlier candidates of a bucket a new one is compared with. Real articles stay far below it; an article
 * of thousands of candidates about one subject merges in linear time instead of quadratic.
 */
const MAX_MERGE_SCAN = 64;

/**
 * One event per happening per article: repeats merge, keeping the best evidence and the most precise facts. Each
 * type says which candidates may meet (its buckets) and how they combine. Deterministic: text order.
 */
export function mergeCandidates(cands: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const buckets = new Map<string, number[]>();
  for (const c of cands) {
    const type = extractionOf(c.type);
    const key = `${c.type}|${type.mergeBucket(c)}`;
    let members = buckets.get(key);
    if (!members) buckets.set(key, (members = []));
    // Among the kept candidates this one may repeat, the one nearest in date.
    let target = -1;
    let targetDistance = Infinity;
    let relation: Relation = 'same';
    for (let k = Math.max(0, members.length - MAX_MERGE_SCAN); k < members.length; k++) {
      const kept = out[members[k]!]!;
      const rel = type.relate(kept, c);
      if (!rel) continue;
      const d = type.dateDistance(kept, c);
      if (d === undefined || d >= targetDistance) continue;
      target = members[k]!;
      targetDistance = d;
      relation = rel;
    }
    if (target < 0) {
      members.push(out.length);
      out.push({ ...c });
    } else out[target] = type.combine(out[target]!, c, relation);
  }
  return out;
}
