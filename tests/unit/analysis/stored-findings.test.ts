import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { withOverrides } from '../../../server/block-analysis'
import {
  decodeFindingViews,
  encodeFindings,
  overridesByKey,
} from '../../../server/analysis/stored-findings'
import type { Finding } from '../../../shared/engine/finding'
import { findingSubject } from '../../../shared/schemas/analysis.schema'
import type { Override } from '../../../shared/schemas/analysis.schema'

const text = fc.string({ unit: 'grapheme', maxLength: 40 })
const finding: fc.Arbitrary<Finding> = fc.record(
  {
    rule: fc.constantFrom('INT-01', 'BAL-02', 'OVR-05', 'PRG-05'),
    severity: fc.constantFrom('info', 'warn', 'critical'),
    week: fc.nat({ max: 51 }),
    day: fc.option(fc.nat({ max: 6 }), { nil: null }),
    sessions: fc.array(fc.constantFrom('s1', 's2', 'a-3', 'ü', '≤'), { maxLength: 5 }),
    line: fc.nat({ max: 9 }),
    message: text,
    fix: text,
    placementDependent: fc.boolean(),
    metrics: fc.dictionary(
      fc.constantFrom('gapH', 'acwr', 'tsb'),
      // JSON has no −0 (nor has the contract's answer): a metric reads back as 0.
      fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x)),
    ),
  },
  {
    requiredKeys: [
      'rule',
      'severity',
      'week',
      'day',
      'sessions',
      'message',
      'fix',
      'placementDependent',
    ],
  },
)

describe('stored findings', () => {
  it('read back as exactly the views withOverrides builds, overrides and extra fields included', () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 30 }), fc.boolean(), (findings, overrideSome) => {
        const overrides: Override[] = overrideSome
          ? findings.slice(0, 3).map((f) => ({
              rule: f.rule,
              subject: findingSubject(f),
              reason: 'agreed',
              createdAt: '2026-11-23T09:00:00.000Z',
            }))
          : []
        const extra = { clientId: 'c', clientName: 'Zoë', blockId: 'b', blockName: 'Base' }
        const stored = encodeFindings(findings)
        expect(stored).toMatch(/^[\x20-\x7e]*$/)
        expect(decodeFindingViews(stored, overridesByKey(overrides), extra)).toEqual(
          withOverrides(findings, overrides, extra),
        )
      }),
    )
  })
})
