import type { Kysely } from 'kysely';
import type { ContributionTable, Database } from '../db/schema.ts';
import { canSeeContribution } from '../policies/contributionPolicy.ts';
import type { Membership } from '../policies/workspacePolicy.ts';
import { presentContribution, type PresentedContribution } from '../presenters/contributions.ts';
import { namesOf } from '../presenters/versions.ts';

/** A call's contributions the viewer may see, newest first, with supports, comments and the viewer's own support and report. */
export async function visibleContributions(db: Kysely<Database>, callId: string, viewer: Membership | null, only?: string): Promise<PresentedContribution[]> {
  let query = db.selectFrom('contributions').selectAll().where('call_id', '=', callId).orderBy('created_at', 'desc');
  if (only) query = query.where('id', '=', only);
  const rows = (await query.execute()).filter((row) => canSeeContribution(viewer, row));
  return presentAll(db, rows, viewer);
}

export async function presentAll(db: Kysely<Database>, rows: ContributionTable[], viewer: Membership | null): Promise<PresentedContribution[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [supports, comments, reports] = await Promise.all([
    db.selectFrom('contribution_supports').select(['contribution_id', 'user_id']).where('contribution_id', 'in', ids).execute(),
    db.selectFrom('contribution_comments').selectAll().where('contribution_id', 'in', ids).orderBy('created_at', 'asc').execute(),
    viewer ? db.selectFrom('contribution_reports').select('contribution_id').where('contribution_id', 'in', ids).where('user_id', '=', viewer.userId).execute() : [],
  ]);
  const people = new Set<string>();
  for (const r of rows) {
    people.add(r.author_id);
    if (r.answered_by) people.add(r.answered_by);
  }
  for (const c of comments) people.add(c.author_id);
  const names = await namesOf(db, [...people]);
  const reported = new Set(reports.map((r) => r.contribution_id));
  // Grouped once: a busy call has thousands of supports, and scanning them per contribution made each read quadratic.
  const supportCount = new Map<string, number>();
  const mine = new Set<string>();
  for (const s of supports) {
    supportCount.set(s.contribution_id, (supportCount.get(s.contribution_id) ?? 0) + 1);
    if (viewer !== null && s.user_id === viewer.userId) mine.add(s.contribution_id);
  }
  const commentsOf = groupBy(comments, (c) => c.contribution_id);
  return rows.map((row) =>
    presentContribution(row, {
      names,
      supports: supportCount.get(row.id) ?? 0,
      supportedByMe: mine.has(row.id),
      reportedByMe: reported.has(row.id),
      comments: commentsOf.get(row.id) ?? [],
    }),
  );
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
