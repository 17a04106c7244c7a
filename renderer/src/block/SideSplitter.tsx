import type { KeyboardEvent, PointerEvent } from 'react'

const MIN = 240
const MAX = 760
const STEP = 20

/**
 * The bar between the sheet and the side panel: drag it, or focus it and press the arrows, to give
 * the panel (charts, findings) more room or the sheet more columns. `width` is null until the
 * coach first moves it (the stylesheet's width for the screen size applies).
 */
export function SideSplitter({
  width,
  onWidth,
}: {
  width: number | null
  onWidth: (width: number) => void
}) {
  const clamp = (w: number) => Math.max(MIN, Math.min(MAX, Math.round(w)))
  const current = (bar: HTMLElement) =>
    width ?? bar.nextElementSibling?.getBoundingClientRect().width ?? 340

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    const bar = event.currentTarget
    const startX = event.clientX
    const startWidth = current(bar)
    bar.setPointerCapture(event.pointerId)
    const move = (e: globalThis.PointerEvent) => onWidth(clamp(startWidth - (e.clientX - startX)))
    const stop = () => {
      bar.removeEventListener('pointermove', move)
      bar.removeEventListener('pointerup', stop)
    }
    bar.addEventListener('pointermove', move)
    bar.addEventListener('pointerup', stop)
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const by = { ArrowLeft: STEP, ArrowRight: -STEP } as Record<string, number>
    if (by[event.key] === undefined) return
    event.preventDefault()
    onWidth(clamp(current(event.currentTarget) + by[event.key]!))
  }

  return (
    <div
      className="side-splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label="Side panel width (← wider, → narrower)"
      aria-valuemin={MIN}
      aria-valuemax={MAX}
      aria-valuenow={width ?? undefined}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    />
  )
}
