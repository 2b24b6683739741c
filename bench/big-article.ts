// A generated wire story stating exactly `events` distinct deployments (for the oversized-article bench and its
// e2e test): ten places, dates ten days apart so that no two sentences report one happening.
const PLACES = ['Mali', 'Kosovo', 'Chad', 'Estonia', 'Latvia', 'Lithuania', 'Poland', 'Romania', 'Niger', 'Iraq'];
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = [1, 11, 21];
const FIRST_YEAR = 1950;

export function bigArticle(events: number): string {
  const sentences: string[] = [];
  for (let i = 0; i < events; i++) {
    const place = PLACES[i % PLACES.length]!;
    const slot = Math.floor(i / PLACES.length);
    const day = DAYS[slot % DAYS.length]!;
    const month = MONTHS[Math.floor(slot / DAYS.length) % MONTHS.length]!;
    const year = FIRST_YEAR + Math.floor(slot / (DAYS.length * MONTHS.length));
    sentences.push(`France deployed ${100 + (i % 50)} troops to ${place} on ${month} ${day}, ${year}.`);
  }
  return `French deployments\n\nPARIS, March 3 (Wire) - ${sentences.join(' ')}\n`;
}
