/* eslint-disable @typescript-eslint/no-explicit-any -- migrations work on the schema as it was */
import type { Kysely } from 'kysely';

/**
 * Comments on specifications (how providers take part without editing),
 * consultations with open and close dates, "you said, we did" outcomes per
 * thread, and clarifications a commissioner publishes to every provider.
 * Times are ISO 8601 UTC strings, as elsewhere, so they compare the same on
 * SQLite and PostgreSQL.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('consultations')
    .addColumn('id', 'varchar(32)', (c) => c.primaryKey())
    .addColumn('artefact_id', 'varchar(32)', (c) => c.notNull().references('artefacts.id').onDelete('cascade'))
    .addColumn('visibility', 'varchar(20)', (c) => c.notNull()) // open | confidential
    .addColumn('opens_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('closes_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('opened_by', 'varchar(32)', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    // Set when a commissioner closes it before its close date (closes_at is then moved to that moment too).
    .addColumn('closed_by', 'varchar(32)', (c) => c.references('users.id'))
    .execute();
  await db.schema.createIndex('consultations_artefact_idx').on('consultations').column('artefact_id').execute();
  await db.schema
    .createTable('comment_threads')
    .addColumn('id', 'varchar(32)', (c) => c.primaryKey())
    .addColumn('artefact_id', 'varchar(32)', (c) => c.notNull().references('artefacts.id').onDelete('cascade'))
    .addColumn('consultation_id', 'varchar(32)', (c) => c.references('consultations.id'))
    // Fixed when the thread is made: a thread written in the open stays open, a confidential one stays confidential.
    .addColumn('visibility', 'varchar(20)', (c) => c.notNull()) // open | confidential
    .addColumn('anchor', 'text', (c) => c.notNull()) // JSON from the client: Yjs relative positions and the quoted text
    .addColumn('author_id', 'varchar(32)', (c) => c.notNull().references('users.id'))
    .addColumn('author_role', 'varchar(20)', (c) => c.notNull())
    .addColumn('author_organisation_id', 'varchar(32)', (c) => c.references('organisations.id'))
    .addColumn('status', 'varchar(10)', (c) => c.notNull()) // open | resolved
    .addColumn('resolved_by', 'varchar(32)', (c) => c.references('users.id'))
    .addColumn('resolved_at', 'varchar(32)')
    .addColumn('outcome', 'varchar(20)') // changed | not_changed | already_covered
    .addColumn('outcome_reason', 'text')
    .addColumn('outcome_by', 'varchar(32)', (c) => c.references('users.id'))
    .addColumn('outcome_at', 'varchar(32)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('comment_threads_artefact_idx').on('comment_threads').column('artefact_id').execute();
  await db.schema
    .createTable('comments')
    .addColumn('id', 'varchar(32)', (c) => c.primaryKey())
    .addColumn('thread_id', 'varchar(32)', (c) => c.notNull().references('comment_threads.id').onDelete('cascade'))
    .addColumn('author_id', 'varchar(32)', (c) => c.notNull().references('users.id'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('mentions', 'text', (c) => c.notNull()) // JSON array of user ids
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('edited_at', 'varchar(32)')
    // Deleted comments keep their row (the thread's order and the record stay) but lose their text.
    .addColumn('deleted_at', 'varchar(32)')
    .execute();
  await db.schema.createIndex('comments_thread_idx').on('comments').column('thread_id').execute();
  await db.schema
    .createTable('clarifications')
    .addColumn('id', 'varchar(32)', (c) => c.primaryKey())
    .addColumn('artefact_id', 'varchar(32)', (c) => c.notNull().references('artefacts.id').onDelete('cascade'))
    .addColumn('consultation_id', 'varchar(32)', (c) => c.references('consultations.id'))
    .addColumn('thread_id', 'varchar(32)', (c) => c.references('comment_threads.id'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('published_by', 'varchar(32)', (c) => c.notNull().references('users.id'))
    .addColumn('published_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('clarifications_artefact_idx').on('clarifications').column('artefact_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('clarifications').execute();
  await db.schema.dropTable('comments').execute();
  await db.schema.dropTable('comment_threads').execute();
  await db.schema.dropTable('consultations').execute();
}
