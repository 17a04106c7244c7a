import { execFileSync } from 'node:child_process'
import { readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../../support/temp-files'
import { blockwise } from '../../support/blockwise-cli'

describe('blockwise template', { timeout: 90_000 }, () => {
  it('saves a client’s block, lists it, and applies it to another client: the handout has their loads and the new dates', () => {
    const dir = tempDir()
    const db = path.join(dir, 'demo.db')
    expect(blockwise('demo', '--db', db).status).toBe(0)
    const saved = blockwise(
      'template',
      'save',
      '--db',
      db,
      '--client',
      'Maya Okafor',
      '--name',
      'Maya’s half build',
    )
    expect(saved.status, saved.stderr).toBe(0)
    expect(saved.stdout).toMatch(
      /^Saved template "Maya’s half build" \(.+\): \d+ weeks, \d+ sessions\.$/m,
    )
    const list = blockwise('template', 'list', '--db', db, '--format', 'json')
    expect(list.status).toBe(0)
    const names = (JSON.parse(list.stdout) as { name: string }[]).map((t) => t.name)
    expect(names).toContain('Maya’s half build')

    // Ana's squat is 150 kg: the handout's 80 % is 120 kg.
    const clients = path.join(dir, 'clients.csv')
    writeFileSync(clients, 'Name,Goal\nAna Silva,hybrid\n')
    expect(blockwise('import', '--db', db, clients).status).toBe(0)
    const maxes = blockwise('maxes', '--db', db, '--client', 'Ana Silva', '--set', 'Back squat=150')
    expect(maxes.status, maxes.stderr).toBe(0)
    const applied = blockwise(
      'template',
      'apply',
      '--db',
      db,
      '--template',
      'maya’s half build',
      '--client',
      'Ana Silva',
      '--start',
      '2027-03-01',
      '--activate',
    )
    expect(applied.status, applied.stderr).toBe(0)
    expect(applied.stdout.trim()).toMatch(
      /^Applied "Maya’s half build" to Ana Silva: block \S+ \(active\), \d+ weeks from 2027-03-01\.$/,
    )

    const out = path.join(dir, 'out')
    const exported = blockwise('export', '--db', db, '--client', 'Ana Silva', '--out', out, '--pdf')
    expect(exported.status, exported.stderr).toBe(0)
    const pdf = path.join(
      out,
      readdirSync(out).find((f) => f.endsWith('.pdf'))!,
    )
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
    expect(text).toContain('Back squat: 5 × 5 · 120 kg (80 %)')
    expect(text).toMatch(/Week 1 · \w+ · Mon, 1 Mar 2027/)
    // Maya's dates (her block started in November 2026) are nowhere in Ana's handout.
    expect(text).not.toMatch(/\d+ (Nov|Dec) 2026/)
  })

  it('refuses bad input with exit 2, naming it, and writes nothing', () => {
    const dir = tempDir()
    const db = path.join(dir, 'demo.db')
    expect(blockwise('demo', '--db', db).status).toBe(0)
    const before = blockwise('template', 'list', '--db', db, '--format', 'json').stdout
    const notMonday = blockwise(
      'template',
      'apply',
      '--db',
      db,
      '--template',
      'Strength base (4 wk)',
      '--client',
      'Tom Becker',
      '--start',
      '2027-03-02',
    )
    expect(notMonday.status).toBe(2)
    expect(notMonday.stderr).toContain('2027-03-02 is not a Monday')
    const noTemplate = blockwise(
      'template',
      'apply',
      '--db',
      db,
      '--template',
      'Nope',
      '--client',
      'Tom Becker',
      '--start',
      '2027-03-01',
    )
    expect(noTemplate.status).toBe(2)
    expect(noTemplate.stderr.trim()).toBe('No template is called "Nope".')
    const noName = blockwise('template', 'save', '--db', db, '--client', 'Tom Becker')
    expect(noName.status).toBe(2)
    expect(noName.stderr).toContain('blockwise template save needs --name NAME')
    expect(blockwise('template', 'list', '--db', db, '--format', 'json').stdout).toBe(before)
  })
})

describe(
  'blockwise template save keeps prescriptions, not one client’s kilograms',
  { timeout: 90_000 },
  () => {
    it('a typed 115 kg on a 140 kg squat is kept as 82.1 %, and says so', () => {
      const dir = tempDir()
      const db = path.join(dir, 'demo.db')
      expect(blockwise('demo', '--db', db).status).toBe(0)
      const plan = path.join(dir, 'sam.json')
      writeFileSync(
        plan,
        JSON.stringify({
          format: 'blockwise-block@1',
          client: { goal: 'hybrid' },
          startDate: '2027-03-01',
          weeks: [80, 115].map((loadKg, week) => ({
            phase: 'build',
            deload: false,
            sessions: [
              {
                id: `sq${week}`,
                day: 0,
                start: '07:00',
                durationMin: 60,
                modality: 'strength',
                exercises: [
                  { name: 'Back squat', sets: 5, reps: 5, loadKg },
                  { name: 'Sled push', sets: 4, reps: 1, loadKg: 60 },
                ],
              },
            ],
          })),
        }),
      )
      const imported = blockwise('import', '--db', db, plan, '--client', 'Sam Reyes', '--active')
      expect(imported.status, imported.stderr).toBe(0)
      expect(
        blockwise('maxes', '--db', db, '--client', 'Sam Reyes', '--set', 'BS=140').status,
      ).toBe(0)
      const saved = blockwise(
        'template',
        'save',
        '--db',
        db,
        '--client',
        'Sam Reyes',
        '--name',
        'Sam’s squat',
      )
      expect(saved.status, saved.stderr).toBe(0)
      expect(saved.stdout).toContain('Week 1 Mon, Back squat: 80 kg = 57.1 % of Sam Reyes’s 140 kg')
      expect(saved.stdout).toContain(
        'Week 2 Mon, Back squat: 115 kg = 82.1 % of Sam Reyes’s 140 kg',
      )
      // No max for the sled: its load stays a load.
      expect(saved.stdout).not.toContain('Sled push')
    })
  },
)
