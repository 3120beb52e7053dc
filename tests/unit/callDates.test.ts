import { describe, expect, it } from 'vitest';
import { closesAtOf, opensAtOf, todayValue } from '../../client/calls/manage/callDates.ts';

describe('a call’s dates, chosen as days', () => {
  const now = new Date(2026, 10, 30, 12, 50);

  it('opens at once when the opening day is today, else at the start of that day', () => {
    expect(todayValue(now)).toBe('2026-11-30');
    expect(opensAtOf('2026-11-30', now)).toBeUndefined();
    expect(opensAtOf('2026-12-07', now)).toBe(new Date(2026, 11, 7, 0, 0).toISOString());
  });

  it('closes at the end of its last day, local time', () => {
    expect(closesAtOf('2026-12-21')).toBe(new Date(2026, 11, 21, 23, 59).toISOString());
  });

  it('refuses what is not a day', () => {
    expect(opensAtOf('', now)).toBeNull();
    expect(closesAtOf('')).toBeNull();
    expect(closesAtOf('2027-02-31')).toBeNull();
    expect(closesAtOf('31/12/2026')).toBeNull();
  });
});
