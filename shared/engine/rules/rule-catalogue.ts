/**
 * What each rule of docs/engine-rules.md §5 (v1.2: 49) is called, as data only: its id, its name in
 * the spec, a few words for a row of the sheet and whether moving sessions can clear it (⟲). The
 * renderer words a finding from this without loading the checks; the registry (registry.ts) joins
 * each row to its check, so a rule is named here once and checked there once, in the spec's order.
 */
export interface RuleWords {
  id: string
  /** The rule's name in docs/engine-rules.md §5. */
  title: string
  /**
   * A few words for a row of the sheet, beside the rule's code ("hard days in a row · BAL-01");
   * {gap} stands for the pair's gap ("4 h 30 min gap · INT-01", "back-to-back · INT-01").
   */
  short: string
  /** ⟲ in §5: moving sessions can clear it, so it is the balancer's objective (§6.5). */
  placementDependent: boolean
}

export const RULE_CATALOGUE = [
  {
    id: 'VAL-01',
    title: 'Schedule validity',
    short: 'clash',
    placementDependent: true,
  },
  {
    id: 'INT-01',
    title: 'Concurrent sessions < 6 h apart (strength-priority goals)',
    short: '{gap} gap',
    placementDependent: true,
  },
  {
    id: 'INT-02',
    title: 'Cardio placed before lifting (strength/hypertrophy)',
    short: 'run before lift',
    placementDependent: true,
  },
  {
    id: 'INT-03',
    title: 'Hard or long cardio after heavy lifting',
    short: 'hard run after heavy lift',
    placementDependent: true,
  },
  {
    id: 'INT-04',
    title: 'Post-lift cardio dose (same session)',
    short: 'long post-lift cardio',
    placementDependent: true,
  },
  {
    id: 'INT-05',
    title: 'Eccentric (hilly/downhill) run within 48 h of heavy legs',
    short: 'hills near heavy legs',
    placementDependent: true,
  },
  {
    id: 'INT-06',
    title: 'HIIT stacked with heavy lifting on the same day',
    short: 'HIIT + heavy same day',
    placementDependent: true,
  },
  {
    id: 'INT-07',
    title: 'Training to failure before a run',
    short: 'failure before run',
    placementDependent: true,
  },
  {
    id: 'INT-08',
    title: 'Endurance priority: lifting before a key run',
    short: 'lift before key run',
    placementDependent: true,
  },
  {
    id: 'INT-09',
    title: 'Endurance priority: heavy legs within 24 h before a key run',
    short: 'heavy legs before key run',
    placementDependent: true,
  },
  {
    id: 'INT-10',
    title: 'Endurance priority: heavy legs right after a key run',
    short: 'legs after key run',
    placementDependent: true,
  },
  {
    id: 'INT-11',
    title: 'Running on a heavy-leg day for injury-prone clients',
    short: 'run on leg day',
    placementDependent: true,
  },
  {
    id: 'INT-12',
    title: 'Two intense cardio sessions on one day',
    short: 'two hard cardio',
    placementDependent: true,
  },
  {
    id: 'INT-13',
    title: 'The same body region lifted twice on one day',
    short: 'region lifted twice',
    placementDependent: true,
  },
  {
    id: 'POP-01',
    title: 'Beginner: modalities not yet separated',
    short: 'beginner: split them',
    placementDependent: true,
  },
  {
    id: 'POP-02',
    title: 'New runner: post-lift run',
    short: 'new runner after lift',
    placementDependent: true,
  },
  {
    id: 'POP-03',
    title: 'Active injury conflict',
    short: 'injured region',
    placementDependent: false,
  },
  {
    id: 'POP-04',
    title: 'Limited recovery capacity: stacked concurrent sessions',
    short: 'recovery: split them',
    placementDependent: true,
  },
  {
    id: 'POP-05',
    title: 'Competitive strength/power athlete in peak phase',
    short: 'peak phase',
    placementDependent: false,
  },
  {
    id: 'PRG-01',
    title: 'Endurance entry dose for high-frequency lifters',
    short: 'endurance start',
    placementDependent: false,
  },
  {
    id: 'PRG-02',
    title: 'Endurance progression gate',
    short: 'endurance gate',
    placementDependent: false,
  },
  {
    id: 'PRG-03',
    title: 'Continuous run too long for current running ability',
    short: 'run too long',
    placementDependent: false,
  },
  {
    id: 'PRG-04',
    title: 'Strength load jump',
    short: 'load jump',
    placementDependent: false,
  },
  {
    id: 'PRG-05',
    title: "Prescription past the client's rep max",
    short: 'past rep max',
    placementDependent: false,
  },
  {
    id: 'BAL-01',
    title: 'Consecutive HIGH days',
    short: 'hard days in a row',
    placementDependent: true,
  },
  {
    id: 'BAL-02',
    title: 'Too many HIGH days',
    short: 'too many hard days',
    placementDependent: false,
  },
  {
    id: 'BAL-03',
    title: 'Missing recovery day',
    short: 'no recovery day',
    placementDependent: false,
  },
  {
    id: 'BAL-04',
    title: 'Monotony',
    short: 'monotony',
    placementDependent: false,
  },
  {
    id: 'BAL-05',
    title: 'Easy session planned too hard',
    short: 'easy run too hard',
    placementDependent: false,
  },
  {
    id: 'BAL-06',
    title: 'No heavy strength exposure',
    short: 'no heavy lifting',
    placementDependent: false,
  },
  {
    id: 'OVR-01',
    title: 'ACWR spike or underload',
    short: 'ACWR',
    placementDependent: false,
  },
  {
    id: 'OVR-02',
    title: 'Week-over-week load jump',
    short: 'load jump',
    placementDependent: false,
  },
  {
    id: 'OVR-03',
    title: 'Running-volume progression',
    short: 'running ramp',
    placementDependent: false,
  },
  {
    id: 'OVR-04',
    title: 'Strain above personal threshold',
    short: 'strain',
    placementDependent: false,
  },
  {
    id: 'OVR-05',
    title: 'Form (TSB) too negative / detraining',
    short: 'form (TSB)',
    placementDependent: false,
  },
  {
    id: 'OVR-06',
    title: 'Fitness ramp rate',
    short: 'fitness ramp',
    placementDependent: false,
  },
  {
    id: 'OVR-07',
    title: 'Deload overdue',
    short: 'deload due',
    placementDependent: false,
  },
  {
    id: 'OVR-08',
    title: 'Ineffective deload',
    short: 'deload not light',
    placementDependent: false,
  },
  {
    id: 'RDY-01',
    title: 'Short sleep before a HIGH day',
    short: 'short sleep',
    placementDependent: false,
  },
  {
    id: 'RDY-02',
    title: 'Session start erodes the sleep window',
    short: 'too early for sleep',
    placementDependent: true,
  },
  {
    id: 'RDY-03',
    title: 'HRV suppressed',
    short: 'HRV low',
    placementDependent: false,
  },
  {
    id: 'RDY-04',
    title: 'Subjective red flags (today)',
    short: 'sore or tired',
    placementDependent: false,
  },
  {
    id: 'RDY-05',
    title: 'Performance decline with readiness flags',
    short: 'overreaching?',
    placementDependent: false,
  },
  {
    id: 'RDY-06',
    title: 'RPE drift',
    short: 'RPE drift',
    placementDependent: false,
  },
  {
    id: 'RDY-07',
    title: 'Illness',
    short: 'illness',
    placementDependent: false,
  },
  {
    id: 'NUT-01',
    title: 'Logged protein intake below 1.6 g/kg/day',
    short: 'protein',
    placementDependent: false,
  },
  {
    id: 'NUT-02',
    title: 'Fuelling two-a-days and HIGH days',
    short: 'fuelling',
    placementDependent: false,
  },
  {
    id: 'NUT-03',
    title: 'Energy deficit with high running and lifting volume',
    short: 'energy deficit',
    placementDependent: false,
  },
  {
    id: 'NUT-04',
    title: 'Both modalities and no mobility work',
    short: 'mobility',
    placementDependent: false,
  },
] as const satisfies readonly RuleWords[]

/** A rule's id: one of the catalogue's, so a check can only be registered for a named rule. */
export type RuleId = (typeof RULE_CATALOGUE)[number]['id']

const SHORT_BY_ID: ReadonlyMap<string, string> = new Map(RULE_CATALOGUE.map((r) => [r.id, r.short]))

/**
 * Rules with more than one kind of finding, told apart by a metric the finding carries: a VAL-01
 * about a crowded day is no clash, and a long run is not "hard cardio" (INT-12, §9).
 */
const KIND_WORDS: Readonly<Record<string, readonly [metric: string, words: string][]>> = {
  'VAL-01': [
    ['sessionsOnDay', 'too many sessions'],
    ['outsideAvailability', 'outside availability'],
  ],
  'INT-12': [['longRun', 'long run + quality']],
}

/**
 * A gap between two sessions as a coach says it, in whole minutes: "10 min", "8 h 35 min", "47 h"
 * (hours past a day too, as the rules' 24- and 48-h windows count them). Never used to decide. Here, so the
 * catalogue stays free of imports (the renderer reads it); gap-words.ts builds on it.
 */
export function gapWords(gapMin: number): string {
  const min = Math.max(0, Math.round(gapMin))
  const h = Math.floor(min / 60)
  const m = min % 60
  if (h === 0) return `${m} min`
  return m === 0 ? `${h} h` : `${h} h ${m} min`
}

/** The few words for a pair's gap: "4 h 30 min gap", "back-to-back". */
function gapShort(gapH: number | undefined): string {
  if (gapH === undefined) return '? gap'
  const minutes = Math.round(gapH * 60)
  return minutes <= 0 ? 'back-to-back' : `${gapWords(minutes)} gap`
}

/** A finding in a few words and its code, for a row of the sheet: "4 h gap · INT-01". */
export function findingWords(f: { rule: string; metrics?: Record<string, number> | undefined }) {
  const short = SHORT_BY_ID.get(f.rule)
  if (!short) return f.rule
  const kind = KIND_WORDS[f.rule]?.find(([metric]) => f.metrics?.[metric] !== undefined)
  const words = kind ? kind[1] : short.replace('{gap} gap', gapShort(f.metrics?.gapH))
  return `${words} · ${f.rule}`
}
