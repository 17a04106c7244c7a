import { FROZEN_COLUMNS, frozenLeft } from './sheet-columns'
import type { SheetColumn } from './sheet-columns'

/** The sheet's header row: the shown columns' names, the frozen ones sticking on the left. */
export function SheetHeader({
  columns,
  template,
}: {
  columns: readonly SheetColumn[]
  /** The grid's column widths (CSS grid-template-columns). */
  template: string
}) {
  return (
    <div
      role="row"
      aria-rowindex={1}
      className="sheet-row sheet-header"
      style={{ gridTemplateColumns: template }}
    >
      {columns.map((h, i) => (
        <div
          key={h.id}
          role="columnheader"
          aria-colindex={i + 1}
          className={`sheet-cell ${i < FROZEN_COLUMNS ? 'frozen' : ''}`}
          style={i < FROZEN_COLUMNS ? frozenLeft(i) : undefined}
        >
          {h.label}
        </div>
      ))}
    </div>
  )
}
