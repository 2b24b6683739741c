/**
 * Captures what Powertools writes during a call: structured logs (errors and warnings on stderr, the rest on
 * stdout) and EMF metric blobs (stdout), all JSON lines. Lambda sends both streams to CloudWatch Logs.
 */
import { vi } from 'vitest';

export type JsonLine = Record<string, unknown>;

export async function captureOutput<T>(
  fn: () => Promise<T>,
): Promise<{ result?: T; error?: unknown; lines: JsonLine[] }> {
  const chunks: string[] = [];
  const record = (chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  };
  const spies = [
    vi.spyOn(process.stdout, 'write').mockImplementation(record),
    vi.spyOn(process.stderr, 'write').mockImplementation(record),
  ];
  try {
    const result = await fn();
    return { result, lines: parseJsonLines(chunks.join('')) };
  } catch (error) {
    return { error, lines: parseJsonLines(chunks.join('')) };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

export function parseJsonLines(text: string): JsonLine[] {
  const lines: JsonLine[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed.startsWith('{')) continue;
    try {
      lines.push(JSON.parse(trimmed) as JsonLine);
    } catch {
      // not JSON: ignore
    }
  }
  return lines;
}

/** EMF blobs: metric name → summed value, per EventType dimension where present (`name[EventType=X]`). */
export function metricsOf(lines: JsonLine[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const line of lines) {
    const aws = line['_aws'] as { CloudWatchMetrics?: Array<{ Namespace: string; Metrics: Array<{ Name: string }> }> };
    for (const directive of aws?.CloudWatchMetrics ?? []) {
      for (const { Name } of directive.Metrics) {
        const value = line[Name];
        const n = Array.isArray(value) ? value.reduce((a: number, b: number) => a + b, 0) : Number(value);
        const key = typeof line['EventType'] === 'string' ? `${Name}[EventType=${line['EventType']}]` : Name;
        totals.set(key, (totals.get(key) ?? 0) + n);
      }
    }
  }
  return totals;
}

/** Log records (not EMF) at a level. */
export function logsAt(lines: JsonLine[], level: string): JsonLine[] {
  return lines.filter((l) => l['level'] === level && !('_aws' in l));
}
