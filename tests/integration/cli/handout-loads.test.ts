import { execFileSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../../support/temp-files'
import { blockwise } from '../../support/blockwise-cli'

describe('a handout prints each exercise line in the client’s numbers', { timeout: 60_000 }, () => {
  it('after blockwise maxes --set "Back squat=140", 80 % reads 112.5 kg, in the PDF and the calendar', () => {
    const dir = tempDir()
    const db = path.join(dir, 'demo.db')
    expect(blockwise('demo', '--db', db).status).toBe(0)
    const out = path.join(dir, 'out')
    // The demo's own max (95 kg): 80 % is 76 kg, to the 2.5 kg step 75 kg.
    expect(
      blockwise('export', '--db', db, '--client', 'Maya Okafor', '--out', out, '--pdf').status,
    ).toBe(0)
    const pdfOf = () =>
      path.join(
        out,
        readdirSync(out).find((f) => f.endsWith('.pdf'))!,
      )
    const before = execFileSync('pdftotext', ['-layout', pdfOf(), '-'], { encoding: 'utf8' })
    expect(before).toContain('Back squat: 5 × 5 · 75 kg (80 %)')
    expect(before).not.toContain('112.5 kg')

    expect(
      blockwise('maxes', '--db', db, '--client', 'Maya Okafor', '--set', 'Back squat=140').status,
    ).toBe(0)
    const again = blockwise(
      'export',
      '--db',
      db,
      '--client',
      'Maya Okafor',
      '--out',
      out,
      '--pdf',
      '--ics',
      // The first handout is in the folder: the coach says to replace it.
      '--force',
    )
    expect(again.status, again.stderr).toBe(0)
    const text = execFileSync('pdftotext', ['-layout', pdfOf(), '-'], { encoding: 'utf8' })
    expect(text).toContain('Back squat: 5 × 5 · 112.5 kg (80 %)')
    expect(text).toContain('Romanian deadlift: 3 × 8')
    const ics = readFileSync(
      path.join(
        out,
        readdirSync(out).find((f) => f.endsWith('.ics'))!,
      ),
      'utf8',
    )
    expect(ics.replace(/\r\n /g, '')).toContain('Back squat: 5 × 5 · 112.5 kg (80 %)')
  })
})
