import type { VirtualItem } from '@tanstack/react-virtual'
import type { FindingView } from '../../../../shared/schemas/analysis.schema'
import type { BlockSession } from '../../../../shared/schemas/block.schema'
import type { ExerciseIndex } from '../../../../shared/exercises/exercise-index'
import type { Exercise } from '../../../../shared/schemas/session.schema'
import { lineCellAt } from './line-edits'
import { LineRow } from './LineRow'
import { regionFromLines } from './sheet-columns'
import type { SheetColumn } from './sheet-columns'
import type { CellRange } from './sheet-edits'
import { lineCount } from './sheet-items'
import type { LineItem, SheetItem } from './sheet-items'
import { SheetRow } from './SheetRow'
import type { RowActions } from './SheetRow'
import type { CommitMove, Editing } from './useCellEditing'
import type { LineEditing } from './useLineEditing'
import type { CellPosition } from './useSheetSelection'

const NO_FINDINGS: readonly FindingView[] = []

/** What a line row asks of the sheet. */
export interface LineActions {
  press(row: number, col: number): void
  startEdit(item: LineItem): void
  commit(item: LineItem, text: string, move: CommitMove): void
  cancel(): void
}

/**
 * What the rows show beside what was typed, as the block screen gives them to the sheet: the day's
 * stress, the findings, loads and paces for this client, regions from the library.
 */
export interface SheetFigures {
  /** Day stress label per (week, day), e.g. "HIGH 4". */
  dayStress: (week: number, day: number) => { label: string; cls: string }
  findingsBySession: Map<string, FindingView[]>
  /** The load a line comes to for this client, typed or computed from their max. */
  lineLoad: (line: Exercise) => { text: string; computed: boolean } | null
  /** The client's load unit, for typed loads in the lines. */
  loadUnit?: 'kg' | 'lb'
  /** A run's pace band for the client, shown as the row's tooltip. */
  runPace?: (session: BlockSession) => string | null
  /** The database's exercise library: regions derived from lines, names in a pasted sheet. */
  library: ExerciseIndex
}

interface Props {
  /** The rows in view (the virtualiser's), each at its offset in the whole sheet's height. */
  shown: readonly VirtualItem[]
  totalHeight: number
  items: readonly SheetItem[]
  columns: readonly SheetColumn[]
  /** The grid's column widths (CSS grid-template-columns). */
  template: string
  active: CellPosition
  range: CellRange
  editing: Editing | null
  lineEditing: LineEditing | null
  expanded: ReadonlySet<string>
  figures: SheetFigures
  rowActions: RowActions
  lineActions: LineActions
}

/** The sheet's rows in view: sessions (and the empty row under them) and open exercise lines. */
export function SheetBody(props: Props) {
  const { items, active, range, editing, lineEditing, template, figures } = props
  return (
    <div role="rowgroup" style={{ height: props.totalHeight, position: 'relative' }}>
      {props.shown.map((item) => {
        const row = items[item.index]!
        if (row.kind === 'line') {
          return (
            <LineRow
              key={row.id}
              id={row.id}
              session={row.session}
              line={row.line}
              index={item.index}
              top={item.start}
              template={template}
              activeField={active.row === item.index ? lineCellAt(active.col).field : null}
              load={row.line ? figures.lineLoad(row.line) : null}
              unit={figures.loadUnit}
              editing={lineEditing?.id === row.id ? lineEditing : null}
              onPress={(index, col) => props.lineActions.press(index, col)}
              onStartEdit={() => props.lineActions.startEdit(row)}
              onCommit={(text, move) => props.lineActions.commit(row, text, move)}
              onCancel={() => props.lineActions.cancel()}
            />
          )
        }
        const session = row.session
        const previous = items[item.index - 1]?.session
        const inRange = item.index >= range.top && item.index <= range.bottom
        return (
          <SheetRow
            columns={props.columns}
            draft={row.kind === 'draft'}
            key={session.id}
            session={session}
            index={item.index}
            top={item.start}
            template={template}
            newWeek={!previous || previous.weekIndex !== session.weekIndex}
            stress={figures.dayStress(session.weekIndex, session.day)}
            findings={figures.findingsBySession.get(session.id) ?? NO_FINDINGS}
            activeCol={active.row === item.index ? active.col : -1}
            selected={inRange ? [range.left, range.right] : null}
            editing={editing?.id === session.id ? editing : null}
            lines={row.kind === 'session' ? lineCount(session, props.expanded) : null}
            derivedRegion={
              session.modality === 'strength' && session.region === undefined
                ? regionFromLines(session, figures.library)
                : undefined
            }
            pace={figures.runPace?.(session) ?? null}
            actions={props.rowActions}
          />
        )
      })}
    </div>
  )
}
