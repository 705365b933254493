// Minimal type declarations for the parts of better-sqlite3@12 this project uses (avoids a @types dependency).
declare module 'better-sqlite3' {
  namespace BetterSqlite3 {
    interface RunResult {
      changes: number;
      lastInsertRowid: number | bigint;
    }
    interface Statement {
      readonly reader: boolean;
      all(...params: unknown[]): unknown[];
      get(...params: unknown[]): unknown;
      run(...params: unknown[]): RunResult;
      iterate(...params: unknown[]): IterableIterator<unknown>;
    }
    interface Options {
      readonly?: boolean;
      fileMustExist?: boolean;
      timeout?: number;
    }
    interface Database {
      prepare(sql: string): Statement;
      exec(sql: string): Database;
      pragma(source: string, options?: { simple?: boolean }): unknown;
      close(): Database;
      readonly open: boolean;
      readonly inTransaction: boolean;
    }
  }
  const Database: {
    new (filename: string, options?: BetterSqlite3.Options): BetterSqlite3.Database;
  };
  export default Database;
  export type Database = BetterSqlite3.Database;
}
