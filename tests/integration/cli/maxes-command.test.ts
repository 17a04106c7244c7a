import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ClientMaxes } from '../../../shared/schemas/maxes.schema'
import { tempDir } from '../../support/temp-files'
import { blockwise } from '../../support/blockwise-cli'

describe('blockwise maxes', { timeout: 60_000 }, () => {
  it('sets a tested max under the library’s name, estimates one from a set (Epley), and lists them', () => {
    const db = path.join(tempDir(), 'maxes.db')
    expect(blockwise('demo', '--db', db).status).toBe(0)
    const set = blockwise(
      'maxes',
      '--db',
      db,
      '--client',
      'Tom Becker',
      '--set',
      'BS=140',
      '--set',
      'Deadlift=150x5',
    )
    expect(set.status, set.stderr).toBe(0)
    expect(set.stdout).toContain('Tom Becker: loads in kg, in steps of 2.5 kg')
    expect(set.stdout).toMatch(/Back squat\s+140 kg {2}tested/)
    expect(set.stdout).toMatch(/Deadlift\s+175 kg {2}Epley from 150 kg × 5/)
    const json = blockwise('maxes', '--db', db, '--client', 'Tom Becker', '--format', 'json')
    const listed = JSON.parse(json.stdout) as ClientMaxes
    expect(listed.maxes.find((m) => m.lift === 'Back squat')).toMatchObject({
      oneRmKg: 140,
      method: 'tested',
    })
    // Setting it again (any case) replaces it.
    expect(
      blockwise('maxes', '--db', db, '--client', 'Tom Becker', '--set', 'back squat=145').status,
    ).toBe(0)
    const again = JSON.parse(
      blockwise('maxes', '--db', db, '--client', 'Tom Becker', '--format', 'json').stdout,
    ) as ClientMaxes
    expect(again.maxes.filter((m) => m.lift.toLowerCase() === 'back squat')).toHaveLength(1)
  })

  it('writes nothing when one --set is wrong, and says which', () => {
    const db = path.join(tempDir(), 'maxes.db')
    expect(blockwise('demo', '--db', db).status).toBe(0)
    const before = blockwise(
      'maxes',
      '--db',
      db,
      '--client',
      'Tom Becker',
      '--format',
      'json',
    ).stdout
    const bad = blockwise(
      'maxes',
      '--db',
      db,
      '--client',
      'Tom Becker',
      '--set',
      'Bench press=100',
      '--set',
      'Squat=heavy',
      '--set',
      'Deadlift=200x30',
    )
    expect(bad.status).toBe(2)
    expect(bad.stderr).toMatch(/^Nothing was written: /)
    expect(bad.stderr).toContain('--set "Squat=heavy": write a tested 1RM like 140')
    expect(bad.stderr).toContain('--set "Deadlift=200x30": Estimate from a set of 2 to 15 reps')
    expect(
      blockwise('maxes', '--db', db, '--client', 'Tom Becker', '--format', 'json').stdout,
    ).toBe(before)
    const nobody = blockwise('maxes', '--db', db, '--client', 'Nobody')
    expect(nobody.status).toBe(2)
  })

  it('maxes and the library survive dump → load → dump unchanged', () => {
    const dir = tempDir()
    const db = path.join(dir, 'a.db')
    expect(blockwise('demo', '--db', db).status).toBe(0)
    expect(
      blockwise('maxes', '--db', db, '--client', 'Tom Becker', '--set', 'Back squat=140').status,
    ).toBe(0)
    const first = path.join(dir, 'first.json')
    expect(blockwise('dump', '--db', db, '--out', first).status).toBe(0)
    const copy = path.join(dir, 'b.db')
    expect(blockwise('load', '--from', first, '--db', copy).status).toBe(0)
    const second = path.join(dir, 'second.json')
    expect(blockwise('dump', '--db', copy, '--out', second).status).toBe(0)
    const strip = (file: string) => {
      const dump = JSON.parse(readFileSync(file, 'utf8')) as {
        exportedAt?: string
        tables: Record<string, unknown[]>
      }
      delete dump.exportedAt
      return dump
    }
    const a = strip(first)
    expect(a.tables.client_maxes).toContainEqual(
      expect.objectContaining({ lift: 'Back squat', one_rm_kg: 140 }),
    )
    expect(a.tables.client_loads!.length).toBe(12)
    expect(a.tables.exercises!.length).toBeGreaterThanOrEqual(120)
    expect(strip(second)).toEqual(a)
  })
})
