import { gazetteer, lookupKey } from '../../extract/gazetteer/index.ts';

/** "the PKK's organisational structure(s)": a body's own structure. */
const OWN_STRUCTURE = /^(?:the\s+)?([^']+?)['’]s\s+(?:organi[sz]ational\s+)?structures?$/u;
/** "Sudan's Rapid Support Forces": a state's possessive before a capitalized name. */
const STATE_OWNED_NAME = /^(?:the\s+)?([^']+?)['’]s\s+(?=[A-Z])/u;

/**
 * A dissolved entity's name as the gazetteer spells a known state, organization or operation ("USSR" → "Soviet
 * Union"), without a state's possessive before a name of its own ("Sudan's Rapid Support Forces" → "Rapid Support
 * Forces"; "Tunisia's parliament" keeps it, having no name).
 */
export function canonicalEntity(name: string): string {
  // "the PKK's organisational structure": dissolving a body's structure dissolves the body.
  const structure = OWN_STRUCTURE.exec(name);
  if (structure) return canonicalEntity(structure[1]!);
  const owned = STATE_OWNED_NAME.exec(name);
  const owner = owned ? gazetteer().get(lookupKey(owned[1]!)) : undefined;
  const own = owner?.kind === 'state' ? name.slice(owned![0].length) : name;
  const known = gazetteer().get(lookupKey(own.replace(/^the\s+/i, '')));
  return known && (known.kind === 'state' || known.kind === 'org' || known.kind === 'operation') ? known.name : own;
}
