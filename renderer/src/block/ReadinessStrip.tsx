import { useRef, useState } from 'react'
import { localIsoDate, sessionDate } from '../../../shared/plans/calendar'
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

/** The day the strip's one Tab stop starts on: the latest report up to today, else the first. */
function startingDay(dates: readonly string[], reported: ReadonlySet<string>, today: string) {
  const reports = dates.filter((d) => reported.has(d))
  return reports.filter((d) => d <= today).at(-1) ?? reports[0] ?? dates[0]!
}

/** Where a key moves within the strip's days (one day, a week, the ends), or null for others. */
function moveBy(key: string, at: number, last: number): number | null {
  const to = { ArrowLeft: at - 1, ArrowRight: at + 1, PageUp: at - 7, PageDown: at + 7 }[key]
  if (key === 'Home') return 0
  if (key === 'End') return last
  return to === undefined ? null : Math.min(last, Math.max(0, to))
}

/**
 * The client's readiness reports over the block, a mark a day above the week strip (a sign, not
 * colour alone): • fine, ! to watch, × a red flag. Each day is a button that opens the report.
 * The strip is one Tab stop (a 12-week block has 84 days to Tab through on the way to the
 * sheet): the arrow keys move a day, Page Up/Down a week, Home/End to the ends.
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
  const dates = block.weeks.flatMap((_, w) =>
    [0, 1, 2, 3, 4, 5, 6].map((d) => sessionDate(block.startDate, w, d)),
  )
  const [chosen, setChosen] = useState<string | null>(null)
  const strip = useRef<HTMLElement>(null)
  if (!readinessCovers(block, entries)) return null
  const current =
    chosen && dates.includes(chosen)
      ? chosen
      : startingDay(dates, new Set(byDate.keys()), localIsoDate(new Date()))
  // Each mark is a button named with its day and reading ("2026-12-05: watch (sleep 6 h)").
  return (
    <section
      ref={strip}
      className="readiness-strip"
      aria-label="Readiness by day"
      onKeyDown={(e) => {
        const to = moveBy(e.key, dates.indexOf(current), dates.length - 1)
        if (to === null) return
        e.preventDefault()
        setChosen(dates[to]!)
        strip.current?.querySelectorAll<HTMLButtonElement>('button')[to]?.focus()
      }}
    >
      {block.weeks.map((_, w) => (
        <ol key={w} className="week-strip-days readiness-week">
          {[0, 1, 2, 3, 4, 5, 6].map((d) => {
            const date = dates[w * 7 + d]!
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
                  tabIndex={date === current ? 0 : -1}
                  onFocus={() => setChosen(date)}
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
