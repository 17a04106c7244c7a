import { memo } from 'react'
import type { FindingView } from '../../../../shared/schemas/analysis.schema'
import type { BlockSession } from '../../../../shared/schemas/block.schema'
import type { StrengthRegion } from '../../../../shared/schemas/session.schema'
import { sameFindings } from '../finding-content'
import { sameByIdentity } from '../same-props'
import { CellEditor } from './CellEditor'
import { FindingsCell, severityOf } from './FindingsCell'
import { FROZEN_COLUMNS, SHEET_COLUMNS, frozenLeft } from './sheet-columns'
import type { SheetColumn } from './sheet-columns'
import type { CommitMove } from './useCellEditing'

export interface CellEditing {
  col: number
  text: string
  error: string | null
}

/** What a row asks of the sheet; one stable object, so rows need not re-render when it changes. */
export interface RowActions {
  press(row: number, col: number, extend: boolean): void
  dragOver(row: number, col: number): void
  startEdit(): void
  commit(text: string, move: CommitMove): void
  cancel(): void
}

export interface SheetRowProps {
  /** The columns shown (the Log columns may be hidden). */
  columns: readonly SheetColumn[]
  /** The empty row under the last session: blank cells, and typing in one adds a session. */
  draft?: boolean
  session: BlockSession
  index: number
  top: number
  template: string
  newWeek: boolean
  stress: { label: string; cls: string }
  findings: readonly FindingView[]
  /** Column of the active cell when it is in this row, else -1. */
  activeCol: number
  /** Selected columns of this row [left, right], or null when the row is outside the range. */
  selected: readonly [number, number] | null
  editing: CellEditing | null
  /** The session's exercise lines: how many, and whether they are shown under it (Alt+Down). */
  lines?: { count: number; open: boolean } | null
  /** The region a strength session's lines give it, shown when the coach left Region empty. */
  derivedRegion?: StrengthRegion | undefined
  /** A run's pace band for this client ("Easy pace, zone 2: 5:42–6:27 /km"), as a tooltip. */
  pace?: string | null
  actions: RowActions
}

/**
 * Rows re-render only when what they show changed. Each analysis brings new finding objects for
 * every row, so findings compare by content; otherwise one edit would repaint every visible row.
 * The day's stress, the selected columns and the lines are new small objects at each render of the
 * body, so they compare by their values; every other prop by identity.
 */
function sameRow(a: SheetRowProps, b: SheetRowProps): boolean {
  const { stress: stressA, selected: selectedA, lines: linesA, findings: findingsA, ...restA } = a
  const { stress: stressB, selected: selectedB, lines: linesB, findings: findingsB, ...restB } = b
  return (
    sameByIdentity(restA, restB) &&
    stressA.label === stressB.label &&
    stressA.cls === stressB.cls &&
    selectedA?.[0] === selectedB?.[0] &&
    selectedA?.[1] === selectedB?.[1] &&
    linesA?.count === linesB?.count &&
    linesA?.open === linesB?.open &&
    sameFindings(findingsA, findingsB)
  )
}

/** What was logged for a session (Log week…): done, with its actual RPE and minutes, or skipped. */
function LoggedBadge({ session }: { session: BlockSession }) {
  if (session.status === 'planned') return null
  const done = session.status === 'completed'
  const detail = [
    session.rpeActual !== undefined && `RPE ${session.rpeActual}`,
    session.minutesActual !== undefined && `${session.minutesActual} min`,
  ]
    .filter(Boolean)
    .join(' · ')
  const words = done ? `done${detail ? ` ${detail}` : ''}` : 'skipped'
  return (
    <span className={`logged-badge ${done ? 'logged-done' : 'logged-skipped'}`} title={words}>
      {done ? '✓' : '✗'} {words}
    </span>
  )
}

/** A region the coach left to the exercise lines, shown as derived ("lower, from lines"). */
function DerivedRegion({ region }: { region: StrengthRegion | undefined }) {
  return region ? <span className="derived">{region}</span> : null
}

/** One session as a grid row: its cells, the day's stress, and its findings. */
export const SheetRow = memo(function SheetRow(props: SheetRowProps) {
  const { session, index, findings, activeCol, selected, editing, actions, stress } = props
  const worst = severityOf(findings)
  const classes = [
    'sheet-row',
    props.newWeek ? 'week-start' : '',
    session.day % 2 ? 'odd-day' : '',
    worst ? `row-${worst}` : '',
    editing ? 'editing' : '',
    props.draft ? 'draft-row' : '',
  ]
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-label={
        props.draft
          ? 'New session: type in any cell to add one'
          : `Week ${session.weekIndex + 1}, ${SHEET_COLUMNS[1]!.show(session)} ${session.start}`
      }
      data-session-id={props.draft ? undefined : session.id}
      className={classes.join(' ')}
      style={{ gridTemplateColumns: props.template, transform: `translateY(${props.top}px)` }}
    >
      {props.columns.map((column, col) => {
        const isActive = activeCol === col
        const isSelected = selected !== null && col >= selected[0] && col <= selected[1]
        const isEditing = editing !== null && editing.col === col
        return (
          <div
            key={column.id}
            role="gridcell"
            aria-colindex={col + 1}
            aria-selected={isSelected}
            aria-readonly={column.parse ? undefined : true}
            tabIndex={isActive ? 0 : -1}
            data-active={isActive}
            className={[
              'sheet-cell',
              isSelected ? 'selected' : '',
              isActive ? 'active' : '',
              isEditing ? 'editing' : '',
              `col-${column.id}`,
              col < FROZEN_COLUMNS ? 'frozen' : '',
            ].join(' ')}
            style={col < FROZEN_COLUMNS ? frozenLeft(col) : undefined}
            title={
              (column.id === 'type' || column.id === 'zone') && props.pace ? props.pace : undefined
            }
            onMouseDown={(e) => {
              if (!isEditing) actions.press(index, col, e.shiftKey)
            }}
            onMouseEnter={() => actions.dragOver(index, col)}
            onDoubleClick={() => actions.startEdit()}
          >
            {isEditing ? (
              <CellEditor
                column={column}
                session={session}
                initialText={editing.text}
                error={editing.error}
                onCommit={(text, move) => actions.commit(text, move)}
                onCancel={() => actions.cancel()}
              />
            ) : props.draft ? (
              col === 0 && <span className="draft-hint">new</span>
            ) : column.id === 'stress' ? (
              <span className={`stress stress-${stress.cls}`}>{stress.label}</span>
            ) : column.id === 'findings' ? (
              <>
                <LoggedBadge session={session} />
                <FindingsCell findings={findings} />
              </>
            ) : column.id === 'type' && props.lines ? (
              <>
                {column.show(session) || <DerivedRegion region={props.derivedRegion} />}
                <span
                  className="line-badge"
                  title={props.lines.open ? 'Alt+Up hides the lines' : 'Alt+Down shows the lines'}
                >
                  {props.lines.open ? '▾' : '▸'} {props.lines.count}{' '}
                  {props.lines.count === 1 ? 'line' : 'lines'}
                </span>
              </>
            ) : (
              column.show(session)
            )}
          </div>
        )
      })}
    </div>
  )
}, sameRow)
