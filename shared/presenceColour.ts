/**
 * A stable caret colour per person, from a palette that keeps white text
 * readable (WCAG AA contrast) on every colour.
 */
const PALETTE = ['#0b5cad', '#8a3b12', '#1b6b3a', '#6d2f8c', '#a3123f', '#005f73', '#7a5200', '#3f4a5a'];

export function presenceColour(userId: string): string {
  let hash = 0;
  for (const ch of userId) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length]!;
}
