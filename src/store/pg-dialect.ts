// The store's PostgreSQL dialect: Kysely's, with an introspector that lists only the tables of the store's own schema
// (the session's current schema), by name. Kysely's migrator asks the introspector whether its bookkeeping tables
// exist; Kysely's own introspector reads every column of every table in the database and resolves each table by name,
// which fails ("relation … does not exist") while another session renames or drops a table anywhere in the database,
// and it answers "yes" when the bookkeeping tables exist in some other schema of a shared database.
import {
  DEFAULT_MIGRATION_LOCK_TABLE, DEFAULT_MIGRATION_TABLE, PostgresDialect, sql,
  type DatabaseIntrospector, type DatabaseMetadataOptions, type Kysely, type SchemaMetadata, type TableMetadata,
} from 'kysely';

/** Kysely's PostgreSQL dialect with {@link OwnSchemaIntrospector}. */
export class StorePostgresDialect extends PostgresDialect {
  override createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new OwnSchemaIntrospector(db);
  }
}

/** Schemas by name, and the tables and views of the current schema by name (no columns: nothing here needs them). */
class OwnSchemaIntrospector implements DatabaseIntrospector {
  constructor(private readonly db: Kysely<unknown>) {}

  async getSchemas(): Promise<SchemaMetadata[]> {
    const res = await sql<{ name: string }>`select nspname as name from pg_catalog.pg_namespace`.execute(this.db);
    return res.rows;
  }

  async getTables(options: DatabaseMetadataOptions = { withInternalKyselyTables: false }): Promise<TableMetadata[]> {
    const res = await sql<{ name: string; schema: string; kind: string }>`select c.relname as name, n.nspname as schema,
        c.relkind as kind from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
        where n.nspname = current_schema() and c.relkind in ('r', 'p', 'v') order by c.relname`.execute(this.db);
    const internal = new Set([DEFAULT_MIGRATION_TABLE, DEFAULT_MIGRATION_LOCK_TABLE]);
    return res.rows
      .filter((r) => options.withInternalKyselyTables || !internal.has(r.name))
      .map((r) => ({ name: r.name, schema: r.schema, isView: r.kind === 'v', columns: [] }));
  }

  async getMetadata(options?: DatabaseMetadataOptions): Promise<{ tables: TableMetadata[] }> {
    return { tables: await this.getTables(options) };
  }
}
