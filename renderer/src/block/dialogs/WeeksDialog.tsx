import { useState } from 'react'
import type { Result } from '../../../../shared/contract/result'
import type { Block } from '../../../../shared/schemas/block.schema'
import { FormDialog } from '../../dialogs/FormDialog'
import { blockFormErrors } from './block-form-model'
import { WeeksEditor } from './WeeksEditor'

interface Props {
  block: Block
  /** The editor's save of the weeks, in its queue after every edit before it. */
  save: (weeks: Block['weeks']) => Promise<Result<Block>>
  onSaved: () => void
  onClose: () => void
}

/** Phases and deload flags of an existing block; weeks added or (when empty) removed at the end. */
export function WeeksDialog({ block, save: saveWeeks, onSaved, onClose }: Props) {
  const [weeks, setWeeks] = useState(block.weeks)
  const [error, setError] = useState<string | undefined>()
  const lastUsedWeek = Math.max(-1, ...block.sessions.map((s) => s.weekIndex))
  async function save() {
    const result = await saveWeeks(weeks)
    if (result.ok) onSaved()
    else setError(blockFormErrors(result.error.issues).weeks ?? result.error.message)
  }
  return (
    <FormDialog
      title={`Weeks of ${block.name}`}
      onClose={onClose}
      onSubmit={() => void save()}
      submit="Save weeks"
    >
      <WeeksEditor
        weeks={weeks}
        onChange={setWeeks}
        firstRemovable={lastUsedWeek + 1}
        error={error}
      />
    </FormDialog>
  )
}
