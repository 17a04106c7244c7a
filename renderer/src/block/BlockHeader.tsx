import { counted } from '../../../shared/words/counted'
import type { Block } from '../../../shared/schemas/block.schema'
import { ChangedBy } from '../team/ChangedBy'
import { MenuButton } from '../ui/MenuButton'
import type { MenuItem } from '../ui/MenuButton'
import type { useBlockEditor } from './useBlockEditor'

/**
 * The block screen's header: the way back, whose block it is, its status, and the edit toolbar
 * (Undo, Redo, the Block menu, the findings panel's toggle) with what the save is doing.
 */
export function BlockHeader({
  editor,
  block,
  backLabel,
  onBack,
  onStatus,
  onUndo,
  menu,
  panelOpen,
  onTogglePanel,
}: {
  editor: ReturnType<typeof useBlockEditor>
  block: Block
  backLabel: string
  onBack: () => void
  onStatus: (status: Block['status']) => void
  /** Undo, which also clears what the screen said about the step it takes back. */
  onUndo: () => void
  menu: MenuItem[]
  panelOpen: boolean
  onTogglePanel: () => void
}) {
  return (
    <header className="block-header">
      <button type="button" className="button-quiet" onClick={onBack}>
        ← {backLabel}
      </button>
      <h2>
        {editor.client?.name ?? ''} · {block.name}
      </h2>
      <span className="muted block-dates">
        from {block.startDate}, {counted(block.weeks.length, 'week')}
      </span>
      <ChangedBy blockId={block.id} revision={block.revision} />
      <label className="inline-label">
        Status
        <select value={block.status} onChange={(e) => onStatus(e.target.value as Block['status'])}>
          <option value="draft">draft</option>
          <option value="active">active</option>
          <option value="done">done</option>
        </select>
      </label>
      <div className="toolbar-buttons" role="toolbar" aria-label="Edit">
        {/* The buttons keep one width: naming the step in their text ("Undo edit Minutes") re-wrapped
            the header on every save and moved the sheet under the coach's pointer. The step is in
            their accessible name and tooltip instead. */}
        <button
          type="button"
          disabled={!editor.canUndo || editor.saving}
          aria-label={editor.undoLabel ? `Undo ${editor.undoLabel}` : 'Undo'}
          title={editor.undoLabel ? `Undo ${editor.undoLabel} (Ctrl+Z)` : 'Nothing to undo'}
          onClick={onUndo}
        >
          Undo
        </button>
        <button
          type="button"
          disabled={!editor.canRedo || editor.saving}
          aria-label={editor.redoLabel ? `Redo ${editor.redoLabel}` : 'Redo'}
          title={editor.redoLabel ? `Redo ${editor.redoLabel} (Ctrl+Shift+Z)` : 'Nothing to redo'}
          onClick={() => void editor.redo()}
        >
          Redo
        </button>
        <MenuButton label="Block" items={menu} shortcut={{ alt: true, key: 'b' }} />
        <button
          type="button"
          aria-expanded={panelOpen}
          aria-controls="block-side"
          onClick={onTogglePanel}
        >
          {panelOpen ? 'Hide findings' : 'Show findings'}
        </button>
      </div>
      <span role="status" className="save-state" aria-busy={editor.pending}>
        {editor.saving ? 'Saving…' : editor.problem ? 'Not saved' : 'All changes saved'}
      </span>
    </header>
  )
}
