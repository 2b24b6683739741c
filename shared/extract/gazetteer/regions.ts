import type { GazetteerEntry } from './types.ts';

/**
 * Compass parts of a state ("southern Lebanon", "north-east Syria"): reports place forces in them far more often than
 * in a named province, and a state's own forces deploy into them. Each spelling maps to one canonical "-ern" form.
 */
const COMPASS_FORMS: ReadonlyArray<[canonical: string, spellings: string[]]> = [
  ['northern', ['northern', 'north']],
  ['southern', ['southern', 'south']],
  ['eastern', ['eastern', 'east']],
  ['western', ['western', 'west']],
  ['central', ['central']],
  ['north-eastern', ['north-eastern', 'northeastern', 'north-east', 'northeast']],
  ['north-western', ['north-western', 'northwestern', 'north-west', 'northwest']],
  ['south-eastern', ['south-eastern', 'southeastern', 'south-east', 'southeast']],
  ['south-western', ['south-western', 'southwestern', 'south-west', 'southwest']],
];

/** Lower-case words that may open a compass region's name, for the mention scan's first-token test. */
export const COMPASS_STARTS: ReadonlySet<string> = new Set(
  COMPASS_FORMS.flatMap(([, spellings]) => spellings.map((s) => s.split('-')[0]!)),
);

/**
 * One entry per spelling of each compass part of each current state, as a place inside that state, named as the text
 * spells it ("North Russia", "south Lebanon"): sources name such regions each their own way, and two spellings of one
 * state's parts meet when merging (`isCompassRegion`). Names that are states themselves ("South Sudan", "East Timor")
 * are kept by the gazetteer's rule that a state wins its key.
 */
export function compassRegionEntries(
  states: ReadonlyArray<{ name: string; code: string }>,
): Array<[string, GazetteerEntry]> {
  const out: Array<[string, GazetteerEntry]> = [];
  for (const { name, code } of states)
    for (const [, spellings] of COMPASS_FORMS)
      for (const spelling of spellings) {
        const region = `${spelling} ${name}`;
        out.push([region, { kind: 'place', name: region, code, parent: name }]);
      }
  return out;
}

/** Every spelling, longest first, so "north-east" is read before "north". */
const COMPASS_NAME = new RegExp(
  `^(${COMPASS_FORMS.flatMap(([, spellings]) => spellings)
    .sort((x, y) => y.length - x.length)
    .join('|')}) `,
  'i',
);

/** Whether a location name is a compass part of a state ("north-eastern Syria", "North Russia"). */
export function isCompassRegion(name: string): boolean {
  return COMPASS_NAME.test(name);
}

/** Each spelling's canonical form ("northeast" → "north-eastern"). */
const CANONICAL_COMPASS = new Map(
  COMPASS_FORMS.flatMap(([canonical, spellings]) => spellings.map((s) => [s, canonical] as const)),
);

/** The canonical compass part a region's name opens with ("North-east Syria" → "north-eastern"), if any. */
export function compassOf(name: string): string | undefined {
  const spelling = COMPASS_NAME.exec(name)?.[1];
  return spelling ? CANONICAL_COMPASS.get(spelling.toLowerCase()) : undefined;
}
