import { gazetteer, lookupKey } from '../../extract/gazetteer/index.ts';
import { DESCRIBING_WORDS } from '../../extract/clauses/entities.ts';

/** Words that link a head to its complement ("house of the Diet"). */
const PHRASE_LINKS = new Set(['of', 'for', 'and', 'to', 'in', 'on', 'at', 'the']);
/** Lower-case words that belong inside names ("al-Nusra", "de facto"), never a description to drop. */
const NAME_LOWER_WORDS = new Set(['al', 'el', 'ad', 'de', 'ut', 'ul', 'van', 'von', 'der', 'di', 'da']);

/**
 * "the opposition-controlled National Assembly" → "National Assembly", "Islamist Welfare Party" → "Welfare Party":
 * lower-case describing words, or a word of creed, before a capitalized name are not part of it.
 */
function withoutDescription(name: string): string {
  const words = name.replace(/^the\s+/i, '').split(/\s+/);
  let k = 0;
  while (k < words.length - 1) {
    const w = words[k]!;
    const lower = w.toLowerCase();
    const describing =
      (w === lower && /^[a-z]/.test(w) && !NAME_LOWER_WORDS.has(lower.split('-')[0]!)) || DESCRIBING_WORDS.has(lower);
    if (!describing) break;
    // "lower house of the Diet": a head with its "of" names the body; nothing before it describes.
    if (PHRASE_LINKS.has(lower)) return name;
    k++;
  }
  const rest = words.slice(k);
  // "the Catholic League": a word of creed before a bare head is part of the name.
  const creed = words.slice(0, k).some((w) => DESCRIBING_WORDS.has(w.toLowerCase()));
  if (creed && rest.length < 2) return name;
  return k > 0 && rest.length && /^\p{Lu}/u.test(rest[0]!) ? rest.join(' ') : name;
}

/** "the PKK's organisational structure(s)": a body's own structure. */
const OWN_STRUCTURE = /^(?:the\s+)?([^']+?)['’]s\s+(?:organi[sz]ational\s+)?structures?$/u;
/** "SFOR's mission", "UNAMIR's mandate": what a mandated body holds, whose end is the body's. */
const OWN_MANDATE = /^(?:the\s+)?([^']+?)['’]s\s+(?:mission|mandate|operations)$/u;
/** "Sudan's Rapid Support Forces": a state's possessive before a capitalized name. */
const STATE_OWNED_NAME = /^(?:the\s+)?([^']+?)['’]s\s+(?=[A-Z])/u;

/**
 * A dissolved entity's name as the gazetteer spells a known state, organization or operation ("USSR" → "Soviet
 * Union"), without a state's possessive before a name of its own ("Sudan's Rapid Support Forces" → "Rapid Support
 * Forces"; "Tunisia's parliament" keeps it, having no name).
 */
export function canonicalEntity(name: string): string {
  const whole = gazetteer().get(lookupKey(name.replace(/^the\s+/i, '')));
  const described = whole ? name : withoutDescription(name);
  if (described !== name) return canonicalEntity(described);
  // "the PKK's organisational structure": dissolving a body's structure dissolves the body.
  const structure = OWN_STRUCTURE.exec(name);
  if (structure) return canonicalEntity(structure[1]!);
  // "ended SFOR's mission": a body's mission ended is the body ended; a state's mission is not a body.
  const mandate = OWN_MANDATE.exec(name);
  if (mandate && gazetteer().get(lookupKey(mandate[1]!))?.kind !== 'state') return canonicalEntity(mandate[1]!);
  const owned = STATE_OWNED_NAME.exec(name);
  const owner = owned ? gazetteer().get(lookupKey(owned[1]!)) : undefined;
  const own = owner?.kind === 'state' ? name.slice(owned![0].length) : name;
  const known = own === name ? whole : gazetteer().get(lookupKey(own.replace(/^the\s+/i, '')));
  return known && (known.kind === 'state' || known.kind === 'org' || known.kind === 'operation') ? known.name : own;
}
