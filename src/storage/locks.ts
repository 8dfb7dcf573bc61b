import { PostgresAdapter } from 'kysely';
import type { Db } from './db.js';

/** Whether the database is PostgreSQL (row locks) rather than SQLite (one writer at a time). */
export function isPostgres(db: Db): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/**
 * A read inside a transaction that will write what it read: on PostgreSQL the rows are held
 * (SELECT … FOR UPDATE) until the transaction ends, so a concurrent change of the same rows waits
 * and then reads what this one wrote. SQLite has no row locks, and needs none here: its
 * transactions take the database's write lock when they begin (see sqlite-dialect.ts).
 */
export function forUpdate<Q extends { forUpdate(): Q }>(db: Db, query: Q): Q {
  return isPostgres(db) ? query.forUpdate() : query;
}
