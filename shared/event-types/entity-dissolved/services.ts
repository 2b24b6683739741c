import type { ArticleContext } from '../../extract/context.ts';
import { spanText } from '../../extract/clauses/phrases.ts';
import { lowerAt } from '../../extract/slots.ts';

/** Armed services, by their first word, with the word after it where the service takes two ("air force"). */
const SERVICES: Readonly<Record<string, string | undefined>> = {
  army: undefined,
  navy: undefined,
  marines: undefined,
  police: undefined,
  gendarmerie: undefined,
  air: 'force',
  coast: 'guard',
};

/** The length in tokens of a service named at i in lower case ("navy", "air force"), else 0. */
export function serviceAt(ctx: ArticleContext, i: number): number {
  const w = lowerAt(ctx, i);
  if (!Object.hasOwn(SERVICES, w) || ctx.tokens[i]!.cap) return 0;
  const second = SERVICES[w];
  return second === undefined ? 1 : lowerAt(ctx, i + 1) === second ? 2 : 0;
}

/**
 * "the Iraqi army, air force and navy", "the army, air force and navy": after a body whose name ends in a one-word
 * service at `last - 1`, the services listed next in lower case are its sisters, named with the same owner words (none
 * for a bare "army"); their names and where the list ends, else undefined.
 */
export function sisterServices(ctx: ArticleContext, object: { name: string; last: number }) {
  if (serviceAt(ctx, object.last - 1) !== 1) return undefined;
  const owner = object.name.split(/\s+/).slice(0, -1).join(' ');
  const names: string[] = [];
  let j = object.last;
  while (lowerAt(ctx, j) === ',' || lowerAt(ctx, j) === 'and') {
    const k = lowerAt(ctx, j) === ',' && lowerAt(ctx, j + 1) === 'and' ? j + 2 : j + 1;
    const n = serviceAt(ctx, k);
    if (!n) break;
    const service = spanText(ctx, k, k + n);
    names.push(owner ? `${owner} ${service}` : service);
    j = k + n;
    if (lowerAt(ctx, k - 1) === 'and') break;
  }
  return names.length ? { names, last: j } : undefined;
}
