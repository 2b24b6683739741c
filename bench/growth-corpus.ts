// Generated articles for the growth benchmark (bench/growth.ts): `distinct` articles each about their own mission
// (one actor country deployed to one other country, a pair no other article uses below 36k articles), and `hot`
// articles all about one mission (France in Mali), each reporting its own happening (its own date).
import worldCountries from '../shared/extract/gazetteer/countries.data.json' with { type: 'json' };
import { MONTHS } from './big-article.ts';

export type GrowthCorpus = 'distinct' | 'hot';

const FIRST_YEAR = 1990;
const DAYS_PER_MONTH = 28;
const PERSONNEL_BASE = 100;
const PERSONNEL_SPREAD = 400;

/** UN member states' common names, sorted: the actors and destinations of `distinct` articles. */
const COUNTRIES = (worldCountries as unknown as Array<{ name: { common: string }; unMember?: boolean }>)
  .filter((c) => c.unMember)
  .map((c) => c.name.common)
  .sort();

/** The i-th date: one per day slot, never two articles on one (year, month, day). */
function dateOf(i: number): string {
  const day = (i % DAYS_PER_MONTH) + 1;
  const month = MONTHS[Math.floor(i / DAYS_PER_MONTH) % MONTHS.length]!;
  const year = FIRST_YEAR + Math.floor(i / (DAYS_PER_MONTH * MONTHS.length));
  return `${month} ${day}, ${year}`;
}

/** The i-th distinct (actor, destination) pair: actor i mod n, destination shifted by 1 + ⌊i / n⌋ (never itself). */
function pairOf(i: number): [string, string] {
  const n = COUNTRIES.length;
  const actor = i % n;
  const destination = (actor + 1 + (Math.floor(i / n) % (n - 1))) % n;
  return [COUNTRIES[actor]!, COUNTRIES[destination]!];
}

const FILLER =
  'Officials said the mission would be reviewed at the end of the year. A spokesman declined to give details ' +
  'of the equipment sent with the contingent, citing security. Opposition lawmakers asked for a debate on the ' +
  'costs of the operation, which the government expects to publish in its annual report.';

/** The text of the i-th article of a corpus (plain text with a title line and a dateline). */
export function growthArticle(corpus: GrowthCorpus, i: number): string {
  const [actor, place] = corpus === 'hot' ? ['France', 'Mali'] : pairOf(i);
  const personnel = PERSONNEL_BASE + (i % PERSONNEL_SPREAD);
  return (
    `${actor} sends troops to ${place}\n\n` +
    `GENEVA (Wire) - ${actor} deployed ${personnel} troops to ${place} on ${dateOf(i)}. ${FILLER}\n`
  );
}
