/** Renders rows as an aligned text table for a terminal; long cells are cut with an ellipsis. */
export function renderTable(rows: Array<Record<string, unknown>>, columns: string[], maxWidth = 48): string {
  if (!rows.length) return '(no rows)\n';
  const cell = (v: unknown): string => {
    const s =
      v === undefined || v === null
        ? ''
        : Array.isArray(v)
          ? String(v.length)
          : typeof v === 'object'
            ? JSON.stringify(v)
            : String(v);
    const flat = s.replace(/\s+/g, ' ');
    return flat.length > maxWidth ? `${flat.slice(0, maxWidth - 1)}…` : flat;
  };
  const body = rows.map((r) => columns.map((c) => cell(r[c])));
  const widths = columns.map((c, i) => Math.max(c.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(columns), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n') + '\n';
}
