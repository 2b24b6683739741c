/** How names compare across the project (the team scorer's rule, so that merging and scoring agree):
 * lowercase, no diacritics, no possessive 's, punctuation → spaces, no leading "the". */
export function normalizeName(s: unknown): string {
  return String(s ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]s\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '');
}
