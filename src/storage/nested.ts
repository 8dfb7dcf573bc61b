import { PostgresAdapter, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import * as postgres from 'kysely/helpers/postgres';
import * as sqlite from 'kysely/helpers/sqlite';
import type { Db } from './db.js';

// Rows of other tables read in the same statement as a JSON column, so that one round trip
// brings what would otherwise take one query each (a strategy with its admins, everything the
// status message shows). SQLite builds the JSON with json_group_array/json_object, PostgreSQL
// with json_agg/to_json; the subquery's explicit selection names the fields (SQLite's
// json_object cannot take `select *`). Every column type we store reads back the same from
// JSON: text as text, numbers as numbers (epoch-ms times, integers and doubles, which both
// databases write back exactly), null as null.

// biome-ignore lint/suspicious/noExplicitAny: any table, any row shape
type Subquery<O> = SelectQueryBuilder<any, any, O>;

const isPostgres = (db: Db) => db.getExecutor().adapter instanceof PostgresAdapter;

/** The subquery's rows, in its order, as one JSON array column (an empty array for none). */
export function rowsOf<O>(db: Db, subquery: Subquery<O>): RawBuilder<O[] | string> {
  return (isPostgres(db) ? postgres.jsonArrayFrom(subquery) : sqlite.jsonArrayFrom(subquery)) as RawBuilder<
    O[] | string
  >;
}

/** The subquery's first row as one JSON column, or null. */
export function rowOf<O>(db: Db, subquery: Subquery<O>): RawBuilder<O | string | null> {
  return (isPostgres(db) ? postgres.jsonObjectFrom(subquery) : sqlite.jsonObjectFrom(subquery)) as RawBuilder<
    O | string | null
  >;
}

/**
 * A JSON column as read: PostgreSQL's driver has parsed it already, SQLite hands back its text.
 */
export function nested<T extends object>(value: T | string): T;
export function nested<T extends object>(value: T | string | null): T | null;
export function nested<T extends object>(value: T | string | null): T | null {
  return typeof value === 'string' ? (JSON.parse(value) as T) : value;
}

/** Every column of a table, for a subquery whose rows go through the table's row mapper. */
export function columnsOf<T>(columns: { [K in keyof T]-?: true }): (keyof T & string)[] {
  return Object.keys(columns) as (keyof T & string)[];
}
