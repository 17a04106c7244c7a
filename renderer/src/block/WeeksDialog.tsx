import { useState } from 'react'
import type { Block } from '../../../shared/schemas/block.schema'
import { api } from '../api/backend'
import { Dialog } from '../ui/Dialog'
import { blockFormErrors } from './block-form-model'
import { WeeksEditor } from './WeeksEditor'

interface Props {
  block: Block
  onSaved: (block: Block) => void
  onClose: () => void
}

/** Phases and deload flags of an existing block; weeks added or (when empty) removed at the end. */
export function WeeksDialog({ block, onSaved, onClose }: Props) {
  const [weeks, setWeeks] = useState(block.weeks)
  const [error, setError] = useState<string | undefined>()
  const lastUsedWeek = Math.max(-1, ...block.sessions.map((s) => s.weekIndex))
  async function save() {
    const result = await api.blocks.updateWeeks({ id: block.id, revision: block.revision, weeks })
    if (result.ok) onSaved(result.value)
    else setError(blockFormErrors(result.error.issues).weeks ?? result.error.message)
  }
  return (
    <Dialog title={`Weeks of ${block.name}`} onClose={onClose}>
      <WeeksEditor
        weeks={weeks}
        onChange={setWeeks}
        firstRemovable={lastUsedWeek + 1}
        error={error}
      />
      <div className="form-actions">
        <button type="button" className="button-primary" onClick={() => void save()}>
          Save weeks
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Dialog>
  )
}
