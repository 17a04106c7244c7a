import { memo } from 'react'
import type { BlockAnalysis } from '../../../shared/schemas/analysis.schema'

const DAY = ['M', 'T', 'W', 'T', 'F', 'S', 'S']
const DAY_NAME = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
const CLASS_WORD = { high: 'HIGH', low: 'low', rest: 'rest' } as const

type DaySummary = BlockAnalysis['days'][number]

/** What a week's chips show, as one string: an edit changes one week and leaves the others. */
const weekContent = (days: readonly DaySummary[]) =>
  days.map((d) => `${d.class}${d.stress}:${Math.round(d.load)}`).join(' ')

const WeekChips = memo(
  function WeekChips({ week, phase, days }: { week: number; phase: string; days: DaySummary[] }) {
    return (
      <div className="week-strip-week">
        <span className="week-strip-label">
          Wk {week + 1} <span className="muted">{phase}</span>
        </span>
        <ol className="week-strip-days">
          {days.map((d) => (
            <li
              key={d.day}
              className={`day-chip day-${d.class}`}
              title={`Week ${week + 1} ${DAY_NAME[d.day]}: ${CLASS_WORD[d.class]} (stress ${d.stress}, load ${Math.round(d.load)} AU)`}
              aria-label={`Week ${week + 1} ${DAY_NAME[d.day]}: ${CLASS_WORD[d.class]}`}
            >
              <span className="day-letter">{DAY[d.day]}</span>
              <span className="day-class">
                {d.class === 'high' ? 'H' : d.class === 'low' ? 'L' : '·'}
              </span>
            </li>
          ))}
        </ol>
      </div>
    )
  },
  (a, b) =>
    a.week === b.week &&
    a.phase === b.phase &&
    (a.days === b.days || weekContent(a.days) === weekContent(b.days)),
)

/** Each week's days as HIGH / low / rest chips (text and shape, not colour alone). */
export const WeekStrip = memo(function WeekStrip({
  analysis,
  phases,
}: {
  analysis: BlockAnalysis
  phases: string[]
}) {
  return (
    <section className="week-strip" aria-label="Day stress by week">
      {analysis.weeks.map((week) => (
        <WeekChips
          key={week.week}
          week={week.week}
          phase={phases[week.week] ?? ''}
          days={analysis.days.filter((d) => d.week === week.week)}
        />
      ))}
    </section>
  )
})
