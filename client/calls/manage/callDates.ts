/*
 * A call's dates are chosen as days (plain for people setting them); the
 * server stores instants. A call opens at the start of its first day — or at
 * once when that day is today — and closes at the end of its last day, local time.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDay(day: string): Date | null {
  const match = DAY.exec(day);
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  // new Date(2026, 1, 31) rolls over to March: a day that does not exist is not a day.
  return date.getDate() === Number(match[3]) ? date : null;
}

/** Today as an <input type="date"> value. */
export function todayValue(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** When a call opening on `day` opens: undefined for today (the server opens it now), null for no date. */
export function opensAtOf(day: string, now = new Date()): string | undefined | null {
  if (day === todayValue(now)) return undefined;
  const date = parseDay(day);
  return date ? date.toISOString() : null;
}

/** The end of `day`, when a call closing on it stops taking contributions; null for no date. */
export function closesAtOf(day: string): string | null {
  const date = parseDay(day);
  if (!date) return null;
  date.setHours(23, 59, 0, 0);
  return date.toISOString();
}
