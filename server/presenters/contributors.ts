import type { EntryContributors } from '../attribution/entryAttribution.ts';

/** Who a contributor is in the workspace now: role null once they are no longer a member. */
export interface ContributorPerson {
  name: string;
  role: string | null;
}

/**
 * Contributors per entry, most recent first. Object.fromEntries, not assignment:
 * entry keys are typed in by people, and `__proto__` must stay an ordinary key.
 */
export function presentContributors(byEntry: EntryContributors, people: ReadonlyMap<string, ContributorPerson>) {
  const entries = [...byEntry].map(([entryKey, byUser]) => {
    const list = [...byUser].map(([userId, contribution]) => {
      const person = people.get(userId);
      return { userId, name: person?.name ?? null, role: person?.role ?? null, changes: contribution.changes, lastAt: contribution.lastAt };
    });
    list.sort((a, b) => (a.lastAt < b.lastAt ? 1 : a.lastAt > b.lastAt ? -1 : a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0));
    return [entryKey, list] as const;
  });
  return { contributors: Object.fromEntries(entries) };
}
