import { useEffect, useRef } from 'react'
import type { ReactNode } from 'react'

/**
 * The readiness and day-stress strips, scrolled sideways together: a 12-week block is wider than
 * a laptop screen. The week holding today is brought into view (weeks 9–12 of a long block were
 * off-screen with nothing to say so), the scrollbar is drawn, and the strip takes the keyboard:
 * Tab onto it, then the arrow keys, Home and End scroll it.
 */
export function StripsScroller({ week, children }: { week: number; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null)
  const shownWeek = useRef<number | null>(null)
  useEffect(() => {
    // After every render until the weeks are drawn (the day strip waits for the analysis), then
    // only when the week holding today changes, so a coach's own scrolling is left alone.
    const scroller = box.current
    const target = scroller?.querySelectorAll<HTMLElement>('.week-strip-week')[week]
    if (!scroller || !target || shownWeek.current === week) return
    shownWeek.current = week
    const left = target.offsetLeft - scroller.offsetLeft
    const right = left + target.offsetWidth
    if (left < scroller.scrollLeft) scroller.scrollLeft = left
    else if (right > scroller.scrollLeft + scroller.clientWidth) {
      scroller.scrollLeft = right - scroller.clientWidth
    }
  })
  return (
    <div
      ref={box}
      className="strips-weeks"
      role="group"
      aria-label="Weeks (scroll sideways with the arrow keys)"
      tabIndex={0}
      onKeyDown={(e) => {
        // The browser scrolls a focused box up and down on Home and End: here they are sideways.
        const scroller = e.currentTarget
        const step = scroller.querySelector<HTMLElement>('.week-strip-week')?.offsetWidth ?? 140
        const to = {
          Home: 0,
          End: scroller.scrollWidth,
          ArrowLeft: scroller.scrollLeft - step,
          ArrowRight: scroller.scrollLeft + step,
        }[e.key]
        if (to === undefined || e.target !== scroller) return
        e.preventDefault()
        scroller.scrollLeft = to
      }}
    >
      {children}
    </div>
  )
}
