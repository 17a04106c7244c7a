import { execFileSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ClientMaxes } from '../../../shared/schemas/maxes.schema'
import { blockwise } from '../../support/blockwise-cli'
import { tempDir } from '../../support/temp-files'

const MOE = 'Marcus "Moe" Green' // the demo's client who loads in pounds

function demo() {
  const dir = tempDir()
  const db = path.join(dir, 'demo.db')
  expect(blockwise('demo', '--db', db).status).toBe(0)
  return { dir, db }
}

const maxesOf = (db: string, client: string) =>
  JSON.parse(
    blockwise('maxes', '--db', db, '--client', client, '--format', 'json').stdout,
  ) as ClientMaxes

const squatOf = (db: string, client: string) =>
  maxesOf(db, client).maxes.find((m) => m.lift === 'Back squat')

describe('maxes in the client’s unit', { timeout: 90_000 }, () => {
  it('an lb client’s "Back squat=315" is 315 lb: stored as 142.9 kg, listed as 315 lb, 250 lb at 80 % on the handout', () => {
    const { dir, db } = demo()
    const set = blockwise('maxes', '--db', db, '--client', MOE, '--set', 'Back squat=315')
    expect(set.status, set.stderr).toBe(0)
    expect(set.stdout).toContain(`${MOE}: loads in lb, in steps of 5 lb`)
    expect(set.stdout).toMatch(/Back squat\s+315 lb {2}tested/)
    expect(squatOf(db, MOE)?.oneRmKg).toBe(142.9)

    const out = path.join(dir, 'out')
    const exported = blockwise('export', '--db', db, '--client', MOE, '--out', out, '--pdf')
    expect(exported.status, exported.stderr).toBe(0)
    const pdf = path.join(
      out,
      readdirSync(out).find((f) => f.endsWith('.pdf'))!,
    )
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
    expect(text).toContain('Back squat: 5 × 5 · 250 lb (80 %)')
  })

  it('a max names its unit when it is not the client’s: "=140kg" for the lb client, "=315lb" for a kg one', () => {
    const { db } = demo()
    expect(
      blockwise('maxes', '--db', db, '--client', MOE, '--set', 'Back squat=140kg').status,
    ).toBe(0)
    expect(squatOf(db, MOE)?.oneRmKg).toBe(140)
    expect(blockwise('maxes', '--db', db, '--client', MOE).stdout).toMatch(/Back squat\s+308.5 lb/)
    const tom = blockwise(
      'maxes',
      '--db',
      db,
      '--client',
      'Tom Becker',
      '--set',
      'Back squat=315lb',
    )
    expect(tom.status, tom.stderr).toBe(0)
    expect(tom.stdout).toMatch(/Back squat\s+142.9 kg/)
    // A set in the client's unit: 225 lb × 5 estimates 262.5 lb (119.1 kg).
    const set = blockwise('maxes', '--db', db, '--client', MOE, '--set', 'Deadlift=225x5')
    expect(set.stdout).toMatch(/Deadlift\s+262.5 lb {2}Epley from 225 lb × 5/)
  })

  it('sets the threshold pace per km, per mile, or from a race', () => {
    const { db } = demo()
    const paceOf = () => maxesOf(db, 'Tom Becker').loads.thresholdPaceSecPerKm
    expect(
      blockwise('maxes', '--db', db, '--client', 'Tom Becker', '--set', 'threshold=4:33').status,
    ).toBe(0)
    expect(paceOf()).toBe(273)
    // 7:20 a mile is 440 s / 1.609344 km = 273.4 s/km.
    expect(
      blockwise('maxes', '--db', db, '--client', 'Tom Becker', '--set', 'threshold=7:20/mi').status,
    ).toBe(0)
    expect(paceOf()).toBe(273)
    const race = blockwise('maxes', '--db', db, '--client', 'Tom Becker', '--set', '10k=45:00')
    expect(race.status, race.stderr).toBe(0)
    expect(race.stdout).toContain('threshold pace 4:34 /km')
  })

  it.each([
    ['Back squat=0.0000001', 'at least 1 kg'],
    ['Back squat=5e2', 'write a tested 1RM'],
    ['Back squat=400x15', 'estimates a 1RM of 600 kg'],
  ])('"%s" is refused (%s) and nothing is written', (set, words) => {
    const { db } = demo()
    const before = maxesOf(db, 'Tom Becker')
    const bad = blockwise('maxes', '--db', db, '--client', 'Tom Becker', '--set', set)
    expect(bad.status).toBe(2)
    expect(bad.stderr).toContain(words)
    expect(maxesOf(db, 'Tom Becker')).toEqual(before)
  })
})
