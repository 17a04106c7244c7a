import { CompiledQuery, SqliteDialect, SqliteDriver } from 'kysely'
import type { DatabaseConnection, Driver, SqliteDialectConfig } from 'kysely'

/**
 * Kysely's SQLite driver, with write transactions that take the write lock when they begin.
 * A plain (deferred) BEGIN starts as a reader and asks for the lock at its first write; if another
 * process committed in between, SQLite answers "database is locked" at once, without waiting out
 * the busy timeout (waiting could deadlock). Two hosts on one file lost 13 % of their saves that
 * way. BEGIN IMMEDIATE waits for the lock up front, where the busy timeout applies.
 */
class ImmediateTransactionDriver extends SqliteDriver {
  constructor(
    config: SqliteDialectConfig,
    private readonly inTransaction: () => boolean,
  ) {
    super(config)
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'))
  }

  /**
   * SQLite rolls a transaction back by itself on some errors (a full disk, an I/O error); a second
   * ROLLBACK then fails with "cannot rollback - no transaction is active" and hides the real error.
   */
  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (this.inTransaction()) await super.rollbackTransaction(connection)
  }
}

/** SqliteDialect with ImmediateTransactionDriver; `inTransaction` asks the connection. */
export class ImmediateTransactionDialect extends SqliteDialect {
  constructor(
    private readonly config: SqliteDialectConfig,
    private readonly inTransaction: () => boolean,
  ) {
    super(config)
  }

  override createDriver(): Driver {
    return new ImmediateTransactionDriver(this.config, this.inTransaction)
  }
}
