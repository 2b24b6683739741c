/**
 * The last line of defence against one article flooding the pipeline: an article stating more events than the cap
 * is recorded as failed with `TOO_MANY_EVENTS` (its events are not appended), so the articles read model says why.
 */

/** Events one article may state before it is recorded as failed; a few hundred is already an unusual article. */
export const DEFAULT_MAX_EVENTS_PER_ARTICLE = 2_000;

/** The failure of an article with `count` events over `max`, or undefined when it is within the cap. */
export function decideEventCap(count: number, max: number): { code: 'TOO_MANY_EVENTS'; message: string } | undefined {
  if (count <= max) return undefined;
  return {
    code: 'TOO_MANY_EVENTS',
    message: `${count} events extracted, over the limit of ${max} per article (MAX_EVENTS_PER_ARTICLE)`,
  };
}
