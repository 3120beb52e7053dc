/* eslint-disable @typescript-eslint/no-explicit-any -- migrations work on the schema as it was */
import type { Kysely } from 'kysely';

/**
 * When the version of a consultation's opening and closing was taken. A
 * consultation opens and closes by its dates as well as by a commissioner's
 * hand, so a sweep takes those versions when the dates pass; these columns
 * make sure it takes each only once.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('consultations').addColumn('opened_recorded_at', 'varchar(32)').execute();
  await db.schema.alterTable('consultations').addColumn('closed_recorded_at', 'varchar(32)').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('consultations').dropColumn('closed_recorded_at').execute();
  await db.schema.alterTable('consultations').dropColumn('opened_recorded_at').execute();
}
