/** The words of the week strip, the load chart and the findings, for a coach who asks. */
export const GLOSSARY: readonly [term: string, meaning: string][] = [
  ['DS', 'Day stress: the stress points of the day’s hardest sessions, 0–5+ (engine-rules §3.3).'],
  [
    'HIGH / low / rest',
    'A day with DS 3 or more is HIGH; 1–2 low; 0 rest. Alternate HIGH with low.',
  ],
  ['Load (AU)', 'Session RPE × minutes, summed per day or week (Foster’s session-RPE).'],
  [
    'Monotony',
    'A week’s mean daily load ÷ its standard deviation: above 2, the days are too alike.',
  ],
  ['Strain', 'A week’s load × its monotony: high strain is where illness and overreaching start.'],
  [
    'ACWR',
    'Acute:chronic workload ratio (7-day ÷ 28-day EWMA load): 0.8–1.3 is the sweet spot, 1.5+ a spike.',
  ],
  ['CTL / ATL', 'Fitness (42-day average load) and fatigue (7-day average load).'],
  ['TSB', 'Form: fitness minus fatigue. Below −30 is deep fatigue, below −40 a red flag.'],
]

/** A closed-by-default list of what the numbers mean, under the load chart. */
export function Glossary() {
  return (
    <details className="glossary">
      <summary>What these numbers mean</summary>
      <dl>
        {GLOSSARY.map(([term, meaning]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
    </details>
  )
}
