/* eslint-disable @typescript-eslint/no-explicit-any -- migrations work on the schema as it was */
import type { Kysely } from 'kysely';
import { columnTypes } from '../server/db/columnTypes.ts';

/**
 * Versions of every artefact (the full Yjs state, hash-chained per artefact)
 * and the append-only audit log (hash-chained per workspace; workspace-less
 * events such as sign-ins chain under the empty key). Rows are never updated
 * or deleted by the application: verify recomputes both chains.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const { bytes } = columnTypes(db);
  await db.schema
    .createTable('artefact_versions')
    .addColumn('id', 'varchar(32)', (c) => c.primaryKey())
    .addColumn('artefact_id', 'varchar(32)', (c) => c.notNull().references('artefacts.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('label', 'varchar(200)', (c) => c.notNull())
    // manual | automatic | consultation_opened | consultation_closed | workshop_closed | published | restored
    .addColumn('kind', 'varchar(30)', (c) => c.notNull())
    .addColumn('author_id', 'varchar(32)', (c) => c.references('users.id'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    // The update-log sequence the state covers: versions are comparable with the log.
    .addColumn('up_to_seq', 'integer', (c) => c.notNull())
    .addColumn('state', bytes, (c) => c.notNull())
    .addColumn('state_hash', 'varchar(64)', (c) => c.notNull())
    .addColumn('previous_hash', 'varchar(64)', (c) => c.notNull())
    .addColumn('hash', 'varchar(64)', (c) => c.notNull())
    // Restores and publications name the version whose content they carry.
    .addColumn('based_on', 'integer')
    .addUniqueConstraint('artefact_versions_number_uq', ['artefact_id', 'number'])
    .execute();
  await db.schema
    .createTable('audit_events')
    .addColumn('id', 'varchar(32)', (c) => c.primaryKey())
    // '' for events that belong to no workspace (sign-ins): they form their own chain.
    .addColumn('chain', 'varchar(32)', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('actor_id', 'varchar(32)')
    .addColumn('kind', 'varchar(40)', (c) => c.notNull())
    .addColumn('subject', 'varchar(64)')
    .addColumn('details', 'text', (c) => c.notNull()) // JSON
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('previous_hash', 'varchar(64)', (c) => c.notNull())
    .addColumn('hash', 'varchar(64)', (c) => c.notNull())
    // Two writers racing for the same place in a chain: one fails rather than forking it.
    .addUniqueConstraint('audit_events_chain_seq_uq', ['chain', 'seq'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('audit_events').execute();
  await db.schema.dropTable('artefact_versions').execute();
}
