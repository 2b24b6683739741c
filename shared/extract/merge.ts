import { extractionOf } from '../event-types/extractions.ts';
import type { Candidate } from './candidate.ts';
import type { Relation } from './merging.ts';

/**
 * How many earlier candidates of a bucket, and of exactly its subject, a new one is compared with. Real articles
 * stay far below it; an article of thousands of candidates merges in linear time instead of quadratic.
 */
const MAX_MERGE_SCAN = 64;

/**
 * One event per happening per article: repeats merge, keeping the best evidence and the most precise facts. Each
 * type says which candidates may meet (its buckets) and how they combine. Deterministic: text order.
 */
export function mergeCandidates(cands: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const buckets = new Map<
    string,
    { members: number[]; bySubject: Map<string, number[]>; bySpan: Map<string, number> }
  >();
  for (const c of cands) {
    const type = extractionOf(c.type);
    const key = `${c.type}|${type.mergeBucket(c)}`;
    let bucket = buckets.get(key);
    if (!bucket) buckets.set(key, (bucket = { members: [], bySubject: new Map(), bySpan: new Map() }));
    // Exactly this happening: its subject and date.
    const subject = `${type.subjectKey(c)}|${c.occurredOn ?? ''}`;
    const same = bucket.bySubject.get(subject) ?? [];
    // The latest candidates of the bucket (nested places, other names of one body, nearby dates) and the latest of
    // exactly this happening (its repeats, however far back), in the order they were kept.
    // And the one kept from exactly this reading's words, however far back: a repeat of a reading must merge with it
    // (both would get the same event id).
    const span = `${subject}|${c.evidenceStart}|${c.evidenceEnd}`;
    const twin = bucket.bySpan.get(span);
    const scan = [
      ...new Set([
        ...(twin === undefined ? [] : [twin]),
        ...same.slice(-MAX_MERGE_SCAN),
        ...bucket.members.slice(-MAX_MERGE_SCAN),
      ]),
    ].sort((a, b) => a - b);
    // Among the kept candidates this one may repeat, the one nearest in date.
    let target = -1;
    let targetDistance = Infinity;
    let relation: Relation = 'same';
    for (const k of scan) {
      const kept = out[k]!;
      const rel = type.relate(kept, c);
      if (!rel) continue;
      const d = type.dateDistance(kept, c);
      if (d === undefined || d >= targetDistance) continue;
      target = k;
      targetDistance = d;
      relation = rel;
    }
    if (target < 0) {
      bucket.members.push(out.length);
      if (!same.length) bucket.bySubject.set(subject, same);
      same.push(out.length);
      if (twin === undefined) bucket.bySpan.set(span, out.length);
      out.push({ ...c });
    } else out[target] = type.combine(out[target]!, c, relation);
  }
  return out;
}
