import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from 'kysely';

/**
 * SQLite whose transactions take the write lock when they begin (BEGIN IMMEDIATE). Every
 * transaction here reads and then writes; begun DEFERRED, one that read before another process
 * committed could no longer write (SQLITE_BUSY, which the busy timeout does not wait out), and
 * two could read the same row before either wrote it. Begun IMMEDIATE, a second writer waits
 * for the first (up to the busy timeout) and then reads what the first wrote. Readers outside
 * transactions are not held up: WAL lets them read alongside the writer.
 */
export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}
