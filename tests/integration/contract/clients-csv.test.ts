import { describe, expect, it } from 'vitest'
import type { ClientSummary } from '../../../shared/schemas/client.schema'
import { testBackend, value } from '../../support/backend'

type Preview = {
  problems: string[]
  rows: { line: number; name: string; ok: boolean; issues: { column: string; message: string }[] }[]
  imported: number
}

const CSV = [
  'Name,Email,Goal,Experience lifting,Age,Notes',
  '"Zoë ""Zee"" O’Brien, Jr.",zoe@example.com,Hybrid,advanced,34,"Knee, left: ok"',
  'Олена Ковальчук,,strength,novice,,',
  'Bad Row,not-an-email,swimming,,7,',
].join('\r\n')

describe('importing clients from CSV', () => {
  it('previews every row, marking each bad field, and a commit with a bad row writes nothing', async () => {
    const backend = await testBackend()
    const preview = value<Preview>(await backend.dispatch('clients.importCsv', { csv: CSV }))
    expect(preview.problems).toEqual([])
    expect(preview.rows.map((r) => [r.line, r.name, r.ok])).toEqual([
      [2, 'Zoë "Zee" O’Brien, Jr.', true],
      [3, 'Олена Ковальчук', true],
      [4, 'Bad Row', false],
    ])
    expect(preview.rows[2]!.issues.map((i) => i.column).sort()).toEqual(['Age', 'Email', 'Goal'])
    expect(preview.rows[2]!.issues).toContainEqual({
      column: 'Age',
      message: 'Age must be at least 10',
    })
    const refused = await backend.dispatch('clients.importCsv', { csv: CSV, commit: true })
    expect(refused).toMatchObject({
      ok: false,
      error: { message: 'Nothing was imported: 1 of 3 rows need fixing first.' },
    })
    expect(value<ClientSummary[]>(await backend.dispatch('clients.list', {}))).toEqual([])

    const fixed = CSV.replace('Bad Row,not-an-email,swimming,,7,', 'Good Row,,endurance,,47,')
    const done = value<Preview>(
      await backend.dispatch('clients.importCsv', { csv: fixed, commit: true }),
    )
    expect(done.imported).toBe(3)
    const names = value<ClientSummary[]>(await backend.dispatch('clients.list', {})).map(
      (c) => c.name,
    )
    expect(names.sort()).toEqual(['Good Row', 'Zoë "Zee" O’Brien, Jr.', 'Олена Ковальчук'].sort())
    await backend.close()
  })

  it('refuses a file with unknown columns or no Name column, naming them', async () => {
    const backend = await testBackend()
    const preview = value<Preview>(
      await backend.dispatch('clients.importCsv', { csv: 'Full name,Shoe size\r\nAna,39\r\n' }),
    )
    expect(preview.problems[0]).toContain('Unknown columns "Full name", "Shoe size"')
    expect(preview.problems).toContain('The file has no Name column.')
    await backend.close()
  })
})
