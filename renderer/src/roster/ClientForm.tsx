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

  useEffect(() => {
    // Move the coach to the first field that needs attention, as a desktop form would.
    if (Object.keys(errors).length === 0) return
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [errors])

  const set =
    <K extends keyof ClientFormValues>(key: K) =>
    (value: ClientFormValues[K]) =>
      setValues((v) => ({ ...v, [key]: value }))
  const err = (key: string) => errors[key]

  async function submit(event: FormEvent) {
    event.preventDefault()
    const { draft, errors: typingErrors } = draftFromForm(values)
    if (Object.keys(typingErrors).length > 0) {
      setErrors(typingErrors)
      setFormMessage('Some fields need fixing before the client can be saved.')
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
          <TextField
            name="name"
            label="Name"
            value={values.name}
            error={err('name')}
            onChange={set('name')}
          />
          <TextField
            name="email"
            label="Email"
            inputMode="email"
            value={values.email}
            error={err('email')}
            onChange={set('email')}
          />
          <SelectField
            name="goal"
            label="Primary goal"
            value={values.goal}
            options={GOAL_LABELS}
            error={err('goal')}
            onChange={set('goal')}
          />
          <SelectField
            name="competitiveLevel"
            label="Competitive level"
            value={values.competitiveLevel}
            options={COMPETITIVE_LABELS}
            onChange={set('competitiveLevel')}
          />
          <SelectField
            name="experienceStrength"
            label="Strength experience"
            value={values.experienceStrength}
            options={EXPERIENCE_LABELS}
            hint="Novice: under 6 months of consistent lifting"
            onChange={set('experienceStrength')}
          />
          <SelectField
            name="experienceRunning"
            label="Running experience"
            value={values.experienceRunning}
            options={EXPERIENCE_LABELS}
            hint="Novice: under 6 months, or cannot run 30 min"
            onChange={set('experienceRunning')}
          />
          <CheckboxField
            name="canRunMile"
            label="Can run a mile without stopping"
            checked={values.canRunMile}
            onChange={set('canRunMile')}
          />
        </fieldset>
        <fieldset>
          <legend>Body</legend>
          <TextField
            name="ageYears"
            label="Age (years)"
            inputMode="numeric"
            value={values.ageYears}
            error={err('ageYears')}
            onChange={set('ageYears')}
          />
          <SelectField
            name="sex"
            label="Sex"
            value={values.sex}
            options={SEX_LABELS}
            allowEmpty="Not given"
            onChange={set('sex')}
          />
          <TextField
            name="bodyMassKg"
            label="Body mass (kg)"
            inputMode="decimal"
            value={values.bodyMassKg}
            error={err('bodyMassKg')}
            onChange={set('bodyMassKg')}
          />
        </fieldset>
        <fieldset>
          <legend>Recovery</legend>
          <TextField
            name="sleepAvg7dH"
            label="Average sleep, last 7 days (h)"
            inputMode="decimal"
            value={values.sleepAvg7dH}
            error={err('sleepAvg7dH')}
            onChange={set('sleepAvg7dH')}
          />
          <TextField
            name="lifeStress"
            label="Life stress (1–5)"
            inputMode="numeric"
            value={values.lifeStress}
            error={err('lifeStress')}
            onChange={set('lifeStress')}
          />
          <SelectField
            name="energyDeficit"
            label="Energy deficit"
            value={values.energyDeficit}
            options={DEFICIT_LABELS}
            allowEmpty="Not known"
            onChange={set('energyDeficit')}
          />
          <CheckboxField
            name="recoversSlowly"
            label="Recovers slowly"
            checked={values.recoversSlowly}
            onChange={set('recoversSlowly')}
          />
          <SelectField
            name="limitedRecoveryOverride"
            label="Limited recovery"
            value={values.limitedRecoveryOverride}
            options={TRI_LABELS}
            hint="Worked out from sleep under 7 h, stress 4+, a large deficit or slow recovery"
            onChange={set('limitedRecoveryOverride')}
          />
          <TextField
            name="habitualBedtime"
            label="Usual bedtime"
            placeholder="23:00"
            value={values.habitualBedtime}
            error={err('habitualBedtime')}
            onChange={set('habitualBedtime')}
          />
          <TextField
            name="habitualWake"
            label="Usual wake time"
            placeholder="06:30"
            value={values.habitualWake}
            error={err('habitualWake')}
            onChange={set('habitualWake')}
          />
        </fieldset>
        <fieldset>
          <legend>Injuries</legend>
          <InjuryListEditor
            injuries={values.injuryHistory}
            errors={errors}
            onChange={set('injuryHistory')}
          />
          <SelectField
            name="injuryProneLowerOverride"
            label="Injury-prone lower body"
            value={values.injuryProneLowerOverride}
            options={TRI_LABELS}
            hint="Worked out from lower-body or running injuries in the last 24 months, two or more ever, or a recurrent one"
            onChange={set('injuryProneLowerOverride')}
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
            name="maxSessionsPerDay"
            label="Most sessions in a day"
            inputMode="numeric"
            value={values.maxSessionsPerDay}
            error={err('maxSessionsPerDay')}
            onChange={set('maxSessionsPerDay')}
          />
          <TextField
            name="enduranceBlockWeek"
            label="Weeks since endurance work restarted"
            inputMode="numeric"
            value={values.enduranceBlockWeek}
            error={err('enduranceBlockWeek')}
            hint="Leave empty if endurance training is ongoing"
            onChange={set('enduranceBlockWeek')}
          />
        </fieldset>
        <fieldset>
          <legend>Notes</legend>
          <TextField
            name="notes"
            label="Coach notes"
            multiline
            value={values.notes}
            error={err('notes')}
            onChange={set('notes')}
          />
          <CheckboxField
            name="adviceEnabled"
            label="Include nutrition and recovery advice"
            checked={values.adviceEnabled}
            onChange={set('adviceEnabled')}
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
