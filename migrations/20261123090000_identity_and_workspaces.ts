/* eslint-disable @typescript-eslint/no-explicit-any -- migrations work on the schema as it was */
import type { Kysely } from 'kysely';
import { columnTypes } from '../server/db/columnTypes.ts';

/**
 * Accounts and sessions, workspaces (one commissioning programme each), their
 * members and roles, artefacts with per-artefact access, invitations and
 * workshop codes.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const { bytes } = columnTypes(db);
  await db.schema
    .createTable('users')
    .addColumn('id', 'varchar(32)', (c) => c.primaryKey())
    .addColumn('kind', 'varchar(10)', (c) => c.notNull()) // account | guest
    .addColumn('email', 'varchar(254)', (c) => c.unique())
    .addColumn('password_hash', 'varchar(200)')
    .addColumn('display_name', 'varchar(100)', (c) => c.notNull())
    .addColumn('workshop_id', 'varchar(32)') // guests: the workshop they joined
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('sessions')
    .addColumn('id', 'varchar(32)', (c) => c.primaryKey())
    .addColumn('secret_hash', bytes, (c) => c.notNull())
    .addColumn('user_id', 'varchar(32)', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('workspace_id', 'varchar(32)') // set for guest sessions: they reach only this workspace
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('last_used_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('expires_at', 'varchar(32)') // a hard end, e.g. a guest's workshop closing time
    .execute();
  await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();
  await db.schema
    .createTable('organisations')
    .addColumn('id', 'varchar(32)', (c) => c.primaryKey())
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('workspaces')
    .addColumn('id', 'varchar(32)', (c) => c.primaryKey())
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('model', 'varchar(10)', (c) => c.notNull()) // 1 | 2 | 3 | hybrid
    .addColumn('zones', 'text', (c) => c.notNull()) // JSON array of zone names
    .addColumn('quadrant', 'varchar(10)', (c) => c.notNull()) // analyse | plan | do | review
    .addColumn('created_by', 'varchar(32)', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('memberships')
    .addColumn('workspace_id', 'varchar(32)', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('user_id', 'varchar(32)', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role', 'varchar(20)', (c) => c.notNull())
    .addColumn('organisation_id', 'varchar(32)', (c) => c.references('organisations.id'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('memberships_pk', ['workspace_id', 'user_id'])
    .execute();
  await db.schema.createIndex('memberships_user_idx').on('memberships').column('user_id').execute();
  await db.schema
    .createTable('artefacts')
    .addColumn('id', 'varchar(32)', (c) => c.primaryKey())
    .addColumn('workspace_id', 'varchar(32)', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('kind', 'varchar(20)', (c) => c.notNull()) // outcomes | map | specification
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('room', 'varchar(200)', (c) => c.notNull().unique())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('artefacts_workspace_idx').on('artefacts').column('workspace_id').execute();
  await db.schema
    .createTable('artefact_access')
    .addColumn('artefact_id', 'varchar(32)', (c) => c.notNull().references('artefacts.id').onDelete('cascade'))
    .addColumn('role', 'varchar(20)', (c) => c.notNull())
    .addColumn('level', 'varchar(10)', (c) => c.notNull())
    .addPrimaryKeyConstraint('artefact_access_pk', ['artefact_id', 'role'])
    .execute();
  await db.schema
    .createTable('invitations')
    .addColumn('id', 'varchar(32)', (c) => c.primaryKey())
    .addColumn('token_hash', bytes, (c) => c.notNull())
    .addColumn('workspace_id', 'varchar(32)', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('role', 'varchar(20)', (c) => c.notNull())
    .addColumn('organisation_id', 'varchar(32)', (c) => c.references('organisations.id'))
    .addColumn('created_by', 'varchar(32)', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('expires_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('accepted_by', 'varchar(32)', (c) => c.references('users.id'))
    .addColumn('accepted_at', 'varchar(32)')
    .execute();
  await db.schema
    .createTable('workshops')
    .addColumn('id', 'varchar(32)', (c) => c.primaryKey())
    .addColumn('workspace_id', 'varchar(32)', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('code', 'varchar(6)', (c) => c.notNull())
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('opened_by', 'varchar(32)', (c) => c.notNull().references('users.id'))
    .addColumn('opened_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('expires_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('closed_at', 'varchar(32)')
    .execute();
  await db.schema.createIndex('workshops_code_idx').on('workshops').column('code').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'workshops',
    'invitations',
    'artefact_access',
    'artefacts',
    'memberships',
    'workspaces',
    'organisations',
    'sessions',
    'users',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
