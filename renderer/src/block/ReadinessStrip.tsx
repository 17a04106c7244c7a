import { sessionDate } from '../../../shared/plans/calendar'
import type { Block } from '../../../shared/schemas/block.schema'
import type { ReadinessEntry } from '../../../shared/schemas/readiness.schema'
import { readinessMark, readinessWords } from './readiness-model'

const SIGN = { ok: '•', watch: '!', flag: '×' } as const
const WORD = { ok: 'fine', watch: 'watch', flag: 'red flag' } as const

/** Whether any day of the block has a report (else the strip is not drawn). */
export function readinessCovers(block: Block, entries: readonly ReadinessEntry[]): boolean {
  const dates = new Set(entries.map((e) => e.date))
  return block.weeks.some((_, w) =>
    [0, 1, 2, 3, 4, 5, 6].some((d) => dates.has(sessionDate(block.startDate, w, d))),
  )
}

/** What the strips' marks mean: readiness signs above, day-stress letters below. */
export function StripLegend({ readiness }: { readiness: boolean }) {
  return (
    <dl className="strip-legend" aria-label="What the marks mean">
      {readiness &&
        (['ok', 'watch', 'flag'] as const).map((mark) => (
          <div key={mark}>
            <dt className={`readiness-mark readiness-${mark}`}>{SIGN[mark]}</dt>
            <dd>{WORD[mark]}</dd>
          </div>
        ))}
      <div>
        <dt className="day-chip day-high">H</dt>
        <dd>HIGH day</dd>
      </div>
      <div>
        <dt className="day-chip day-low">L</dt>
        <dd>low · rest</dd>
      </div>
    </dl>
  )
}

/**
 * The client's readiness reports over the block, a mark a day above the week strip (a sign, not
 * colour alone): • fine, ! to watch, × a red flag. Each day is a button that opens the report.
 */
export function ReadinessStrip({
  block,
  entries,
  onOpenDay,
}: {
  block: Block
  entries: readonly ReadinessEntry[]
  onOpenDay: (date: string) => void
}) {
  const byDate = new Map(entries.map((e) => [e.date, e]))
  if (!readinessCovers(block, entries)) return null
  // Each mark is a button named with its day and reading ("2026-12-05: watch (sleep 6 h)").
  return (
    <section className="readiness-strip" aria-label="Readiness by day">
      {block.weeks.map((_, w) => (
        <ol key={w} className="week-strip-days readiness-week">
          {[0, 1, 2, 3, 4, 5, 6].map((d) => {
            const date = sessionDate(block.startDate, w, d)
            const entry = byDate.get(date)
            const mark = entry ? readinessMark(entry) : null
            const label = entry
              ? `${date}: ${WORD[mark!]} (${readinessWords(entry) || 'reported'})`
              : `${date}: no report`
            return (
              <li key={d}>
                <button
                  type="button"
                  className={`readiness-mark ${mark ? `readiness-${mark}` : ''}`}
                  title={label}
                  aria-label={label}
                  onClick={() => onOpenDay(date)}
                >
                  {mark ? SIGN[mark] : ''}
                </button>
              </li>
            )
          })}
        </ol>
      ))}
    </section>
  )
}
