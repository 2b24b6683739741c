import * as z from 'zod';
import { EVENT_TYPES } from '../events/contracts.ts';

/** One labeled event of a gold file (shared/corpus/LABELING.md): every list holds the accepted surface forms. */
export const GoldEvent = z.looseObject({
  type: z.enum(EVENT_TYPES),
  actor: z.array(z.string()).nullish(),
  actor_code: z.string().nullish(),
  location: z.array(z.string()).nullish(),
  entity: z.array(z.string()).nullish(),
  date: z.array(z.string()).nullish(),
  personnel: z.number().nullish(),
  optional: z.boolean().nullish(),
});
export type GoldEvent = z.infer<typeof GoldEvent>;

/** One article of a gold file; `events: []` marks a negative article. */
export const GoldArticle = z.looseObject({
  id: z.string(),
  file: z.string().min(1),
  published: z.string().nullable().optional(),
  events: z.array(GoldEvent),
});
export type GoldArticle = z.infer<typeof GoldArticle>;

/** What an extractor predicted for one article file: the shape of a `sitrep extract` output line. */
export interface Prediction {
  file?: string;
  key?: string;
  events?: PredictedEvent[];
}

/** Loosely typed on purpose: the scorer must judge whatever a predictor wrote, like score.mjs does. */
export interface PredictedEvent {
  type?: string;
  actor?: { name?: unknown; code?: unknown } | string;
  location?: { name?: unknown } | string;
  entity?: { name?: unknown } | string;
  occurredOn?: unknown;
  personnel?: unknown;
}

/** Parses gold JSONL; a malformed line fails with its line number instead of a stack trace later. */
export function parseGoldJsonl(text: string, source = 'gold'): GoldArticle[] {
  return nonBlankLines(text).map(({ line, number }) => {
    const result = GoldArticle.safeParse(parseJsonLine(line, source, number));
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new Error(`${source}:${number}: ${issue?.path.join('.') || 'line'}: ${issue?.message ?? 'invalid'}`);
    }
    return result.data;
  });
}

/** Parses prediction JSONL (one object a line); the scorer tolerates any content inside. */
export function parsePredictionJsonl(text: string, source = 'predictions'): Prediction[] {
  return nonBlankLines(text).map(({ line, number }) => parseJsonLine(line, source, number) as Prediction);
}

function nonBlankLines(text: string): Array<{ line: string; number: number }> {
  return text
    .split('\n')
    .map((line, i) => ({ line, number: i + 1 }))
    .filter(({ line }) => line.trim());
}

function parseJsonLine(line: string, source: string, number: number): unknown {
  try {
    return JSON.parse(line);
  } catch (err) {
    throw new Error(`${source}:${number}: not JSON (${err instanceof Error ? err.message : String(err)})`);
  }
}
