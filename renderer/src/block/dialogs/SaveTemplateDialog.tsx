import { useState } from 'react'
import type { Block } from '../../../../shared/schemas/block.schema'
import { api } from '../../api/backend'
import { FormDialog } from '../../dialogs/FormDialog'
import { WeekRangeFields } from '../../ui/WeekRangeFields'
import { TextField } from '../../dialogs/fields'

interface Props {
  block: Block
  onClose: () => void
  onSaved: (name: string) => void
}

/**
 * Keeps the block, or some of its weeks, as a template: its sessions and lines as written (a
 * %1RM stays a %1RM), so loads follow whichever client it is applied to.
 */
export function SaveTemplateDialog({ block, onClose, onSaved }: Props) {
  const [name, setName] = useState(block.name)
  const [description, setDescription] = useState('')
  const [tags, setTags] = useState('')
  const [from, setFrom] = useState(1)
  const [to, setTo] = useState(block.weeks.length)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState(false)

  async function save() {
    setBusy(true)
    const result = await api.templates.save({
      blockId: block.id,
      name,
      description,
      tags: tags
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
      ...(from === 1 && to === block.weeks.length ? {} : { weeks: { from, to } }),
    })
    setBusy(false)
    if (result.ok) return onSaved(result.value.name)
    const byField: Record<string, string> = {}
    for (const issue of result.error.issues) byField[issue.path.split('.')[0]!] = issue.message
    setErrors(Object.keys(byField).length > 0 ? byField : { form: result.error.message })
  }

  return (
    <FormDialog
      title="Save as template"
      onClose={onClose}
      onSubmit={() => void save()}
      submit="Save template"
      disabled={busy}
      problems={errors.form ?? errors.weeks}
    >
      <TextField
        name="name"
        label="Template name"
        value={name}
        onChange={setName}
        error={errors.name}
      />
      <TextField
        name="description"
        label="Description"
        value={description}
        onChange={setDescription}
        error={errors.description}
      />
      <TextField
        name="tags"
        label="Tags (comma-separated)"
        value={tags}
        onChange={setTags}
        error={errors.tags}
      />
      <div className="form-row">
        <WeekRangeFields
          weeks={block.weeks}
          from={from}
          to={to}
          onChange={(r) => {
            setFrom(r.from)
            setTo(r.to)
          }}
        />
      </div>
      <p className="muted">
        Lines keep their %1RM and RPE: applied to a client, loads come from that client’s maxes.
      </p>
    </FormDialog>
  )
}
