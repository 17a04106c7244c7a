import { useEffect, useRef, useState } from 'react'
import type { FormEvent } from 'react'
import type { Client } from '../../../shared/schemas/client.schema'
import { api } from '../api/backend'
import { ClientBlocks } from './ClientBlocks'
import { ClientMaxesSummary } from '../clients/ClientMaxesSummary'
import { CheckboxField, SelectField, TextField } from '../dialogs/fields'
import {
  COMPETITIVE_LABELS,
  DEFICIT_LABELS,
  EXPERIENCE_LABELS,
  GOAL_LABELS,
  SEX_LABELS,
  TRI_LABELS,
} from '../ui/labels'
import { AvailabilityEditor } from './AvailabilityEditor'
import { InjuryListEditor } from './InjuryListEditor'
import {
  clientFormFrom,
  draftFromForm,
  emptyClientForm,
  fieldErrorsFrom,
} from './client-form-model'
import type { ClientFormValues, FieldErrors } from './client-form-model'

/** The fields that hold a value the form shows in a box or a select. */
type ValueKey = {
  [K in keyof ClientFormValues]: ClientFormValues[K] extends string ? K : never
}[keyof ClientFormValues]
/** The fields that are a box ticked or not. */
type CheckKey = {
  [K in keyof ClientFormValues]: ClientFormValues[K] extends boolean ? K : never
}[keyof ClientFormValues]

interface Props {
  /** The client being edited, or null for a new one. */
  client: Client | null
  onSaved: (client: Client) => void
  onCancel: () => void
  onArchiveToggled: (client: Client) => void
  onOpenBlock: (blockId: string) => void
}

/** Every field of a client, saved through the contract; its messages appear beside their fields. */
export function ClientForm({ client, onSaved, onCancel, onArchiveToggled, onOpenBlock }: Props) {
  const [values, setValues] = useState<ClientFormValues>(() =>
    client ? clientFormFrom(client) : emptyClientForm(),
  )
  const [errors, setErrors] = useState<FieldErrors>({})
  const [formMessage, setFormMessage] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const formRef = useRef<HTMLFormElement>(null)

  useEffect(() => {
    // A new client is typed at once: the keyboard goes to Name, not on past the whole roster.
    if (!client) formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus()
    // Only when the form opens; a saved client's form is a new one (its key changes).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  // Each refused save, counted: the keyboard moves then, not when a message clears as one types.
  const [refusals, setRefusals] = useState(0)
  useEffect(() => {
    // Move the coach to the first field that needs attention, as a desktop form would.
    if (refusals === 0) return
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [refusals])

  /**
   * A field changed is no longer the value its message was about (age 200 fixed to 34 kept "Age
   * must be at most 110" until the next save); with the last one fixed the banner goes too.
   */
  const clearError = (path: string) =>
    setErrors((all) => {
      if (!(path in all)) return all
      const { [path]: _fixed, ...rest } = all
      return rest
    })
  const hadErrors = useRef(false)
  useEffect(() => {
    const has = Object.keys(errors).length > 0
    if (hadErrors.current && !has) setFormMessage(null)
    hadErrors.current = has
  }, [errors])
  const set =
    <K extends keyof ClientFormValues>(key: K) =>
    (value: ClientFormValues[K]) => {
      setValues((v) => ({ ...v, [key]: value }))
      clearError(key)
    }
  /** What ties a field to the form: its name, its value, its message and how it changes. */
  const field = <K extends ValueKey>(key: K) => ({
    name: key,
    value: values[key],
    error: errors[key],
    onChange: set(key),
  })
  const checkbox = <K extends CheckKey>(key: K) => ({
    name: key,
    checked: values[key],
    onChange: set(key),
  })

  async function submit(event: FormEvent) {
    event.preventDefault()
    const { draft, errors: typingErrors } = draftFromForm(values)
    if (Object.keys(typingErrors).length > 0) {
      setErrors(typingErrors)
      setFormMessage('Some fields need fixing before the client can be saved.')
      setRefusals((n) => n + 1)
      return
    }
    setSaving(true)
    const result = client
      ? await api.clients.update({ ...draft, id: client.id })
      : await api.clients.create(draft)
    setSaving(false)
    if (result.ok) {
      setErrors({})
      setFormMessage(null)
      onSaved(result.value)
      return
    }
    setErrors(fieldErrorsFrom(result.error.issues))
    setRefusals((n) => n + 1)
    const count = result.error.issues.length
    setFormMessage(
      result.error.code === 'invalid_input'
        ? `Nothing was saved: ${count === 1 ? 'one field needs' : `${count} fields need`} fixing.`
        : result.error.message,
    )
  }

  const title = client ? `Edit ${client.name}` : 'New client'
  return (
    <section className="panel client-form" aria-labelledby="client-form-title">
      <h2 id="client-form-title">{title}</h2>
      {client?.archived && <p className="banner">This client is archived.</p>}
      {client && <ClientBlocks clientId={client.id} onOpenBlock={onOpenBlock} />}
      {client && <ClientMaxesSummary clientId={client.id} clientName={client.name} />}
      <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate>
        {formMessage && (
          <p className="banner banner-error" role="alert">
            {formMessage}
          </p>
        )}
        <fieldset>
          <legend>Client</legend>
          <TextField label="Name" {...field('name')} />
          <TextField label="Email" inputMode="email" {...field('email')} />
          <SelectField label="Primary goal" options={GOAL_LABELS} {...field('goal')} />
          <SelectField
            label="Competitive level"
            options={COMPETITIVE_LABELS}
            {...field('competitiveLevel')}
          />
          <SelectField
            label="Strength experience"
            options={EXPERIENCE_LABELS}
            hint="Novice: under 6 months of consistent lifting"
            {...field('experienceStrength')}
          />
          <SelectField
            label="Running experience"
            options={EXPERIENCE_LABELS}
            hint="Novice: under 6 months, or cannot run 30 min"
            {...field('experienceRunning')}
          />
          <CheckboxField label="Can run a mile without stopping" {...checkbox('canRunMile')} />
        </fieldset>
        <fieldset>
          <legend>Body</legend>
          <TextField label="Age (years)" inputMode="numeric" {...field('ageYears')} />
          <SelectField label="Sex" options={SEX_LABELS} allowEmpty="Not given" {...field('sex')} />
          <TextField label="Body mass (kg)" inputMode="decimal" {...field('bodyMassKg')} />
        </fieldset>
        <fieldset>
          <legend>Recovery</legend>
          <TextField
            label="Average sleep, last 7 days (h)"
            inputMode="decimal"
            {...field('sleepAvg7dH')}
          />
          <TextField label="Life stress (1–5)" inputMode="numeric" {...field('lifeStress')} />
          <SelectField
            label="Energy deficit"
            options={DEFICIT_LABELS}
            allowEmpty="Not known"
            {...field('energyDeficit')}
          />
          <CheckboxField label="Recovers slowly" {...checkbox('recoversSlowly')} />
          <SelectField
            label="Limited recovery"
            options={TRI_LABELS}
            hint="Worked out from sleep under 7 h, stress 4+, a large deficit or slow recovery"
            {...field('limitedRecoveryOverride')}
          />
          <TextField label="Usual bedtime" placeholder="23:00" {...field('habitualBedtime')} />
          <TextField label="Usual wake time" placeholder="06:30" {...field('habitualWake')} />
        </fieldset>
        <fieldset>
          <legend>Injuries</legend>
          <InjuryListEditor
            injuries={values.injuryHistory}
            errors={errors}
            onChange={set('injuryHistory')}
            onFieldChanged={clearError}
          />
          <SelectField
            label="Injury-prone lower body"
            options={TRI_LABELS}
            hint="Worked out from lower-body or running injuries in the last 24 months, two or more ever, or a recurrent one"
            {...field('injuryProneLowerOverride')}
          />
        </fieldset>
        <fieldset>
          <legend>Schedule</legend>
          <AvailabilityEditor
            limit={values.limitAvailability}
            windows={values.availability}
            restDays={values.restDays}
            errors={errors}
            onLimitChange={set('limitAvailability')}
            onWindowsChange={set('availability')}
            onRestDaysChange={set('restDays')}
          />
          <TextField
            label="Most sessions in a day"
            inputMode="numeric"
            {...field('maxSessionsPerDay')}
          />
          <TextField
            label="Weeks since endurance work restarted"
            inputMode="numeric"
            hint="Leave empty if endurance training is ongoing"
            {...field('enduranceBlockWeek')}
          />
        </fieldset>
        <fieldset>
          <legend>Notes</legend>
          <TextField label="Coach notes" multiline {...field('notes')} />
          <CheckboxField
            label="Include nutrition and recovery advice"
            {...checkbox('adviceEnabled')}
          />
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={saving}>
            {saving ? 'Saving…' : client ? 'Save changes' : 'Add client'}
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          {client && (
            <button
              type="button"
              className="button-quiet push-right"
              onClick={() => onArchiveToggled(client)}
            >
              {client.archived ? 'Restore client' : 'Archive client'}
            </button>
          )}
        </div>
      </form>
    </section>
  )
}
