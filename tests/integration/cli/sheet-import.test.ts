import { execFileSync } from 'node:child_process'
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../../support/temp-files'
import { blockwise } from '../../support/blockwise-cli'

const SHEET = path.resolve('tests/fixtures/coach-sheet.csv')

describe('blockwise import of a coach’s sheet', { timeout: 60_000 }, () => {
  it('imports the sheet as a block for a client; with their max set, the handout reads 112.5 kg for 80 %', () => {
    const dir = tempDir()
    const db = path.join(dir, 'demo.db')
    expect(blockwise('demo', '--db', db).status).toBe(0)
    const clients = path.join(dir, 'clients.csv')
    writeFileSync(clients, 'Name,Goal\nAna Silva,hybrid\n')
    expect(blockwise('import', '--db', db, clients).status).toBe(0)
    const imported = blockwise(
      'import',
      '--db',
      db,
      SHEET,
      '--client',
      'Ana Silva',
      '--start',
      '2027-01-04',
      '--name',
      'Coach sheet',
      '--active',
    )
    expect(imported.status, imported.stderr).toBe(0)
    expect(imported.stdout.trim()).toBe(
      'Imported 16 sessions with 20 exercise lines in 2 weeks as "Coach sheet" (active, from 2027-01-04) for Ana Silva.',
    )
    expect(
      blockwise('maxes', '--db', db, '--client', 'Ana Silva', '--set', 'Back squat=140').status,
    ).toBe(0)
    const out = path.join(dir, 'out')
    const exported = blockwise('export', '--db', db, '--client', 'Ana Silva', '--out', out, '--pdf')
    expect(exported.status, exported.stderr).toBe(0)
    const pdf = path.join(
      out,
      readdirSync(out).find((f) => f.endsWith('.pdf'))!,
    )
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
    expect(text).toContain('Back squat: 5 × 5 · 112.5 kg (80 %) · rest 3:00 · Belt from set 3')
    expect(text).toContain('Walking lunge: 3 × 10 per leg · 20 kg · rest 1:30 · Dumbbells')
    expect(text).toContain('Week 1 · build · Mon, 4 Jan 2027')
  })

  it('names each bad cell, exits 2, and adds no block', () => {
    const dir = tempDir()
    const db = path.join(dir, 'demo.db')
    expect(blockwise('demo', '--db', db).status).toBe(0)
    const before = blockwise('roster', '--db', db, '--format', 'json').stdout
    const bad = path.join(dir, 'bad.csv')
    writeFileSync(
      bad,
      'Week,Day,Time,Session,Exercise,Sets,Reps\n1,Mon,07:00,Lower strength,Back squat,5,lots\n',
    )
    const result = blockwise('import', '--db', db, bad, '--client', 'Tom Becker')
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('Nothing was imported.')
    expect(result.stderr).toContain('row 2, Reps "lots": reps like 5, 6-8, 10/leg')
    expect(blockwise('roster', '--db', db, '--format', 'json').stdout).toBe(before)
  })
})

describe(
  'blockwise import of a second coach’s sheet (other headers, workout names)',
  { timeout: 60_000 },
  () => {
    const SECOND = path.resolve('tests/fixtures/coach-sheet-second.csv')

    it('makes the client a sheet names when no one has that name, as a plan file does; runs by their kind', () => {
      const dir = tempDir()
      const db = path.join(dir, 'demo.db')
      expect(blockwise('demo', '--db', db).status).toBe(0)
      const imported = blockwise(
        'import',
        '--db',
        db,
        SECOND,
        '--client',
        'Lena Brandt',
        '--start',
        '2027-03-01',
      )
      expect(imported.status, imported.stderr).toBe(0)
      expect(imported.stdout.trim()).toBe(
        'Imported 6 sessions with 6 exercise lines in 1 week as "coach-sheet-second" (draft, from 2027-03-01) for the new client Lena Brandt.',
      )
      const json = path.join(dir, 'dump.json')
      expect(blockwise('dump', '--db', db, '--out', json).status).toBe(0)
      const sessions = (
        JSON.parse(readFileSync(json, 'utf8')) as {
          tables: { sessions: Record<string, unknown>[] }
        }
      ).tables.sessions
      expect(sessions.find((s) => s.title === 'Run - intervals')).toMatchObject({
        modality: 'run',
        run_type: 'intervals',
        rpe: 9,
      })
      expect(sessions.find((s) => s.title === 'Run - long')).toMatchObject({
        run_type: 'long',
        rpe: 5,
      })
    })

    it('a sheet with an unclosed quote is refused naming the row and column', () => {
      const dir = tempDir()
      const db = path.join(dir, 'demo.db')
      expect(blockwise('demo', '--db', db).status).toBe(0)
      const bad = path.join(dir, 'bad.csv')
      writeFileSync(
        bad,
        readFileSync(SECOND, 'utf8').replace('Belt on top sets', '"Belt on top sets'),
      )
      const result = blockwise('import', '--db', db, bad, '--client', 'Tom Becker')
      expect(result.status).toBe(2)
      expect(result.stderr).toMatch(
        /^Nothing was imported\.\n.*bad\.csv: row 2, Cues: a quote opened here is never closed/,
      )
    })

    it('--help prints the usage', () => {
      const help = blockwise('import', '--help')
      expect(help.status).toBe(0)
      expect(help.stdout).toContain('Usage: blockwise import FILE (--db FILE | --pg URL)')
    })
  },
)
