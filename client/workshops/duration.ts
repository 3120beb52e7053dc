import type { TFunction } from 'i18next';

/** How long a workshop code works: from half an hour to the server's maximum of 12 hours. */
export const DURATIONS = [30, 60, 90, 120, 180, 240, 360, 480, 720] as const;
export const DEFAULT_DURATION = 180;

/** "1 hour 30 minutes", "3 hours", "30 minutes" (and the Welsh). */
export function durationLabel(t: TFunction, minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t('workshops.minutes', { count: rest });
  if (rest === 0) return t('workshops.hours', { count: hours });
  return t('workshops.hoursAndMinutes', { hours: t('workshops.hours', { count: hours }), minutes: t('workshops.minutes', { count: rest }) });
}
