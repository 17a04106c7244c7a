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
  dayStress: (week: number, day: number) => { label: string; cls: string }
  findingsBySession: Map<string, FindingView[]>
  lineLoad: (line: Exercise) => { text: string; computed: boolean } | null
  loadUnit: 'kg' | 'lb' | undefined
  runPace: ((session: BlockSession) => string | null) | undefined
  library: ExerciseIndex
  rowActions: RowActions
  lineActions: LineActions
}

/** The sheet's rows in view: sessions (and the empty row under them) and open exercise lines. */
export function SheetBody(props: Props) {
  const { items, active, range, editing, lineEditing, template } = props
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
              load={row.line ? props.lineLoad(row.line) : null}
              unit={props.loadUnit}
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
            stress={props.dayStress(session.weekIndex, session.day)}
            findings={props.findingsBySession.get(session.id) ?? NO_FINDINGS}
            activeCol={active.row === item.index ? active.col : -1}
            selected={inRange ? [range.left, range.right] : null}
            editing={editing?.id === session.id ? editing : null}
            lines={row.kind === 'session' ? lineCount(session, props.expanded) : null}
            derivedRegion={
              session.modality === 'strength' && session.region === undefined
                ? regionFromLines(session, props.library)
                : undefined
            }
            pace={props.runPace?.(session) ?? null}
            actions={props.rowActions}
          />
        )
      })}
    </div>
  )
}
