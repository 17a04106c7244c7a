import { useState } from 'react'
import type { Block } from '../../../../shared/schemas/block.schema'
import { api } from '../../api/backend'
import { CheckboxField, DateField, TextField } from '../../dialogs/fields'
import { FormDialog } from '../../dialogs/FormDialog'
import { useFormFields } from '../../dialogs/useFormFields'
import { addDays, nextMonday } from '../../../../shared/plans/calendar'
import { blockFormErrors, defaultWeeks, resizeWeeks } from './block-form-model'
import { WeeksEditor } from './WeeksEditor'

export type NewBlockSource =
  | { kind: 'create'; clientId: string; clientName: string; hasActiveBlock: boolean }
  | { kind: 'duplicate'; block: Block }

interface Props {
  source: NewBlockSource
  onCreated: (blockId: string) => void
  onClose: () => void
}

/** The Monday after a block's last week: where a copy of it naturally starts. */
const mondayAfter = (block: Block): string => addDays(block.startDate, 7 * block.weeks.length)

/** Creates a block (name, first Monday, weeks with phase and deload) or a copy of one. */
export function NewBlockDialog({ source, onCreated, onClose }: Props) {
  const copying = source.kind === 'duplicate'
  const { values, errors, setErrors, field } = useFormFields({
    name: copying ? `${source.block.name} (copy)` : '',
    startDate: copying ? mondayAfter(source.block) : nextMonday(new Date()),
  })
  const { name, startDate } = values
  const [weeks, setWeeks] = useState(() => defaultWeeks(4))
  const [active, setActive] = useState(!copying && !source.hasActiveBlock)
  const [busy, setBusy] = useState(false)

  async function submit() {
    setBusy(true)
    const result = copying
      ? await api.blocks.duplicate({ id: source.block.id, name, startDate })
      : await api.blocks.create({
          clientId: source.clientId,
          name,
          startDate,
          weeks,
          status: active ? 'active' : 'draft',
        })
    setBusy(false)
    if (result.ok) onCreated(result.value.id)
    // Field messages show beside their fields; the summary only when no field is to blame.
    else if (result.error.issues.length > 0) setErrors(blockFormErrors(result.error.issues))
    else setErrors({ form: result.error.message })
  }

  const title = copying ? `Duplicate ${source.block.name}` : `New block for ${source.clientName}`
  return (
    <FormDialog
      title={title}
      onClose={onClose}
      onSubmit={() => void submit()}
      submit={copying ? 'Duplicate block' : 'Create block'}
      disabled={busy}
      problems={errors.form}
    >
      <TextField label="Block name" {...field('name')} />
      <DateField label="Starts on (a Monday)" {...field('startDate')} />
      {copying ? (
        <p className="muted">
          The copy gets all {source.block.weeks.length} weeks and {source.block.sessions.length}{' '}
          sessions, and starts as a draft.
        </p>
      ) : (
        <>
          <label className="inline-label">
            Number of weeks
            <input
              type="number"
              min={1}
              max={52}
              value={weeks.length}
              onChange={(e) => {
                const n = Number(e.target.value)
                if (Number.isInteger(n) && n >= 1 && n <= 52) setWeeks(resizeWeeks(weeks, n))
              }}
            />
          </label>
          <WeeksEditor weeks={weeks} onChange={setWeeks} error={errors.weeks} />
          <CheckboxField
            name="active"
            label={
              source.hasActiveBlock
                ? `Make it active (finish ${source.clientName}'s current block first)`
                : 'Make it the active block'
            }
            checked={active}
            onChange={setActive}
          />
        </>
      )}
    </FormDialog>
  )
}
