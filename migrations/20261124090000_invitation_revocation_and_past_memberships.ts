/* eslint-disable @typescript-eslint/no-explicit-any -- migrations work on the schema as it was */
import type { Kysely } from 'kysely';

/**
 * Commissioners withdraw invitations (kept, marked revoked, for audit and so
 * their organisations stay known to the workspace), and memberships that end —
 * a workshop closing, a removal — are kept as past memberships rather than
 * forgotten: who took part, in which role, from when to when.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('invitations').addColumn('revoked_at', 'varchar(32)').execute();
  await db.schema
    .alterTable('invitations')
    .addColumn('revoked_by', 'varchar(32)', (c) => c.references('users.id'))
    .execute();
  await db.schema.createIndex('invitations_workspace_idx').on('invitations').column('workspace_id').execute();
  await db.schema
    .createTable('past_memberships')
    .addColumn('workspace_id', 'varchar(32)', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('user_id', 'varchar(32)', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role', 'varchar(20)', (c) => c.notNull())
    .addColumn('organisation_id', 'varchar(32)', (c) => c.references('organisations.id'))
    .addColumn('joined_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('ended_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('ended_by', 'varchar(32)', (c) => c.references('users.id'))
    .addColumn('reason', 'varchar(20)', (c) => c.notNull()) // workshop_closed | removed
    // One record per stay: someone who rejoins and leaves again gets a second row.
    .addPrimaryKeyConstraint('past_memberships_pk', ['workspace_id', 'user_id', 'joined_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('past_memberships').execute();
  await db.schema.dropIndex('invitations_workspace_idx').execute();
  // PostgreSQL drops the foreign key with the column; SQLite (3.35+) drops a column with a REFERENCES clause too.
  await db.schema.alterTable('invitations').dropColumn('revoked_by').execute();
  await db.schema.alterTable('invitations').dropColumn('revoked_at').execute();
}
