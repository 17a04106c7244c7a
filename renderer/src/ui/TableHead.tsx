import type { ReactNode } from 'react'

/**
 * A column header: its words, or a name only a screen reader hears (a column of buttons), or an
 * icon with its name as a tooltip and for screen readers (the roster check's ✖ ⚠ ℹ counts).
 */
export type Column = string | { label: string; hidden: true } | { label: string; icon: string }

/**
 * The head every table shares: the caption that names the table (for screen readers only,
 * unless `captionShown`) and one row of `<th scope="col">`, so each cell is announced with its
 * column. A table named by its surroundings (a fieldset's legend) leaves out the caption.
 */
export function TableHead({
  caption,
  captionShown = false,
  columns,
}: {
  caption?: ReactNode
  captionShown?: boolean
  columns: readonly Column[]
}) {
  return (
    <>
      {caption !== undefined && (
        <caption className={captionShown ? undefined : 'visually-hidden'}>{caption}</caption>
      )}
      <thead>
        <tr>
          {columns.map((column, i) => (
            <ColumnHeader key={i} column={column} />
          ))}
        </tr>
      </thead>
    </>
  )
}

function ColumnHeader({ column }: { column: Column }) {
  if (typeof column === 'string') return <th scope="col">{column}</th>
  if ('hidden' in column) {
    return (
      <th scope="col">
        <span className="visually-hidden">{column.label}</span>
      </th>
    )
  }
  return (
    <th scope="col" title={column.label}>
      <span aria-hidden="true">{column.icon}</span>
      <span className="visually-hidden">{column.label}</span>
    </th>
  )
}
