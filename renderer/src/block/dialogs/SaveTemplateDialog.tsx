import { useMemo, useState } from 'react'
import { conversionWords, relativeToMaxes } from '../../../../shared/plans/relative-lines'
import type { LoadOwner } from '../../../../shared/plans/relative-lines'
import type { Block } from '../../../../shared/schemas/block.schema'
import { api } from '../../api/backend'
import { FormDialog } from '../../dialogs/FormDialog'
import { useFormFields } from '../../dialogs/useFormFields'
import { WeekRangeFields } from '../../ui/WeekRangeFields'
import { TextField } from '../../dialogs/fields'

interface Props {
  block: Block
  /** The block's client: their maxes turn typed loads into the %1RM the template keeps. */
  owner: LoadOwner
  onClose: () => void
  onSaved: (name: string) => void
}

/**
 * Keeps the block, or some of its weeks, as a template: its prescriptions, never this client's
 * kilograms. A %1RM or an RPE stays as it is; a load typed (or progressed) on a lift the client
 * has a max for is kept as the %1RM it is of that max, and each such conversion is listed here
 * before saving, so loads follow whichever client the template is applied to.
 */
export function SaveTemplateDialog({ block, owner, onClose, onSaved }: Props) {
  const { values, errors, setErrors, field } = useFormFields({
    name: block.name,
    description: '',
    tags: '',
  })
  const { name, description, tags } = values
  const [{ from, to }, setRange] = useState({ from: 1, to: block.weeks.length })
  const [busy, setBusy] = useState(false)

  // What the backend will convert (the same shared function it runs), shown before saving.
  const conversions = useMemo(() => {
    const inRange = block.sessions.filter((s) => s.weekIndex >= from - 1 && s.weekIndex <= to - 1)
    return relativeToMaxes(inRange, owner).conversions
  }, [block.sessions, from, to, owner])

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
      <TextField label="Template name" {...field('name')} />
      <TextField label="Description" {...field('description')} />
      <TextField label="Tags (comma-separated)" {...field('tags')} />
      <div className="form-row">
        <WeekRangeFields weeks={block.weeks} from={from} to={to} onChange={setRange} />
      </div>
      <p className="muted">
        Lines keep their %1RM and RPE: applied to a client, loads come from that client’s maxes.
      </p>
      {conversions.length > 0 && (
        <section aria-label="Loads kept as %1RM" className="template-conversions">
          <p>
            Typed loads on lifts {owner.name} has a max for are kept as the %1RM they are of it, so
            no one else gets {owner.name}’s {owner.units.unit}:
          </p>
          <ul>
            {conversions.map((c) => (
              <li key={`${c.week}:${c.day}:${c.lift}:${c.words}`}>{conversionWords(c)}</li>
            ))}
          </ul>
        </section>
      )}
    </FormDialog>
  )
}
