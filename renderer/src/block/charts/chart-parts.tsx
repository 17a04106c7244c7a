import { line } from 'd3-shape'
import type { ReactNode } from 'react'
import { XAxis, plotArea } from './chart-axes'
import type { Frame } from './chart-axes'

/**
 * One plot as one image to a screen reader (its label says what it shows in words): its marks,
 * drawn in the order given, then the axis along the bottom.
 */
export function Plot({
  frame,
  label,
  xTicks,
  xUnit,
  children,
}: {
  frame: Frame
  label: string
  xTicks: readonly { x: number; label: string }[]
  xUnit: string
  children: ReactNode
}) {
  return (
    <svg viewBox={`0 0 ${frame.width} ${frame.height}`} role="img" aria-label={label}>
      {children}
      <XAxis ticks={xTicks} frame={frame} unit={xUnit} />
    </svg>
  )
}

/**
 * A series' SVG path (d3's line) through the values it has, broken where one is missing (too little
 * history yet, or outside the part drawn); '' when none is there.
 */
export function seriesPath(
  values: readonly (number | null)[],
  x: (i: number) => number,
  y: (v: number) => number,
): string {
  const path = line<number | null>()
    .defined((v) => v !== null)
    .x((_, i) => x(i))
    .y((v) => y(v!))
  return path(values) ?? ''
}

/** A shaded band across the plot between two values of its scale (a zone to stay in or out of). */
export function Band(props: {
  frame: Frame
  y: (v: number) => number
  from: number
  to: number
  className: string
}) {
  const { left, right } = plotArea(props.frame)
  return (
    <rect
      x={left}
      width={right - left}
      y={props.y(props.to)}
      height={props.y(props.from) - props.y(props.to)}
      className={props.className}
    />
  )
}

/** A line across the plot at one value of its scale (zero, a threshold). */
export function Rule(props: {
  frame: Frame
  y: (v: number) => number
  at: number
  className: string
}) {
  const { left, right } = plotArea(props.frame)
  const y = props.y(props.at)
  return <line x1={left} x2={right} y1={y} y2={y} className={props.className} />
}

/** What each mark of a chart means, as swatches with words (colour is never the only cue). */
export function Legend({ items }: { items: readonly { swatch: string; label: ReactNode }[] }) {
  return (
    <ul className="chart-legend">
      {items.map((item, i) => (
        <li key={i}>
          <span className={`swatch ${item.swatch}`} aria-hidden="true" />
          {item.label}
        </li>
      ))}
    </ul>
  )
}

/** A chart as a figure: its plot, and under it the legend of its marks. */
export function ChartFigure({
  legend,
  children,
}: {
  legend: readonly { swatch: string; label: ReactNode }[]
  children: ReactNode
}) {
  return (
    <figure className="chart">
      {children}
      <Legend items={legend} />
    </figure>
  )
}

/** Said in place of a plot that would be empty: why, and when it will have something to show. */
export function EmptyChart({ children }: { children: ReactNode }) {
  return (
    <p className="chart-empty" role="note">
      {children}
    </p>
  )
}
