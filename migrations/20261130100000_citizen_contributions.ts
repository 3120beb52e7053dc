/* eslint-disable @typescript-eslint/no-explicit-any -- migrations work on the schema as it was */
import type { Kysely } from 'kysely';

/**
 * Calls for contributions on population outcomes (Model 3): citizens' ideas,
 * experiences and evidence, supports (one per person), comments, reports
 * (three hide a contribution until reviewed), moderation decisions, official
 * answers and promotion into the outcome framework.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('calls')
    .addColumn('id', 'varchar(32)', (c) => c.primaryKey())
    .addColumn('workspace_id', 'varchar(32)', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('introduction', 'text', (c) => c.notNull())
    .addColumn('opens_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('closes_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('zones', 'text', (c) => c.notNull()) // JSON array
    .addColumn('outcome_ids', 'text', (c) => c.notNull()) // JSON array; empty = every population outcome
    .addColumn('public', 'integer', (c) => c.notNull()) // 0 | 1: readable signed out, open to citizen registration
    .addColumn('created_by', 'varchar(32)', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('calls_workspace_idx').on('calls').column('workspace_id').execute();
  await db.schema
    .createTable('contributions')
    .addColumn('id', 'varchar(32)', (c) => c.primaryKey())
    .addColumn('call_id', 'varchar(32)', (c) => c.notNull().references('calls.id').onDelete('cascade'))
    .addColumn('author_id', 'varchar(32)', (c) => c.notNull().references('users.id'))
    .addColumn('kind', 'varchar(20)', (c) => c.notNull()) // idea | experience | evidence
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('outcome_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('zone', 'varchar(100)')
    .addColumn('hidden', 'integer', (c) => c.notNull()) // 0 | 1
    .addColumn('hidden_reason', 'text') // 'reports' when hidden by the threshold; a commissioner's reason otherwise
    .addColumn('answer', 'varchar(30)') // taken_forward | under_consideration | not_taken_forward
    .addColumn('answer_text', 'text')
    .addColumn('answered_by', 'varchar(32)', (c) => c.references('users.id'))
    .addColumn('answered_at', 'varchar(32)')
    .addColumn('promoted_as', 'varchar(20)') // outcome | indicator
    .addColumn('promoted_outcome_id', 'varchar(64)')
    .addColumn('promoted_indicator_id', 'varchar(64)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('contributions_call_idx').on('contributions').column('call_id').execute();
  await db.schema
    .createTable('contribution_supports')
    .addColumn('contribution_id', 'varchar(32)', (c) => c.notNull().references('contributions.id').onDelete('cascade'))
    .addColumn('user_id', 'varchar(32)', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('contribution_supports_pk', ['contribution_id', 'user_id'])
    .execute();
  await db.schema
    .createTable('contribution_comments')
    .addColumn('id', 'varchar(32)', (c) => c.primaryKey())
    .addColumn('contribution_id', 'varchar(32)', (c) => c.notNull().references('contributions.id').onDelete('cascade'))
    .addColumn('author_id', 'varchar(32)', (c) => c.notNull().references('users.id'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('contribution_reports')
    .addColumn('contribution_id', 'varchar(32)', (c) => c.notNull().references('contributions.id').onDelete('cascade'))
    .addColumn('user_id', 'varchar(32)', (c) => c.notNull().references('users.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    // Reviewed reports stay for the record; only open ones count towards hiding.
    .addColumn('reviewed_at', 'varchar(32)')
    .addPrimaryKeyConstraint('contribution_reports_pk', ['contribution_id', 'user_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('contribution_reports').execute();
  await db.schema.dropTable('contribution_comments').execute();
  await db.schema.dropTable('contribution_supports').execute();
  await db.schema.dropTable('contributions').execute();
  await db.schema.dropTable('calls').execute();
}
