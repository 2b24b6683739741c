import { createHash } from 'node:crypto';

/** The parts of a labeled set: all of it, the fixed held-apart fifth, or the rest. */
export const SPLITS = ['all', 'holdout', 'train'] as const;
export type Split = (typeof SPLITS)[number];

/** One bucket of five, fixed by the id alone: never write rules while reading its items. */
const BUCKETS = 5;

/** Whether an item is in the held-apart fifth: the first byte of sha1(id) modulo 5 is 0. */
export function isHeldOut(id: string): boolean {
  return createHash('sha1').update(id).digest()[0]! % BUCKETS === 0;
}

export function inSplit(id: string, split: Split): boolean {
  if (split === 'all') return true;
  return isHeldOut(id) === (split === 'holdout');
}
