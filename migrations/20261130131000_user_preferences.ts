/* eslint-disable @typescript-eslint/no-explicit-any -- migrations work on the schema as it was */
import type { Kysely } from 'kysely';

/**
 * The settings a signed-in person chose (language, larger text, high
 * contrast, reduced motion, others' cursors), as one JSON object per person:
 * a table of its own rather than a column on users, so making an account or
 * a workshop guest stays as it was. Gone with the user.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('user_preferences')
    .addColumn('user_id', 'varchar(32)', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('preferences', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('user_preferences').execute();
}
