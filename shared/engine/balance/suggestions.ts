import type { ContentSuggestion } from '../../schemas/balance.schema'
import type { Finding } from '../finding'
import type { PlanContext } from '../plan-context'

/** One content change offered for several findings, with every rule it answers. */
export interface GroupedSuggestion {
  rank: number
  text: string
  rules: string[]
  sessions: string[]
}

/**
 * §6.6 "Infeasible": content changes ranked in the spec's order, offered for each finding that no
 * placement could clear, most severe finding first, each naming the rule it answers. A deload is
 * OVR-07's answer alone (§6.7), and never for a week that already is one: BAL-02 in a deload week
 * asks to merge or downgrade HIGH stimuli instead.
 */
export function contentSuggestions(
  ctx: PlanContext,
  residual: readonly Finding[],
): ContentSuggestion[] {
  const byId = new Map(ctx.facts.map((f) => [f.s.id, f]))
  const out: ContentSuggestion[] = []
  const ordered = [...residual].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'critical' ? -1 : 1,
  )
  for (const finding of ordered) {
    const facts = finding.sessions.map((id) => byId.get(id)).filter((f) => f !== undefined)
    const hard = facts.filter((f) => f.cardio && f.intensity === 'HARD')
    const runs = facts.filter((f) => f.s.modality === 'run')
    const failure = facts.filter((f) => f.s.toFailure)
    const ecc = facts.filter((f) => f.eccRun)
    const candidates: [boolean, string, string[]][] = [
      [hard.length > 0, 'Convert the HIIT to ≤20–30 min in Zone 2.', hard.map((f) => f.s.id)],
      [
        runs.length > 0,
        'Swap the run for cycling, the elliptical or swimming.',
        runs.map((f) => f.s.id),
      ],
      [
        finding.rule === 'INT-04',
        'Shorten the post-lift cardio to ≤10 min easy.',
        finding.sessions,
      ],
      [
        failure.length > 0,
        'Stop sets 1–3 reps short of failure instead of training to failure.',
        failure.map((f) => f.s.id),
      ],
      [ecc.length > 0, 'Use a flat route.', ecc.map((f) => f.s.id)],
      [
        finding.rule.startsWith('BAL') || finding.rule.startsWith('OVR'),
        'Reduce the volume by 10–20 %.',
        finding.sessions,
      ],
      [
        finding.rule === 'OVR-07' && ctx.weeks[finding.week]?.deload === false,
        'Insert a deload week (−40–60 % volume, same frequency, 2 more reps in reserve).',
        [],
      ],
    ]
    candidates.forEach(([applies, text, sessions], index) => {
      if (applies) out.push({ rank: index + 1, rule: finding.rule, sessions, text })
    })
  }
  return out
}

/** The same change offered for several findings once, with all the rules it answers, by rank. */
export function groupSuggestions(suggestions: readonly ContentSuggestion[]): GroupedSuggestion[] {
  const byText = new Map<string, GroupedSuggestion>()
  for (const s of suggestions) {
    const group = byText.get(s.text) ?? { rank: s.rank, text: s.text, rules: [], sessions: [] }
    if (!group.rules.includes(s.rule)) group.rules.push(s.rule)
    for (const id of s.sessions) if (!group.sessions.includes(id)) group.sessions.push(id)
    byText.set(s.text, group)
  }
  return [...byText.values()].sort((a, b) => a.rank - b.rank)
}
