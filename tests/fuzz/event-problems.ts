import { isDeepStrictEqual } from 'node:util';
import type { Article } from '../../shared/articles/article.ts';
import { DomainEvent } from '../../shared/events/contracts.ts';

/**
 * What every extraction must satisfy whatever the text, as a list of violations (empty = fine): events that
 * parse as DomainEvent with no extra keys (the JSON Schemas forbid them), evidence that is a non-empty slice
 * of the text, a reference to this article, and unique ids. Free of vitest so a child process can use it.
 */
export function eventProblems(article: Article, events: unknown): string[] {
  if (!Array.isArray(events)) return [`extractEvents returned ${typeof events}, not an array`];
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const event of events as unknown[]) {
    const shown = JSON.stringify(event).slice(0, 500);
    const parsed = DomainEvent.safeParse(event);
    if (!parsed.success) {
      problems.push(
        `invalid event ${shown}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
      continue;
    }
    const e = parsed.data;
    if (!isDeepStrictEqual(asJson(e), asJson(event))) problems.push(`event has keys outside the contract: ${shown}`);
    const { start, end, text } = e.evidence;
    if (!(start < end && end <= article.text.length))
      problems.push(`evidence [${start}, ${end}) is empty or past the text: ${shown}`);
    else if (article.text.slice(start, end) !== text)
      problems.push(`evidence.text is not text[${start}, ${end}): ${shown}`);
    if (e.article.key !== article.key) problems.push(`article.key '${e.article.key}' is not '${article.key}'`);
    if (ids.has(e.id)) problems.push(`duplicate id ${e.id}`);
    ids.add(e.id);
  }
  return problems;
}

/** What a consumer sees after serialization (undefined-valued keys vanish). */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;
