/** Number formats and plain-text tables for the bench's printed report. */

export const f0 = (v: number) => (Number.isFinite(v) ? v.toFixed(0) : '–');
export const f1 = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '–');
export const f2 = (v: number) => (Number.isFinite(v) ? v.toFixed(2) : '–');

export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
