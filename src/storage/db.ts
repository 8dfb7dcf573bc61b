import { accessSync, constants, mkdirSync, type Stats, statSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  Kysely,
  Migrator,
  PostgresAdapter,
  PostgresDialect,
  type SqliteDatabase,
  type SqliteStatement,
  sql,
} from 'kysely';
import pg from 'pg';
import { migrations } from '../../migrations/index.js';
import { ConfigError, type DatabaseTarget } from '../config.js';
import type { Logger } from '../logger.js';
import type { Database } from './schema.js';
import { ImmediateSqliteDialect } from './sqlite-dialect.js';

export type Db = Kysely<Database>;

// int8 (bigint) comes back from pg as a string; every bigint we store is an epoch-ms time or a
// count, well inside Number.MAX_SAFE_INTEGER.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export interface OpenOptions {
  /** PostgreSQL schema to use (tests run each suite in a fresh one). */
  schema?: string;
  poolSize?: number;
  /** Where a connection the server dropped is reported; such a drop never ends the process. */
  logger?: Logger;
}

/**
 * Why the database cannot take work right now, in the word `/healthz` reports: unreachable
 * (`down`), or, for a SQLite file, deleted (`missing`), swapped for another file (`replaced`) or
 * no longer writable (`read_only`).
 */
export type DatabaseProblem = 'down' | 'missing' | 'replaced' | 'read_only';

/** The database refused or could not take a query; the same request may work in a moment. */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
  constructor(
    readonly problem: DatabaseProblem,
    message: string,
  ) {
    super(message);
  }
}

/** The SQLite file behind each open database, watched so that writes that would vanish are refused. */
const sqliteFiles = new WeakMap<Db, SqliteFile>();

export function openDatabase(target: DatabaseTarget, options: OpenOptions = {}): Db {
  if (target.kind === 'sqlite') return openSqlite(target.path);
  const pool = new pg.Pool({
    connectionString: target.url,
    max: options.poolSize ?? 10,
    // A server that is down or cut off answers nothing: a request fails after this rather than
    // hanging until Slack has long given up on it.
    connectionTimeoutMillis: 5_000,
    // A failover can leave a connection open to a server that is gone: keep-alives notice it.
    keepAlive: true,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  // The server drops connections on a restart, a failover, pg_terminate_backend or
  // idle_session_timeout. An idle connection's error reaches the pool, one in use reaches its
  // client; without a listener either one would end the process. The pool discards the broken
  // connection and opens a new one when it is next needed.
  const dropped = (err: Error) =>
    options.logger?.warn({ err }, 'database connection dropped: it is replaced when next needed');
  pool.on('error', dropped);
  pool.on('connect', (client) => client.on('error', dropped));
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

function openSqlite(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let sqlite: SQLite.Database | undefined;
  try {
    sqlite = new SQLite(path);
    sqlite.pragma('journal_mode = WAL');
    // Several processes may share one file (tests, a restart overlapping the old process).
    sqlite.pragma('busy_timeout = 5000');
    // In WAL mode NORMAL may lose the last transactions acknowledged before a power loss; FULL
    // syncs the log at every commit, so what the app told someone it saved stays saved.
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    // Reading the schema makes a file that is not a database, or a damaged one, fail here, at
    // start, rather than at the first request.
    sqlite.prepare('select count(*) from sqlite_master').get();
  } catch (err) {
    sqlite?.close();
    throw new ConfigError(
      `DATABASE_URL names ${path}, which cannot be used as a SQLite database (${(err as Error).message}): check the path and its permissions, or restore the file from a backup`,
    );
  }
  const file = path === ':memory:' ? undefined : new SqliteFile(path);
  const db = new Kysely<Database>({
    dialect: new ImmediateSqliteDialect({ database: withStatementCache(sqlite, file) }),
  });
  if (file) sqliteFiles.set(db, file);
  return db;
}

/**
 * The file an open SQLite database lives in. A process that has the file open keeps writing to it
 * after it was deleted or replaced on disk, and those writes are gone at the next start: each
 * write first checks that the file is still the one opened, and still writable.
 */
class SqliteFile {
  private readonly dev: number;
  private readonly ino: number;
  /** What the last failed write said about the file, until a write works again. */
  private failure: DatabaseProblem | undefined;

  constructor(readonly path: string) {
    const s = statSync(path);
    this.dev = s.dev;
    this.ino = s.ino;
  }

  /** What is wrong with the file now, or what the last write said about it. */
  problem(): DatabaseProblem | undefined {
    return this.fileProblem() ?? this.failure;
  }

  private fileProblem(): DatabaseProblem | undefined {
    let s: Stats;
    try {
      s = statSync(this.path);
    } catch {
      return 'missing';
    }
    if (s.dev !== this.dev || s.ino !== this.ino) return 'replaced';
    // Permission bits rather than access(2): a process running as root could still write, but
    // whoever made the file read-only meant it not to change.
    if ((s.mode & 0o222) === 0) return 'read_only';
    try {
      accessSync(this.path, constants.W_OK);
    } catch {
      return 'read_only';
    }
    return undefined;
  }

  /** Throws when a write would be refused or lost; a write that failed before is tried again. */
  guardWrite(): void {
    const problem = this.fileProblem();
    if (problem) throw unavailable(problem, this.path);
  }

  wrote(err?: unknown): void {
    const code = (err as { code?: unknown } | undefined)?.code;
    if (err === undefined) this.failure = undefined;
    else if (typeof code === 'string' && code.startsWith('SQLITE_READONLY')) this.failure = 'read_only';
    else if (typeof code === 'string' && code.startsWith('SQLITE_IOERR')) this.failure = 'down';
  }
}

function unavailable(problem: DatabaseProblem, path: string): DatabaseUnavailableError {
  const why = {
    down: 'cannot be written',
    missing: 'was deleted',
    replaced: 'was replaced by another file',
    read_only: 'is read-only',
  }[problem];
  return new DatabaseUnavailableError(
    problem,
    `the database file ${path} ${why} while the app had it open; restart the app once the file is back`,
  );
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query anew; preparing showed high in the request path's profile, and the
 * app runs the same few dozen statements over and over, so prepared statements are kept by their
 * SQL text. Safe on one connection: better-sqlite3 runs each statement synchronously to the end.
 * Statements that write check the file first (SqliteFile).
 */
function withStatementCache(sqlite: SQLite.Database, file: SqliteFile | undefined): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  const guarded = (statement: SQLite.Statement): SqliteStatement => {
    if (!file || statement.readonly) return statement;
    const write =
      <A extends unknown[], R>(run: (...args: A) => R) =>
      (...args: A): R => {
        file.guardWrite();
        try {
          const result = run(...args);
          file.wrote();
          return result;
        } catch (err) {
          file.wrote(err);
          throw err;
        }
      };
    return {
      reader: statement.reader,
      all: write((parameters: readonly unknown[]) => statement.all(parameters)),
      run: write((parameters: readonly unknown[]) => statement.run(parameters)),
      iterate: write((parameters: readonly unknown[]) => statement.iterate(parameters)),
    };
  };
  return {
    prepare(text: string) {
      let statement = statements.get(text);
      if (!statement) {
        statement = guarded(sqlite.prepare(text));
        if (statements.size >= STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value!);
        statements.set(text, statement);
      }
      return statement;
    },
    close() {
      statements.clear();
      sqlite.close();
    },
  };
}

export async function migrateToLatest(db: Db): Promise<string[]> {
  // On PostgreSQL the migrator's own tables go in the schema the connection works in (its
  // search_path), named outright: its existence check would otherwise see another schema's.
  const schema = db.getExecutor().adapter instanceof PostgresAdapter ? await currentSchema(db) : undefined;
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

async function currentSchema(db: Db): Promise<string> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return rows[0]!.schema;
}

/**
 * What keeps the database from taking work right now, or undefined when it answers and (for a
 * SQLite file) is still the writable file the app opened.
 */
export async function databaseProblem(db: Db): Promise<DatabaseProblem | undefined> {
  const fileProblem = sqliteFiles.get(db)?.problem();
  if (fileProblem) return fileProblem;
  try {
    await sql`select 1`.execute(db);
    return undefined;
  } catch (err) {
    return unavailableProblem(err) ?? 'down';
  }
}

// PostgreSQL's SQLSTATEs for "the server is going away or not there yet": admin_shutdown,
// crash_shutdown, cannot_connect_now, too_many_connections; and class 08, connection exceptions.
const PG_UNAVAILABLE = new Set(['57P01', '57P02', '57P03', '53300']);
const NETWORK = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
// node-postgres says these in words only.
const PG_CONNECTION_MESSAGES = [
  'Connection terminated',
  'connection error',
  'timeout exceeded when trying to connect',
  'is not queryable',
  'Client was closed',
];
const SQLITE_UNAVAILABLE = /^SQLITE_(BUSY|LOCKED|READONLY|IOERR|FULL|CANTOPEN)/;

/**
 * Whether `err` (or what caused it) means the database could not be reached or could not take
 * the query now, rather than that the query itself was wrong: the problem, or undefined.
 */
export function unavailableProblem(err: unknown): DatabaseProblem | undefined {
  for (let e = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth += 1) {
    if (e instanceof DatabaseUnavailableError) return e.problem;
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string') {
      if (PG_UNAVAILABLE.has(code) || code.startsWith('08') || NETWORK.has(code)) return 'down';
      if (SQLITE_UNAVAILABLE.test(code)) return code.startsWith('SQLITE_READONLY') ? 'read_only' : 'down';
    }
    if (typeof message === 'string' && PG_CONNECTION_MESSAGES.some((m) => message.includes(m))) return 'down';
  }
  return undefined;
}
