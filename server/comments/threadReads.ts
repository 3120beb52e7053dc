import type { Kysely } from 'kysely';
import type { CommentTable, CommentThreadTable, Database } from '../db/schema.ts';
import { canSeeThread, type ThreadAudience } from '../policies/commentPolicy.ts';
import type { Membership } from '../policies/workspacePolicy.ts';
import type { Names } from '../presenters/comments.ts';

export const audienceOf = (thread: CommentThreadTable): ThreadAudience => ({
  visibility: thread.visibility,
  authorId: thread.author_id,
  authorOrganisationId: thread.author_organisation_id,
});

/** The threads of an artefact the viewer may see, oldest first, with their comments in order. */
export async function visibleThreads(db: Kysely<Database>, artefactId: string, viewer: Membership) {
  const rows = (await db
    .selectFrom('comment_threads')
    .selectAll()
    .where('artefact_id', '=', artefactId)
    .orderBy('created_at')
    .orderBy('id')
    .execute()) as CommentThreadTable[];
  const threads = rows.filter((row) => canSeeThread(viewer, audienceOf(row)));
  const comments = await commentsOf(db, threads.map((t) => t.id));
  return { threads, comments };
}

export async function commentsOf(db: Kysely<Database>, threadIds: string[]): Promise<Map<string, CommentTable[]>> {
  const byThread = new Map<string, CommentTable[]>(threadIds.map((id) => [id, []]));
  if (threadIds.length === 0) return byThread;
  const rows = await db.selectFrom('comments').selectAll().where('thread_id', 'in', threadIds).orderBy('created_at').orderBy('id').execute();
  for (const row of rows) byThread.get(row.thread_id)?.push(row);
  return byThread;
}

export async function findThread(db: Kysely<Database>, artefactId: string, threadId: string): Promise<CommentThreadTable | undefined> {
  return (await db
    .selectFrom('comment_threads')
    .selectAll()
    .where('id', '=', threadId)
    .where('artefact_id', '=', artefactId)
    .executeTakeFirst()) as CommentThreadTable | undefined;
}

/** Display names of everyone the rows refer to, and the organisations of thread authors, in two queries. */
export async function namesFor(db: Kysely<Database>, threads: CommentThreadTable[], comments: CommentTable[], extraUserIds: (string | null)[] = []): Promise<Names> {
  const userIds = new Set<string>();
  const add = (id: string | null) => id && userIds.add(id);
  for (const t of threads) [t.author_id, t.resolved_by, t.outcome_by].forEach(add);
  for (const c of comments) {
    add(c.author_id);
    for (const id of JSON.parse(c.mentions) as string[]) add(id);
  }
  extraUserIds.forEach(add);
  const orgIds = [...new Set(threads.map((t) => t.author_organisation_id).filter((id): id is string => id !== null))];
  const users = userIds.size ? await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', [...userIds]).execute() : [];
  const orgs = orgIds.length ? await db.selectFrom('organisations').select(['id', 'name']).where('id', 'in', orgIds).execute() : [];
  return { users: new Map(users.map((u) => [u.id, u.display_name])), organisations: new Map(orgs.map((o) => [o.id, o.name])) };
}
