import { describe, expect, it } from 'vitest'
import { findingContent, sameFindings } from '../../../renderer/src/block/finding-content'
import type { FindingView } from '../../../shared/schemas/analysis.schema'

const finding = (over: Partial<FindingView> = {}): FindingView => ({
  rule: 'INT-04',
  severity: 'warn',
  week: 0,
  day: 0,
  sessions: ['lift', 'run'],
  message: 'A 25-min run right after heavy lower-body lifting.',
  fix: 'Keep it under 15 min in Zone 1–2.',
  placementDependent: true,
  subject: 'w0:d0:lift,run',
  override: null,
  ...over,
})

describe('comparing findings by what they show', () => {
  it('treats a fresh copy of the same findings as the same (each analysis brings new objects)', () => {
    expect(
      sameFindings(
        [finding(), finding({ rule: 'INT-01' })],
        [finding(), finding({ rule: 'INT-01' })],
      ),
    ).toBe(true)
  })

  it('sees a changed message, fix, severity or override reason', () => {
    const before = [finding()]
    for (const change of [
      { message: 'A 30-min run right after heavy lower-body lifting.' },
      { fix: 'Move the run to another day.' },
      { severity: 'critical' as const },
      {
        override: {
          rule: 'INT-04',
          subject: 'w0:d0:lift,run',
          reason: 'agreed',
          createdAt: '2026-11-23T10:00:00.000Z',
        },
      },
    ])
      expect(sameFindings(before, [finding(change)])).toBe(false)
  })

  it('sees a finding added, dropped or moved', () => {
    const a = finding()
    const b = finding({ rule: 'INT-01', subject: 'w0:d0:lift' })
    expect(sameFindings([a], [a, b])).toBe(false)
    expect(sameFindings([a, b], [a])).toBe(false)
    expect(sameFindings([a, b], [b, a])).toBe(false)
  })

  it('builds a finding’s content once and gives the same text on every call', () => {
    const f = finding()
    expect(findingContent(f)).toBe(findingContent(f))
    expect(findingContent(f)).toBe(findingContent(finding()))
    expect(findingContent(f)).toContain(f.message)
  })
})
