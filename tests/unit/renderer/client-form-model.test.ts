import { describe, expect, it } from 'vitest'
import {
  clientFormFrom,
  draftFromForm,
  emptyClientForm,
  fieldErrorsFrom,
  fieldForIssue,
} from '../../../renderer/src/roster/client-form-model'
import { ClientInputSchema } from '../../../shared/schemas/client.schema'

describe('the client form model', () => {
  it('turns typed text into the contract input, blank numbers becoming null', () => {
    const values = {
      ...emptyClientForm(),
      name: 'Ana',
      ageYears: ' 34 ',
      bodyMassKg: '61,5',
      sleepAvg7dH: '',
    }
    const { draft, errors } = draftFromForm(values)
    expect(errors).toEqual({})
    expect(draft).toMatchObject({
      name: 'Ana',
      ageYears: 34,
      bodyMassKg: 61.5,
      sleepAvg7dH: null,
      availability: null,
    })
    expect(ClientInputSchema.safeParse(draft).success).toBe(true)
  })

  it('reports text in a number field without sending it', () => {
    const { errors } = draftFromForm({ ...emptyClientForm(), name: 'Ana', ageYears: 'thirty' })
    expect(errors).toEqual({ ageYears: 'Age must be a plain number, like 72 or 72.5' })
  })

  it('reads availability windows per day, and an empty day as no availability', () => {
    const windows = ['06:00-08:00, 17:00–21:00', '', 'noon', '', '', '', '']
    const { draft, errors } = draftFromForm({
      ...emptyClientForm(),
      limitAvailability: true,
      availability: windows,
    })
    expect(draft.availability?.[0]).toEqual([
      { start: '06:00', end: '08:00' },
      { start: '17:00', end: '21:00' },
    ])
    expect(draft.availability?.[1]).toEqual([])
    expect(errors).toEqual({ 'availability.2': 'Write windows like 06:00-08:00, 17:00-21:00' })
  })

  it('round-trips a stored client through the form unchanged', () => {
    const stored = ClientInputSchema.parse({
      name: 'Ana',
      goal: 'endurance',
      ageYears: 40,
      restDays: [2, 6],
      limitedRecoveryOverride: false,
      availability: [[{ start: '06:00', end: '21:00' }], [], [], [], [], [], []],
      injuryHistory: [
        {
          region: 'lower',
          structure: 'Achilles',
          runningRelated: true,
          onsetDate: null,
          status: 'active',
        },
      ],
    })
    const client = { ...stored, id: 'c1', archived: false, createdAt: '', updatedAt: '' }
    expect(ClientInputSchema.parse(draftFromForm(clientFormFrom(client)).draft)).toEqual(stored)
  })

  it('puts each contract issue on the field that shows it', () => {
    expect(fieldForIssue('availability.3.0.end')).toBe('availability.3')
    expect(fieldForIssue('injuryHistory.1.structure')).toBe('injuryHistory.1.structure')
    expect(fieldForIssue('')).toBe('form')
    expect(
      fieldErrorsFrom([
        { path: 'email', message: 'first' },
        { path: 'email', message: 'second' },
      ]),
    ).toEqual({ email: 'first' })
  })
})
