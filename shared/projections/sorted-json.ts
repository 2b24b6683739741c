/**
 * JSON with every object's keys in code-unit order, so that equal values give equal bytes whatever the order their
 * keys were set in. Follows `JSON.stringify` otherwise: `undefined` members are dropped, `undefined` in arrays is
 * `null`, `toJSON` is honoured.
 */
export function sortedJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}
