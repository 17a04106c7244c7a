import { memo } from 'react'
import { formatCompactLine } from '../../../../shared/exercises/compact-line'
import type { BlockSession } from '../../../../shared/schemas/block.schema'
import type { Exercise } from '../../../../shared/schemas/session.schema'
import { CellEditor } from './CellEditor'
import { LINE_CELLS, lineCellText } from './line-edits'
import type { LineField } from './line-edits'
import type { SheetColumn } from './sheet-columns'
import { FROZEN_COLUMNS, frozenLeft } from './sheet-columns'
import type { CommitMove } from './useCellEditing'

/** What a line cell's editor needs of a column: a label and free text. */
const lineColumn = (label: string): SheetColumn => ({
  id: 'line',
  label,
  width: 0,
  kind: 'text',
  show: () => '',
})

export interface LineRowProps {
  id: string
  session: BlockSession
  /** The line, or null for the empty row that adds one. */
  line: Exercise | null
  index: number
  top: number
  template: string
  /** The cell with the cursor, or null when the cursor is on another row. */
  activeField: LineField | null
  /** The load this line means for the client: typed, or computed from their max (shown apart). */
  load: { text: string; computed: boolean } | null
  /** The client's load unit: a typed load shows in it ("135lb"). */
  unit?: 'kg' | 'lb'
  editing: { field: LineField; text: string; error: string | null } | null
  onPress: (index: number, col: number) => void
  onStartEdit: () => void
  onCommit: (text: string, move: CommitMove) => void
  onCancel: () => void
}

/**
 * A line cell's text, cut with an ellipsis where it is wider than its column ("@79.5% RPE 8" ran
 * over the Load cell beside it), the whole of it on hover.
 */
function ClippedText({ text }: { text: string }) {
  return (
    <span className="cell-clip" title={text}>
      {text}
    </span>
  )
}

/**
 * One exercise line under its session, in the sheet's grid: Exercise (which also takes a whole
 * line typed as coaches write it, `Back squat 5x5 @80%`), Sets × reps, Intensity, the load it
 * comes to for this client, Rest and Notes. The last row under a session's lines is empty:
 * typing there adds one.
 */
export const LineRow = memo(function LineRow(props: LineRowProps) {
  const { line, activeField, editing } = props
  const compact = line ? formatCompactLine(line, props.unit) : ''
  return (
    <div
      role="row"
      aria-rowindex={props.index + 2}
      aria-label={
        line ? `Line: ${compact}` : 'New line: type an exercise, e.g. Back squat 5x5 @80%'
      }
      data-line-of={props.session.id}
      className={`sheet-row line-row ${line ? '' : 'add-line'} ${editing ? 'editing' : ''}`}
      style={{ gridTemplateColumns: props.template, transform: `translateY(${props.top}px)` }}
    >
      <div
        role="gridcell"
        aria-colindex={1}
        className="sheet-cell line-gutter frozen"
        style={{ gridColumn: '1 / span 2', ...frozenLeft(0) }}
      >
        ↳
      </div>
      {LINE_CELLS.map((cell) => {
        const active = activeField === cell.field
        const isEditing = editing?.field === cell.field
        const loadCell = cell.field === 'load'
        return (
          <div
            key={cell.field}
            role="gridcell"
            aria-colindex={cell.from + 1}
            aria-label={cell.label}
            aria-readonly={loadCell ? true : undefined}
            tabIndex={active ? 0 : -1}
            data-active={active}
            aria-selected={active}
            className={[
              'sheet-cell',
              `line-${cell.field}`,
              active ? 'active' : '',
              isEditing ? 'editing' : '',
              loadCell && props.load?.computed ? 'computed' : '',
              // The exercise stays in view beside the frozen columns when the sheet scrolls sideways.
              cell.from < FROZEN_COLUMNS ? 'frozen' : '',
            ].join(' ')}
            style={{
              gridColumn: `${cell.from + 1} / span ${cell.span}`,
              ...(cell.from < FROZEN_COLUMNS ? frozenLeft(cell.from) : {}),
            }}
            title={loadCell && props.load?.computed ? 'Computed from the client’s max' : undefined}
            onMouseDown={() => props.onPress(props.index, cell.from)}
            onDoubleClick={() => props.onStartEdit()}
          >
            {isEditing ? (
              <CellEditor
                column={lineColumn(cell.label)}
                session={props.session}
                initialText={editing.text}
                error={editing.error}
                onCommit={props.onCommit}
                onCancel={props.onCancel}
              />
            ) : loadCell ? (
              (props.load?.text ?? '')
            ) : line ? (
              <ClippedText text={lineCellText(line, cell.field, props.unit)} />
            ) : cell.field === 'name' ? (
              <span className="draft-hint">add a line</span>
            ) : (
              ''
            )}
          </div>
        )
      })}
    </div>
  )
})
