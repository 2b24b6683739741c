// Pathological inputs: huge single lines, deep brackets, one repeated character, endless numbers, names and
// abbreviations. Each generator maps a size n (characters) to a text; `largest` is the size the brief asks for.
import { parseArticleBytes } from '../../shared/articles/index.ts';
import { extractEvents } from '../../shared/extract/index.ts';
import { eventProblems } from './event-problems.ts';

const MB = 1024 * 1024;
const CAPITALIZED = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel', 'India', 'Juliett'];

/** Repeats `unit` until the text is `chars` long (cut mid-unit if needed). */
const fill = (unit: string, chars: number) => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);

export const ADVERSARIAL_CASES: ReadonlyArray<{ name: string; largest: number; make: (n: number) => string }> = [
  { name: '4 MB single line of "a "', largest: 4 * MB, make: (n) => fill('a ', n) },
  { name: '4 MB single line of "Troops " without periods', largest: 4 * MB, make: (n) => fill('Troops ', n) },
  { name: '100k nested brackets', largest: 100_000, make: (n) => '('.repeat(n) },
  { name: '1 MB of one letter', largest: MB, make: (n) => 'A'.repeat(n) },
  { name: '1 MB of periods', largest: MB, make: (n) => '.'.repeat(n) },
  { name: '200k "1," numbers', largest: 400_000, make: (n) => fill('1,', n) },
  { name: '1 MB of capitalized words', largest: MB, make: (n) => fill(`${CAPITALIZED.join(' ')} `, n) },
  { name: '1 MB of "U.S. "', largest: MB, make: (n) => fill('U.S. ', n) },
  {
    name: '1 MB of coordinated actors and joined clauses without periods',
    largest: MB,
    make: (n) => fill('French, Chadian and Malian troops arrived in Gao, and soldiers from Togo left ', n),
  },
  {
    name: '1 MB of capitalized names in place slots',
    largest: MB,
    make: (n) => fill('troops left the town of Tal Rifaat-Bravo and entered Nasiriyah Charlie near Wad Madani ', n),
  },
  {
    name: '1 MB of missions named for their places, without periods',
    largest: MB,
    make: (n) => fill('the UN Assistance Mission for Rwanda and the African Union Mission in Somalia and Eritrea ', n),
  },
  {
    name: '1 MB of "the areas around the base at "',
    largest: MB,
    make: (n) => fill('the areas around the base at ', n),
  },
  {
    name: '1 MB of deployments taken up and stays until a date, without periods',
    largest: MB,
    make: (n) =>
      fill(
        'Kenyan troops entered Somalia in 2011; Latvia and Estonia were occupied on 17 June, Danish contingents followed ' +
          'in June, and they remained there until 1934 respectively, ',
        n,
      ),
  },
  {
    name: '1 MB of forces named by one capitalized word, each stationed and then withdrawn',
    largest: MB,
    make: (n) => fill('The Volunteer troops were stationed in Angola. The withdrawal began in March. ', n),
  },
  {
    name: '1 MB of offices terminated by their acronym',
    largest: MB,
    make: (n) => fill('Truman signed an order terminating the OSS on Monday. ', n),
  },
  {
    name: '1 MB of withdrawals each followed by another actor taking its own forces out',
    largest: MB,
    make: (n) => fill('The last U.S. Marines left Beirut. Japan withdrew its contingent. ', n),
  },
  {
    name: '1 MB of armies dissolved, each a reading of its own',
    largest: MB,
    make: (n) => fill('The junta dissolved the army. ', n),
  },
  {
    name: '1 MB of dissolutions of listed named bodies',
    largest: MB,
    make: (n) =>
      fill('The council dissolved the National Front, the Youth League and the Workers Militia on 2 May 1946. ', n),
  },
  {
    // Every withdrawal stays its own event (a return stands before it) and every return is read: the merge and the
    // return readers meet thousands of readings of one actor and place.
    name: '512 KB of one force leaving a place, coming back and leaving again',
    largest: MB / 2,
    make: (n) =>
      fill(
        'Dutch marines left Aruba in May 1950. They returned to Aruba in June 1951, and the last of them left Aruba ' +
          'in July 1953. In 1954 the governor sent the marines back. ',
        n,
      ),
  },
];

export interface CaseTiming {
  msN: number;
  ms4N: number;
  problems: string[];
}

/** Intake of a .txt file plus extraction; returns the elapsed ms and any contract violations. */
function timedPipeline(text: string): { ms: number; problems: string[] } {
  const bytes = new TextEncoder().encode(text);
  const start = performance.now();
  const [result] = parseArticleBytes(bytes, 'adversarial.txt', { published: '2024-04-17' });
  if (!result || 'error' in result) throw new Error(`intake rejected the input: ${JSON.stringify(result)}`);
  const events = extractEvents(result.article);
  const ms = performance.now() - start;
  return { ms, problems: eventProblems(result.article, events) };
}

/** The linearity bound: time(4n) must stay under this (linear is ~4×, quadratic ~16×). */
export function linearBoundMs(msN: number): number {
  return 12 * msN + 50;
}

/**
 * Times the case at n = largest / 4 (after a warm-up run, so JIT and lazy tables do not count) and at 4n. A pair that
 * breaks the bound is timed once more and each size keeps its faster run: one garbage-collection pause or a busy
 * machine can slow one run, while superlinear work slows both.
 */
export function runAdversarialCase(name: string): CaseTiming {
  const c = ADVERSARIAL_CASES.find((x) => x.name === name);
  if (!c) throw new Error(`unknown adversarial case '${name}'`);
  const small = c.make(c.largest / 4);
  const large = c.make(c.largest);
  timedPipeline(small);
  const n = timedPipeline(small);
  const n4 = timedPipeline(large);
  const problems = [...n.problems, ...n4.problems];
  if (n4.ms < linearBoundMs(n.ms)) return { msN: n.ms, ms4N: n4.ms, problems };
  const again = timedPipeline(small);
  const again4 = timedPipeline(large);
  return {
    msN: Math.min(n.ms, again.ms),
    ms4N: Math.min(n4.ms, again4.ms),
    problems: [...problems, ...again.problems, ...again4.problems],
  };
}
