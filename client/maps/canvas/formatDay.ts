import type { TFunction } from 'i18next';

/**
 * A map date (YYYY-MM-DD) as "8 December 2026" / "8 Rhagfyr 2026", with the
 * month names the rest of the app uses (not Intl: Welsh locale data is not in
 * every browser). Anything else a peer wrote is shown as it is.
 */
export function formatDay(t: TFunction, day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return day;
  return `${Number(match[3])} ${t(`dates.months.${month}` as 'dates.months.1')} ${match[1]}`;
}
