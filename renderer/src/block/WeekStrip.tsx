import { memo } from 'react'
import type { BlockAnalysis } from '../../../shared/schemas/analysis.schema'

const DAY = ['M', 'T', 'W', 'T', 'F', 'S', 'S']
const DAY_NAME = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
const CLASS_WORD = { high: 'HIGH', low: 'low', rest: 'rest' } as const

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
        <div key={week.week} className="week-strip-week">
          <span className="week-strip-label">
            Wk {week.week + 1} <span className="muted">{phases[week.week]}</span>
          </span>
          <ol className="week-strip-days">
            {analysis.days
              .filter((d) => d.week === week.week)
              .map((d) => (
                <li
                  key={d.day}
                  className={`day-chip day-${d.class}`}
                  title={`Week ${week.week + 1} ${DAY_NAME[d.day]}: ${CLASS_WORD[d.class]} (stress ${d.stress}, load ${Math.round(d.load)} AU)`}
                  aria-label={`Week ${week.week + 1} ${DAY_NAME[d.day]}: ${CLASS_WORD[d.class]}`}
                >
                  <span className="day-letter">{DAY[d.day]}</span>
                  <span className="day-class">
                    {d.class === 'high' ? 'H' : d.class === 'low' ? 'L' : '·'}
                  </span>
                </li>
              ))}
          </ol>
        </div>
      ))}
    </section>
  )
})
