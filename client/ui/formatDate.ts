import type { TFunction } from 'i18next';

/*
 * Dates in words, in the person's language. Written out here rather than with
 * Intl: not every browser carries Welsh locale data, and a Welsh page must not
 * fall back to "Monday, December 7".
 */

const MONTHS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'] as const;
const DAYS = ['0', '1', '2', '3', '4', '5', '6'] as const;

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** "14:30", 24-hour, local time. */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  return `${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`;
}

/** "Tuesday 8 December 2026 at 14:30" / "Dydd Mawrth 8 Rhagfyr 2026 am 14:30". */
export function formatDate(t: TFunction, iso: string): string {
  const date = new Date(iso);
  return t('dates.full', {
    weekday: t(`dates.days.${DAYS[date.getDay()]!}`),
    day: date.getDate(),
    month: t(`dates.months.${MONTHS[date.getMonth()]!}`),
    year: date.getFullYear(),
    time: formatTime(iso),
  });
}
