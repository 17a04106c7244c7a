import { memo } from 'react'
import { formatCompactLine } from '../../../../shared/exercises/compact-line'
import type { Exercise } from '../../../../shared/schemas/session.schema'
import { CellEditor } from './CellEditor'
import type { SheetColumn } from './sheet-columns'
import type { CommitMove } from './useCellEditing'
import type { BlockSession } from '../../../../shared/schemas/block.schema'

/** The one column a line row edits: the whole line in its compact form. */
export const LINE_COLUMN: SheetColumn = {
  id: 'line',
  label: 'Exercise line',
  width: 0,
  kind: 'text',
  show: () => '',
}

export interface LineRowProps {
  id: string
  session: BlockSession
  /** The line, or null for the empty row that adds one. */
  line: Exercise | null
  index: number
  top: number
  template: string
  active: boolean
  /** The load this line means for the client: typed, or computed from their max (shown apart). */
  load: { text: string; computed: boolean } | null
  editing: { text: string; error: string | null } | null
  onPress: (index: number) => void
  onStartEdit: () => void
  onCommit: (text: string, move: CommitMove) => void
  onCancel: () => void
}

/**
 * One exercise line under its session, in the sheet's grid: the line in the compact form coaches
 * type (`Back squat 5x5 @80%`) across the session's middle columns, and the load in kg or lb it
 * comes to for this client. The last row under a session's lines is empty: typing there adds one.
 */
export const LineRow = memo(function LineRow(props: LineRowProps) {
  const { line, active, editing } = props
  const text = line ? formatCompactLine(line) : ''
  return (
    <div
      role="row"
      aria-rowindex={props.index + 2}
      aria-label={line ? `Line: ${text}` : 'New line: type an exercise, e.g. Back squat 5x5 @80%'}
      data-line-of={props.session.id}
      className={`sheet-row line-row ${line ? '' : 'add-line'} ${editing ? 'editing' : ''}`}
      style={{ gridTemplateColumns: props.template, transform: `translateY(${props.top}px)` }}
    >
      <div
        role="gridcell"
        aria-colindex={1}
        className="sheet-cell line-gutter"
        style={{ gridColumn: '1 / span 2' }}
      >
        ↳
      </div>
      <div
        role="gridcell"
        aria-colindex={3}
        aria-label="Exercise line"
        tabIndex={active ? 0 : -1}
        data-active={active}
        aria-selected={active}
        className={`sheet-cell line-text ${active ? 'active' : ''} ${editing ? 'editing' : ''}`}
        style={{ gridColumn: '3 / span 5' }}
        onMouseDown={() => props.onPress(props.index)}
        onDoubleClick={() => props.onStartEdit()}
      >
        {editing ? (
          <CellEditor
            column={LINE_COLUMN}
            session={props.session}
            initialText={editing.text}
            error={editing.error}
            onCommit={props.onCommit}
            onCancel={props.onCancel}
          />
        ) : line ? (
          text
        ) : (
          <span className="draft-hint">add a line</span>
        )}
      </div>
      <div
        role="gridcell"
        aria-colindex={8}
        aria-label="Load"
        className={`sheet-cell line-load ${props.load?.computed ? 'computed' : ''}`}
        style={{ gridColumn: '8 / span 1' }}
        title={props.load?.computed ? 'Computed from the client’s max' : undefined}
      >
        {props.load?.text ?? ''}
      </div>
    </div>
  )
})
