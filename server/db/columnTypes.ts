import { PostgresAdapter, type Kysely } from 'kysely';

/**
 * The few column types that differ between SQLite and PostgreSQL. Migrations
 * ask here rather than writing dialect names themselves.
 */
export function columnTypes(db: Kysely<any>) {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  return {
    bytes: postgres ? ('bytea' as const) : ('blob' as const),
  };
}
