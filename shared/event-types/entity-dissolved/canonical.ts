import { gazetteer, lookupKey } from '../../extract/gazetteer/index.ts';

/** A dissolved entity's name as the gazetteer spells a known state, organization or operation ("USSR" → "Soviet Union"). */
export function canonicalEntity(name: string): string {
  const known = gazetteer().get(lookupKey(name.replace(/^the\s+/i, '')));
  return known && (known.kind === 'state' || known.kind === 'org' || known.kind === 'operation') ? known.name : name;
}
