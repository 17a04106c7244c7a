import type { BlockAnalysis } from '../../../shared/schemas/analysis.schema'
import type { Block } from '../../../shared/schemas/block.schema'
import type { ReadinessEntry } from '../../../shared/schemas/readiness.schema'
import { MaxesDialog } from '../clients/MaxesDialog'
import { HandoutsDialog } from '../handouts/HandoutsDialog'
import { counted } from '../../../shared/words/counted'
import { ChartsDialog } from './charts/ChartsDialog'
import { CopyWeekDialog } from './dialogs/CopyWeekDialog'
import { InsertTemplateDialog } from './dialogs/InsertTemplateDialog'
import { KeyboardHelp } from './dialogs/KeyboardHelp'
import { LogWeekDialog } from './dialogs/LogWeekDialog'
import { NewBlockDialog } from './dialogs/NewBlockDialog'
import { ProgressionDialog } from './dialogs/ProgressionDialog'
import { ReadinessDialog } from './dialogs/ReadinessDialog'
import { SaveTemplateDialog } from './dialogs/SaveTemplateDialog'
import { WeeksDialog } from './dialogs/WeeksDialog'
import type { EditStep } from './sheet/edit-history'
import type { useBlockEditor } from './useBlockEditor'
import type { useBlockFigures } from './useBlockFigures'
import type { useClientNumbers } from './useClientNumbers'
import { weekOfToday } from './week-of-today'

/** The block screen's dialogs, opened from the Block menu (or F1, a readiness day, the charts). */
export type BlockDialog =
  | 'weeks'
  | 'duplicate'
  | 'handout'
  | 'keys'
  | 'maxes'
  | 'progress'
  | 'template'
  | 'insert-template'
  | 'log'
  | 'readiness'
  | 'copy'
  | 'charts'

interface Props {
  dialog: BlockDialog | null
  onClose: () => void
  block: Block
  analysis: BlockAnalysis | null
  editor: ReturnType<typeof useBlockEditor>
  numbers: ReturnType<typeof useClientNumbers>
  figures: ReturnType<typeof useBlockFigures>
  /** The week Copy week… starts from: the cursor's, when the menu was opened. */
  copyFrom: number
  readiness: { day: string; entries: ReadinessEntry[]; onSaved: () => void }
  /** Log week…'s save, through the question asked before a future session is marked done. */
  logApply: (step: EditStep) => Promise<boolean>
  onNotice: (text: string) => void
  onOpenBlock: (blockId: string) => void
}

/** The one dialog open on the block screen, if any, with what it needs and what it says once done. */
export function BlockDialogs(props: Props) {
  const { block, editor, numbers, onClose, onNotice } = props
  const { units, volume } = props.figures
  const client = editor.client
  switch (props.dialog) {
    case null:
      return null
    case 'keys':
      return <KeyboardHelp onClose={onClose} />
    case 'charts':
      return props.analysis ? (
        <ChartsDialog
          blockId={block.id}
          title={`${client?.name ?? ''} · ${block.name}`}
          analysis={props.analysis}
          volume={volume}
          onClose={onClose}
        />
      ) : null
    case 'copy':
      return (
        <CopyWeekDialog
          block={block}
          from={props.copyFrom}
          units={units}
          apply={editor.apply}
          onCopied={onNotice}
          onClose={onClose}
        />
      )
    case 'maxes':
      return client ? (
        <MaxesDialog
          clientId={client.id}
          clientName={client.name}
          lifts={numbers.library.filter((e) => e.modality === 'strength').map((e) => e.name)}
          onClose={() => {
            // The sheet's loads follow the maxes just changed.
            numbers.reload()
            onClose()
          }}
        />
      ) : null
    case 'weeks':
      return (
        <WeeksDialog block={block} save={editor.updateWeeks} onClose={onClose} onSaved={onClose} />
      )
    case 'handout':
      return client ? (
        <HandoutsDialog
          clients={[
            { id: client.id, name: client.name, blockId: block.id, weekCount: block.weeks.length },
          ]}
          onClose={onClose}
        />
      ) : null
    case 'progress':
      return (
        <ProgressionDialog
          block={block}
          library={numbers.index}
          maxOf={numbers.maxOf}
          units={units}
          loadText={props.figures.loadText}
          apply={async (step) => {
            await editor.apply(step)
            onNotice(
              `Applied the ${step.label}: ${counted(step.redo.length, 'session')}. Undo reverts it.`,
            )
          }}
          onClose={onClose}
        />
      )
    case 'readiness':
      return client ? (
        <ReadinessDialog
          clientId={client.id}
          clientName={client.name}
          date={props.readiness.day}
          entries={props.readiness.entries}
          onSaved={props.readiness.onSaved}
          onClose={onClose}
        />
      ) : null
    case 'log':
      return (
        <LogWeekDialog
          block={block}
          week={weekOfToday(block)}
          apply={async (step) => {
            const saved = await props.logApply(step)
            if (saved) onNotice(`Logged ${counted(step.redo.length, 'session')}. Undo reverts it.`)
            return saved
          }}
          onClose={onClose}
        />
      )
    case 'insert-template':
      return (
        <InsertTemplateDialog
          block={block}
          apply={async (step) => {
            await editor.apply(step)
            onNotice(
              `Inserted the template: ${counted(step.redo.length, 'change')}. Undo reverts it.`,
            )
          }}
          onClose={onClose}
        />
      )
    case 'template':
      return client ? (
        <SaveTemplateDialog
          block={block}
          owner={{ name: client.name, maxOf: numbers.maxOf, units, library: numbers.index }}
          onClose={onClose}
          onSaved={(name) => {
            onClose()
            onNotice(`Saved “${name}” as a template (Templates).`)
          }}
        />
      ) : null
    case 'duplicate':
      return (
        <NewBlockDialog
          source={{ kind: 'duplicate', block }}
          onClose={onClose}
          onCreated={(id) => {
            onClose()
            props.onOpenBlock(id)
          }}
        />
      )
  }
}
