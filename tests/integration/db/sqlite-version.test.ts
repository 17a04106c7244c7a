import { describe, expect, it } from 'vitest'
import { sqliteIsRecentEnough } from '../../../db/database'

describe('the SQLite the database opens with', () => {
  it('must be 3.44 or newer (ORDER BY inside an aggregate)', () => {
    expect(['3.43.2', '3.9.0', '2.99.99'].map(sqliteIsRecentEnough)).toEqual([false, false, false])
    expect(['3.44.0', '3.44.2', '3.53.2', '3.100.0', '4.0.0'].map(sqliteIsRecentEnough)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ])
  })
})
