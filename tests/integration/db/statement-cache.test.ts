import BetterSqlite3 from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { withStatementCache } from '../../../db/statement-cache'

describe('the statement cache Kysely queries through', () => {
  it('hands back the same statement for the same SQL, with fresh parameters each time', () => {
    const sqlite = new BetterSqlite3(':memory:')
    sqlite.exec('create table t (n integer); insert into t values (1), (2), (3)')
    const db = withStatementCache(sqlite)
    const sql = 'select n from t where n > ? order by n'
    const first = db.prepare(sql)
    expect(db.prepare(sql)).toBe(first)
    expect(db.prepare(sql).all([1])).toEqual([{ n: 2 }, { n: 3 }])
    expect(db.prepare(sql).all([2])).toEqual([{ n: 3 }])
    db.close()
  })

  it('keeps at most 500 statements, dropping the least recently used', () => {
    const sqlite = new BetterSqlite3(':memory:')
    const db = withStatementCache(sqlite)
    const kept = db.prepare('select 0')
    const oldest = db.prepare('select 1')
    for (let i = 2; i <= 500; i++) {
      db.prepare(`select ${i}`)
      // Used all along, so it stays while the others age.
      db.prepare('select 0')
    }
    expect(db.prepare('select 0')).toBe(kept)
    expect(db.prepare('select 1')).not.toBe(oldest)
    db.close()
  })
})
