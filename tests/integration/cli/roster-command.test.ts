import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { RosterFinding } from '../../../shared/schemas/roster.schema'
import { tempDir } from '../../support/temp-files'
import { blockwise } from '../../support/blockwise-cli'

// Each run starts a Node process with tsx (about a second), so these get more time.
describe('blockwise roster', { timeout: 60_000 }, () => {
  it('checks every active block of the demo roster, prints the summary first and exits 1', () => {
    const db = path.join(tempDir(), 'roster.db')
    expect(blockwise('demo', '--db', db).status).toBe(0)
    const text = blockwise('roster', '--db', db)
    expect(text.status).toBe(1)
    const [summary, first] = text.stdout.split('\n')
    expect(summary).toMatch(/^\d+ findings in \d+ of 12 clients: \d+ critical$/)
    // Worst first.
    expect(first).toMatch(/^✖ [A-Z]{3}-\d\d {2}.+ · .+ · week \d+/)

    const json = blockwise('roster', '--db', db, '--format', 'json')
    expect(json.status).toBe(1)
    const report = JSON.parse(json.stdout) as { summary: string; findings: RosterFinding[] }
    expect(report.summary).toBe(summary)
    expect(report.findings.length).toBe(text.stdout.trim().split('\n').length - 1)
    expect(new Set(report.findings.map((f) => f.clientName)).size).toBeGreaterThan(8)
  })

  it('exits 2 with a clear message for a missing database or a bad option', () => {
    const missing = blockwise('roster', '--db', path.join(tempDir(), 'nope.db'))
    expect(missing.status).toBe(2)
    expect(missing.stderr).toContain('There is no database at')
    const badFormat = blockwise('roster', '--db', 'x.db', '--format', 'xml')
    expect(badFormat.status).toBe(2)
    expect(badFormat.stderr).toContain('--format must be text or json, got "xml"')
  })
})
