import type { Kysely } from 'kysely';
import { columnTypes } from '../server/db/columnTypes.ts';

/** The per-document append-only update log and its checkpoints. */
export async function up(db: Kysely<any>): Promise<void> {
  const { bytes } = columnTypes(db);
  await db.schema
    .createTable('document_updates')
    .addColumn('document_name', 'varchar(200)', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('update', bytes, (c) => c.notNull())
    .addColumn('user_id', 'varchar(64)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('document_updates_pk', ['document_name', 'seq'])
    .execute();
  await db.schema
    .createTable('document_checkpoints')
    .addColumn('document_name', 'varchar(200)', (c) => c.notNull())
    .addColumn('up_to_seq', 'integer', (c) => c.notNull())
    .addColumn('state', bytes, (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('document_checkpoints_pk', ['document_name', 'up_to_seq'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('document_checkpoints').execute();
  await db.schema.dropTable('document_updates').execute();
}
